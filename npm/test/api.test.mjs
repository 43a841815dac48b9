// The JS API on the built Node entry, without a server: diff, errors, the query helpers, and
// fetchCatalog over fake clients. Outputs are compared with native `migra` where it has one.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import * as migra from "../lib/node.cjs";
import { both, bothAsync, nativeBin, repoDir, run, scratch } from "./support/paths.mjs";

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
  // The statements, changes and warnings of native's report, read exactly: a change's `before`
  // and `after` are catalog entries, whose bigint sequence bounds are BigInt here.
  const json = objectOf(
    run(nativeBin("migra"), [
      "--unsafe",
      "--format",
      "json",
      join(repoDir, "examples", "before.json"),
      join(repoDir, "examples", "after.json"),
    ]).stdout,
  );
  assert.equal(json.status, "migration");
  assert.deepEqual(
    { statements: result.statements, changes: result.changes, warnings: result.warnings },
    { statements: json.statements, changes: json.changes, warnings: json.warnings },
  );
  assert.ok(exactStringify(result.changes).includes("9223372036854775807"));
});

/** The example catalogs' pairs the parity tests run: both ways, against EMPTY, and no difference. */
const EXAMPLES = join(repoDir, "examples");
const PAIRS = [
  ["before.json", "after.json"],
  ["after.json", "before.json"],
  ["EMPTY", "after.json"],
  ["after.json", "EMPTY"],
  ["EMPTY", "EMPTY"],
].map((pair) => pair.map((side) => (side === "EMPTY" ? side : join(EXAMPLES, side))));
const FORMATS = ["sql", "json", "plan", "markdown"];
const FLAGS = [
  [],
  ["--unsafe"],
  ["--online"],
  ["--unsafe", "--online"],
  ["--unsafe", "--online", "--online-lock-timeout", "1.5s", "--online-statement-timeout", "0"],
];

/** The options of `diff` and `report` for `migra`'s flags in FLAGS. */
function optionsOf(flags) {
  const value = (flag) => (flags.includes(flag) ? flags[flags.indexOf(flag) + 1] : undefined);
  const online = !flags.includes("--online")
    ? undefined
    : value("--online-lock-timeout") === undefined
      ? true
      : { lockTimeout: value("--online-lock-timeout"), statementTimeout: value("--online-statement-timeout") };
  return { unsafe: flags.includes("--unsafe"), online };
}

const catalogText = (side) => (side === "EMPTY" ? migra.emptyCatalog() : readFileSync(side, "utf8"));

test("report: byte for byte what native migra prints in every format, with the status of its exit code", () => {
  const STATUS = { 0: "no_differences", 2: "migration", 3: "refused" };
  let cases = 0;
  for (const [from, to] of PAIRS) {
    for (const format of FORMATS) {
      for (const flags of FLAGS) {
        const args = [...flags, "--format", format, from, to];
        const native = run(nativeBin("migra"), args);
        const what = `migra ${args.join(" ")}`;
        assert.ok(native.status in STATUS, `${what}: ${native.stderr}`);
        const result = migra.report(catalogText(from), catalogText(to), optionsOf(flags), format);
        assert.equal(result.status, STATUS[native.status], what);
        assert.equal(result.text, native.stdout, what);
        const warnings = result.warnings.map((w) => `migra: warning: ${w}\n`).join("");
        const refusal = result.status === "refused" ? `${REFUSAL}\n` : "";
        assert.equal(`${warnings}${refusal}`, native.stderr, what);
        cases++;
      }
    }
  }
  assert.equal(cases, PAIRS.length * FORMATS.length * FLAGS.length);
  // The default format is the report's JSON; unsafe decides the status, nothing is thrown.
  const refused = migra.report(before, after);
  assert.equal(refused.status, "refused");
  assert.equal(JSON.parse(refused.text).status, "refused");
  assert.deepEqual(migra.report(before, after, { unsafe: false }, "sql"), {
    status: "refused",
    text: "",
    warnings: [],
  });
  assert.deepEqual(migra.report(after, after, undefined, "sql"), { status: "no_differences", text: "", warnings: [] });
  throwsCode(() => migra.report(before, after, {}, "xml"), "INVALID_OPTION", /^invalid format "xml": expected "sql"/);
  throwsCode(() => migra.report(before, after, {}, 7), "INVALID_OPTION", /^invalid format: expected/);
  throwsCode(() => migra.report(before, after, { unsafe: "yes" }, "plan"), "INVALID_OPTION");
  const e = throwsCode(() => migra.report(before, "{"), "INVALID_CATALOG", /^to: invalid JSON/);
  assert.equal(e.argument, "to");
});

