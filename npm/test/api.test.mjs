// The JS API on the built Node entry, without a server: diff, errors, the query helpers, and
// fetchCatalog over fake clients. Outputs are compared with native `migra` where it has one.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import * as migra from "../lib/node.cjs";
import { both, nativeBin, repoDir, run, scratch } from "./support/paths.mjs";

const before = readFileSync(join(repoDir, "examples", "before.json"), "utf8");
const after = readFileSync(join(repoDir, "examples", "after.json"), "utf8");
const REFUSAL = "-- ERROR: destructive statements generated. Use the --unsafe flag to suppress this error.";

function throwsCode(fn, code, pattern) {
  let error;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof Error, `expected an Error with code ${code}, got ${error}`);
  assert.equal(error.code, code, error.message);
  if (pattern) assert.match(error.message, pattern);
  return error;
}

test("diff of the example catalogs equals native migra's output", () => {
  const native = run(nativeBin("migra"), [
    "--unsafe",
    join(repoDir, "examples", "before.json"),
    join(repoDir, "examples", "after.json"),
  ]);
  assert.equal(native.status, 2, native.stderr);
  const result = migra.diff(before, after, { unsafe: true });
  assert.equal(`${result.sql}\n`, native.stdout);
  assert.equal(result.hasDestructive, true);
  assert.equal(result.statements.map((s) => `${s.sql}\n\n`).join(""), result.sql);
  const json = JSON.parse(
    run(nativeBin("migra"), [
      "--unsafe",
      "--format",
      "json",
      join(repoDir, "examples", "before.json"),
      join(repoDir, "examples", "after.json"),
    ]).stdout,
  );
  assert.deepEqual({ statements: result.statements, changes: result.changes, warnings: result.warnings }, json);
});

test("catalog objects and JSON text give the same result", () => {
  const fromText = migra.diff(before, after, { unsafe: true });
  const fromObjects = migra.diff(objectOf(before), objectOf(after), { unsafe: true });
  assert.deepEqual(fromObjects, fromText);
  const empty = migra.diff(migra.emptyCatalog(), after);
  assert.equal(empty.hasDestructive, false);
  assert.deepEqual(migra.diff(after, after), {
    sql: "",
    statements: [],
    changes: [],
    warnings: [],
    hasDestructive: false,
  });
});

/** A catalog object read exactly, 64-bit integers as BigInt (as fetchCatalog returns them). */
function objectOf(text) {
  const marked = text.replace(/(?<=[:[,]\s*)(-?\d{16,})(?=\s*[,\]}])/g, '"$1#bigint"');
  return JSON.parse(marked, (_key, value) =>
    typeof value === "string" && value.endsWith("#bigint") ? BigInt(value.slice(0, -7)) : value,
  );
}

/** JSON text of a value holding BigInts, exactly. */
function exactStringify(value) {
  return JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? `${v}#bigint` : v)).replace(
    /"(-?\d+)#bigint"/g,
    "$1",
  );
}

test("destructive migrations throw UNSAFE with migra's refusal line unless unsafe is true", () => {
  const error = throwsCode(() => migra.diff(before, after), "UNSAFE");
  assert.equal(error.message, REFUSAL);
  throwsCode(() => migra.diff(before, after, { unsafe: false }), "UNSAFE");
  assert.ok(migra.diff(before, after, { unsafe: true }).sql.length > 0);
});

test("invalid catalogs throw errors that name the argument and the JSON path", () => {
  let e = throwsCode(() => migra.diff("{", after), "INVALID_CATALOG", /^from: invalid JSON/);
  assert.equal(e.argument, "from");
  e = throwsCode(() => migra.diff(before, { format: "pg_dump" }), "INVALID_CATALOG", /^to: .*pg_dump/);
  assert.equal(e.argument, "to");
  throwsCode(
    () =>
      migra.diff(before, {
        format: "migra-catalog",
        version: 1,
        server_version_num: 150000,
        tables: [{ schema: "s" }],
      }),
    "INVALID_CATALOG",
    /^to: invalid catalog at tables\[0\]/,
  );
  throwsCode(
    () => migra.diff(before, { format: "migra-catalog", version: 99, server_version_num: 0 }),
    "UNSUPPORTED_VERSION",
    /version 99/,
  );
  throwsCode(() => migra.diff(42, after), "INVALID_CATALOG", /^from: /);
  throwsCode(() => migra.diff(JSON.parse(before), after), "INVALID_CATALOG", /JSON\.parse rounds 64-bit integers/);
  // The module still works after errors (no trap left it half-initialized).
  assert.ok(migra.diff(before, after, { unsafe: true }).statements.length > 0);
});

