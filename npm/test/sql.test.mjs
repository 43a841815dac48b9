// Schemas as SQL, through PGlite (PostgreSQL 18 in WebAssembly): for every case of the migra
// corpus, `verify(a.sql, b.sql)` with the case's flags gives the migration native `migra` prints
// for the same SQL loaded into a real server (the throwaway cluster, read by migra-fetch), and that
// migration applies in one transaction and re-diffs to nothing. Where the two servers differ
// (PGlite embeds another major than the cluster's), support/pglite-known.mjs says how and why; a case whose SQL needs
// an extension PGlite lacks is skipped, saying so. Also: a migration made to fail names the
// statement and PostgreSQL's error, an extension PGlite lacks is an error naming it, a catalog as
// FROM is built from EMPTY, and `migra-wasm` takes .sql files.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import * as migra from "../lib/node.cjs";
import { Cluster } from "./support/cluster.mjs";
import { binPath, corpusDir, nativeBin, run, scratch } from "./support/paths.mjs";
import { expectedThroughPGlite } from "./support/pglite-known.mjs";

const casesDir = join(corpusDir(), "migra");
const cases = readdirSync(casesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let cluster;
before(async () => {
  cluster = await Cluster.start();
});
after(async () => {
  await cluster?.stop();
});

/** The options of `verify` for a case's flags (all of them pass --unsafe). */
function optionsOf(flags) {
  const options = {
    excludeSchema: flags.flatMap((f, i) =>
      f === "--exclude_schema" || f === "--exclude-schema" ? [flags[i + 1]] : [],
    ),
    createExtensionsOnly: flags.includes("--create-extensions-only"),
    ignoreExtensionVersions: flags.includes("--ignore-extension-versions"),
    withPrivileges: flags.includes("--with-privileges"),
  };
  if (flags.includes("--schema")) options.schema = flags[flags.indexOf("--schema") + 1];
  return options;
}

test("every corpus case: SQL through PGlite gives native migra's migration over a real server, and it verifies", async (t) => {
  assert.ok(cases.length >= 26, `expected the 26 migra cases in ${casesDir}, found ${cases.length}`);
  const work = scratch(t, "sql");
  let verified = 0;
  for (const name of cases) {
    const dir = join(casesDir, name);
    const flags = readFileSync(join(dir, "flags"), "utf8").split(/\s+/).filter(Boolean);
    const files = ["a.sql", "b.sql"].map((file) => ({
      name: `${name}/${file}`,
      sql: readFileSync(join(dir, file), "utf8"),
    }));
    // The live databases, diffed by native migra.
    const paths = [];
    for (const [i, side] of ["a", "b"].entries()) {
      const db = cluster.createDatabase(`sql_${name}_${side}`);
      cluster.loadFile(db, join(dir, `${side}.sql`));
      paths.push(join(work, `${name}-${side}.json`));
      const fetched = run(nativeBin("migra-fetch"), ["-o", paths[i], cluster.url(db)]);
      assert.equal(fetched.status, 0, fetched.stderr);
    }
    const native = run(nativeBin("migra"), [...flags, ...paths]);
    assert.equal(native.status, 2, `${name}: native migra: ${native.stderr}`);

    let result;
    try {
      result = await migra.verify([files[0]], [files[1]], optionsOf(flags));
    } catch (error) {
      if (error.code !== "EXTENSION_UNAVAILABLE") throw error;
      t.diagnostic(`${name}: skipped: its SQL needs the extension "${error.extension}", which PGlite does not have`);
      continue;
    }
    const major = Math.floor(JSON.parse(readFileSync(paths[0], "utf8")).server_version_num / 10000);
    const expected = expectedThroughPGlite(name, major, native.stdout);
    assert.equal(
      `${result.migration.sql}\n`,
      expected.text,
      `${name}: the migration through PGlite differs from native migra's`,
    );
    for (const reason of expected.reasons) t.diagnostic(`${name}: differs as known: ${reason}`);
    assert.equal(result.failed, null, `${name}: ${JSON.stringify(result.failed)}`);
    assert.equal(result.remaining.sql, "", `${name}: still differs after applying`);
    assert.ok(result.ok);
    verified++;
  }
  t.diagnostic(`${verified} of ${cases.length} cases verified through PGlite`);
});

test("verify: a migration made to fail names the statement and PostgreSQL's error", async () => {
  const from = "create table t (id int primary key, name text);";
  const to = "create table t (id int primary key, name text not null, born date);";
  const result = await migra.verify(from, to);
  assert.ok(result.ok, JSON.stringify(result));
  // The same migration with a statement that cannot apply in FROM.
  const statements = result.migration.statements.map((s) => s.sql);
  statements.splice(1, 0, 'alter table "public"."t" drop column "nonexistent";');
  const failing = await migra.verify(from, to, { migration: statements });
  assert.equal(failing.ok, false);
  assert.equal(failing.failed.index, 1);
  assert.equal(failing.failed.sql, statements[1]);
  assert.equal(failing.failed.error.code, "42703");
  assert.match(failing.failed.error.message, /column "nonexistent" of relation "t" does not exist/);
  // A migration that applies but leaves a difference.
  const partial = await migra.verify(from, to, {
    migration: result.migration.statements.filter((s) => !s.sql.includes("born")),
  });
  assert.equal(partial.ok, false);
  assert.equal(partial.failed, null);
  assert.match(partial.remaining.sql, /add column "born" date/);
});

test("verify: a catalog as FROM is built from EMPTY, a ParsedCatalog as TARGET is used as it is", async () => {
  const from = await migra.catalogFromSql("create schema app; create table app.a (id int); create role reader;");
  const to = migra.ParsedCatalog.parse(
    await migra.catalogFromSql([
      "create schema app;",
      { name: "b.sql", sql: "create table app.a (id bigint, x text);" },
    ]),
  );
  const result = await migra.verify(migra.catalogToJson(from), to);
  assert.ok(result.ok, JSON.stringify(result.failed ?? result.remaining?.sql));
  assert.match(result.migration.sql, /alter table "app"\."a" alter column "id" set data type bigint/);
  to.free();
});

test("an extension PGlite lacks is an error naming it; SQL that fails names the file and line", async () => {
  await assert.rejects(migra.catalogFromSql("create extension if not exists postgis;"), (e) => {
    assert.equal(e.code, "EXTENSION_UNAVAILABLE");
    assert.equal(e.extension, "postgis");
    assert.match(e.message, /the extension "postgis", which PGlite does not have/);
    return true;
  });
  await assert.rejects(
    migra.verify("create table a (id int);", "create extension postgis;"),
    (e) => e.code === "EXTENSION_UNAVAILABLE" && e.argument === "to",
  );
  await assert.rejects(
    migra.catalogFromSql({ name: "bad.sql", sql: "create table a (id int);\n\ncreate tabel b ();" }),
    (e) => {
      assert.equal(e.code, "SQL_FAILED");
      assert.match(e.message, /^bad\.sql line 3: syntax error at or near "tabel"/);
      return true;
    },
  );
  await assert.rejects(migra.catalogFromSql("select 1", { nope: true }), (e) => e.code === "INVALID_OPTION");
});

test("migra-wasm takes .sql files", (t) => {
  const dir = scratch(t, "sql-bin");
  const a = join(dir, "a.sql");
  const b = join(dir, "b.sql");
  writeFileSync(a, "create table t (id int);");
  writeFileSync(b, "create table t (id int, name text);");
  const r = run(process.execPath, [binPath, a, b]);
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, 'alter table "public"."t" add column "name" text;\n\n\n');
});
