// Where things are, for the tests: the package, the repository, the native binaries, the corpus.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanEnv } from "./cluster.mjs";

export const npmDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const repoDir = join(npmDir, "..");
export const binPath = join(npmDir, "bin", "migra-wasm.cjs");

/** The native binaries: $MIGRA_BIN_DIR, else the workspace's target/debug (`cargo build -p migra-fetch`). */
export function nativeBin(name) {
  const dir = process.env.MIGRA_BIN_DIR || join(process.env.CARGO_TARGET_DIR || join(repoDir, "target"), "debug");
  const path = join(dir, name);
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`cargo build -p migra-fetch --bins\` (just test-npm does)`);
  return path;
}

/** The corpus root (the folder holding migra/): $MIGRA_CORPUS, else shared/corpus beside the repository. */
export function corpusDir() {
  return process.env.MIGRA_CORPUS || join(repoDir, "..", "shared", "corpus");
}

/** Runs a program with a clean environment; returns { status, stdout, stderr }. */
export function run(program, args, options = {}) {
  const r = spawnSync(program, args, {
    encoding: "utf8",
    env: cleanEnv(options.env),
    cwd: options.cwd,
    maxBuffer: 1 << 30,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs a program with a clean environment without blocking the event loop (a fake server in this
 * process can answer it); resolves to { status, stdout, stderr, seconds }. A program still running
 * after `options.timeout` seconds (60) is killed: its status is then null, and a test fails
 * instead of hanging.
 */
export function runAsync(program, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(program, args, {
      env: cleanEnv(options.env),
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: (options.timeout ?? 60) * 1000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (data) => {
      stdout += data;
    });
    child.stderr.setEncoding("utf8").on("data", (data) => {
      stderr += data;
    });
    child.on("error", reject);
    child.on("close", (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ status, stdout, stderr, seconds });
    });
  });
}

/** Runs native `migra` and the package's bin with the same arguments. */
export function both(args, options) {
  return { native: run(nativeBin("migra"), args, options), wasm: run(process.execPath, [binPath, ...args], options) };
}

/** Runs native `migra` and the package's bin with the same arguments, at once, without blocking. */
export async function bothAsync(args, options) {
  const [native, wasm] = await Promise.all([
    runAsync(nativeBin("migra"), args, options),
    runAsync(process.execPath, [binPath, ...args], options),
  ]);
  return { native, wasm };
}

/** A scratch directory named after the test, removed after it. */
export function scratch(t, name) {
  const dir = mkdtempSync(join(tmpdir(), `migra-wasm-${name}-`));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