test("options: every migra flag, and unknown or mistyped options are errors", () => {
  throwsCode(() => migra.diff(before, after, { with_privileges: true }), "INVALID_OPTION", /with_privileges/);
  throwsCode(() => migra.diff(before, after, { unsafe: "yes" }), "INVALID_OPTION");
  const flags = [
    [{ schema: "billing" }, ["--schema", "billing"]],
    [{ excludeSchema: ["billing"] }, ["--exclude-schema", "billing"]],
    [{ createExtensionsOnly: true }, ["--create-extensions-only"]],
    [{ ignoreExtensionVersions: true }, ["--ignore-extension-versions"]],
    [{ withPrivileges: true }, ["--with-privileges"]],
  ];
  for (const [options, args] of flags) {
    const native = run(nativeBin("migra"), [
      "--unsafe",
      ...args,
      join(repoDir, "examples", "before.json"),
      join(repoDir, "examples", "after.json"),
    ]);
    const result = migra.diff(before, after, { unsafe: true, ...options });
    assert.equal(result.statements.length === 0 ? "" : `${result.sql}\n`, native.stdout, args.join(" "));
  }
});

test("catalogKinds: every list of a catalog, with how its identity is written", () => {
  const kinds = migra.catalogKinds();
  const tables = kinds.find((declaration) => declaration.list === "tables");
  assert.deepEqual(tables.kinds, ["table"]);
  assert.equal(tables.shape, "qualified");
  assert.deepEqual(tables.identity_fields, ["schema", "name"]);
  const views = kinds.find((declaration) => declaration.list === "views");
  assert.deepEqual(views.kinds, ["view", "materialized_view"]);
  const functions = kinds.find((declaration) => declaration.list === "functions");
  assert.equal(functions.shape, "call");
  // Every list of the empty catalog is declared, and every declared list is in it.
  const lists = Object.keys(migra.emptyCatalog()).filter((field) => Array.isArray(migra.emptyCatalog()[field]));
  assert.deepEqual([...kinds.map((declaration) => declaration.list), "dependencies"].sort(), lists.sort());
});

test("catalogQueries, assembleCatalog, emptyCatalog and catalogToJson", (t) => {
  const queries = migra.catalogQueries(150004);
  assert.ok(queries.length > 10);
  assert.deepEqual(Object.keys(queries[0]), ["name", "sql"]);
  assert.ok(queries.some((q) => q.name === "tables"));
  throwsCode(() => migra.catalogQueries(120005), "INVALID_OPTION", /PostgreSQL 12/);

  const nulls = Object.fromEntries(queries.map((q) => [q.name, null]));
  const fromObject = migra.assembleCatalog(150004, nulls);
  const fromPairs = migra.assembleCatalog(
    150004,
    queries.map((q) => [q.name, "null"]),
  );
  assert.deepEqual(fromPairs, fromObject);
  assert.equal(fromObject.server_version_num, 150004);
  assert.deepEqual(fromObject.tables, []);
  throwsCode(() => migra.assembleCatalog(150004, { ...nulls, nonsense: [] }), "QUERY_RESULT", /nonsense/);
  throwsCode(() => migra.assembleCatalog(150004, { tables: [] }), "QUERY_RESULT", /no result/);
  throwsCode(() => migra.assembleCatalog(150004, { ...nulls, tables: "[{" }), "QUERY_RESULT", /invalid JSON/);
  throwsCode(() => migra.assembleCatalog(150004, 7), "QUERY_RESULT");

  const dir = scratch(t, "api");
  const empty = run(nativeBin("migra-fetch"), ["EMPTY"]);
  assert.equal(migra.catalogToJson(migra.emptyCatalog()), empty.stdout);
  // Byte for byte the file migra-fetch writes, from the text or from the exact object.
  const native = run(nativeBin("migra-fetch"), [join(repoDir, "examples", "after.json")]);
  assert.equal(migra.catalogToJson(after), native.stdout);
  assert.equal(migra.catalogToJson(objectOf(after)), native.stdout);
  writeFileSync(join(dir, "x.json"), migra.catalogToJson(objectOf(after)));
  assert.equal(run(nativeBin("migra"), [join(dir, "x.json"), join(repoDir, "examples", "after.json")]).status, 0);
});

