// The engine diff alone in Node through the npm package migra-wasm:
//   node bench/wasm_diff.mjs PACKAGE_DIR FROM.json TARGET.json
// Reads both catalog files as text, hands the text to the package's diff (so JSON parsing happens
// in wasm, as it does in the native `migra FROM.json TARGET.json`), prints the SQL.
import { readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, fromPath, targetPath] = process.argv.slice(2);
const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

function entry(exp) {
  if (typeof exp === "string") return exp;
  if (exp && typeof exp === "object") {
    const dot = exp["."] ?? exp;
    for (const key of ["node", "import", "default", "require"]) {
      const found = entry(dot[key]);
      if (found) return found;
    }
  }
  return undefined;
}

const main = entry(meta.exports) ?? meta.module ?? meta.main ?? "index.js";
const mod = await import(pathToFileURL(join(dir, main)).href);
const api = mod.diff ? mod : mod.default;
if (typeof api.init === "function") await api.init();

const from = readFileSync(fromPath, "utf8");
const target = readFileSync(targetPath, "utf8");
const result = await api.diff(from, target, { unsafe: true });
const sql = typeof result === "string" ? result : result.sql;
// `migra` ends its output with the newline of print(), as Python migra does.
writeSync(1, sql ? sql + "\n" : "");
