// Re-diffs of two ParsedCatalogs in Node through the npm package, as the web page's worker does
// (web/src/worker.js, `diff`): both catalogs read once, then `diff(from, to, options)` N times.
//
//   node bench/wasm_rediff.mjs PACKAGE_DIR FROM.json TARGET.json [--runs N] [--report]
//                              [--options JSON]
//
// Prints the milliseconds of each call and their median, and how large the result is. With
// `--report`, times `report(from, to, options, "sql")` too. PACKAGE_DIR is the package's folder
// (npm/, once `just build-npm` ran). The pair of `engine/benches/diff.rs` at 5,000 tables is what
// issue 17 measures; any two catalog files do.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "9" },
    report: { type: "boolean", default: false },
    options: { type: "string", default: "{}" },
  },
});
const [dir, fromPath, targetPath] = positionals;
if (!targetPath) throw new Error("usage: node bench/wasm_rediff.mjs PACKAGE_DIR FROM.json TARGET.json");
const require = createRequire(import.meta.url);
const migra = require(join(resolve(dir), "lib/node.cjs"));
const runs = Number(values.runs);
const options = { ...JSON.parse(values.options), unsafe: true };

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fixed = (ms) => ms.toFixed(1);

/** Wall and CPU milliseconds of `runs` calls (CPU: the process's, so that a busy machine moves
 * the figure less; the first call, which compiles and grows the memory, counts too). */
function time(label, call) {
  const ms = [];
  const cpu = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const used = process.cpuUsage();
    const started = performance.now();
    result = call();
    ms.push(performance.now() - started);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
  }
  console.log(
    `${label}: median ${fixed(median(ms))} ms wall, ${fixed(median(cpu))} ms CPU; ` +
      `min ${fixed(Math.min(...ms))} ms wall (${ms.map(fixed).join(" ")})`,
  );
  return result;
}

let started = performance.now();
const from = migra.ParsedCatalog.parse(readFileSync(fromPath, "utf8"));
const to = migra.ParsedCatalog.parse(readFileSync(targetPath, "utf8"));
console.log(`parse both: ${fixed(performance.now() - started)} ms`);

const result = time("diff(parsed, parsed)", () => migra.diff(from, to, options));
const changes = result.changes;
console.log(
  `  ${result.statements.length} statements, ${changes.length} changes ` +
    `(${changes.filter((c) => c.before != null || c.after != null).length} with before/after), ` +
    `${result.warnings.length} warnings, sql ${result.sql.length} chars`,
);
if (values.report) {
  time('report(parsed, parsed, "sql")', () => migra.report(from, to, options, "sql"));
  time('report(parsed, parsed, "json")', () => migra.report(from, to, options, "json"));
}
started = performance.now();
from.free();
to.free();