test("64-bit integers survive assembleCatalog as BigInt and convert back exactly", () => {
  assert.match(after, /9223372036854775807/);
  const exact = objectOf(after);
  const names = migra.catalogQueries(150004).map((q) => q.name);
  const native = run(nativeBin("migra-fetch"), [join(repoDir, "examples", "after.json")]).stdout;
  // Values as the server's JSON text (what fetchCatalog passes) and as exact objects. A list a
  // catalog file leaves out when empty (`notes`) comes back from its query as an empty one.
  const value = (n) => exact[n] ?? [];
  const asText = migra.assembleCatalog(
    exact.server_version_num,
    names.map((n) => [n, exactStringify(value(n))]),
  );
  const asObjects = migra.assembleCatalog(
    exact.server_version_num,
    Object.fromEntries(names.map((n) => [n, value(n)])),
  );
  assert.deepEqual(asObjects, asText);
  assert.equal(migra.catalogToJson(asText), native);
  assert.match(exactStringify(asText), /9223372036854775807/);
  assert.equal(typeof JSON.stringify(asText, (_k, v) => (typeof v === "bigint" ? "big" : v)), "string");
  const bigints = [];
  JSON.stringify(asText, (_k, v) => {
    if (typeof v !== "bigint") return v;
    bigints.push(v);
    return 0;
  });
  assert.ok(bigints.includes(9223372036854775807n));
  assert.equal(migra.diff(asText, after).statements.length, 0);
});

function fakeClient(handler) {
  const log = [];
  const query = async (sql) => {
    log.push(sql);
    return handler(sql);
  };
  return { query, log };
}

function fakeRows(sql, shape) {
  const value = sql.startsWith("SHOW")
    ? "150004"
    : sql.startsWith("BEGIN") || sql.startsWith("SET LOCAL") || sql === "COMMIT" || sql === "ROLLBACK"
      ? undefined
      : null;
  if (value === undefined) return shape === "pg" ? { rows: [] } : [];
  if (shape === "pg") return { rows: [{ value }] };
  if (shape === "array") return [[value]];
  return [{ value }];
}

