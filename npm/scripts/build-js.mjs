// Derives the CommonJS copies (for the Node entry) of lib/common.mjs and lib/sql.mjs, which have no
// imports and only `export function` / `export const` declarations at the top level.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const lib = join(dirname(fileURLToPath(import.meta.url)), "..", "lib");
for (const name of ["common", "sql"]) {
  const source = readFileSync(join(lib, `${name}.mjs`), "utf8");
  if (/^\s*import\b/m.test(source)) throw new Error(`lib/${name}.mjs must not import anything`);
  const names = [];
  const body = source.replace(/^export (async function|function|const) (\w+)/gm, (_, keyword, exported) => {
    names.push(exported);
    return `${keyword} ${exported}`;
  });
  if (/^export\b/m.test(body))
    throw new Error(`lib/${name}.mjs: only \`export function\` and \`export const\` are supported`);
  const header = `// Generated from lib/${name}.mjs by scripts/build-js.mjs; do not edit.\n"use strict";\n\n`;
  writeFileSync(join(lib, `${name}.cjs`), `${header}${body}\nmodule.exports = { ${names.join(", ")} };\n`);
}
