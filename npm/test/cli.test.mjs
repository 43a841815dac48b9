// `npx migra-wasm` is as careful as native `migra` (issue 18, part 6): for the same bad input,
// the same one line on stderr and the same exit status, with no password in it; connect_timeout
// (URL, key=value, PGCONNECT_TIMEOUT) honoured; and --lock-timeout/--statement-timeout (part 1)
// giving up with native's line naming the relation and the session holding the lock.
//
// Every case runs target/debug/migra and `node bin/migra-wasm.cjs` on the same arguments and
// environment (PG* variables cleared, HOME a scratch directory) and compares their whole output.
// The one deliberate difference: a usage error points at the program's own help, `see 'migra
// --help'` and `see 'migra-wasm --help'`.
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import pg from "pg";
import * as migra from "../lib/node.cjs";
import { Cluster, SUPERUSER } from "./support/cluster.mjs";
import { askPassword, errorResponse, fakeServer } from "./support/fake-server.mjs";
import { bothAsync, repoDir } from "./support/paths.mjs";
import { tlsFiles } from "./support/tls.mjs";

const SECRET = "Sup3rSecret";
const afterJson = join(repoDir, "examples", "after.json");

let scratchDir;
let home;
let files;
let servers;
let cluster;
let tls;
let otherCa;

before(async () => {
  scratchDir = mkdtempSync("/tmp/migra-wasm-cli-");
  home = join(scratchDir, "home");
  mkdirSync(home);
  files = join(scratchDir, "files");
  mkdirSync(files);
  writeFileSync(
    join(files, "bad.json"),
    '{"format": "migra-catalog", "version": 1, "server_version_num": 1, "tables": [{"schema": "s"}]}',
  );
  writeFileSync(join(files, "latin1.json"), Buffer.from([0x7b, 0xe9, 0x7d]));
  writeFileSync(join(files, "empty.json"), "");
  writeFileSync(join(files, "not-json.json"), "hello");
  mkdirSync(join(files, "a-directory.json"));
  // A password file others may read: ignored, as libpq ignores it, and said so.
  writeFileSync(join(files, "pgpass-open"), `*:*:*:*:${SECRET}\n`);
  chmodSync(join(files, "pgpass-open"), 0o644);
  writeFileSync(join(files, "not-a-certificate.pem"), "hello\n");
  const tooMany = errorResponse("53300", "sorry, too many clients already");
  servers = {
    tooMany: await fakeServer({ reply: tooMany }),
    badPassword: await fakeServer({ reply: errorResponse("28P01", 'password authentication failed for user "alice"') }),
    noDatabase: await fakeServer({ reply: errorResponse("3D000", 'database "app" does not exist') }),
    asksPassword: await fakeServer({ reply: askPassword() }),
    closes: await fakeServer({}),
    midMessage: await fakeServer({ reply: Buffer.from("E\0\0", "latin1") }),
    hangsUpOnSsl: await fakeServer({ ssl: null }),
    // TLS offered, then a hang-up instead of the handshake; plain connections get "too many".
    brokenTls: await fakeServer({ ssl: "S", reply: tooMany }),
    // Accepts connections (the kernel completes the handshake) and never says anything.
    silent: await fakeServer({ silent: true }),
  };
  tls = tlsFiles(files, "migra-test-ca");
  otherCa = tlsFiles(files, "other-ca").caCert;
  cluster = await Cluster.start(
    (dir) => ({
      listen_addresses: "127.0.0.1",
      ssl: "on",
      ssl_cert_file: join(dir, "server.crt"),
      ssl_key_file: join(dir, "server.key"),
    }),
    { "server.crt": tls.serverCert, "server.key": tls.serverKey },
  );
  cluster.createDatabase("app");
  cluster.sql(
    "app",
    "create table t (id int primary key, n int default 1 check (n > 0)); create view v as select id, n from t;",
  );
});

after(async () => {
  for (const server of Object.values(servers ?? {})) await server.close();
  await cluster?.stop();
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
});

const url = (server, rest = "") => `postgresql://alice:${SECRET}@127.0.0.1:${servers[server].port}/app${rest}`;

