// The diff and what the page shows of it: the migration SQL (or the drop guard's refusal), the
// warnings, the changes by kind, the status line, and the empty state until both sides are loaded.

import { report, tracked } from "./activity.js";
import { renderCommand } from "./command-line.js";
import { $, h, icon } from "./dom.js";
import { revealStatement, setSql } from "./editor.js";
import { readable } from "./readable.js";
import { LABELS, options, setSide, state } from "./state.js";
import { count, countChips, renderSummary } from "./summary.js";
import { resetVerify } from "./verify.js";
import { request } from "./worker-client.js";

let editor;
let hooks = { trySample: () => {} };

/** Where results go: `editor`, the CodeMirror view for the SQL; `trySample()`, what the empty
 * state's "try the sample pair" link does. */
export function setupResults({ editor: view, trySample }) {
  editor = view;
  hooks = { trySample: trySample ?? hooks.trySample };
}

/** Diffs the loaded catalogs with the current options and shows the result. Never rejects:
 * whatever goes wrong in a diff or in showing it is shown on the page (it is called without
 * waiting from loads, clears and option changes). */
export const recompute = tracked(async () => {
  const generation = state.generation + 1;
  try {
    await diffAndRender();
  } catch (error) {
    if (generation !== state.generation) return;
    document.querySelector(".results").dataset.busy = "false";
    showError(error);
  }
});

async function diffAndRender() {
  const generation = ++state.generation;
  const ready = state.from.meta && state.to.meta;
  $("options-error").hidden = true;
  if (!ready) {
    state.result = null;
    resetVerify();
    showNothing();
    return;
  }
  setStatus("Diffing…", "busy");
  document.querySelector(".results").dataset.busy = "true";
  const started = performance.now();
  let reply;
  try {
    reply = await request({ type: "diff", options: options() });
  } catch (error) {
    if (generation !== state.generation) return;
    document.querySelector(".results").dataset.busy = "false";
    showError(error);
    return;
  }
  if (generation !== state.generation) return;
  document.querySelector(".results").dataset.busy = "false";
  state.result = reply.result;
  state.refused = reply.refused ?? null;
  resetVerify();
  const renderStarted = performance.now();
  render();
  // Let the browser paint before reading the clock, so the time includes showing the result.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const total = performance.now() - started;
  const timing = { engineMs: reply.ms, renderMs: performance.now() - renderStarted, totalMs: total };
  document.body.dataset.lastDiffMs = String(Math.round(total));
  window.migraTiming = timing;
  const n = state.result.statements.length;
  setStatus(
    `${n ? `${n.toLocaleString("en")} statement${n === 1 ? "" : "s"}` : "no differences"} · ${formatMs(timing.engineMs)} in the engine, ${formatMs(total)} in all`,
    "done",
  );
}

function render() {
  const result = state.result;
  const { total } = count(result.changes);
  const destructive = result.statements.filter((s) => s.destructive).length;
  $("totals").replaceChildren(result.changes.length ? countChips(total, { zeroes: true }) : "");

  const refusal = $("refusal");
  if (state.refused) {
    setSql(editor, state.refused);
    refusal.replaceChildren(
      h("div", { class: "refusal-title" }, icon("shield"), "The drop guard stopped this migration"),
      h(
        "p",
        {},
        `It removes things: ${destructive} destructive statement${destructive === 1 ? "" : "s"} (marked `,
        h("span", { class: "badge danger solid" }, "destructive"),
        " in the list). migra prints only the line below and exits with status 3.",
      ),
      h(
        "p",
        { class: "refusal-allow" },
        h(
          "button",
          { class: "button danger", type: "button", onclick: () => setUnsafe(true) },
          "Allow destructive statements",
        ),
        h("span", { class: "muted" }, " same as "),
        h("code", {}, "migra --unsafe"),
      ),
    );
    refusal.hidden = false;
    $("sql-stats").textContent = "refused";
  } else {
    refusal.hidden = true;
    setSql(editor, result.sql, result.statements);
    const n = result.statements.length;
    $("sql-stats").replaceChildren(
      n ? `${n.toLocaleString("en")} statement${n === 1 ? "" : "s"}` : "",
      destructive ? h("span", { class: "badge danger solid" }, `${destructive} destructive`) : "",
    );
  }
  const hasSql = !state.refused && result.sql.length > 0;
  $("copy").disabled = !hasSql;
  $("download").disabled = !hasSql;

  const warnings = $("warnings");
  if (result.warnings.length) {
    warnings.replaceChildren(
      h(
        "div",
        { class: "warnings-title" },
        icon("alert"),
        `${result.warnings.length} difference${result.warnings.length === 1 ? "" : "s"} not migrated`,
      ),
      h(
        "ul",
        {},
        result.warnings.map((w) => h("li", {}, w)),
      ),
    );
    warnings.hidden = false;
  } else {
    warnings.hidden = true;
  }

  const summary = $("summary");
  if (!result.changes.length) {
    summary.replaceChildren(
      h(
        "div",
        { class: "empty-state same" },
        h("div", { class: "big-check" }, icon("check")),
        h("p", {}, h("strong", {}, "No differences.")),
        h("p", { class: "muted" }, "The schemas are the same; migra prints nothing and exits with status 0."),
      ),
    );
    return;
  }
  renderSummary(summary, result, {
    reveal: (index) => {
      if (state.refused) return;
      revealStatement(editor, index);
    },
    definition: async (change) => {
      if (change.before != null || change.after != null)
        return { before: readableEntry(change.before), after: readableEntry(change.after) };
      const reply = await request({
        type: "definition",
        kind: change.kind,
        identity: change.identity,
        action: change.action,
      });
      return { before: reply.before, after: reply.after };
    },
  });
}

