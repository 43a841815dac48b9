// fetchCatalog through the clients the README names: postgres (postgres.js) inside sql.begin and
// without it, a pg.Pool client, and PGlite (PostgreSQL 18 in WebAssembly). Catalogs read from the
// throwaway cluster must equal migra-fetch's byte for byte.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import postgres from "postgres";
import * as migra from "../lib/node.cjs";
import { Cluster, SUPERUSER } from "./support/cluster.mjs";
import { both, corpusDir, nativeBin, run, scratch } from "./support/paths.mjs";

let cluster;
let db;
let expected;
before(async () => {
  cluster = await Cluster.start();
  db = cluster.createDatabase("clients");
  cluster.loadFile(db, join(corpusDir(), "migra", "everything", "b.sql"));
  const r = run(nativeBin("migra-fetch"), [cluster.url(db)]);
  assert.equal(r.status, 0, r.stderr);
  expected = r.stdout;
});
after(async () => {
  await cluster?.stop();
});

function postgresJs() {
  return postgres({ host: cluster.dir, port: cluster.port, user: SUPERUSER, database: db, max: 2, onnotice: () => {} });
}

test("postgres.js inside sql.begin, as the README shows", async () => {
  const sql = postgresJs();
  try {
    const catalog = await sql.begin("isolation level repeatable read read only", (tx) =>
      migra.fetchCatalog((text) => tx.unsafe(text), { transaction: false }),
    );
    assert.equal(migra.catalogToJson(catalog), expected);
  } finally {
    await sql.end();
  }
});

test("postgres.js without sql.begin: BEGIN is refused and the queries run without it", async () => {
  const sql = postgresJs();
  try {
    const catalog = await migra.fetchCatalog((text) => sql.unsafe(text));
    assert.equal(migra.catalogToJson(catalog), expected);
  } finally {
    await sql.end();
  }
});

test("a pg.Pool client, in the read-only transaction", async () => {
  const pool = new pg.Pool(cluster.pgConfig(db));
  const client = await pool.connect();
  const seen = [];
  try {
    const catalog = await migra.fetchCatalog((text) => {
      seen.push(text);
      return client.query(text);
    });
    assert.equal(migra.catalogToJson(catalog), expected);
    assert.equal(seen[1], "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    assert.equal(seen.at(-1), "COMMIT");
  } finally {
    client.release();
    await pool.end();
  }
});

test("PGlite: fetchCatalog reads it, and the catalog diffs as native migra diffs it", async (t) => {
  const pglite = new PGlite();
  try {
    await pglite.exec(`
      create schema app;
      create type app.mood as enum ('ok', 'meh');
      create table app.people (id bigint generated always as identity primary key, name text not null, mood app.mood);
      create index people_name on app.people (name);
      create view app.names as select name from app.people;
    `);
    const catalog = await migra.fetchCatalog((text) => pglite.query(text));
    assert.ok(catalog.server_version_num >= 180000, `PGlite reports ${catalog.server_version_num}`);
    assert.deepEqual(
      catalog.tables.map((x) => `${x.schema}.${x.name}`),
      ["app.people"],
    );
    const result = migra.diff(migra.emptyCatalog(), catalog);
    assert.match(result.sql, /create table "app"\."people"/);
    const dir = scratch(t, "pglite");
    const file = join(dir, "pglite.json");
    writeFileSync(file, migra.catalogToJson(catalog));
    const { native, wasm } = both(["EMPTY", file]);
    assert.equal(native.status, 2, native.stderr);
    assert.deepEqual(wasm, native);
    assert.equal(native.stdout, `${result.sql}\n`);
  } finally {
    await pglite.close();
  }
});