/**
 * The bad inputs, each with what native says (a part of it, so that a case cannot pass with both
 * programs failing alike for another reason) and the exit status (1 unless given).
 */
function cases() {
  const usage = (args, expect) => ({ args, expect, usage: true });
  const p = servers;
  return [
    // Command-line mistakes, flags both programs have.
    usage(["--bogus", "EMPTY", "EMPTY"], "unexpected argument '--bogus' found"),
    usage(["--unsaf", "EMPTY", "EMPTY"], "unexpected argument '--unsaf' found"),
    usage(["-x", "EMPTY", "EMPTY"], "unexpected argument '-x' found"),
    usage([], "the following required arguments were not provided: <FROM> <TARGET>"),
    usage(["EMPTY"], "the following required arguments were not provided: <TARGET>"),
    usage(["EMPTY", "EMPTY", "EMPTY"], "unexpected argument 'EMPTY' found"),
    usage(["--format", "xml", "EMPTY", "EMPTY"], "invalid value 'xml' for '--format <FORMAT>'"),
    usage(["--format"], "a value is required for '--format <FORMAT>'"),
    usage(["--format="], "a value is required for '--format <FORMAT>'"),
    usage(["--format", "xml", "--bogus", "EMPTY", "EMPTY"], "unexpected argument '--bogus' found"),
    usage(["--schema"], "a value is required for '--schema <SCHEMA>'"),
    usage(["--schema", "--unsafe", "EMPTY", "EMPTY"], "a value is required for '--schema <SCHEMA>'"),
    usage(["--schema", "-x", "EMPTY", "EMPTY"], "unexpected argument '-x' found"),
    usage(
      ["--schema", "a", "--schema", "b", "EMPTY", "EMPTY"],
      "the argument '--schema <SCHEMA>' cannot be used multiple times",
    ),
    usage(["--unsafe", "--unsafe", "EMPTY", "EMPTY"], "the argument '--unsafe' cannot be used multiple times"),
    usage(["--unsafe=yes", "EMPTY", "EMPTY"], "unexpected value 'yes' for '--unsafe' found"),
    usage(["--exclude_schema"], "a value is required for '--exclude-schema <SCHEMA>'"),
    usage(
      ["--lock-timeout", "5 seconds", "EMPTY", "EMPTY"],
      "invalid value '5 seconds' for '--lock-timeout <DURATION>': unknown unit",
    ),
    usage(
      ["--lock-timeout", "-1s", "EMPTY", "EMPTY"],
      "'-1s' for '--lock-timeout <DURATION>': it must not be negative",
    ),
    usage(["--lock-timeout=100us", "EMPTY", "EMPTY"], "less than 1ms"),
    usage(["--lock-timeout", "25d", "EMPTY", "EMPTY"], "too long: at most 2147483647ms"),
    usage(["--lock-timeout", "1.2.3s", "EMPTY", "EMPTY"], "not a duration"),
    usage(["--lock-timeout", "5S", "EMPTY", "EMPTY"], "unknown unit"),
    usage(["--lock-timeout", "--unsafe", "EMPTY", "EMPTY"], "invalid value '--unsafe'"),
    usage(["--lock-timeout"], "a value is required for '--lock-timeout <DURATION>'"),
    usage(
      ["--lock-timeout", "5s", "--lock-timeout", "6s", "EMPTY", "EMPTY"],
      "the argument '--lock-timeout <DURATION>' cannot be used multiple times",
    ),
    usage(
      ["--statement-timeout", "abc", "EMPTY", "EMPTY"],
      "'abc' for '--statement-timeout <DURATION>': not a duration",
    ),
    usage(["--statement-timeout=", "EMPTY", "EMPTY"], "invalid value '' for '--statement-timeout <DURATION>'"),
    usage(
      ["--format", "plan", "--format", "json", "EMPTY", "EMPTY"],
      "the argument '--format <FORMAT>' cannot be used multiple times",
    ),
    // --online and its limits, which require it (clap's `requires`, checked after the rest).
    usage(
      ["--online-lock-timeout", "3s", "EMPTY", "EMPTY"],
      "the following required arguments were not provided: --online;",
    ),
    usage(
      ["--online-statement-timeout=1s"],
      "the following required arguments were not provided: --online <FROM> <TARGET>",
    ),
    usage(["--online-lock-timeout", "3s", "EMPTY"], "not provided: --online <TARGET>"),
    usage(["--online-lock-timeout", "3s", "--bogus", "EMPTY", "EMPTY"], "unexpected argument '--bogus' found"),
    usage(
      ["--online-lock-timeout", "xx", "EMPTY", "EMPTY"],
      "'xx' for '--online-lock-timeout <DURATION>': not a duration",
    ),
    usage(["--online", "--online", "EMPTY", "EMPTY"], "the argument '--online' cannot be used multiple times"),
    usage(["--online=1", "EMPTY", "EMPTY"], "unexpected value '1' for '--online' found"),
    // Unlike --lock-timeout's, these values may not start with a hyphen: -1s is read as flags.
    usage(["--online", "--online-lock-timeout", "-1s", "EMPTY", "EMPTY"], "unexpected argument '-1' found"),
    usage(["--online", "--online-lock-timeout=-1s", "EMPTY", "EMPTY"], "it must not be negative"),
    usage(
      ["--online", "--online-lock-timeout", "--unsafe", "EMPTY", "EMPTY"],
      "a value is required for '--online-lock-timeout <DURATION>'",
    ),
    usage(
      ["--online", "--online-lock-timeout=", "EMPTY", "EMPTY"],
      "invalid value '' for '--online-lock-timeout <DURATION>'",
    ),
    usage(["--online", "--online-statement-timeout", "25d", "EMPTY", "EMPTY"], "too long: at most 2147483647ms"),
    usage(["--online", "--online-statement-timeout", "100us", "EMPTY", "EMPTY"], "less than 1ms"),
    usage(
      ["--online", "--online-lock-timeout", "1s", "--online-lock-timeout", "2s", "EMPTY", "EMPTY"],
      "the argument '--online-lock-timeout <DURATION>' cannot be used multiple times",
    ),
    { args: ["--schema", "a", "--exclude-schema", "b", "EMPTY", "EMPTY"], expect: "cannot be used together" },
    {
      args: ["--online", "--format", "json", "--schema", "a", "--exclude-schema", "b", "EMPTY", "EMPTY"],
      expect: "cannot be used together",
    },
    // Good durations are read alike (nothing to do between two empty catalogs).
    { args: ["--lock-timeout", " 1.5 s ", "--statement-timeout", "0", "EMPTY", "EMPTY"], status: 0, expect: "" },
    { args: ["--lock-timeout=2147483647", "--statement-timeout=1d", "EMPTY", "EMPTY"], status: 0, expect: "" },
    // The documents of --format json, plan and markdown on exit 0, and the limits of --online.
    {
      args: [
        "--online",
        "--online-lock-timeout",
        " 1.5 s ",
        "--online-statement-timeout",
        "0",
        "--format",
        "json",
        "EMPTY",
        "EMPTY",
      ],
      status: 0,
      expect: "",
    },
    { args: ["--format=plan", "EMPTY", "EMPTY"], status: 0, expect: "" },
    { args: ["--format", "markdown", "--online", "EMPTY", "EMPTY"], status: 0, expect: "" },

    // Catalog files.
    { args: [join(files, "missing.json"), "EMPTY"], expect: "no such file or directory; give a database URL" },
    // A directory is schema SQL, whatever its name: one without a .sql file is refused.
    { args: [join(files, "a-directory.json"), "EMPTY"], expect: "has no .sql file; give a directory of .sql files" },
    { args: ["EMPTY", join(files, "missing.sql")], expect: 'cannot read SQL file "' },
    { args: ["EMPTY", join(files, "bad.json")], expect: 'bad.json": ' },
    { args: ["EMPTY", join(files, "latin1.json")], expect: "stream did not contain valid UTF-8" },
    { args: ["EMPTY", join(files, "empty.json")], expect: 'empty.json": ' },
    { args: [join(files, "not-json.json"), join(files, "missing.json")], expect: 'not-json.json": ' },
    // An error prints no document, in any format.
    { args: ["--format", "json", join(files, "missing.json"), "EMPTY"], expect: "no such file or directory" },
    { args: ["--format", "plan", "--online", "EMPTY", join(files, "bad.json")], expect: 'bad.json": ' },

    // Connection strings that cannot be read, or name what cannot be used; the password never shows.
    { args: ["mysql://h/db", "EMPTY"], expect: 'unsupported URL scheme "mysql"' },
    { args: ["postgresql://h/db?sslmode", "EMPTY"], expect: 'URL query parameter "sslmode" has no value' },
    { args: ["just-a-word=", "EMPTY"], expect: 'unknown connection parameter "just-a-word"' },
    // SQLAlchemy's reading of a password with an unencoded "/": a URL for host "h".
    {
      args: [`postgresql://u:${SECRET}/x@nonexistent.invalid:5432/db`, "EMPTY"],
      expect: '"nonexistent.invalid", port 5432: cannot resolve',
      secret: SECRET,
    },
    { args: [`postgresql://u:${SECRET}@h:x/db`, "EMPTY"], expect: "invalid port in the URL", secret: SECRET },
    { args: ["postgresql://[::1/db", "EMPTY"], expect: "unterminated IPv6 address" },
    { args: ["postgresql://[::1]x/db", "EMPTY"], expect: "unexpected text after an IPv6 address" },
    { args: ["postgresql://h/a%zz", "EMPTY"], expect: "invalid percent-encoding in the database name" },
    { args: ["postgresql://h/a%00", "EMPTY"], expect: "forbidden %00" },
    { args: ["postgresql://h/a%FF", "EMPTY"], expect: "does not decode to UTF-8" },
    // A key=value string holding "://" in a value is not a URL (native's property tests found it).
    {
      args: [`host=/nonexistent port=1 password=${SECRET} application_name=a://b`, "EMPTY"],
      expect: 'on socket "/nonexistent/.s.PGSQL.1"',
      secret: SECRET,
    },
    // Nor is the "@" of a query the end of a password.
    {
      args: [`postgresql://h:5432x/db?application_name=me@corp&password=${SECRET}`, "EMPTY"],
      expect: "invalid port in the URL",
      secret: SECRET,
    },
    { args: ["dbname=x host", "EMPTY"], expect: 'missing "=" after "host"' },
    {
      args: [`dbname=x password='${SECRET}`, "EMPTY"],
      expect: 'unterminated quoted value for "password"',
      secret: SECRET,
    },
    // The issue's own example: a key=value string with a quoted password and a bad sslmode.
    {
      args: [`host=db.example.com user=alice password='${SECRET} with spaces' dbname=prod sslmode=bogus`, "EMPTY"],
      expect: 'unknown sslmode "bogus": use disable, allow, prefer, require, verify-ca or verify-full',
      secret: SECRET,
    },
    {
      args: [`postgresql://u:${SECRET}@127.0.0.1:1/db?sslmode=bogus`, "EMPTY"],
      expect: 'unknown sslmode "bogus"',
      secret: SECRET,
    },
    { args: ["postgresql://h/db", "EMPTY"], env: { PGSSLMODE: "strict" }, expect: 'unknown sslmode "strict"' },
    {
      args: [`postgresql://u@h/db?bogus=1&password=${SECRET}`, "EMPTY"],
      expect: 'unknown connection parameter "bogus"',
      secret: SECRET,
    },
    // What follows a password may be the rest of it, which needed quoting or encoding and was
    // cut short: it is never named, whatever is wrong with it.
    {
      args: ["password=Sup3r Secret host=h", "EMPTY"],
      expect: 'missing "=" after the word following the password',
      secret: "Secret",
    },
    { args: ["host=h password=Sup3r Secret", "EMPTY"], expect: "quote a password holding spaces", secret: "Secret" },
    { args: ["password='Sup3r'Secret' host=h", "EMPTY"], expect: 'missing "=" after the word', secret: "Secret" },
    {
      args: ["password=Sup3r Secret='x host=h", "EMPTY"],
      expect: "unterminated quoted value after the password",
      secret: "Secret",
    },
    {
      args: ["password=Sup3r Secret== host=h", "EMPTY"],
      expect: "unknown connection parameter after the password",
      secret: "Secret",
    },
    { args: ["password=Sup3r hots=h", "EMPTY"], expect: "check its spelling", secret: "hots" },
    {
      args: [`postgresql://u@h/db?password=${SECRET}&bogus=1`, "EMPTY"],
      expect: "unknown connection parameter after the password",
      secret: "bogus",
    },
    {
      args: ["postgresql://u@h/db?password=Sup3r&Secret", "EMPTY"],
      expect: "after the password has no value",
      secret: "Secret",
    },
    {
      args: ["postgresql://u@h/db?password=Sup3r&Secret=%zz", "EMPTY"],
      expect: "invalid percent-encoding",
      secret: "Secret",
    },
    {
      args: [`postgresql://u:${SECRET}@h/db?port=x${SECRET}`, "EMPTY"],
      expect: 'invalid port "x***" (port=)',
      secret: SECRET,
    },
    { args: [`password=${SECRET} port=${SECRET}`, "EMPTY"], expect: 'invalid port "***" (port=)', secret: SECRET },
    // A password given twice: the last one, the one used, is hidden too.
    {
      args: [`password=Decoy password=${SECRET} port=${SECRET}`, "EMPTY"],
      expect: 'invalid port "***" (port=)',
      secret: SECRET,
    },
    {
      args: [`postgresql://u:${SECRET}@h/db?connect_timeout=${SECRET}`, "EMPTY"],
      expect: "invalid connect_timeout",
      secret: SECRET,
    },
    { args: ["host=h port=abc", "EMPTY"], expect: 'invalid port "abc" (port=): give a number from 1 to 65535' },
    { args: ["host=h port=0", "EMPTY"], expect: 'invalid port "0"' },
    { args: ["postgresql://h/db", "EMPTY"], env: { PGPORT: "99999" }, expect: 'invalid port "99999" (PGPORT)' },
    { args: ["host=a,b,c port=1,2", "EMPTY"], expect: "2 ports for 3 hosts" },
    { args: ["hostaddr=db.local", "EMPTY"], expect: 'invalid hostaddr "db.local" (hostaddr=)' },
    { args: ["host=a,b hostaddr=127.0.0.1", "EMPTY"], expect: "2 hosts but 1 hostaddrs" },
    {
      args: ["postgresql://h/db?connect_timeout=1.5", "EMPTY"],
      expect: 'invalid connect_timeout "1.5" (connect_timeout=)',
    },
    {
      args: ["postgresql://h/db", "EMPTY"],
      env: { PGCONNECT_TIMEOUT: "soon" },
      expect: "(PGCONNECT_TIMEOUT): give a whole number",
    },
    { args: ["service=prod", "EMPTY"], expect: "pg_service.conf" },
    { args: ["postgresql://h/db?replication=database", "EMPTY"], expect: "replication connections are not supported" },
    { args: ["postgresql://h/db?target_session_attrs=primary", "EMPTY"], expect: 'target_session_attrs "primary"' },
    { args: ["postgresql://h/db?channel_binding=x", "EMPTY"], expect: 'unknown channel_binding "x"' },
    { args: ["postgresql://h/db?client_encoding=latin1", "EMPTY"], expect: 'client_encoding "latin1"' },
    { args: ["postgresql://h/db?sslnegotiation=x", "EMPTY"], expect: 'unknown sslnegotiation "x"' },
    {
      args: ["postgresql://h/db?sslmode=require&sslrootcert=system", "EMPTY"],
      expect: "cannot be used with sslrootcert=system",
    },
    {
      args: ["postgresql://h/db?sslmode=verify-full", "EMPTY"],
      expect: `root certificate file "${home}/.postgresql/root.crt" does not exist`,
    },
    {
      args: [`postgresql://h/db?sslmode=verify-ca&sslrootcert=${join(files, "not-a-certificate.pem")}`, "EMPTY"],
      expect: "holds no certificate",
    },
    {
      args: [`postgresql://h/db?sslmode=verify-ca&sslrootcert=${files}`, "EMPTY"],
      expect: "is a directory; check sslrootcert",
    },

    // Nobody there: refused, no socket, no such host; each target tried, as native does.
    {
      args: [`postgresql://u:${SECRET}@127.0.0.1:1/db`, "EMPTY"],
      expect: '"127.0.0.1", port 1: connection refused',
      secret: SECRET,
    },
    {
      args: ["host=127.0.0.1 port=1", "EMPTY"],
      env: { PGPASSWORD: SECRET },
      expect: "connection refused",
      secret: SECRET,
    },
    {
      args: ["host=db.local hostaddr=127.0.0.1 port=1", "EMPTY"],
      expect: '"db.local" (127.0.0.1), port 1: connection refused',
    },
    {
      args: ["postgresql://127.0.0.2:1,127.0.0.1:1/db", "EMPTY"],
      expect: '"127.0.0.2", port 1: connection refused; "127.0.0.1"',
    },
    {
      args: ["host=/nonexistent port=1", "EMPTY"],
      expect: 'on socket "/nonexistent/.s.PGSQL.1": no such file or directory',
    },
    { args: ["port=1", "EMPTY"], expect: 'socket "/var/run/postgresql/.s.PGSQL.1"' },
    { args: ["postgresql://u@nonexistent.invalid/db", "EMPTY"], expect: "cannot resolve the host name" },

    // Servers that answer, and say no.
    {
      args: [url("tooMany"), "EMPTY"],
      expect: "refused the connection: sorry, too many clients already",
      secret: SECRET,
    },
    { args: [url("badPassword"), "EMPTY"], expect: 'authentication failed for user "alice"', secret: SECRET },
    { args: [url("noDatabase"), "EMPTY"], expect: 'database "app" does not exist at "127.0.0.1"', secret: SECRET },
    { args: [`postgresql://alice@127.0.0.1:${p.asksPassword.port}/app`, "EMPTY"], expect: `and none was given` },
    {
      args: [`postgresql://alice@127.0.0.1:${p.asksPassword.port}/app`, "EMPTY"],
      env: { PGPASSFILE: join(files, "pgpass-open") },
      expect: "(now ignored: its group or others may access it; chmod 600 it)",
      secret: SECRET,
    },
    { args: [url("closes"), "EMPTY"], expect: "connection closed", secret: SECRET },
    { args: [url("midMessage", "?sslmode=disable"), "EMPTY"], expect: "closed in the middle of a message" },
    { args: [url("hangsUpOnSsl"), "EMPTY"], expect: "the server closed the connection unexpectedly" },
    {
      args: [url("closes", "?sslmode=require"), "EMPTY"],
      expect: "does not support TLS, which sslmode=require requires",
    },
    { args: [url("brokenTls", "?sslmode=require"), "EMPTY"], expect: "TLS handshake with", secret: SECRET },
    // prefer: the TLS attempt fails, the plain one reaches the server (which then refuses).
    { args: [url("brokenTls", "?sslmode=prefer"), "EMPTY"], expect: "too many clients already", secret: SECRET },

    // A real server: no such database, and certificates that do not pass.
    { args: [cluster.url("nope"), "EMPTY"], expect: 'database "nope" does not exist at socket' },
    {
      args: [`${cluster.tcpUrl("app", "127.0.0.1")}?sslmode=verify-full&sslrootcert=${tls.caCert}`, "EMPTY"],
      expect: "(IP address mismatch, sslmode=verify-full)",
    },
    {
      args: [
        `host=db.example hostaddr=127.0.0.1 port=${cluster.port} user=${SUPERUSER} dbname=app sslmode=verify-full sslrootcert=${tls.caCert}`,
        "EMPTY",
      ],
      expect: 'does not name "db.example" (sslmode=verify-full)',
    },
    {
      args: [`${cluster.tcpUrl("app")}?sslmode=verify-full&sslrootcert=${otherCa}`, "EMPTY"],
      expect: "is not signed by the root certificate file",
    },
    {
      args: [`${cluster.tcpUrl("app")}?sslmode=require&sslrootcert=${otherCa}`, "EMPTY"],
      expect: "with a root certificate file present, sslmode=require checks the chain",
    },
    // And ones that do: both read the same catalog.
    {
      args: [`${cluster.tcpUrl("app")}?sslmode=verify-full&sslrootcert=${tls.caCert}`, "EMPTY"],
      status: 3,
      expect: "-- ERROR: destructive statements generated",
    },
    { args: ["--unsafe", "EMPTY", `${cluster.tcpUrl("app", "127.0.0.1")}?sslmode=require`], status: 2, expect: "" },
    {
      args: [
        "EMPTY",
        `host=localhost hostaddr=127.0.0.1 port=${cluster.port} user=${SUPERUSER} dbname=app sslmode=verify-full sslrootcert=${tls.caCert}`,
      ],
      status: 2,
      expect: "",
    },
    { args: ["EMPTY", afterJson, "--lock-timeout=0"], status: 2, expect: "" },
    // A live database, --online, each document format.
    {
      args: [
        "--unsafe",
        "--online",
        "--format",
        "json",
        "EMPTY",
        `${cluster.tcpUrl("app", "127.0.0.1")}?sslmode=require`,
      ],
      status: 2,
      expect: "",
    },
    { args: ["--online", "--format", "markdown", "EMPTY", cluster.url("app")], status: 2, expect: "" },
    {
      args: ["--format", "plan", cluster.url("app"), afterJson],
      status: 3,
      expect: "-- ERROR: destructive statements",
    },
  ];
}

