// The Verify button: the worker builds FROM in a scratch PGlite database (from its SQL, or from
// the migration EMPTY → FROM for a catalog), applies the migration in one transaction, reads the
// result and diffs it against TARGET; this shows what came of it under the command line. A result
// belongs to one diff: any change hides it (`resetVerify`). `data-verify` on <body> says where it
// stands (`running`, `ok`, `failed`, `differs`, `unavailable`, `error`), for tests and scripts.

import { tracked } from "./activity.js";
import { $, h, icon } from "./dom.js";
import { highlightedSql } from "./editor.js";
import { options, state } from "./state.js";
import { request } from "./worker-client.js";

let generation = 0;

const PHASES = {
  start: "starting PostgreSQL (PGlite)",
  load: "loading FROM",
  build: "building FROM from its catalog",
  fetch: "reading the catalog",
  apply: "applying the migration",
  diff: "diffing against TARGET",
};

/** Wires the button. */
export function setupVerify() {
  $("verify").replaceChildren(icon("shield"), "Verify");
  $("verify").addEventListener("click", () => runVerify());
  resetVerify();
}

/** Hides the last result (the diff changed) and enables the button when there is a diff. */
export function resetVerify() {
  generation++;
  $("verify-result").hidden = true;
  $("verify").disabled = !state.result;
  delete document.body.dataset.verify;
}

/** A step of the verification in the worker. */
export function showVerifyProgress(step) {
  if (document.body.dataset.verify !== "running" || !PHASES[step.phase]) return;
  show("running", h("span", { class: "spinner" }), h("span", {}, `Verifying: ${PHASES[step.phase]}…`));
}

const runVerify = tracked(async () => {
  const mine = ++generation;
  $("verify").disabled = true;
  document.body.dataset.verify = "running";
  show("running", h("span", { class: "spinner" }), h("span", {}, "Verifying…"));
  let reply;
  try {
    reply = await request({ type: "verify", options: options() });
  } catch (error) {
    if (mine !== generation) return;
    $("verify").disabled = false;
    if (error.code === "EXTENSION_UNAVAILABLE") {
      show(
        "unavailable",
        icon("alert"),
        h(
          "span",
          {},
          h("strong", {}, "Cannot verify in this tab: "),
          `PGlite lacks the extension "${error.extension}". Apply the migration to a copy of your database instead.`,
        ),
      );
    } else {
      show("error", icon("alert"), h("span", {}, h("strong", {}, "Cannot verify: "), String(error.message)));
    }
    return;
  }
  if (mine !== generation) return;
  $("verify").disabled = false;
  const took = `${(reply.ms / 1000).toFixed(1)} s`;
  if (reply.ok) {
    show(
      "ok",
      icon("check"),
      h(
        "span",
        {},
        h("strong", {}, "Verified: "),
        `the migration (${reply.statements} statement${reply.statements === 1 ? "" : "s"}) applies in one transaction and re-diffs to nothing · PostgreSQL 18 (PGlite) · ${took}`,
      ),
    );
  } else if (reply.failed) {
    const { index, sql, error } = reply.failed;
    show(
      "failed",
      icon("alert"),
      h(
        "div",
        {},
        h("strong", {}, `Statement #${index + 1} failed: `),
        h("span", { class: "verify-error" }, error.message),
        error.detail && h("div", { class: "muted" }, `Detail: ${error.detail}`),
        error.hint && h("div", { class: "muted" }, `Hint: ${error.hint}`),
        highlightedSql(sql),
      ),
    );
  } else {
    show(
      "differs",
      icon("alert"),
      h(
        "div",
        {},
        h("strong", {}, "Applied, but the result still differs from TARGET: "),
        `a diff of the two gives ${reply.remaining.statements} statement${reply.remaining.statements === 1 ? "" : "s"}`,
        highlightedSql(reply.remaining.sql),
      ),
    );
  }
});

function show(status, ...children) {
  document.body.dataset.verify = status;
  const box = $("verify-result");
  box.className = `verify-result ${status}`;
  box.replaceChildren(...children);
  box.hidden = false;
}
