// The change list: counts per object kind, and per change its hazards, its statements and (for
// changed objects) a line diff of the definition before and after.

import { diffLines } from "diff";
import { h, icon } from "./dom.js";
import { highlightedSql } from "./editor.js";
import { ACTIONS, hazard, KINDS } from "./hazards.js";

// Rows rendered at once per kind; the rest behind a "show more" button (a schema created from
// nothing has tens of thousands of changes).
const PAGE = 200;
// Above this many changes the kind groups start closed and fill in when opened, so that a large
// migration shows its counts at once instead of laying out thousands of rows.
const OPEN_UP_TO = 80;

/** Counts of added, removed and changed objects, overall and per kind. */
export function count(changes) {
  const total = { added: 0, removed: 0, changed: 0 };
  const byKind = new Map();
  for (const change of changes) {
    const group = ACTIONS[change.action]?.group ?? "changed";
    total[group]++;
    if (!byKind.has(change.kind)) byKind.set(change.kind, { added: 0, removed: 0, changed: 0, changes: [] });
    const kind = byKind.get(change.kind);
    kind[group]++;
    kind.changes.push(change);
  }
  return { total, byKind };
}

export function countChips(counts, { zeroes = false } = {}) {
  return h(
    "span",
    { class: "counts" },
    (zeroes || counts.added > 0) && h("span", { class: "count added", title: "added" }, `+${counts.added}`),
    (zeroes || counts.removed > 0) && h("span", { class: "count removed", title: "removed" }, `−${counts.removed}`),
    (zeroes || counts.changed > 0) && h("span", { class: "count changed", title: "changed" }, `~${counts.changed}`),
  );
}

export function hazardBadge(name) {
  const info = hazard(name);
  return h("span", { class: `badge ${info.level}`, title: info.help, dataset: { hazard: name } }, info.label);
}

/**
 * Renders the grouped list into `root`.
 * `actions.definition(change)` resolves to { before, after } texts; `actions.reveal(index)` shows
 * statement `index` in the editor.
 */
export function renderSummary(root, result, actions) {
  const { byKind } = count(result.changes);
  const known = new Set(KINDS.map(([kind]) => kind));
  const order = [...KINDS, ...[...byKind.keys()].filter((k) => !known.has(k)).map((k) => [k, k])];
  const open = result.changes.length <= OPEN_UP_TO;
  const groups = [];
  for (const [kind, label] of order) {
    const entry = byKind.get(kind);
    if (!entry) continue;
    const list = h("ul", { class: "changes" });
    const group = h(
      "details",
      { class: "kind", open, dataset: { kind } },
      h("summary", {}, h("span", { class: "kind-name" }, label), countChips(entry)),
      list,
    );
    let filled = false;
    const fill = () => {
      if (filled || !group.open) return;
      filled = true;
      appendRows(list, entry.changes, 0, result, actions);
    };
    group.addEventListener("toggle", fill);
    fill();
    groups.push(group);
  }
  root.replaceChildren(...groups);
}

function appendRows(list, changes, start, result, actions) {
  for (const change of changes.slice(start, start + PAGE)) list.append(changeRow(change, result, actions));
  const rest = changes.length - start - PAGE;
  if (rest > 0) {
    const more = h(
      "li",
      { class: "more" },
      h(
        "button",
        {
          class: "link",
          onclick: () => {
            more.remove();
            appendRows(list, changes, start + PAGE, result, actions);
          },
        },
        `Show ${Math.min(rest, PAGE)} more of ${rest}`,
      ),
    );
    list.append(more);
  }
}