/** The `--format` of a command line, as one string (`--format json`), or "" when none is given. */
function formatOf(args) {
  const at = args.findIndex((arg) => arg === "--format" || arg.startsWith("--format="));
  if (at === -1) return "";
  return args[at] === "--format" ? `--format ${args[at + 1]}` : args[at];
}

/** Asserts one case: the same output and status from both, one line (or none) on stderr, no secret. */
function check(c, { native, wasm }) {
  const what = `migra ${c.args.join(" ")}${c.env ? ` (${JSON.stringify(c.env)})` : ""}`;
  const status = c.status ?? 1;
  assert.equal(native.status, status, `native ${what}: ${native.stderr}`);
  if (c.expect === "") assert.equal(native.stderr, "", `native ${what}`);
  else
    assert.ok(
      native.stderr.includes(c.expect),
      `native ${what}: expected ${JSON.stringify(c.expect)} in ${native.stderr}`,
    );
  if (c.usage) assert.ok(native.stderr.startsWith("migra: error: "), `native ${what}: a usage error`);
  if (status !== 0 && status !== 2) {
    assert.match(native.stderr, /^[^\n]+\n$/, `native ${what}: one line`);
    // Exit 3 prints the report in the document formats (--format json, plan, markdown).
    if (status !== 3 || !/^--format(=| )?(json|plan|markdown)$/.test(formatOf(c.args)))
      assert.equal(native.stdout, "", `native ${what}`);
  }
  // Deliberate difference: a usage error names the program whose help to read.
  const expected = native.stderr.replace(/; see 'migra --help'\n$/, "; see 'migra-wasm --help'\n");
  assert.equal(wasm.stderr, expected, `migra-wasm ${what}`);
  assert.equal(wasm.status, native.status, `migra-wasm ${what}: ${wasm.stderr}`);
  assert.equal(wasm.stdout, native.stdout, `migra-wasm ${what}`);
  assert.ok(!/\n\s+at /.test(wasm.stderr), `no stack trace: ${wasm.stderr}`);
  if (c.secret) {
    for (const [who, run] of [
      ["native", native],
      ["migra-wasm", wasm],
    ]) {
      assert.ok(!run.stderr.includes(c.secret), `${who} ${what} shows the password: ${run.stderr}`);
    }
  }
}

