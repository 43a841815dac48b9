// ParsedCatalog: a catalog read once and diffed many times gives what `diff` and `report` give for
// its JSON text, on either side, mixed with objects and text; its errors are `diff`'s.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import * as migra from "../lib/node.cjs";
import { repoDir } from "./support/paths.mjs";

const before = readFileSync(join(repoDir, "examples", "before.json"), "utf8");
const after = readFileSync(join(repoDir, "examples", "after.json"), "utf8");

test("diff and report take ParsedCatalogs on either side, as often as needed", () => {
  const from = migra.ParsedCatalog.parse(before);
  const to = migra.ParsedCatalog.parse(after);
  try {
    for (const options of [{ unsafe: true }, { unsafe: true, withPrivileges: true }, { unsafe: true, online: true }]) {
      const expected = migra.diff(before, after, options);
      assert.deepEqual(migra.diff(from, to, options), expected);
      assert.deepEqual(migra.diff(from, after, options), expected);
      assert.deepEqual(migra.diff(before, to, options), expected);
      assert.deepEqual(migra.report(from, to, options, "plan"), migra.report(before, after, options, "plan"));
    }
    assert.throws(
      () => migra.diff(from, to),
      (e) => e.code === "UNSAFE",
    );
    assert.equal(from.toJson(), migra.catalogToJson(before));
    assert.deepEqual(from.toObject(), migra.ParsedCatalog.parse(from.toJson()).toObject());
    assert.equal(from.serverVersionNum, 150018);
    assert.equal(migra.diff(from, from).statements.length, 0);
  } finally {
    from.free();
    to.free();
  }
});

test("a catalog that cannot be read: the error names the argument, as diff's does", () => {
  const from = migra.ParsedCatalog.parse(before);
  try {
    assert.throws(
      () => migra.ParsedCatalog.parse("{ nope"),
      (e) => e.code === "INVALID_CATALOG" && e.argument === "catalog" && /^catalog: /.test(e.message),
    );
    assert.throws(
      () => migra.diff(from, '{"format": "migra-catalog", "version": 99}'),
      (e) => e.code === "UNSUPPORTED_VERSION" && e.argument === "to" && /^to: /.test(e.message),
    );
    assert.throws(
      () => migra.diff(from, from, { nope: true }),
      (e) => e.code === "INVALID_OPTION",
    );
  } finally {
    from.free();
  }
});

test("definitions: false leaves out the changes' catalog entries, and definition() gives them", () => {
  const dir = join(repoDir, "engine", "tests", "cases");
  const pairs = [[before, after]];
  for (const name of readdirSync(dir).sort()) {
    if (existsSync(join(dir, name, "a.json"))) {
      pairs.push([readFileSync(join(dir, name, "a.json"), "utf8"), readFileSync(join(dir, name, "b.json"), "utf8")]);
    }
  }
  let shown = 0;
  for (const [a, b] of pairs) {
    for (const [fromText, toText] of [
      [a, b],
      [b, a],
    ]) {
      const from = migra.ParsedCatalog.parse(fromText);
      const to = migra.ParsedCatalog.parse(toText);
      try {
        const options = { unsafe: true, withPrivileges: true };
        const full = migra.diff(from, to, options);
        const lean = migra.diff(from, to, { ...options, definitions: false });
        assert.deepEqual(migra.diff(from, to, { ...options, definitions: true }), full);
        const stripped = full.changes.map(({ before: _b, after: _a, ...change }) => change);
        assert.deepEqual(lean, { ...full, changes: stripped });
        for (const change of full.changes) {
          const definitions = [
            from.definition(change.kind, change.identity),
            to.definition(change.kind, change.identity),
          ];
          if (change.before !== undefined || change.after !== undefined) {
            assert.deepEqual(definitions, [change.before ?? null, change.after ?? null], change.identity);
            shown++;
          }
        }
        const text = migra.report(from, to, options, "json").text;
        const leanReport = JSON.parse(migra.report(from, to, { ...options, definitions: false }, "json").text);
        const fullReport = JSON.parse(text);
        fullReport.changes = fullReport.changes.map(({ before: _b, after: _a, ...change }) => change);
        assert.deepEqual(leanReport, fullReport);
        for (const format of ["sql", "plan", "markdown"]) {
          assert.deepEqual(migra.report(from, to, options, format), migra.report(fromText, toText, options, format));
        }
        assert.equal(text, migra.report(fromText, toText, options, "json").text);
      } finally {
        from.free();
        to.free();
      }
    }
  }
  assert.ok(shown > 50, `only ${shown} changes with definitions`);
  const from = migra.ParsedCatalog.parse(before);
  try {
    assert.equal(from.definition("no_such_kind", '"public"."t"'), null);
    assert.equal(from.definition("table", '"no"."such_table"'), null);
  } finally {
    from.free();
  }
});
