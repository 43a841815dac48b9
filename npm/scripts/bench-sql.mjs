// Times schemas as SQL through PGlite in Node: PGlite's start, loading the SQL, reading the
// catalog, and `verify` (FROM built, the migration applied in one transaction, read again and
// diffed against TARGET), for a corpus case and for a generated pair; and a re-diff of two
// 5,000-table catalogs read once (`ParsedCatalog`) against `diff` of their JSON text.
//
//   node npm/scripts/bench-sql.mjs [--case everything] [--tables 1000] [--catalogs FROM.json:TARGET.json]
//
// The generated pair is shared/bench/gen_schema.py's base and target (seed "bench"). --catalogs
// (e.g. the 5,000-table pair `just bench-npm` leaves in /tmp/migra-wasm-bench-5000) adds the
// re-diff timing.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as migra from "../lib/node.cjs";
import { corpusDir } from "../test/support/paths.mjs";

const { values } = parseArgs({
  options: {
    case: { type: "string", default: "everything" },
    tables: { type: "string", default: "1000" },
    catalogs: { type: "string" },
  },
});

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** verify() of two SQL texts, with the time of each step. */
async function timeVerify(label, from, to, options) {
  const started = Date.now();
  const steps = [];
  let last = started;
  const result = await migra.verify(from, to, {
    ...options,
    onProgress: (step) => {
      const now = Date.now();
      steps.push(`${step.phase} +${seconds(now - last)}`);
      last = now;
    },
  });
  const t = result.timings;
  console.log(
    `${label}: ok ${result.ok}, ${result.migration.statements.length} statements; PGlite start ${seconds(t.start)} (2 instances), ` +
      `load ${seconds(t.load)}, fetch ${seconds(t.fetch)} (3 catalogs), apply ${seconds(t.apply)}; verify in all ${seconds(Date.now() - started)}`,
  );
}

// The first PGlite of a process runs initdb; later ones start from its dumped data directory.
let started = Date.now();
await migra.catalogFromSql("select 1");
console.log(`first PGlite start (initdb) and an empty catalog: ${seconds(Date.now() - started)}`);
started = Date.now();
await migra.catalogFromSql("select 1");
console.log(`a later PGlite start and an empty catalog: ${seconds(Date.now() - started)}`);

const dir = join(corpusDir(), "migra", values.case);
await timeVerify(
  `corpus ${values.case}`,
  readFileSync(join(dir, "a.sql"), "utf8"),
  readFileSync(join(dir, "b.sql"), "utf8"),
  { withPrivileges: true, ignoreExtensionVersions: true },
);

const generator = join(corpusDir(), "..", "bench", "gen_schema.py");
const generate = (variant) => {
  const run = spawnSync("python3", [generator, "--tables", values.tables, "--seed", "bench", "--variant", variant], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
};
// --tables 0 skips the generated pair.
if (values.tables !== "0") await timeVerify(`${values.tables}-table pair`, generate("base"), generate("target"), {});

if (values.catalogs) {
  const [from, to] = values.catalogs.split(":").map((path) => readFileSync(path, "utf8"));
  // Wall and CPU time, best of 3 each: on a shared machine the CPU time says more.
  const best = (fn) => {
    let wall = Number.POSITIVE_INFINITY;
    let cpu = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      fn();
      const c = process.cpuUsage(c0);
      wall = Math.min(wall, performance.now() - t0);
      cpu = Math.min(cpu, (c.user + c.system) / 1000);
    }
    return `${Math.round(wall)} ms (CPU ${Math.round(cpu)} ms)`;
  };
  const text = best(() => migra.diff(from, to, { unsafe: true }));
  let a;
  let b;
  const parse = best(() => {
    a?.free();
    b?.free();
    a = migra.ParsedCatalog.parse(from);
    b = migra.ParsedCatalog.parse(to);
  });
  const parsed = best(() => migra.diff(a, b, { unsafe: true }));
  const option = best(() => migra.diff(a, b, { unsafe: true, ignoreExtensionVersions: true }));
  console.log(
    `catalogs ${values.catalogs}: diff of the JSON texts ${text}; ParsedCatalog.parse of both ${parse}, ` +
      `then diff ${parsed} (${option} with another option); best of 3`,
  );
}
