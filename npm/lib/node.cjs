// migra-wasm for Node (the `node` export condition): the wasm-pack `nodejs` build, which loads
// synchronously, so `require` and `import { diff }` both work and `init()` has nothing to do.
"use strict";

const wasm = require("../pkg-node/migra_wasm.js");
const { acceptingParsed, makeFetchCatalog, parsedCatalogClass, recovering, withOnline } = require("./common.cjs");
const { makeSqlTools } = require("./sql.cjs");

exports.init = function init() {
  return Promise.resolve();
};
exports.ParsedCatalog = parsedCatalogClass(wasm);
exports.diff = recovering(wasm, withOnline(acceptingParsed(wasm, wasm.diff, wasm.__diffParsed)));
exports.report = recovering(wasm, withOnline(acceptingParsed(wasm, wasm.report, wasm.__reportParsed)));
exports.catalogQueries = recovering(wasm, wasm.catalogQueries);
exports.catalogKinds = recovering(wasm, wasm.catalogKinds);
exports.assembleCatalog = recovering(wasm, wasm.assembleCatalog);
exports.emptyCatalog = recovering(wasm, wasm.emptyCatalog);
exports.catalogToJson = recovering(wasm, wasm.catalogToJson);
exports.fetchCatalog = makeFetchCatalog({
  catalogQueries: exports.catalogQueries,
  assembleCatalog: exports.assembleCatalog,
});

/** PGlite, the optional peer dependency, imported when SQL is first loaded. */
async function loadPGlite() {
  try {
    return await import("@electric-sql/pglite");
  } catch (cause) {
    const error = new Error(
      "loading SQL needs the optional peer dependency @electric-sql/pglite: npm install @electric-sql/pglite",
      { cause },
    );
    error.code = "NO_PGLITE";
    throw error;
  }
}

/** One of PGlite's contrib extensions (`@electric-sql/pglite/contrib/<name>`), or undefined. */
async function loadExtension(name) {
  if (!/^[a-z0-9_]+$/.test(name)) return undefined;
  try {
    return (await import(`@electric-sql/pglite/contrib/${name}`))[name];
  } catch {
    return undefined;
  }
}

const sql = makeSqlTools({
  fetchCatalog: exports.fetchCatalog,
  diff: exports.diff,
  emptyCatalog: exports.emptyCatalog,
  ParsedCatalog: exports.ParsedCatalog,
  loadPGlite,
  loadExtension,
});
exports.catalogFromSql = sql.catalogFromSql;
exports.verify = sql.verify;
