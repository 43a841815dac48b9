// Times the diff of two generated schemas in Node (the wasm build) against native `migra`.
//
//   node npm/scripts/bench.mjs [--tables 5000] [--runs 3] [--dir DIR] [--bin-dir DIR]
//
// Generates base and target schemas with shared/bench/gen_schema.py, loads each into a throwaway
// cluster and reads it with migra-fetch (kept in DIR, reused when present), then reports, best of
// RUNS, wall and CPU time of: native `migra --unsafe` (from --bin-dir, default target/release),
// `migra-wasm --unsafe` (the package's bin: Node start-up, reading, diff, printing), and
// `diff(text, text)` inside one Node process. Also prints the .wasm sizes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { Cluster } from "../test/support/cluster.mjs";
import { binPath, corpusDir, npmDir, repoDir } from "../test/support/paths.mjs";

const { values } = parseArgs({
  options: {
    tables: { type: "string", default: "5000" },
    runs: { type: "string", default: "3" },
    dir: { type: "string" },
    "bin-dir": { type: "string" },
  },
});
const tables = Number(values.tables);
const runs = Number(values.runs);
const dir = values.dir ?? `/tmp/migra-wasm-bench-${tables}`;
const binDir = values["bin-dir"] ?? join(repoDir, "target", "release");
const migraFetch = join(binDir, "migra-fetch");
const migra = join(binDir, "migra");
for (const p of [migra, migraFetch]) {
  if (!existsSync(p)) throw new Error(`${p} is missing: cargo build --release -p migra-fetch --bins`);
}
mkdirSync(dir, { recursive: true });

const generator = join(corpusDir(), "..", "bench", "gen_schema.py");
const files = { base: join(dir, "base.json"), target: join(dir, "target.json") };
if (!existsSync(files.base) || !existsSync(files.target)) {
  const cluster = await Cluster.start({ max_locks_per_transaction: 1024, shared_buffers: "256MB" });
  try {
    for (const variant of ["base", "target"]) {
      const sql = join(dir, `${variant}.sql`);
      const gen = spawnSync(
        "python3",
        [generator, "--tables", String(tables), "--seed", "bench", "--variant", variant],
        {
          encoding: "utf8",
          maxBuffer: 1 << 30,
        },
      );
      if (gen.status !== 0) throw new Error(gen.stderr);
      writeFileSync(sql, gen.stdout);
      cluster.createDatabase(variant);
      cluster.loadFile(variant, sql);
      const fetch = spawnSync(migraFetch, ["-o", files[variant], cluster.url(variant)], { encoding: "utf8" });
      if (fetch.status !== 0) throw new Error(fetch.stderr);
    }
  } finally {
    await cluster.stop();
  }
}

/** Best of `runs` wall and CPU (user + system) seconds of a command, and its stdout. */
function time(program, args) {
  let best = null;
  let stdout = "";
  for (let i = 0; i < runs; i++) {
    const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S", program, ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    const [wall, user, sys] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
    const sample = { wall, cpu: user + sys, status: r.status };
    if (best === null || sample.wall < best.wall) best = sample;
    stdout = r.stdout;
  }
  return { ...best, stdout };
}

const native = time(migra, ["--unsafe", files.base, files.target]);
const wasm = time(process.execPath, [binPath, "--unsafe", files.base, files.target]);
if (native.stdout !== wasm.stdout) throw new Error("migra-wasm and native migra printed different migrations");

const require = createRequire(import.meta.url);
const lib = require("../lib/node.cjs");
const [a, b] = [readFileSync(files.base, "utf8"), readFileSync(files.target, "utf8")];
let inProcess = null;
for (let i = 0; i < runs; i++) {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  lib.diff(a, b, { unsafe: true });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  if (inProcess === null || wall < inProcess.wall) inProcess = { wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

const size = (p) => `${statSync(p).size} bytes (${gzipSync(readFileSync(p), { level: 9 }).length} gzipped)`;
const mb = (p) => (statSync(p).size / 1e6).toFixed(1);
const s = (x) => `${x.wall.toFixed(2)} s wall, ${x.cpu.toFixed(2)} s CPU`;
console.log(
  `catalogs: ${tables} tables each, ${mb(files.base)} MB and ${mb(files.target)} MB (${dir}); best of ${runs}`,
);
console.log(`native migra:       ${s(native)} (exit ${native.status}, ${native.stdout.length} bytes of SQL)`);
console.log(`migra-wasm (bin):   ${s(wasm)} (exit ${wasm.status}, identical output)`);
console.log(`diff() in Node:     ${s(inProcess)}`);
console.log(`pkg-node wasm:      ${size(join(npmDir, "pkg-node", "migra_wasm_bg.wasm"))}`);
console.log(`pkg-web wasm:       ${size(join(npmDir, "pkg-web", "migra_wasm_bg.wasm"))}`);
