#!/usr/bin/env node
// `migra-wasm`: the `migra` command over the wasm engine. Same flags, output and exit codes as the
// native `migra`: 0 nothing to do, 2 migration printed, 3 destructive statements refused without
// --unsafe, 1 any other error, a command-line usage error included (one line on stderr).
"use strict";

const { readdirSync, readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");
const migra = require("../lib/node.cjs");
const {
  DEFAULT_LOCK_TIMEOUT,
  DEFAULT_ONLINE_LOCK_TIMEOUT,
  DEFAULT_ONLINE_STATEMENT_TIMEOUT,
  DEFAULT_STATEMENT_TIMEOUT,
  parseDuration,
} = require("../lib/common.cjs");
const {
  clean,
  connect,
  describeIo,
  describeParams,
  isDatabase,
  processEnv,
  resolve,
  scrub,
} = require("../lib/connect.cjs");
const { version } = require("../package.json");

// The same line native migra prints (fetcher/src/bin/migra.rs); the tests compare the two.
const REFUSAL = "-- ERROR: destructive statements generated. Use the --unsafe flag to suppress this error.";

const HELP = `Print the SQL that turns the schema of FROM into the schema of TARGET.

Usage: migra-wasm [OPTIONS] <FROM> <TARGET>

FROM and TARGET are each a catalog JSON file written by migra-fetch, the word EMPTY for a
database with nothing in it, a .sql file or a directory of .sql files applied in name order
(with the npm package @electric-sql/pglite installed: loaded into PGlite, PostgreSQL 18 in
WebAssembly, and its catalog read there), or (with the npm
package pg installed) a database URL
(postgresql://user@host/dbname, SQLAlchemy's postgresql+psycopg2://..., or a libpq key=value
string), read as native migra reads it: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE,
PGSSLMODE, PGCONNECT_TIMEOUT and the other PG* variables fill in what it leaves out, then
~/.pgpass. Without connect_timeout (URL, key=value or PGCONNECT_TIMEOUT) a server that accepts
the connection and never answers is waited for without limit, as libpq does.

Options:
      --unsafe                        Print destructive statements too (turns the drop guard off)
      --schema <SCHEMA>               Only compare this schema
      --exclude-schema <SCHEMA>       Do not compare this schema (repeatable) [alias: --exclude_schema]
      --create-extensions-only        Only create the extensions TARGET has and FROM lacks
      --ignore-extension-versions     Do not update extensions whose version differs
      --with-privileges               Also migrate privileges (GRANT and REVOKE)
      --with-owners                   Also migrate owners (ALTER ... OWNER TO)
      --online                        Make the migration safe to run on a live database: indexes
                                      built and dropped CONCURRENTLY outside the transaction,
                                      foreign keys and checks validated after it commits, SET NOT
                                      NULL through a validated check, lock and statement timeouts
                                      set first; it spells out its own begin; and commit;: run it
                                      as it is (psql -v ON_ERROR_STOP=1 -f FILE), not with psql -1
      --online-lock-timeout <DURATION>
                                      With --online: the lock_timeout the migration sets (how long
                                      a statement may wait for a lock before the migration stops)
                                      [default: 5s]
      --online-statement-timeout <DURATION>
                                      With --online: the statement_timeout the migration sets (0
                                      for none) [default: 15min]
      --format <FORMAT>               What to print: the SQL, the migration as JSON, or its plan
                                      for a reviewer [default: sql]
                                      [possible values: sql, json, plan, markdown]
      --lock-timeout <DURATION>       Give up when a lock is not granted within DURATION (0 waits
                                      without limit) [default: 5s]
      --statement-timeout <DURATION>  Give up on a catalog query that runs longer than DURATION (0
                                      for no limit) [default: 5min]
      --with-secrets                  Read the values of user mappings' options and
                                      subscriptions' connection parameters that hold passwords
                                      (a name containing pass, secret, token, key or cred);
                                      without it they never leave the server
      --verify                        Check the migration: apply it to a scratch copy of FROM in
                                      PGlite and diff the result against TARGET. FROM is its SQL
                                      loaded, or, for a database or catalog, the migration from a
                                      new database to it applied; the migration runs in one
                                      transaction. One line on stderr says "applies and re-diffs
                                      to nothing", or the failing statement with PostgreSQL's
                                      error, or what still differs; stdout is the migration as
                                      without --verify. Not run when the migration is refused
                                      (exit 3) or empty (exit 0); not with --online (its
                                      CONCURRENTLY statements cannot run in PGlite's one
                                      transaction: native migra --verify runs them)
      --shadow <URL>                  Native migra only: .sql sides load into PGlite here
      --globals <FILE>                SQL run before each .sql side is loaded, in its PGlite
                                      database: what is cluster-wide, roles above all (the output
                                      of pg_dumpall --roles-only will do)
      --timings                       Print how long each step took (PGlite start, load, fetch,
                                      ...) on stderr
  -h, --help                          Print help
  -V, --version                       Print version

DURATION is in PostgreSQL's syntax: 500ms, 5s, 2min, or a number of milliseconds. A catalog query
waits for a lock only while another session holds an ACCESS EXCLUSIVE lock (ALTER TABLE, LOCK
TABLE, VACUUM FULL, ...) on a relation it reads.

Exit status, as migra's:
  0  the schemas are the same; nothing is printed (--format sql)
  2  the migration was printed
  3  the migration would remove something (an object, a column, a constraint, a default, a NOT
     NULL, an enum label, a privilege) and --unsafe was not given; nothing is printed on stdout
     (--format sql)
  4  --verify: the migration was printed, but applying it to a scratch copy of FROM failed or
     left differences (the verify line on stderr says which)
  1  any other error, with one line on stderr and nothing on stdout, in every format

--format json, plan and markdown print one document on stdout for 0, 2 and 3 alike, and say
which it is: JSON with a "status" of "no_differences", "migration" or "refused" (its JSON
Schema is migra-wasm/migration.schema.json), the plan and markdown in words. Warnings, and the
refusal line for 3, go to stderr in every format.
`;

class UsageError extends Error {}

/** Leaves parsing for help or version, which is printed at once, as clap does. */
class Early {
  constructor(what) {
    this.what = what;
  }
}

/** A DURATION value, as native's value parser (fetcher/src/bin/command_line) reads it. */
function duration(text) {
  try {
    return { value: parseDuration(text) };
  } catch (e) {
    return { error: `: ${e.explanation}` };
  }
}

const FORMATS = ["sql", "json", "plan", "markdown"];

/** The options of native migra's command line, in its order. */
const OPTIONS = [
  { long: "unsafe" },
  { long: "schema", value: "SCHEMA" },
  { long: "exclude-schema", alias: "exclude_schema", value: "SCHEMA", multiple: true },
  { long: "create-extensions-only" },
  { long: "ignore-extension-versions" },
  { long: "with-privileges" },
  { long: "with-owners" },
  { long: "online" },
  // Native clap's `requires = "online"`: checked once the whole command line is read.
  { long: "online-lock-timeout", value: "DURATION", parse: duration, requires: "online" },
  { long: "online-statement-timeout", value: "DURATION", parse: duration, requires: "online" },
  { long: "force-utf8" },
  { long: "format", value: "FORMAT", possible: FORMATS },
  // Values may start with a hyphen, so that `--lock-timeout -1s` says why it is wrong.
  { long: "lock-timeout", value: "DURATION", hyphen: true, parse: duration },
  { long: "statement-timeout", value: "DURATION", hyphen: true, parse: duration },
  { long: "with-secrets" },
  { long: "verify" },
  { long: "shadow", value: "URL" },
  { long: "globals", value: "FILE" },
  { long: "timings" },
  { long: "help", short: "h", early: "help" },
  { long: "version", short: "V", early: "version" },
];

/**
 * Reads the command line as clap reads native migra's, with the same errors in the same order:
 * left to right; a value given with `=` is checked at once, one given as the next argument when
 * the argument after it starts (an unknown flag there is reported first); -h and -V print at once.
 */
function parse(argv) {
  const values = new Map();
  const positionals = [];
  let pending = null;
  const name = (option) => (option.value ? `--${option.long} <${option.value}>` : `--${option.long}`);
  const flush = () => {
    if (pending === null) return;
    const { option, value } = pending;
    pending = null;
    const possible = option.possible ? ` [possible values: ${option.possible.join(", ")}]` : "";
    if (value === undefined || (option.possible && value === "")) {
      throw new UsageError(`a value is required for '${name(option)}' but none was supplied${possible}`);
    }
    if (values.has(option.long) && !option.multiple) {
      throw new UsageError(`the argument '${name(option)}' cannot be used multiple times`);
    }
    let parsed = value;
    if (option.possible && !option.possible.includes(value)) {
      throw new UsageError(`invalid value '${value}' for '${name(option)}'${possible}`);
    }
    if (option.parse) {
      const result = option.parse(value);
      if (result.error !== undefined)
        throw new UsageError(`invalid value '${value}' for '${name(option)}'${result.error}`);
      parsed = result.value;
    }
    values.set(option.long, option.multiple ? [...(values.get(option.long) ?? []), parsed] : parsed);
  };
  const positional = (arg) => {
    if (positionals.length >= 2) throw new UsageError(`unexpected argument '${arg}' found`);
    positionals.push(arg);
  };
  let trailing = false;
  for (const arg of argv) {
    if (
      pending !== null &&
      pending.value === undefined &&
      (pending.option.hyphen || !arg.startsWith("-") || arg === "-")
    ) {
      pending.value = arg;
      continue;
    }
    if (trailing) {
      positional(arg);
    } else if (arg === "--") {
      flush();
      trailing = true;
    } else if (arg.startsWith("--")) {
      const equals = arg.indexOf("=");
      const long = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
      const given = equals === -1 ? undefined : arg.slice(equals + 1);
      const option = OPTIONS.find((o) => o.long === long || o.alias === long);
      if (option === undefined) throw new UsageError(`unexpected argument '--${long}' found`);
      flush();
      if (option.value) {
        pending = { option, value: given };
        if (given !== undefined) flush();
      } else {
        if (values.has(option.long))
          throw new UsageError(`the argument '--${option.long}' cannot be used multiple times`);
        if (given !== undefined) {
          throw new UsageError(`unexpected value '${given}' for '--${option.long}' found; no more were expected`);
        }
        if (option.early) throw new Early(option.early);
        values.set(option.long, true);
      }
    } else if (arg.startsWith("-") && arg !== "-") {
      // Short flags, perhaps clustered (-hV): the first decides, since -h and -V print at once.
      const c = [...arg.slice(1)][0];
      const option = OPTIONS.find((o) => o.short === c);
      if (option === undefined) throw new UsageError(`unexpected argument '-${c}' found`);
      flush();
      throw new Early(option.early);
    } else {
      flush();
      positional(arg);
    }
  }
  flush();
  // What is missing, as clap lists it: the flags a given one requires, then the arguments.
  const missing = [
    ...new Set(
      OPTIONS.filter((o) => o.requires && values.has(o.long) && !values.has(o.requires)).map((o) => `--${o.requires}`),
    ),
    ...["<FROM>", "<TARGET>"].slice(positionals.length),
  ];
  if (missing.length > 0) {
    throw new UsageError(`the following required arguments were not provided: ${missing.join(" ")}`);
  }
  return {
    unsafe: values.has("unsafe"),
    schema: values.get("schema") ?? null,
    excludeSchema: values.get("exclude-schema") ?? [],
    createExtensionsOnly: values.has("create-extensions-only"),
    ignoreExtensionVersions: values.has("ignore-extension-versions"),
    withPrivileges: values.has("with-privileges"),
    withOwners: values.has("with-owners"),
    online: values.has("online")
      ? {
          lockTimeout: values.get("online-lock-timeout") ?? DEFAULT_ONLINE_LOCK_TIMEOUT,
          statementTimeout: values.get("online-statement-timeout") ?? DEFAULT_ONLINE_STATEMENT_TIMEOUT,
        }
      : null,
    format: values.get("format") ?? "sql",
    lockTimeout: values.get("lock-timeout") ?? parseDuration(DEFAULT_LOCK_TIMEOUT),
    statementTimeout: values.get("statement-timeout") ?? parseDuration(DEFAULT_STATEMENT_TIMEOUT),
    withSecrets: values.has("with-secrets"),
    verify: values.has("verify"),
    shadow: values.has("shadow"),
    globals: values.get("globals") ?? null,
    timings: values.has("timings"),
    from: positionals[0],
    target: positionals[1],
  };
}

/** A catalog (object or JSON text) for one argument, and how to name it in messages. */
async function load(arg, cli, env) {
  if (arg === "EMPTY") return { catalog: migra.emptyCatalog(), name: null };
  if (isDatabase(arg)) return { catalog: await fetchDatabase(arg, cli, env), name: null };
  const sqlFiles = listSqlFiles(arg);
  if (sqlFiles) {
    // --globals runs first in the side's own PGlite database: PGlite is one database, no cluster.
    const files = readSqlFiles(cli.globals === null ? sqlFiles : [cli.globals, ...sqlFiles]);
    return { catalog: await migra.catalogFromSql(files), name: null, files };
  }
  let text;
  try {
    // Strict UTF-8, as native's read_to_string.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(readFileSync(arg));
  } catch (e) {
    const reason = e instanceof TypeError ? "stream did not contain valid UTF-8" : describeIo(e);
    const hint =
      e.code === "ENOENT"
        ? "; give a database URL (postgresql://user@host/dbname), a .sql file or a directory of them, a catalog JSON file or EMPTY"
        : "";
    throw new Error(`cannot read catalog file "${arg}": ${reason}${hint}`);
  }
  return { catalog: text, name: `catalog file "${arg}"` };
}

/**
 * The .sql files an argument names, as native's SqlFiles::from_arg: an existing directory's `*.sql`
 * files in name order (byte by byte), or a path ending in `.sql`; null for anything else.
 */
function listSqlFiles(arg) {
  let isDirectory = false;
  try {
    isDirectory = statSync(arg).isDirectory();
  } catch {
    // Not there: a path ending in .sql is reported by loadSql, anything else as a catalog file.
  }
  if (!isDirectory) return /\.sql$/i.test(arg) ? [arg] : null;
  let names;
  try {
    names = readdirSync(arg);
  } catch (e) {
    throw new Error(`cannot read directory "${arg}": ${describeIo(e)}`);
  }
  const files = names
    .filter((name) => /\.sql$/i.test(name) && isFile(join(arg, name)))
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((name) => join(arg, name));
  if (files.length === 0) {
    throw new Error(
      `directory "${arg}" has no .sql file; give a directory of .sql files, a .sql file, a database URL, a catalog JSON file or EMPTY`,
    );
  }
  return files;
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The .sql files as catalogFromSql and verify take them (lib/sql.mjs), read as native reads them. */
function readSqlFiles(paths) {
  return paths.map((path) => {
    try {
      return { name: path, sql: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(readFileSync(path)) };
    } catch (e) {
      const reason = e instanceof TypeError ? "stream did not contain valid UTF-8" : describeIo(e);
      throw new Error(`cannot read SQL file "${path}": ${reason}`);
    }
  });
}

/** Throws the error native gives for a catalog file that does not hold a catalog it can read. */
function checkCatalog(side) {
  try {
    migra.catalogToJson(side.catalog);
  } catch (e) {
    if (e.argument === "catalog" && e.message.startsWith("catalog: ")) {
      e.message = `${side.name}: ${e.message.slice("catalog: ".length)}`;
    }
    throw e;
  }
}

/**
 * Reads a database's catalog with `pg`: the connection string is read, checked and resolved as
 * native migra resolves it (lib/connect.cjs) before `pg` is even looked for, so a mistake in it
 * gets native's message either way.
 */
async function fetchDatabase(arg, cli, env) {
  const params = resolve(arg, env);
  let pg;
  try {
    pg = require("pg");
  } catch {
    throw new Error(
      `reading the database ${describeParams(params)} needs the optional peer dependency pg: npm install pg`,
    );
  }
  const client = await connect(params, pg);
  try {
    return await migra.fetchCatalog((sql) => client.query(sql), {
      lockTimeout: cli.lockTimeout,
      statementTimeout: cli.statementTimeout,
      withSecrets: cli.withSecrets,
    });
  } catch (e) {
    const hint = {
      LOCK_TIMEOUT: "raise --lock-timeout to wait longer (0 waits without limit)",
      STATEMENT_TIMEOUT: "raise --statement-timeout to let a query run longer (0 for no limit)",
    }[e.code];
    if (hint !== undefined) e.message = `${e.message}; ${hint}`;
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}

function write(stream, text) {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

async function run(argv, env) {
  let cli;
  try {
    cli = parse(argv);
  } catch (e) {
    if (!(e instanceof Early)) throw e;
    await write(process.stdout, e.what === "help" ? HELP : `migra-wasm ${version}\n`);
    return 0;
  }
  if (cli.schema !== null && cli.excludeSchema.length > 0) {
    throw new Error("--schema and --exclude-schema cannot be used together");
  }
  if (cli.shadow) {
    throw new Error(
      "--shadow is native migra's: migra-wasm loads .sql sides into PGlite (PostgreSQL in WebAssembly), no server needed; to load them into a server of your own, run native migra",
    );
  }
  if (cli.verify && cli.online !== null) {
    throw new Error(
      "--verify cannot check an --online migration in migra-wasm: its CONCURRENTLY statements cannot run in PGlite's one transaction; run native migra --verify --online, or verify without --online",
    );
  }
  const timing = (what, ms) => {
    if (cli.timings) process.stderr.write(`migra: timing: ${what}: ${(ms / 1000).toFixed(2)} s\n`);
  };
  const timed = async (what, promise) => {
    const started = Date.now();
    try {
      return await promise();
    } finally {
      timing(what, Date.now() - started);
    }
  };
  // The PG* variables were read once, as native reads them; pg must not read them again (it
  // would take, say, PGSSLMODE its own way), so they leave the process's environment.
  for (const name of Object.keys(process.env)) if (name.startsWith("PG")) delete process.env[name];
  // The two sides are read at once, as native does; FROM's error is the one reported.
  const [fromResult, targetResult] = await Promise.allSettled([
    timed("FROM load", () => load(cli.from, cli, env)),
    timed("TARGET load", () => load(cli.target, cli, env)),
  ]);
  if (fromResult.status === "rejected") throw fromResult.reason;
  if (targetResult.status === "rejected") {
    // Native reads a catalog file as it loads it, so a bad FROM file is reported before TARGET's
    // error; here catalogs are read by the diff, so FROM's is read now.
    if (fromResult.value.name !== null) checkCatalog(fromResult.value);
    throw targetResult.reason;
  }
  const from = fromResult.value;
  const target = targetResult.value;
  let result;
  try {
    // What native prints on stdout for the format, and what the drop guard made of it.
    result = migra.report(
      from.catalog,
      target.catalog,
      { ...diffOptions(cli), unsafe: cli.unsafe, online: cli.online },
      cli.format,
    );
  } catch (e) {
    const side = e.argument === "from" ? from : e.argument === "to" ? target : null;
    if (side?.name && e.message.startsWith(`${e.argument}: `)) {
      e.message = `${side.name}: ${e.message.slice(e.argument.length + 2)}`;
    }
    throw e;
  }
  for (const warning of result.warnings) {
    process.stderr.write(`migra: warning: ${clean(warning)}\n`);
  }
  const verified = cli.verify ? await verify(cli, from, target, result, timing) : true;
  if (result.status === "refused") process.stderr.write(`${REFUSAL}\n`);
  if (result.text !== "") await write(process.stdout, result.text);
  return result.status === "migration" && !verified ? 4 : EXIT_STATUS[result.status];
}

/** The engine's options the command line gives, but for the drop guard and --online. */
function diffOptions(cli) {
  return {
    schema: cli.schema,
    excludeSchema: cli.excludeSchema,
    createExtensionsOnly: cli.createExtensionsOnly,
    ignoreExtensionVersions: cli.ignoreExtensionVersions,
    withPrivileges: cli.withPrivileges,
    withOwners: cli.withOwners,
  };
}

/** The longest part of a statement a verify line quotes, as native's (fetcher/src/verify.rs). */
const SHOWN_SQL = 240;

function shorten(sql) {
  const chars = [...sql];
  return chars.length > SHOWN_SQL ? `${chars.slice(0, SHOWN_SQL).join("")}...` : sql;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * --verify: applies the migration to a scratch copy of FROM in PGlite and says on stderr what
 * happened, in native's words; whether it verified (a migration refused or empty counts as
 * verified, and is not run).
 */
async function verify(cli, from, target, result, timing) {
  if (result.status === "no_differences") {
    process.stderr.write("migra: verify: no differences, nothing to apply\n");
    return true;
  }
  if (result.status === "refused") {
    process.stderr.write("migra: verify: not run: the migration is refused (give --unsafe to print and verify it)\n");
    return true;
  }
  const started = Date.now();
  const report = await migra.verify(from.files ?? from.catalog, target.files ?? target.catalog, diffOptions(cli));
  for (const [step, ms] of Object.entries(report.timings)) timing(`verify: ${step}`, ms);
  timing("verify", Date.now() - started);
  const total = report.migration.statements.length;
  let verdict;
  if (report.failed !== null) {
    const sql = shorten(clean(report.failed.sql).replace(/;+$/, ""));
    // PostgreSQL's error as native writes it (migra_cluster::postgres_error).
    const { message, detail, hint } = report.failed.error;
    const error = [`ERROR: ${message}`, detail && `DETAIL: ${detail}`, hint && `HINT: ${hint}`].filter(Boolean);
    verdict = `statement ${report.failed.index + 1} of ${total} failed: ${sql}: ${clean(error.join(" "))}`;
  } else if (report.remaining.statements.length > 0) {
    const left = report.remaining.statements;
    verdict = `the migration applies, but FROM still differs from TARGET: ${plural(left.length, "statement")} left, the first: ${shorten(clean(left[0].sql).replace(/;+$/, ""))}`;
  } else {
    verdict = `the migration (${plural(total, "statement")}) applies and re-diffs to nothing`;
  }
  process.stderr.write(`migra: verify: ${verdict}\n`);
  return report.ok;
}

/** migra's exit status for each status of a report. */
const EXIT_STATUS = { no_differences: 0, migration: 2, refused: 3 };

/** A message for the terminal: one line, and no password from the environment in it. */
function message(text, env) {
  return clean(scrub(String(text), env?.vars.PGPASSWORD));
}

const env = processEnv();
run(process.argv.slice(2), env).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error && error.code === "EPIPE") {
      process.exitCode = 0;
    } else if (error instanceof UsageError) {
      process.stderr.write(`migra: error: ${clean(error.message)}; see 'migra-wasm --help'\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`migra: ${message(error?.message ? error.message : error, env)}\n`);
      process.exitCode = 1;
    }
  },
);
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
});
