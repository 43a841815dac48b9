#!/usr/bin/env node
// `migra-wasm`: the `migra` command over the wasm engine. Same flags, output and exit codes as the
// native `migra`: 0 nothing to do, 2 migration printed, 3 destructive statements refused without
// --unsafe, 1 any other error, a command-line usage error included (one line on stderr).
"use strict";

const { readFileSync } = require("node:fs");
const { statSync } = require("node:fs");
const { parseArgs } = require("node:util");
const migra = require("../lib/node.cjs");
const { version } = require("../package.json");

// The same line native migra prints (fetcher/src/bin/migra.rs); the tests compare the two.
const REFUSAL = "-- ERROR: destructive statements generated. Use the --unsafe flag to suppress this error.";

const HELP = `Print the SQL that turns the schema of FROM into the schema of TARGET.

Usage: migra-wasm [OPTIONS] <FROM> <TARGET>

FROM and TARGET are each a catalog JSON file written by migra-fetch, the word EMPTY for a
database with nothing in it, or (with the npm package pg installed) a database URL
(postgresql://user@host/dbname, SQLAlchemy's postgresql+psycopg2://..., or a libpq key=value
string).

Options:
      --unsafe                     Print destructive statements too (turns the drop guard off)
      --schema <SCHEMA>            Only compare this schema
      --exclude-schema <SCHEMA>    Do not compare this schema (repeatable) [alias: exclude_schema]
      --create-extensions-only     Only create the extensions TARGET has and FROM lacks
      --ignore-extension-versions  Do not update extensions whose version differs
      --with-privileges            Also migrate privileges (GRANT and REVOKE)
      --format <FORMAT>            What to print: the SQL, or the structured changes as JSON
                                   [default: sql] [possible values: sql, json]
  -h, --help                       Print help
  -V, --version                    Print version

Exit status, as migra's:
  0  the schemas are the same; nothing is printed
  2  the migration was printed
  3  the migration would remove something (an object, a column, a constraint, a default, a NOT
     NULL, an enum label, a privilege) and --unsafe was not given; nothing is printed on stdout
  1  any other error, with one line on stderr
`;

class UsageError extends Error {}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        unsafe: { type: "boolean" },
        schema: { type: "string" },
        "exclude-schema": { type: "string", multiple: true },
        exclude_schema: { type: "string", multiple: true },
        "create-extensions-only": { type: "boolean" },
        "ignore-extension-versions": { type: "boolean" },
        "with-privileges": { type: "boolean" },
        "force-utf8": { type: "boolean" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "V" },
      },
    });
  } catch (e) {
    // Node's own wording for these runs on with advice about `--`; say it as clap does.
    const option = /'([^']*)'/.exec(e.message)?.[1];
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
      throw new UsageError(`unexpected argument '${option}' found`);
    }
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
      throw new UsageError(`a value is required for '${option}' but none was supplied`);
    }
    throw new UsageError(e.message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return values;
  const format = values.format ?? "sql";
  if (format !== "sql" && format !== "json") {
    throw new UsageError(`invalid value '${format}' for '--format <FORMAT>' [possible values: sql, json]`);
  }
  if (positionals.length !== 2) {
    throw new UsageError(
      positionals.length < 2
        ? "the following required arguments were not provided: <FROM> <TARGET>"
        : `unexpected argument '${positionals[2]}' found`,
    );
  }
  return {
    unsafe: Boolean(values.unsafe),
    schema: values.schema ?? null,
    excludeSchema: [...(values["exclude-schema"] ?? []), ...(values.exclude_schema ?? [])],
    createExtensionsOnly: Boolean(values["create-extensions-only"]),
    ignoreExtensionVersions: Boolean(values["ignore-extension-versions"]),
    withPrivileges: Boolean(values["with-privileges"]),
    format,
    from: positionals[0],
    target: positionals[1],
  };
}

/** Message text for one terminal line: control characters out, whitespace runs collapsed. */
function clean(text) {
  let out = "";
  for (const c of String(text)) {
    let d = c;
    if (c === "\n" || c === "\r" || c === "\t") d = " ";
    else if (/\p{Cc}/u.test(c)) continue;
    if (d === " " && (out === "" || out.endsWith(" "))) continue;
    out += d;
  }
  return out.trimEnd();
}