/** A change's `before` or `after` (the object's catalog entry, integers beyond
 * Number.MAX_SAFE_INTEGER as BigInt) in the page's readable form, the same lines the worker makes
 * from the catalogs themselves. */
function readableEntry(entry) {
  return entry == null ? null : readable(entry);
}

/** The empty state: what is missing, and how to make catalog files. */
export function showNothing() {
  setSql(editor, "");
  $("refusal").hidden = true;
  $("warnings").hidden = true;
  $("totals").replaceChildren();
  $("sql-stats").replaceChildren();
  $("copy").disabled = true;
  $("download").disabled = true;
  document.querySelector(".results").dataset.busy = "false";
  const missing = ["from", "to"].filter((s) => !state[s].meta).map((s) => LABELS[s].title);
  const broken = ["from", "to"].filter((s) => state[s].error).map((s) => LABELS[s].title);
  const what = broken.length
    ? `${broken.join(" and ")} could not be read`
    : missing.length === 2
      ? "Load two catalogs"
      : `Load the ${missing[0]} catalog`;
  const steps = h(
    "ol",
    { class: "steps" },
    h(
      "li",
      {},
      h("strong", {}, "Read each schema into a catalog file"),
      h("code", {}, "migra-fetch -o before.json postgresql://…"),
    ),
    h(
      "li",
      {},
      h("strong", {}, "Drop them on FROM and TARGET"),
      h("span", { class: "muted" }, "read by your browser, never uploaded"),
    ),
    h("li", {}, h("strong", {}, "Review the SQL, then apply it"), h("code", {}, "psql -1 -f migration.sql")),
  );
  $("summary").replaceChildren(
    h(
      "div",
      { class: "empty-state" },
      h(
        "p",
        {},
        h("strong", {}, what),
        broken.length ? ": see the message above. Load another file, " : " to see what changes, ",
        "or ",
        h("button", { class: "link", type: "button", onclick: () => hooks.trySample() }, "try the sample pair"),
        ".",
      ),
      broken.length ? null : steps,
    ),
  );
  setStatus("", "");
}

function showError(error) {
  if (error.argument === "from" || error.argument === "to") {
    setSide(error.argument, { ...state[error.argument], meta: null, error });
    showNothing();
    return;
  }
  const box = $("options-error");
  box.replaceChildren(icon("alert"), h("span", {}, String(error.message)));
  box.hidden = false;
  setStatus("", "");
  if (error.code === "TOO_LARGE" || error.code === "ENGINE") showNothing();
}

function setUnsafe(value) {
  $("opt-unsafe").checked = value;
  onOptionsChanged();
}

/** The status line beside the command line; `kind` is `busy`, `done`, `error` or empty. */
export function setStatus(text, kind) {
  const status = $("status");
  status.textContent = text;
  status.dataset.state = kind;
}

/** After an option changed: the command line, and the diff again. */
export function onOptionsChanged() {
  renderCommand();
  report(recompute());
}

function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.max(1, Math.round(ms))} ms`;
}
