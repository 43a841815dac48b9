// The one module that knows where the engine comes from: the npm package migra-wasm (npm/), whose
// browser entry wraps its `--target web` build (npm/pkg-web, written by `just build-npm`) and
// needs `await init()` once.

import { catalogFromSql, catalogKinds, diff, emptyCatalog, init, ParsedCatalog, verify } from "migra-wasm";

/** Catalog files larger than this are refused before reading: the text, its parsed form and the
 * engine's copy must all fit in the tab's memory (wasm32 has 4 GB at most). */
export const MAX_BYTES = 200 * 1024 * 1024;

let ready;

/** The initialised engine: `diff`, `emptyCatalog`, `catalogKinds`, `ParsedCatalog`, and
 * `catalogFromSql` and `verify`, which need PGlite (`pglite.js`). */
export function engine() {
  ready ??= init().then(() => ({ catalogFromSql, catalogKinds, diff, emptyCatalog, ParsedCatalog, verify }));
  return ready;
}
