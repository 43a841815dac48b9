// Schemas as SQL, through PGlite (PostgreSQL 18 in WebAssembly): for every case of the migra
// corpus, `verify(a.sql, b.sql)` with the case's flags gives the migration native `migra` prints
// for the same SQL loaded into a real server (the throwaway cluster, read by migra-fetch), and that
// migration applies in one transaction and re-diffs to nothing. Where the two servers differ
// (PGlite embeds another major than the cluster's), support/pglite-known.mjs says how and why; a case whose SQL needs
// an extension PGlite lacks is skipped, saying so. Also: a migration made to fail names the
// statement and PostgreSQL's error, an extension PGlite lacks is an error naming it, a catalog as
// FROM is built from EMPTY, and `migra-wasm` takes .sql files.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

test("migra-wasm takes a directory of .sql files in name order, --globals first, and --verify says what native says", (t) => {
  const dir = scratch(t, "sql-bin-dir");
  const a = join(dir, "a");
  mkdirSync(a);
  // Name order: 02 needs 01's table, and ignores what is not .sql.
  writeFileSync(join(a, "02_index.sql"), "create index t_id on t (id);");
  writeFileSync(join(a, "01_table.sql"), "create table t (id int);");
  writeFileSync(join(a, "notes.txt"), "not sql");
  const b = join(dir, "b.sql");
  writeFileSync(b, "create table t (id int, name text not null); grant select on t to reader;");
  const globals = join(dir, "globals.sql");
  writeFileSync(globals, "create role reader;");
  const flags = ["--unsafe", "--with-privileges", "--globals", globals, "--verify"];
  const wasm = run(process.execPath, [binPath, "--timings", ...flags, a, b]);
  const native = run(nativeBin("migra"), [...flags, a, b]);
  assert.equal(native.status, 2, native.stderr);
  assert.equal(wasm.status, native.status, wasm.stderr);
  assert.equal(wasm.stdout, native.stdout);
  assert.match(wasm.stdout, /drop index if exists "public"\."t_id"/);
  const verdict = (stderr) => stderr.split("\n").filter((l) => l.startsWith("migra: verify:"));
  assert.deepEqual(verdict(wasm.stderr), verdict(native.stderr));
  assert.deepEqual(verdict(wasm.stderr), [
    "migra: verify: the migration (3 statements) applies and re-diffs to nothing",
  ]);
  assert.match(wasm.stderr, /^migra: timing: FROM load: \d+\.\d\d s$/m);
  assert.match(wasm.stderr, /^migra: timing: verify: apply: \d+\.\d\d s$/m);

  // A migration that cannot apply: a NOT NULL column added to a table with a row (exit 4).
  const withRow = join(dir, "with-row.sql");
  writeFileSync(withRow, "create table t (id int); insert into t values (1);");
  const notNull = join(dir, "not-null.sql");
  writeFileSync(notNull, "create table t (id int, name text not null);");
  const failing = run(process.execPath, [binPath, "--verify", withRow, notNull]);
  const failingNative = run(nativeBin("migra"), ["--verify", withRow, notNull]);
  assert.equal(failingNative.status, 4, failingNative.stderr);
  assert.equal(failing.status, 4, failing.stderr);
  assert.equal(failing.stdout, failingNative.stdout);
  assert.deepEqual(verdict(failing.stderr), verdict(failingNative.stderr));
  assert.match(
    verdict(failing.stderr)[0],
    /^migra: verify: statement 1 of 1 failed: alter table .* contains null values/,
  );

  // Refused and empty migrations are not run; --online and --shadow are native's.
  const refused = run(process.execPath, [binPath, "--verify", b, a]);
  assert.equal(refused.status, 3);
  assert.match(refused.stderr, /^migra: verify: not run: the migration is refused/);
  const same = run(process.execPath, [binPath, "--verify", b, b]);
  assert.equal(same.status, 0, same.stderr);
  assert.equal(same.stderr, "migra: verify: no differences, nothing to apply\n");
  for (const args of [
    ["--verify", "--online", a, b],
    ["--shadow", "postgresql://localhost/db", a, b],
  ]) {
    const r = run(process.execPath, [binPath, ...args]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^migra: --(verify|shadow) [^\n]*native migra[^\n]*\n$/);
  }
});
