// A call that fails without returning leaves the module as it was at that moment: a trap (a panic,
// which aborts under panic = "abort"; the stack or memory exhausted) or a JS exception thrown
// through it (by a getter of an argument) restores no stack pointer and frees nothing. The
// package's entries then make the next call on a fresh instance (lib/common.mjs, `recovering`;
// issue 18, part 3). Shown here:
// - with the test-panic build (`diffThenPanic`: a diff, then a panic 640 KiB down the 1 MiB
//   stack; `just test-npm` builds it into npm/crate/target/test-panic-*), for the Node glue and
//   the web glue, against the same calls on the bare glue, which break it;
// - with the published module through the entries: the traps and exceptions its inputs can cause;
// - errors the module returns (bad JSON, UNSAFE) stay what they were and reset nothing.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { acceptingParsed, parsedCatalogClass, recovering, WASM_ERROR_CODES } from "../lib/common.mjs";
import * as migra from "../lib/node.cjs";
import { nativeBin, npmDir, repoDir, run } from "./support/paths.mjs";

const require = createRequire(import.meta.url);
const beforeFile = join(repoDir, "examples", "before.json");
const afterFile = join(repoDir, "examples", "after.json");
const before = readFileSync(beforeFile, "utf8");
const after = readFileSync(afterFile, "utf8");
const PANIC = "test-panic: a panic in the middle of a call";

/** What native `migra --unsafe` prints for the examples: the right migration. */
const expected = (() => {
  const native = run(nativeBin("migra"), ["--unsafe", beforeFile, afterFile]);
  assert.equal(native.status, 2, native.stderr);
  return native.stdout;
})();

function assertRightMigration(diff) {
  assert.equal(`${diff(before, after, { unsafe: true }).sql}\n`, expected);
}

/** The folder of the test-panic build for a wasm-pack target (`nodejs`, `web`). */
function testPanicBuild(target) {
  const dir = join(npmDir, "crate", "target", `test-panic-${target}`);
  if (!existsSync(join(dir, "migra_wasm.js"))) {
    assert.fail(`${dir} is missing: \`just test-npm\` builds it (npm/crate with --features test-panic)`);
  }
  return dir;
}

const isTrap = (pattern) => (e) => e instanceof WebAssembly.RuntimeError && pattern.test(e.message);

/** Runs `body` with console.error (where the panic hook writes) collected; returns what it got. */
function collectingConsoleErrors(body) {
  const logged = [];
  const saved = console.error;
  console.error = (...args) => logged.push(args.join(" "));
  try {
    body();
  } finally {
    console.error = saved;
  }
  return logged;
}

/** A panic traps; through `recovering` every next call, a panic again or a diff, runs on a fresh instance. */
function checkPanics(glue) {
  const diff = recovering(glue, glue.diff);
  const diffThenPanic = recovering(glue, glue.diffThenPanic);
  const logged = collectingConsoleErrors(() => {
    for (let round = 0; round < 3; round++) {
      assert.throws(() => diffThenPanic(before, after, { unsafe: true }), isTrap(/unreachable/));
      assert.throws(() => diffThenPanic(before, after, { unsafe: true }), isTrap(/unreachable/));
      assertRightMigration(diff);
    }
    // The bare glue, for contrast: the trap leaves 640 KiB of the stack in use, and the next call
    // overflows it. From then on every call fails, until the next one through `recovering`.
    assert.throws(() => glue.diffThenPanic(before, after, { unsafe: true }), isTrap(/unreachable/));
    assert.throws(() => glue.diffThenPanic(before, after, { unsafe: true }), isTrap(/out of bounds/));
    assert.throws(() => glue.diff(before, after, { unsafe: true }), isTrap(/out of bounds/));
    assert.throws(() => diff(before, after, { unsafe: true }), isTrap(/out of bounds/));
    assertRightMigration(diff);
  });
  assert.equal(logged.filter((line) => line.includes(PANIC)).length, 7, logged.join("\n"));
}

test("Node glue: a panic traps, and the next call runs on a fresh instance", () => {
  checkPanics(require(join(testPanicBuild("nodejs"), "migra_wasm.js")));
});

test("web glue: a panic traps, and the next call runs on a fresh instance", async () => {
  const dir = testPanicBuild("web");
  const glue = await import(pathToFileURL(join(dir, "migra_wasm.js")));
  glue.initSync({ module: readFileSync(join(dir, "migra_wasm_bg.wasm")) });
  checkPanics(glue);
});