/** Whether `arg` names a database rather than a catalog file, as native migra decides. */
function isDatabase(arg) {
  if (arg.includes("://")) return true;
  if (!arg.includes("=")) return false;
  try {
    return !statSync(arg).isFile();
  } catch {
    return true;
  }
}

/** A catalog (object or JSON text) for one argument, and how to name it in messages. */
async function load(arg) {
  if (arg === "EMPTY") return { catalog: migra.emptyCatalog(), name: null };
  if (isDatabase(arg)) return { catalog: await fetchDatabase(arg), name: null };
  let text;
  try {
    text = readFileSync(arg, "utf8");
  } catch (e) {
    const reason =
      e.code === "ENOENT" ? "no such file or directory" : e.code === "EACCES" ? "permission denied" : e.message;
    const hint =
      e.code === "ENOENT" ? "; give a database URL (postgresql://user@host/dbname), a catalog JSON file or EMPTY" : "";
    throw new Error(`cannot read catalog file "${arg}": ${reason}${hint}`);
  }
  return { catalog: text, name: `catalog file "${arg}"` };
}

/** libpq `key=value` connection strings, as pg's connection options. */
function keywordConfig(text) {
  const config = {};
  const re = /\s*([A-Za-z_]+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S+))/gy;
  let end = 0;
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, "$1") : match[3];
    const key = { dbname: "database", application_name: "application_name" }[match[1]] ?? match[1];
    config[key] = value;
    end = re.lastIndex;
  }
  if (text.slice(end).trim() !== "")
    throw new Error(`cannot read the connection string near "${text.slice(end).trim()}"`);
  if (config.sslmode !== undefined) {
    const mode = config.sslmode;
    delete config.sslmode;
    if (mode === "require" || mode === "prefer" || mode === "allow") config.ssl = { rejectUnauthorized: false };
    else if (mode === "verify-ca" || mode === "verify-full") config.ssl = { rejectUnauthorized: true };
  }
  return config;
}

async function fetchDatabase(arg) {
  let pg;
  try {
    pg = require("pg");
  } catch {
    throw new Error(
      `reading the database "${arg.replace(/:[^:@/]*@/, ":***@")}" needs the optional peer dependency pg: npm install pg`,
    );
  }
  // SQLAlchemy's postgresql+psycopg2:// names a driver; pg reads the plain postgresql:// URL.
  const config = arg.includes("://")
    ? { connectionString: arg.replace(/^postgres(ql)?\+[A-Za-z0-9_]+:\/\//, "postgresql://") }
    : keywordConfig(arg);
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await migra.fetchCatalog((sql) => client.query(sql));
  } finally {
    await client.end().catch(() => {});
  }
}

function write(stream, text) {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

async function run(argv) {
  const cli = parse(argv);
  if (cli.help) {
    await write(process.stdout, HELP);
    return 0;
  }
  if (cli.version) {
    await write(process.stdout, `migra-wasm ${version}\n`);
    return 0;
  }
  if (cli.schema !== null && cli.excludeSchema.length > 0) {
    throw new Error("--schema and --exclude-schema cannot be used together");
  }
  const from = await load(cli.from);
  const target = await load(cli.target);
  let result;
  try {
    result = migra.diff(from.catalog, target.catalog, {
      // The drop guard is applied below, after the warnings, as native migra does.
      unsafe: true,
      schema: cli.schema,
      excludeSchema: cli.excludeSchema,
      createExtensionsOnly: cli.createExtensionsOnly,
      ignoreExtensionVersions: cli.ignoreExtensionVersions,
      withPrivileges: cli.withPrivileges,
    });
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
  if (result.statements.length === 0) return 0;
  if (result.hasDestructive && !cli.unsafe) {
    process.stderr.write(`${REFUSAL}\n`);
    return 3;
  }
  if (cli.format === "sql") {
    // Each statement and a blank line, then the newline migra's print() adds.
    await write(process.stdout, `${result.sql}\n`);
  } else {
    const { statements, changes, warnings } = result;
    await write(process.stdout, `${JSON.stringify({ statements, changes, warnings }, null, 2)}\n`);
  }
  return 2;
}

run(process.argv.slice(2)).then(
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
      process.stderr.write(`migra: ${clean(error?.message ? error.message : error)}\n`);
      process.exitCode = 1;
    }
  },
);
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
});
