// migra-wasm for Node (the `node` export condition): the wasm-pack `nodejs` build, which loads
// synchronously, so `require` and `import { diff }` both work and `init()` has nothing to do.
"use strict";

const wasm = require("../pkg-node/migra_wasm.js");
const { makeFetchCatalog } = require("./common.cjs");

exports.init = function init() {
  return Promise.resolve();
};
exports.diff = wasm.diff;
exports.catalogQueries = wasm.catalogQueries;
exports.catalogKinds = wasm.catalogKinds;
exports.assembleCatalog = wasm.assembleCatalog;
exports.emptyCatalog = wasm.emptyCatalog;
exports.catalogToJson = wasm.catalogToJson;
exports.fetchCatalog = makeFetchCatalog(wasm);
