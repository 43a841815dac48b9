// ParsedCatalog: a catalog read once and diffed many times gives what `diff` and `report` give for
// its JSON text, on either side, mixed with objects and text; its errors are `diff`'s.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
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
