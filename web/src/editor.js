// The migration SQL in CodeMirror 6: PostgreSQL highlighting, read-only, with the statements that
// carry hazards marked in a gutter and destructive ones tinted.

import { defaultKeymap } from "@codemirror/commands";
import { PostgreSQL, sql } from "@codemirror/lang-sql";
import { foldGutter, syntaxHighlighting } from "@codemirror/language";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { EditorState, RangeSet, RangeSetBuilder, StateEffect, StateField } from "@codemirror/state";
import {
  Decoration,
  drawSelection,
  EditorView,
  GutterMarker,
  gutter,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  placeholder,
} from "@codemirror/view";
import { classHighlighter, highlightCode } from "@lezer/highlight";
import { HAZARDS } from "./hazards.js";

const setMarks = StateEffect.define();

class HazardMarker extends GutterMarker {
  constructor(statement) {
    super();
    this.statement = statement;
  }
  eq(other) {
    return other.statement === this.statement;
  }
  toDOM() {
    const { destructive, hazards } = this.statement;
    const element = document.createElement("span");
    element.className = destructive ? "gutter-mark destructive" : "gutter-mark";
    element.textContent = destructive ? "!" : "•";
    const lines = hazards.map((h) => HAZARDS[h]?.label ?? h);
    if (destructive && !hazards.length) lines.unshift("removes something");
    element.title = lines.join("\n");
    return element;
  }
}

// Gutter markers and line tints for the current statements.
const marks = StateField.define({
  create: () => ({ gutter: RangeSet.empty, lines: Decoration.none }),
  update(value, transaction) {
    for (const effect of transaction.effects) if (effect.is(setMarks)) return effect.value;
    return value;
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.lines),
});

const destructiveLine = Decoration.line({ class: "cm-destructive" });

export function createEditor(parent) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        lineNumbers(),
        gutter({
          class: "cm-hazard-gutter",
          markers: (v) => v.state.field(marks).gutter,
        }),
        foldGutter(),
        highlightSpecialChars(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        keymap.of([...defaultKeymap, ...searchKeymap]),
        EditorState.readOnly.of(true),
        EditorView.lineWrapping,
        EditorView.editable.of(true),
        EditorView.contentAttributes.of({ "aria-label": "Migration SQL", "aria-readonly": "true" }),
        sql({ dialect: PostgreSQL }),
        syntaxHighlighting(classHighlighter),
        placeholder("-- The migration appears here."),
        marks,
      ],
    }),
  });
  // For the browser tests: the document as shown, without scraping the rendered lines.
  parent.migraView = view;
  return view;
}

/** Replaces the text; `statements` (may be empty) are placed by their offsets in `text`. */
export function setSql(view, text, statements = []) {
  const starts = statementStarts(text, statements);
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    selection: { anchor: 0 },
    scrollIntoView: true,
  });
  const builderGutter = new RangeSetBuilder();
  const builderLines = new RangeSetBuilder();
  if (starts) {
    const doc = view.state.doc;
    statements.forEach((statement, i) => {
      const first = doc.lineAt(starts[i]);
      if (statement.destructive || statement.hazards?.length) {
        builderGutter.add(first.from, first.from, new HazardMarker({ hazards: [], ...statement }));
      }
      if (statement.destructive) {
        const last = doc.lineAt(starts[i] + statement.sql.length);
        for (let n = first.number; n <= last.number; n++) {
          const line = doc.line(n);
          builderLines.add(line.from, line.from, destructiveLine);
        }
      }
    });
  }
  view.dispatch({ effects: setMarks.of({ gutter: builderGutter.finish(), lines: builderLines.finish() }) });
  view.statementStarts = starts;
  view.statements = statements;
}

/** Scrolls to statement `index` and briefly highlights it. */
export function revealStatement(view, index) {
  const starts = view.statementStarts;
  if (!starts || starts[index] === undefined) return;
  const from = starts[index];
  const to = from + view.statements[index].sql.length;
  view.dispatch({
    selection: { anchor: from, head: to },
    effects: EditorView.scrollIntoView(from, { y: "start", yMargin: 24 }),
  });
  view.focus();
}

/** Where each statement begins in `text`: each is followed by a blank line (migra's layout). */
function statementStarts(text, statements) {
  const starts = [];
  let offset = 0;
  for (const statement of statements) {
    if (text.slice(offset, offset + statement.sql.length) !== statement.sql) return null;
    starts.push(offset);
    offset += statement.sql.length + 2;
  }
  return starts;
}

/** SQL as highlighted static HTML (for statements in the change list), same classes as the editor. */
export function highlightedSql(text) {
  const pre = document.createElement("pre");
  pre.className = "sql-snippet";
  const tree = PostgreSQL.language.parser.parse(text);
  highlightCode(
    text,
    tree,
    classHighlighter,
    (chunk, classes) => {
      if (!classes) pre.append(chunk);
      else {
        const span = document.createElement("span");
        span.className = classes;
        span.textContent = chunk;
        pre.append(span);
      }
    },
    () => pre.append("\n"),
  );
  return pre;
}