test("migra-wasm says what native migra says, in one line with the same exit status, for the same bad input", async () => {
  const list = cases();
  // Two cases at a time: four processes on the shared 2-core machine.
  const queue = [...list];
  const failures = [];
  const worker = async () => {
    for (let c = queue.shift(); c !== undefined; c = queue.shift()) {
      const runs = await bothAsync(c.args, { env: { HOME: home, ...c.env } });
      try {
        check(c, runs);
      } catch (e) {
        failures.push(e.message);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(failures, []);
  assert.ok(list.length > 90, `${list.length} cases`);
});

test("connect_timeout (URL, key=value, PGCONNECT_TIMEOUT) bounds a connection to a server that never answers", async () => {
  const port = servers.silent.port;
  for (const [args, env, shown] of [
    [[`postgresql://alice:${SECRET}@127.0.0.1:${port}/app?connect_timeout=2`, "EMPTY"], {}, 2],
    // As libpq: 1 s is raised to 2.
    [[`host=127.0.0.1 port=${port} connect_timeout=1 password='${SECRET}'`, "EMPTY"], {}, 2],
    [["EMPTY", `host=127.0.0.1 port=${port}`], { PGCONNECT_TIMEOUT: "3" }, 3],
  ]) {
    const { native, wasm } = await bothAsync(args, { env: { HOME: home, ...env }, timeout: 20 });
    check(
      {
        args,
        env,
        expect: `no answer within connect_timeout=${shown}; check that the server is running`,
        secret: SECRET,
      },
      {
        native,
        wasm,
      },
    );
    for (const [who, run] of [
      ["native", native],
      ["migra-wasm", wasm],
    ]) {
      console.log(`${who} gave up on a silent server after ${run.seconds.toFixed(2)} s (connect_timeout=${shown})`);
      assert.ok(run.seconds >= shown - 0.1 && run.seconds < shown + 8, `${who}: ${run.seconds} s`);
    }
  }
});

test("a lock held by another session: migra-wasm gives up as native does, naming the relation and the session", async (t) => {
  const holder = new pg.Client({ ...cluster.pgConfig("app"), application_name: "holder" });
  await holder.connect();
  t.after(() => holder.end());
  const pid = (await holder.query("select pg_backend_pid() as pid")).rows[0].pid;
  await holder.query("begin");
  await holder.query("lock table t");
  const db = cluster.url("app");
  const held = `"public"."t", held by pid ${pid} (user migra_test, application holder, idle in transaction, statement LOCK TABLE)`;
  for (const [flags, expect, limit] of [
    [
      ["--lock-timeout", "1s"],
      `gave up after 1s waiting for a lock on ${held}: canceling statement due to lock timeout; raise --lock-timeout to wait longer (0 waits without limit)`,
      1,
    ],
    [
      ["--lock-timeout", "0", "--statement-timeout", "1500ms"],
      `gave up after 1500ms on a catalog query: canceling statement due to statement timeout; it may have been waiting for a lock on ${held}; raise --statement-timeout`,
      1.5,
    ],
    // No flag: the 5 s default.
    [[], `gave up after 5s waiting for a lock on ${held}`, 5],
  ]) {
    const args = [...flags, db, "EMPTY"];
    const { native, wasm } = await bothAsync(args, { env: { HOME: home }, timeout: 20 });
    check({ args, expect }, { native, wasm });
    console.log(
      `lock held: migra-wasm ${flags.join(" ") || "(defaults)"} gave up after ${wasm.seconds.toFixed(2)} s, native after ${native.seconds.toFixed(2)} s`,
    );
    assert.ok(wasm.seconds >= limit && wasm.seconds < limit + 10, `${wasm.seconds} s`);
  }
  // fetchCatalog itself: the option, the code, the same words (without the flag's hint).
  const client = new pg.Client(cluster.pgConfig("app"));
  await client.connect();
  try {
    const started = Date.now();
    await assert.rejects(
      migra.fetchCatalog((sql) => client.query(sql), { lockTimeout: 300 }),
      (e) => {
        assert.equal(e.code, "LOCK_TIMEOUT");
        assert.equal(
          e.message,
          `gave up after 300ms waiting for a lock on ${held}: canceling statement due to lock timeout`,
        );
        assert.equal(e.cause?.code, "55P03");
        return true;
      },
    );
    assert.ok(Date.now() - started < 5000);
    // The session is usable again: the transaction was rolled back.
    assert.equal((await client.query("select 1 as one")).rows[0].one, 1);
  } finally {
    await client.end();
  }
  // Released: the same command succeeds.
  await holder.query("rollback");
  const args = ["--unsafe", "--lock-timeout", "1s", "EMPTY", db];
  const { native, wasm } = await bothAsync(args, { env: { HOME: home } });
  check({ args, status: 2, expect: "" }, { native, wasm });
  assert.match(wasm.stdout, /create table "public"\."t"/);
});
