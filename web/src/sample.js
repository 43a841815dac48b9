// The sample pair (examples/schema/before.sql and after.sql, copied into the build): one click
// loads both as SQL into the paste boxes, where a visitor can edit either and see the migration
// follow; a sample that cannot be fetched says so beside the button.

import sampleToUrl from "../../examples/schema/after.sql?url";
import sampleFromUrl from "../../examples/schema/before.sql?url";
import { tracked } from "./activity.js";
import { showSql } from "./cards.js";
import { $, h, icon } from "./dom.js";

/** One sample file's text; a failed request (offline, 404) rejects with what went wrong. */
async function fetchSample(url, name) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${name} could not be fetched (${error?.message ?? error}); are you offline?`);
  }
  if (!response.ok)
    throw new Error(
      `${name} could not be fetched: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
    );
  return response.text();
}

/** Loads the sample pair into FROM and TARGET. */
export const loadSample = tracked(async () => {
  const button = $("sample");
  button.disabled = true;
  showSampleError(null);
  try {
    const [from, to] = await Promise.all([
      fetchSample(sampleFromUrl, "before.sql"),
      fetchSample(sampleToUrl, "after.sql"),
    ]);
    await Promise.all([showSql("from", from, "before.sql"), showSql("to", to, "after.sql")]);
  } catch (error) {
    showSampleError(error);
  } finally {
    button.disabled = false;
  }
});

/** Shows why the sample could not be loaded under its button, or hides that (`null`). */
export function showSampleError(error) {
  const box = $("sample-error");
  if (!error) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.replaceChildren(
    h("div", { class: "error-title" }, icon("alert"), "The sample could not be loaded"),
    h("div", { class: "error-body" }, String(error.message ?? error)),
    h("div", { class: "error-hint" }, "Load your own schemas (SQL or catalog files) below, or try again."),
  );
  box.hidden = false;
}