function changeRow(change, result, actions) {
  const action = ACTIONS[change.action] ?? { group: "changed", sign: "~", label: change.action };
  const destructive = change.statements.some((i) => result.statements[i]?.destructive);
  const body = h("div", { class: "change-body" });
  const details = h(
    "details",
    { class: `change ${action.group}${destructive ? " destructive" : ""}` },
    h(
      "summary",
      {},
      h("span", { class: `sign ${action.group}`, title: action.label }, action.sign),
      h("span", { class: "identity", title: change.identity }, change.identity),
      h(
        "span",
        { class: "badges" },
        change.action === "replace" && h("span", { class: "badge neutral" }, "replaced"),
        destructive && h("span", { class: "badge danger solid" }, "destructive"),
        (change.hazards ?? []).map(hazardBadge),
      ),
    ),
    body,
  );
  let filled = false;
  details.addEventListener("toggle", () => {
    if (!details.open || filled) return;
    filled = true;
    fill(body, change, result, actions);
  });
  return h("li", {}, details);
}

function fill(body, change, result, actions) {
  const hazards = change.hazards ?? [];
  if (hazards.length) {
    body.append(
      h(
        "ul",
        { class: "hazard-list" },
        hazards.map((name) => {
          const info = hazard(name);
          return h(
            "li",
            { class: info.level },
            icon("alert"),
            " ",
            h("strong", {}, info.label),
            info.help && ` — ${info.help}`,
          );
        }),
      ),
    );
  }
  body.append(
    h(
      "div",
      { class: "subhead" },
      change.statements.length === 1 ? "Statement" : `${change.statements.length} statements`,
    ),
    ...change.statements.map((index) => {
      const statement = result.statements[index];
      return h(
        "div",
        { class: `statement${statement.destructive ? " destructive" : ""}` },
        h(
          "button",
          { class: "link jump", title: "Show in the migration", onclick: () => actions.reveal(index) },
          `#${index + 1}`,
        ),
        highlightedSql(statement.sql),
      );
    }),
  );
  if (change.action === "alter" || change.action === "replace") {
    const slot = h(
      "div",
      { class: "definition" },
      h("div", { class: "subhead" }, "Definition"),
      h("p", { class: "muted" }, "Loading…"),
    );
    body.append(slot);
    actions
      .definition(change)
      .then(({ before, after }) =>
        slot.replaceChildren(h("div", { class: "subhead" }, "Definition, before → after"), lineDiff(before, after)),
      )
      .catch((error) => slot.replaceChildren(h("p", { class: "muted" }, `definition unavailable: ${error.message}`)));
  }
}

/** A unified line diff with long unchanged runs folded. */
export function lineDiff(before, after) {
  if (before == null && after == null) return h("p", { class: "muted" }, "No definition in either catalog.");
  const parts = diffLines(before ?? "", after ?? "");
  const rows = [];
  const CONTEXT = 3;
  parts.forEach((part, p) => {
    const lines = part.value.replace(/\n$/, "").split("\n");
    const type = part.added ? "add" : part.removed ? "del" : "same";
    if (type === "same" && lines.length > CONTEXT * 2 + 1) {
      const head = p === 0 ? [] : lines.slice(0, CONTEXT);
      const tail = p === parts.length - 1 ? [] : lines.slice(-CONTEXT);
      const hidden = lines.length - head.length - tail.length;
      for (const l of head) rows.push(diffLine("same", l));
      if (hidden > 0) rows.push(h("div", { class: "dl fold" }, `⋯ ${hidden} unchanged line${hidden === 1 ? "" : "s"}`));
      for (const l of tail) rows.push(diffLine("same", l));
    } else {
      for (const l of lines) rows.push(diffLine(type, l));
    }
  });
  const changed = parts.some((p) => p.added || p.removed);
  return h(
    "div",
    { class: "line-diff" },
    changed
      ? rows
      : h("p", { class: "muted" }, "The definitions read the same; the change is in how objects depend on each other."),
  );
}

function diffLine(type, text) {
  const sign = type === "add" ? "+" : type === "del" ? "−" : " ";
  return h(
    "div",
    { class: `dl ${type}` },
    h("span", { class: "dl-sign" }, sign),
    h("span", { class: "dl-text" }, text || " "),
  );
}