test("the online option: native --online's statements, limits read and written as native reads and writes them", () => {
  const native = (flags) =>
    run(nativeBin("migra"), ["--unsafe", "--online", ...flags, "--format", "json", ...PAIRS[0]]).stdout;
  const statements = (options) => migra.diff(before, after, { unsafe: true, online: options }).statements;
  const expected = objectOf(native([])).statements;
  assert.deepEqual(statements(true), expected);
  assert.deepEqual(statements({}), expected);
  assert.deepEqual(statements({ lockTimeout: "5s", statementTimeout: 900000 }), expected);
  assert.equal(expected[0].sql, "set lock_timeout = '5s';");
  assert.deepEqual(
    statements({ lockTimeout: 1500, statementTimeout: " 1.5 h " }),
    objectOf(native(["--online-lock-timeout", "1500", "--online-statement-timeout", " 1.5 h "])).statements,
  );
  assert.deepEqual(
    statements({ lockTimeout: 0, statementTimeout: "2147483647" })
      .slice(0, 2)
      .map((s) => s.sql),
    ["set lock_timeout = '0';", "set statement_timeout = '2147483647ms';"],
  );
  // Off: false, null or left out.
  const offline = migra.diff(before, after, { unsafe: true }).statements;
  for (const online of [false, null, undefined]) assert.deepEqual(statements(online), offline);
  assert.ok(!offline.some((s) => s.placement !== undefined));
  // Mistakes: the reasons and the advice are native's (--online-lock-timeout's usage errors).
  const advice = "write a number with a unit, such as 500ms, 5s or 2min, a number of milliseconds, or 0 for no limit";
  const refused = (online, pattern) =>
    throwsCode(() => migra.diff(before, after, { unsafe: true, online }), "INVALID_OPTION", pattern);
  refused(
    { lockTimeout: "5 seconds" },
    new RegExp(`^invalid online.lockTimeout "5 seconds": unknown unit: use us, ms, s, min, h or d; ${advice}$`),
  );
  refused({ statementTimeout: "-1s" }, /^invalid online.statementTimeout "-1s": it must not be negative/);
  refused({ lockTimeout: "100us" }, /less than 1ms/);
  refused({ lockTimeout: "25d" }, /too long: at most 2147483647ms/);
  refused({ lockTimeout: -1 }, /^invalid online.lockTimeout -1: give a duration/);
  refused({ lockTimeout: 10n }, /^invalid online.lockTimeout 10n: give a duration/);
  refused(
    { lock_timeout: "1s" },
    /^unknown online option "lock_timeout": expected one of lockTimeout, statementTimeout$/,
  );
  refused("yes", /^invalid online "yes": give true, or the limits/);
  refused([], /^invalid online \[\]/);
  throwsCode(
    () => migra.report(before, after, { online: { lockTimeout: "soon" } }, "plan"),
    "INVALID_OPTION",
    /^invalid online.lockTimeout "soon": not a duration/,
  );
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

/**
 * JSON text read exactly: integers beyond Number.MAX_SAFE_INTEGER as BigInt (as fetchCatalog
 * returns them in catalogs, and diff in a change's `before` and `after`).
 */
function objectOf(text) {
  const marked = text.replace(/(?<=[:[,]\s*)(-?\d{16,})(?=\s*[,\]}])/g, '"$1#bigint"');
  const safe = BigInt(Number.MAX_SAFE_INTEGER);
  return JSON.parse(marked, (_key, value) => {
    if (typeof value !== "string" || !value.endsWith("#bigint")) return value;
    const exact = BigInt(value.slice(0, -7));
    return exact > safe || exact < -safe ? exact : Number(exact);
  });
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

test("fetchCatalog reads secrets only with withSecrets, as migra-fetch --with-secrets", async () => {
  let { query, log } = fakeClient((sql) => fakeRows(sql, "pg"));
  await migra.fetchCatalog(query);
  assert.ok(!log.includes("SET LOCAL migra.with_secrets = on"));
  ({ query, log } = fakeClient((sql) => fakeRows(sql, "pg")));
  await migra.fetchCatalog(query, { withSecrets: true });
  assert.equal(log[4], "SET LOCAL migra.with_secrets = on");
  await assert.rejects(migra.fetchCatalog(query, { withSecrets: "yes" }), (e) => e.code === "INVALID_OPTION");
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
    /^unknown fetchCatalog option "lock_timeout": expected one of transaction, lockTimeout, statementTimeout, withSecrets$/,
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
  // Every flag of native's help is in the bin's.
  const flagsOf = (text) => new Set([...text.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]));
  const nativeHelp = run(nativeBin("migra"), ["--help"]);
  assert.deepEqual([...flagsOf(help.stdout)].sort(), [...flagsOf(nativeHelp.stdout)].sort());
});

test("the bin prints byte for byte what native migra prints for the example catalogs: every format, with and without --unsafe and --online", async () => {
  // The limits given (FLAGS' last) change only the first two statements: one pair is enough.
  const queue = PAIRS.flatMap(([from, to], i) =>
    FORMATS.flatMap((format) =>
      (i === 0 ? FLAGS : FLAGS.slice(0, -1)).map((flags) => [...flags, "--format", format, from, to]),
    ),
  );
  const total = queue.length;
  const failures = [];
  // Two at a time: four processes on the shared 2-core machine.
  const worker = async () => {
    for (let args = queue.shift(); args !== undefined; args = queue.shift()) {
      const { native, wasm } = await bothAsync(args);
      const what = `migra ${args.join(" ")}`;
      try {
        assert.ok([0, 2, 3].includes(native.status), `${what}: native failed: ${native.stderr}`);
        assert.deepEqual(
          { status: wasm.status, stdout: wasm.stdout, stderr: wasm.stderr },
          { status: native.status, stdout: native.stdout, stderr: native.stderr },
          what,
        );
      } catch (e) {
        failures.push(e.message);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(failures, []);
  assert.equal(total, FORMATS.length * (PAIRS.length * (FLAGS.length - 1) + 1));
});
