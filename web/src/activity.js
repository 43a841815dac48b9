// Work the page starts from events (loads, diffs, debounced edits): counted in `data-pending` on
// <body> so that tests and scripts can wait for the page to settle, and failures nothing else
// placed shown in the banner at the top, not only in the console.

import { $, h, icon } from "./dom.js";

let inFlight = 0;

/** `fn` (sync or async) counted as in flight until its promise settles. */
export function tracked(fn) {
  return (...args) => {
    document.body.dataset.pending = String(++inFlight);
    return Promise.resolve()
      .then(() => fn(...args))
      .finally(() => {
        document.body.dataset.pending = String(--inFlight);
      });
  };
}

/** `fn` after `ms` without another call; counted as in flight while it waits. */
export function debounced(fn, ms) {
  let timer = null;
  return (...args) => {
    if (timer === null) document.body.dataset.pending = String(++inFlight);
    else clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      try {
        fn(...args);
      } catch (error) {
        showPageError(`Something went wrong: ${error?.message ?? error}`);
      } finally {
        document.body.dataset.pending = String(--inFlight);
      }
    }, ms);
  };
}

/** Runs `promise` to its end from an event handler, showing a failure on the page. */
export function report(promise) {
  Promise.resolve(promise).catch((error) => showPageError(`Something went wrong: ${error?.message ?? error}`));
}

/** An error nothing else placed (a failed handler, an engine that stopped): a banner at the top. */
export function showPageError(text) {
  const box = $("page-error");
  if (!box) return;
  box.replaceChildren(
    icon("alert"),
    h("span", {}, text),
    h(
      "button",
      { class: "button ghost", type: "button", onclick: () => (box.hidden = true), "aria-label": "Dismiss" },
      icon("x"),
    ),
  );
  box.hidden = false;
}
