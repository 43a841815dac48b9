// Derives lib/common.cjs (CommonJS, for the Node entry) from lib/common.mjs, which has no imports
// and only `export function` / `export const` declarations at the top level.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const lib = join(dirname(fileURLToPath(import.meta.url)), "..", "lib");
const source = readFileSync(join(lib, "common.mjs"), "utf8");
if (/^\s*import\b/m.test(source)) throw new Error("lib/common.mjs must not import anything");
const names = [];
const body = source.replace(/^export (async function|function|const) (\w+)/gm, (_, keyword, name) => {
  names.push(name);
  return `${keyword} ${name}`;
});
if (/^export\b/m.test(body)) throw new Error("lib/common.mjs: only `export function` and `export const` are supported");
const header = '// Generated from lib/common.mjs by scripts/build-js.mjs; do not edit.\n"use strict";\n\n';
writeFileSync(join(lib, "common.cjs"), `${header}${body}\nmodule.exports = { ${names.join(", ")} };\n`);
