// migra-wasm for Node (the `node` export condition): the wasm-pack `nodejs` build, which loads
// synchronously, so `require` and `import { diff }` both work and `init()` has nothing to do.
"use strict";

const wasm = require("../pkg-node/migra_wasm.js");
const { makeFetchCatalog, recovering, withOnline } = require("./common.cjs");

exports.init = function init() {
  return Promise.resolve();
};
exports.diff = recovering(wasm, withOnline(wasm.diff));
exports.report = recovering(wasm, withOnline(wasm.report));
exports.catalogQueries = recovering(wasm, wasm.catalogQueries);
exports.catalogKinds = recovering(wasm, wasm.catalogKinds);
exports.assembleCatalog = recovering(wasm, wasm.assembleCatalog);
exports.emptyCatalog = recovering(wasm, wasm.emptyCatalog);
exports.catalogToJson = recovering(wasm, wasm.catalogToJson);
exports.fetchCatalog = makeFetchCatalog({
  catalogQueries: exports.catalogQueries,
  assembleCatalog: exports.assembleCatalog,
});