/** An array holding `inner`, `depth` deep. */
function nested(depth, inner) {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

// A catalog object is converted recursively, without a depth limit: 100,000 levels overflow the
// stack (a RuntimeError today; if the conversion ever refuses such input with an error of its own,
// this still checks that the module works after it).
const tooDeep = nested(100_000, []);

// A getter that throws while the module reads the catalog object: the exception passes through the
// module's frames, which never return, so the stack pointer stays where the getter was called, a
// thousand levels down; a few such calls overflow the stack (the fourth, when this was written).
const throwsInside = nested(1000, {
  get format() {
    throw new Error("a getter that throws");
  },
});

/**
 * The web entry, initialized as a page would. Its glue (pkg-web/migra_wasm.js) is an ES module in
 * a package without `"type": "module"` (which would break the Node glue, CommonJS in a `.js`
 * file): Node reads it as one after a warning, left out of this file's output.
 */
async function webEntry() {
  const printers = process.listeners("warning");
  process.removeAllListeners("warning");
  process.on("warning", (warning) => {
    if (warning.code !== "MODULE_TYPELESS_PACKAGE_JSON") for (const print of printers) print(warning);
  });
  const web = await import("../lib/web.mjs");
  await web.init(readFileSync(join(npmDir, "pkg-web", "migra_wasm_bg.wasm")));
  return web;
}

for (const [entry, load] of [
  ["the Node entry", async () => migra],
  ["the web entry", webEntry],
]) {
  test(`${entry}: every export works again after a call that failed inside the module`, async () => {
    const m = await load();
    const calls = [
      ["diff", () => m.diff(tooDeep, after)],
      ["diff", () => m.diff(before, tooDeep)],
      ["report", () => m.report(before, tooDeep, { unsafe: true }, "plan")],
      ["catalogToJson", () => m.catalogToJson(tooDeep)],
      ["assembleCatalog", () => m.assembleCatalog(160000, { schemas: tooDeep })],
    ];
    for (const [name, call] of calls) {
      assert.throws(call, Error, name);
      assertRightMigration(m.diff);
      assert.throws(call, Error, name);
      assert.equal(m.emptyCatalog().format, "migra-catalog");
      assert.throws(call, Error, name);
      assert.ok(m.catalogQueries(160000).length > 0);
      assert.throws(call, Error, name);
      assert.ok(m.catalogKinds().length > 0);
      assert.throws(call, Error, name);
      assert.equal(m.catalogToJson(after), after);
    }
    for (let i = 0; i < 8; i++) {
      assert.throws(
        () => m.diff(throwsInside, after),
        (e) => !(e instanceof WebAssembly.RuntimeError) && /a getter that throws/.test(e.message),
        `call ${i + 1}`,
      );
    }
    assertRightMigration(m.diff);
  });
}

test("errors the module returns (bad JSON, UNSAFE, a bad option) are thrown as they were, and reset nothing", () => {
  const glue = require("../pkg-node/migra_wasm.js");
  let resets = 0;
  const counting = {
    __scheduleReset() {
      resets++;
      glue.__scheduleReset();
    },
  };
  const diff = recovering(counting, glue.diff);
  assert.throws(() => diff("{", after), { code: "INVALID_CATALOG", argument: "from", message: /^from: invalid JSON/ });
  assertRightMigration(diff);
  assert.throws(() => diff(before, after), { code: "UNSAFE" });
  assert.throws(() => diff(before, after, { unsafe: "yes" }), { code: "INVALID_OPTION" });
  assert.throws(() => diff(before, '{"format": "migra-catalog", "version": 999}'), { code: "UNSUPPORTED_VERSION" });
  assertRightMigration(diff);
  assert.equal(resets, 0);
  // What is not one of them, such as a trap, does reset.
  assert.throws(() => diff(tooDeep, after));
  assert.equal(resets, 1);
  // Through the package's entry.
  assert.throws(() => migra.diff("{", after), { code: "INVALID_CATALOG", message: /^from: invalid JSON/ });
  assertRightMigration(migra.diff);
});

test("the codes `recovering` takes for returned errors are the codes npm/crate/src/lib.rs returns", () => {
  const source = readFileSync(join(npmDir, "crate", "src", "lib.rs"), "utf8");
  const codes = new Set([...source.matchAll(/(?:\berror\(\s*|=> )"([A-Z_]+)"/g)].map((m) => m[1]));
  assert.deepEqual([...codes].sort(), [...WASM_ERROR_CODES].sort());
});

test("a ParsedCatalog made before a trap is stale after it (STALE_CATALOG); new ones work", () => {
  const glue = require(join(testPanicBuild("nodejs"), "migra_wasm.js"));
  const ParsedCatalog = parsedCatalogClass(glue);
  const diff = recovering(glue, acceptingParsed(glue, glue.diff, glue.__diffParsed));
  const diffThenPanic = recovering(glue, glue.diffThenPanic);
  const from = ParsedCatalog.parse(before);
  const to = ParsedCatalog.parse(after);
  assert.equal(`${diff(from, to, { unsafe: true }).sql}\n`, expected);
  collectingConsoleErrors(() =>
    assert.throws(() => diffThenPanic(before, after, { unsafe: true }), isTrap(/unreachable/)),
  );
  // The trap replaced the instance at once, so the glue refuses the old catalogs instead of
  // reading the fresh instance's memory at their addresses.
  for (const args of [
    [from, to],
    [from, after],
    [before, to],
  ]) {
    assert.throws(
      () => diff(...args, { unsafe: true }),
      (e) => e.code === "STALE_CATALOG" && /parse the catalog again/.test(e.message),
    );
  }
  const again = ParsedCatalog.parse(before);
  assert.equal(`${diff(again, after, { unsafe: true }).sql}\n`, expected);
  assertRightMigration(diff);
  again.free();
});