test("fetchCatalog reads rows of pg, postgres and array shapes in one read-only transaction", async () => {
  for (const shape of ["pg", "objects", "array"]) {
    const { query, log } = fakeClient((sql) => fakeRows(sql, shape));
    const catalog = await migra.fetchCatalog(query);
    assert.deepEqual(
      catalog,
      migra.assembleCatalog(150004, Object.fromEntries(migra.catalogQueries(150004).map((q) => [q.name, null]))),
    );
    assert.equal(log[0], "SHOW server_version_num");
    assert.equal(log[1], "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // migra-fetch's limits, for the transaction only (begin_read_only): 5 s for a lock, 5 min a query.
    assert.equal(log[2], "SET LOCAL lock_timeout = 5000");
    assert.equal(log[3], "SET LOCAL statement_timeout = 300000");
    assert.equal(log.at(-1), "COMMIT");
    assert.equal(log.length, migra.catalogQueries(150004).length + 5);
  }
});

test("fetchCatalog without a transaction, and when the client refuses BEGIN", async () => {
  let { query, log } = fakeClient((sql) => fakeRows(sql, "pg"));
  await migra.fetchCatalog(query, { transaction: false });
  assert.ok(!log.some((sql) => sql.startsWith("BEGIN") || sql === "COMMIT"));
  ({ query, log } = fakeClient((sql) => {
    if (sql.startsWith("BEGIN")) throw new Error("UNSAFE_TRANSACTION: Only use sql.begin, sql.reserved or max: 1");
    return fakeRows(sql, "objects");
  }));
  await migra.fetchCatalog(query);
  assert.ok(!log.includes("COMMIT"));
  // Without a transaction SET LOCAL would do nothing: it is not sent.
  assert.ok(!log.some((sql) => sql.startsWith("SET")), log.slice(0, 4).join("\n"));
});

test("fetchCatalog's lockTimeout and statementTimeout: migra-fetch's units, defaults and checks", async () => {
  const sent = async (options) => {
    const { query, log } = fakeClient((sql) => fakeRows(sql, "pg"));
    await migra.fetchCatalog(query, options);
    return log.filter((sql) => sql.startsWith("SET LOCAL"));
  };
  assert.deepEqual(await sent({ lockTimeout: "1.5s", statementTimeout: "2min" }), [
    "SET LOCAL lock_timeout = 1500",
    "SET LOCAL statement_timeout = 120000",
  ]);
  assert.deepEqual(await sent({ lockTimeout: 250, statementTimeout: 0 }), [
    "SET LOCAL lock_timeout = 250",
    "SET LOCAL statement_timeout = 0",
  ]);
  assert.deepEqual(await sent({ lockTimeout: " 5 s ", statementTimeout: "1500us" }), [
    "SET LOCAL lock_timeout = 5000",
    "SET LOCAL statement_timeout = 2",
  ]);
  // Inside the caller's transaction (transaction: false), the limits are set there.
  assert.deepEqual(await sent({ transaction: false, lockTimeout: "1d" }), [
    "SET LOCAL lock_timeout = 86400000",
    "SET LOCAL statement_timeout = 300000",
  ]);
  const { query } = fakeClient((sql) => fakeRows(sql, "pg"));
  const refused = async (options, pattern) =>
    assert.rejects(migra.fetchCatalog(query, options), (e) => e.code === "INVALID_OPTION" && pattern.test(e.message));
  // The reasons and the advice are migra-fetch's (--lock-timeout's usage errors).
  const advice = "write a number with a unit, such as 500ms, 5s or 2min, a number of milliseconds, or 0 for no limit";
  await refused(
    { lockTimeout: "5 seconds" },
    new RegExp(`^invalid lockTimeout "5 seconds": unknown unit: use us, ms, s, min, h or d; ${advice}$`),
  );
  await refused({ lockTimeout: "-1s" }, /it must not be negative/);
  await refused({ statementTimeout: "100us" }, /^invalid statementTimeout "100us": less than 1ms/);
  await refused({ statementTimeout: 0.4 }, /^invalid statementTimeout 0.4: less than 1ms/);
  await refused({ lockTimeout: "25d" }, /too long: at most 2147483647ms/);
  await refused({ lockTimeout: 2147483648 }, /too long/);
  await refused({ lockTimeout: -1 }, /^invalid lockTimeout -1: give a duration/);
  await refused({ lockTimeout: Number.NaN }, /^invalid lockTimeout NaN/);
  await refused({ lockTimeout: true }, /^invalid lockTimeout true/);
  await refused(
    { lock_timeout: "1s" },
    /^unknown fetchCatalog option "lock_timeout": expected one of transaction, lockTimeout, statementTimeout$/,
  );
});

/** A client whose catalog queries fail with `error`; the lock lookup answers `locks`. */
function failingClient(error, locks = []) {
  return fakeClient((sql) => {
    if (sql.includes("pg_locks")) return { rows: [{ value: JSON.stringify(locks) }] };
    if (sql.includes("catalog_query")) {
      throw Object.assign(new Error(error.message), error);
    }
    return fakeRows(sql, "pg");
  });
}

test("fetchCatalog gives up as migra-fetch does: what was waited for, the relation and the session holding it", async () => {
  const locks = [
    ["public", "orders", 4242, true, "deploy", "psql", "idle in transaction", "ALTER TABLE orders ADD x int"],
    ["public", 'a"b', 7, false, "alice", null, null, null],
  ];
  let { query, log } = failingClient({ code: "55P03", message: "canceling statement due to lock timeout" }, locks);
  await assert.rejects(migra.fetchCatalog(query, { lockTimeout: "2s" }), (e) => {
    assert.equal(e.code, "LOCK_TIMEOUT");
    assert.equal(
      e.message,
      'gave up after 2s waiting for a lock on "public"."orders", held by pid 4242 (user deploy, application psql, idle in transaction, statement ALTER TABLE) and "public"."a""b", queued for by pid 7 (user alice): canceling statement due to lock timeout',
    );
    assert.equal(e.cause.code, "55P03");
    return true;
  });
  // Rolled back, then the locks looked up in a read-only transaction of their own, with short limits.
  const rollback = log.indexOf("ROLLBACK");
  assert.deepEqual(log.slice(rollback, rollback + 4), [
    "ROLLBACK",
    "BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY",
    "SET LOCAL lock_timeout = 1000",
    "SET LOCAL statement_timeout = 5000",
  ]);
  assert.equal(log.at(-1), "COMMIT");
  // A statement timeout; with nobody holding a lock, nothing more to say.
  ({ query } = failingClient({ code: "57014", message: "canceling statement due to statement timeout" }));
  await assert.rejects(
    migra.fetchCatalog(query),
    (e) =>
      e.code === "STATEMENT_TIMEOUT" &&
      e.message === "gave up after 5min on a catalog query: canceling statement due to statement timeout",
  );
  // A cancel request is not a timeout.
  ({ query } = failingClient({ code: "57014", message: "canceling statement due to user request" }));
  await assert.rejects(
    migra.fetchCatalog(query),
    (e) =>
      e.code === "QUERY_FAILED" && e.message === "catalog queries cancelled: canceling statement due to user request",
  );
  // In the caller's transaction (aborted by now) there is no looking up.
  ({ query, log } = failingClient({ code: "55P03", message: "canceling statement due to lock timeout" }, locks));
  await assert.rejects(
    migra.fetchCatalog(query, { transaction: false, lockTimeout: 100 }),
    (e) =>
      e.code === "LOCK_TIMEOUT" &&
      e.message === "gave up after 100ms waiting for a lock: canceling statement due to lock timeout",
  );
  assert.ok(!log.some((sql) => sql.includes("pg_locks") || sql === "ROLLBACK"));
});

test("fetchCatalog errors: a failing query rolls back; bad results are named", async () => {
  let { query, log } = fakeClient((sql) => {
    if (sql.includes("pg_trigger")) throw new Error("permission denied for table pg_trigger");
    return fakeRows(sql, "pg");
  });
  await assert.rejects(
    migra.fetchCatalog(query),
    (e) =>
      e.code === "QUERY_FAILED" &&
      /catalog query "triggers" failed: permission denied/.test(e.message) &&
      e.cause instanceof Error,
  );
  assert.equal(log.at(-1), "ROLLBACK");
  ({ query } = fakeClient((sql) =>
    sql.startsWith("SHOW") ? { rows: [{ v: "150004" }] } : sql.includes("catalog_query") ? { rows: [] } : { rows: [] },
  ));
  await assert.rejects(
    migra.fetchCatalog(query),
    (e) => e.code === "QUERY_RESULT" && /returned 0 rows instead of 1/.test(e.message),
  );
  ({ query } = fakeClient((sql) =>
    sql.startsWith("SHOW") ? [{ a: "150004" }] : sql.includes("catalog_query") ? [{ a: 1, b: 2 }] : [],
  ));
  await assert.rejects(migra.fetchCatalog(query), (e) => e.code === "QUERY_RESULT" && /2 columns/.test(e.message));
  ({ query } = fakeClient((sql) => (sql.startsWith("SHOW") ? [{ a: "9.6" }] : [])));
  await assert.rejects(migra.fetchCatalog(query), (e) => e.code === "INVALID_OPTION" || e.code === "QUERY_RESULT");
  await assert.rejects(migra.fetchCatalog("select 1"), (e) => e.code === "INVALID_OPTION");
});

test("the package's bin and native migra agree on usage and file errors", (t) => {
  const dir = scratch(t, "bin");
  const bad = join(dir, "bad.json");
  writeFileSync(bad, '{"format": "migra-catalog", "version": 1, "server_version_num": 1, "tables": [{"schema": "s"}]}');
  const cases = [
    ["EMPTY", "EMPTY"],
    ["--unsafe", "EMPTY", join(repoDir, "examples", "after.json")],
    ["--format", "json", "EMPTY", join(repoDir, "examples", "after.json")],
    [join(repoDir, "examples", "after.json"), "EMPTY"],
    ["--schema", "a", "--exclude-schema", "b", "EMPTY", "EMPTY"],
    [join(dir, "missing.json"), "EMPTY"],
    ["EMPTY", bad],
    [
      "--force-utf8",
      "--exclude_schema",
      "billing",
      "--with-privileges",
      "--unsafe",
      join(repoDir, "examples", "before.json"),
      join(repoDir, "examples", "after.json"),
    ],
  ];
  for (const args of cases) {
    const { native, wasm } = both(args);
    assert.deepEqual(wasm, native, `migra ${args.join(" ")}`);
  }
  // Usage errors exit 1 with one line, as every other error (2 is "a migration was printed").
  for (const args of [["--bogus", "EMPTY", "EMPTY"], ["EMPTY"], ["--format", "xml", "EMPTY", "EMPTY"], ["--schema"]]) {
    const { native, wasm } = both(args);
    assert.equal(native.status, 1, `native migra ${args.join(" ")}: ${native.stderr}`);
    assert.equal(wasm.status, native.status, `migra ${args.join(" ")}: ${wasm.stderr}`);
    assert.equal(wasm.stdout, "");
    assert.match(wasm.stderr, /^migra: error: [^\n]+; see 'migra-wasm --help'\n$/);
  }
  const help = run(process.execPath, [join(repoDir, "npm", "bin", "migra-wasm.cjs"), "--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--exclude-schema/);
});
