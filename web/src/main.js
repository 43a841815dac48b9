// The page: two schema inputs (catalog files or SQL), the options, and the result of the engine (which runs in a
// worker). This module only wires the parts together and starts them:
// - worker-client.js: requests to the engine's worker, restarted when the engine traps;
// - state.js: the two sides, the last result, the options read from their inputs;
// - cards.js: the FROM and TARGET cards and the catalogs loaded through them; sample.js: the sample pair;
// - results.js: the diff and its rendering; command-line.js: the equivalent `migra` command;
// - verify.js: the Verify button and its result; pglite.js: PGlite, loaded when SQL is used;
// - sql-export.js: Copy and Download .sql; activity.js: work in flight and the page's error banner.

import "./style.css";
import { debounced, report, showPageError } from "./activity.js";
import { buildCards, reloadSides, renderCard, showProgress, swap } from "./cards.js";
import { renderCommand } from "./command-line.js";
import { $, icon } from "./dom.js";
import { createEditor } from "./editor.js";
import { onOptionsChanged, setStatus, setupResults, showNothing } from "./results.js";
import { loadSample, showSampleError } from "./sample.js";
import { copySql, downloadSql } from "./sql-export.js";
import { onSideChange } from "./state.js";
import { setupVerify, showVerifyProgress } from "./verify.js";
import { request, startWorker } from "./worker-client.js";

function main() {
  // The last resort for anything the handlers did not place: a banner, not a console line.
  window.addEventListener("unhandledrejection", (event) =>
    showPageError(`Something went wrong: ${event.reason?.message ?? event.reason}`),
  );
  window.addEventListener("error", (event) => showPageError(`Something went wrong: ${event.message}`));
  startWorker({
    onStopped: (message) => showPageError(`The engine stopped: ${message}. It restarts with the next change.`),
    // A fresh worker has no catalogs: send it the loaded ones again.
    onRestarted: reloadSides,
    // Loading SQL into PGlite, or verifying, takes seconds: say which step it is on.
    onProgress: (step) => (step.side === "verify" ? showVerifyProgress(step) : showProgress(step)),
  });
  const editor = createEditor($("editor"));
  setupResults({ editor, trySample: () => report(loadSample()) });
  onSideChange((side) => {
    renderCard(side);
    renderCommand();
  });
  // A catalog that loads makes an earlier failure to fetch the sample old news.
  buildCards({ onLoaded: () => showSampleError(null) });
  setupVerify();
  $("swap").append(icon("swap"));
  $("swap").addEventListener("click", () => report(swap()));
  $("sample").addEventListener("click", () => report(loadSample()));
  $("copy").replaceChildren(icon("copy"), "Copy");
  $("download").replaceChildren(icon("download"), "Download .sql");
  $("copy").addEventListener("click", () => report(copySql(editor)));
  $("download").addEventListener("click", () => report(downloadSql(editor)));
  for (const id of ["opt-unsafe", "opt-privileges", "opt-extensions", "opt-ignore-versions"])
    $(id).addEventListener("change", onOptionsChanged);
  const typed = debounced(onOptionsChanged, 300);
  for (const id of ["opt-schema", "opt-exclude"]) $(id).addEventListener("input", typed);
  renderCommand();
  showNothing();
  request({ type: "init" }).then(
    () => (document.body.dataset.engine = "ready"),
    (error) => {
      document.body.dataset.engine = "failed";
      setStatus(`The engine could not start: ${error.message}`, "error");
      showPageError(`The engine could not start: ${error.message}. Reload the page to try again.`);
    },
  );
  document.body.dataset.pending = "0";
  document.body.dataset.ready = "true";
}

try {
  main();
} catch (error) {
  showPageError(`The page could not start: ${error?.message ?? error}`);
  throw error;
}
