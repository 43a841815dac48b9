// migra-wasm for browsers and bundlers (the `browser` and `default` export conditions): the
// wasm-pack `web` build. Call `await init()` once before anything else; it fetches the .wasm file
// next to the generated module (bundlers such as Vite copy it as an asset), or what you pass.
import initWasm, * as wasm from "../pkg-web/migra_wasm.js";
import { acceptingParsed, makeFetchCatalog, parsedCatalogClass, recovering, withOnline } from "./common.mjs";
import { makeSqlTools } from "./sql.mjs";

let ready = null;
let initialized = false;

/** Loads the WebAssembly module; `input` is a URL, Response, BufferSource or WebAssembly.Module. */
export function init(input) {
  if (ready === null) {
    ready = initWasm(input === undefined ? undefined : { module_or_path: input }).then(() => {
      initialized = true;
    });
  }
  return ready;
}

function checked(fn) {
  const call = recovering(wasm, fn);
  return (...args) => {
    if (!initialized) {
      const error = new Error("migra-wasm is not initialized: call `await init()` first");
      error.code = "NOT_INITIALIZED";
      throw error;
    }
    return call(...args);
  };
}

export const ParsedCatalog = parsedCatalogClass(wasm);
export const diff = checked(withOnline(acceptingParsed(wasm, wasm.diff, wasm.__diffParsed)));
export const report = checked(withOnline(acceptingParsed(wasm, wasm.report, wasm.__reportParsed)));
export const catalogQueries = checked(wasm.catalogQueries);
export const catalogKinds = checked(wasm.catalogKinds);
export const assembleCatalog = checked(wasm.assembleCatalog);
export const emptyCatalog = checked(wasm.emptyCatalog);
export const catalogToJson = checked(wasm.catalogToJson);
export const fetchCatalog = makeFetchCatalog({ catalogQueries, assembleCatalog });

// A bundler resolves every import it sees, and PGlite is an optional peer dependency: in a browser
// the caller passes PGlite (`options.PGlite`) and the extensions its SQL needs (`options.extensions`).
const sql = makeSqlTools({
  fetchCatalog,
  diff,
  emptyCatalog,
  ParsedCatalog,
  loadPGlite: async () => {
    const error = new Error(
      'in a browser, pass PGlite: catalogFromSql(sql, { PGlite }) with import { PGlite } from "@electric-sql/pglite"',
    );
    error.code = "NO_PGLITE";
    throw error;
  },
  loadExtension: async () => undefined,
});
export const catalogFromSql = sql.catalogFromSql;
export const verify = sql.verify;
