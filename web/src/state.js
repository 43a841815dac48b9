// What the page holds: the catalog on each side, the last diff's result, and the options as the
// engine takes them (read from the option inputs each time).

import { $ } from "./dom.js";

/** The two sides as the page names them. */
export const LABELS = {
  from: { title: "FROM", hint: "the schema you have now" },
  to: { title: "TARGET", hint: "the schema you want" },
};

export const state = {
  from: { blob: null, name: null, meta: null, error: null, loading: false },
  to: { blob: null, name: null, meta: null, error: null, loading: false },
  result: null,
  refused: null,
  generation: 0,
};

const sideListeners = [];

/** Calls `listener(side)` after each `setSide`. */
export function onSideChange(listener) {
  sideListeners.push(listener);
}

/** Replaces one side's input (`{ blob, name, meta, error, loading }`) and tells the listeners. */
export function setSide(side, next) {
  state[side] = next;
  for (const listener of sideListeners) listener(side);
}

/** The diff options, as the option inputs now say. */
export function options() {
  return {
    unsafe: $("opt-unsafe").checked,
    withPrivileges: $("opt-privileges").checked,
    createExtensionsOnly: $("opt-extensions").checked,
    ignoreExtensionVersions: $("opt-ignore-versions").checked,
    schema: $("opt-schema").value.trim() || null,
    excludeSchema: $("opt-exclude")
      .value.split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
