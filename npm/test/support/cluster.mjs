// A throwaway PostgreSQL cluster for the tests: initdb into a fresh directory under /tmp, a server
// on a free port with its unix socket in that directory, fsync off, and a guaranteed teardown.
//
// Teardown does not rely on the test's `after` hook alone: a small watchdog (`sh`) starts first,
// reading a pipe only this process holds. When the pipe closes (the cluster is stopped, or this
// process ends in any way) the watchdog runs `pg_ctl stop -m immediate` and deletes the directory.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { appendFileSync, chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** The bootstrap superuser, deliberately not `postgres` (the corpus grants to a plain `postgres`). */
export const SUPERUSER = "migra_test";
/** Roles the migra corpus grants to. */
const CORPUS_ROLES = ["schemainspect_test_role", "postgres"];

const WATCHDOG = `trap '' HUP INT TERM QUIT
cat >/dev/null
dir=$1
shift
"$@" stop -D "$dir/data" -m immediate -s >/dev/null 2>&1
rm -rf "$dir"
`;

/** The server binaries: $PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin. */
export function pgBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  const majors = existsSync(base)
    ? execFileSync("ls", [base], { encoding: "utf8" })
        .split("\n")
        .filter((m) => /^\d+$/.test(m))
    : [];
  majors.sort((a, b) => Number(b) - Number(a));
  for (const major of majors) {
    if (existsSync(join(base, major, "bin", "initdb"))) return join(base, major, "bin");
  }
  throw new Error("no PostgreSQL server binaries: set PG_BIN or apt-get install postgresql postgresql-contrib");
}

/** psql: beside the server binaries, else Debian's. */
function psqlPath(bin) {
  for (const p of [join(bin, "psql"), "/usr/bin/psql"]) if (existsSync(p)) return p;
  throw new Error("psql not found");
}

/** The environment without PG* variables, which would change what the programs do. */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("PG")) env[k] = v;
  return { ...env, ...extra };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function account() {
  if (process.getuid() !== 0) return null;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("running as root: initdb needs a `postgres` account (apt-get install postgresql)");
  const [, , uid, gid] = line.split(":");
  return { name: "postgres", uid: Number(uid), gid: Number(gid) };
}

export class Cluster {
  /**
   * Starts a cluster; always `stop()` it (the watchdog cleans up if the process dies first).
   * `settings` are extra postgresql.conf settings, e.g. `{ max_locks_per_transaction: 1024 }`, or
   * a function of the cluster's directory returning them; `files` (`{ name: text }`) are written
   * into that directory first, readable by the server's account only (TLS keys, say).
   */
  static async start(settings = {}, files = {}) {
    const bin = pgBin();
    const owner = account();
    const dir = mkdtempSync("/tmp/migra-wasm-test-");
    const watchdog = spawn(
      "sh",
      [
        "-c",
        WATCHDOG,
        "migra-wasm-watchdog",
        dir,
        ...(owner ? ["runuser", "-u", owner.name, "--"] : []),
        join(bin, "pg_ctl"),
      ],
      { stdio: ["pipe", "ignore", "ignore"], detached: true, env: cleanEnv() },
    );
    watchdog.unref();
    watchdog.stdin.unref?.();
    const cluster = new Cluster(dir, bin, owner, watchdog);
    try {
      await cluster.#init(typeof settings === "function" ? settings(dir) : settings, files);
      return cluster;
    } catch (e) {
      await cluster.stop();
      throw e;
    }
  }

  constructor(dir, bin, owner, watchdog) {
    this.dir = dir;
    this.bin = bin;
    this.owner = owner;
    this.watchdog = watchdog;
    this.psql = psqlPath(bin);
    this.port = 0;
    this.serverVersionNum = 0;
  }

  #server(program, args) {
    const [cmd, argv] = this.owner
      ? ["runuser", ["-u", this.owner.name, "--", join(this.bin, program), ...args]]
      : [join(this.bin, program), args];
    const r = spawnSync(cmd, argv, { cwd: this.dir, env: cleanEnv(), encoding: "utf8" });
    if (r.status !== 0) {
      const log = existsSync(join(this.dir, "server.log")) ? readFileSync(join(this.dir, "server.log"), "utf8") : "";
      throw new Error(`${program} failed (${r.status}):\n${r.stdout}${r.stderr}${log}`);
    }
    return r;
  }

  async #init(settings, files) {
    if (this.owner) {
      chownSync(this.dir, this.owner.uid, this.owner.gid);
      chmodSync(this.dir, 0o700);
    }
    for (const [name, text] of Object.entries(files)) {
      const path = join(this.dir, name);
      writeFileSync(path, text, { mode: 0o600 });
      if (this.owner) chownSync(path, this.owner.uid, this.owner.gid);
    }
    const data = join(this.dir, "data");
    this.#server("initdb", [
      "-D",
      data,
      "--no-sync",
      "-U",
      SUPERUSER,
      "-E",
      "UTF8",
      "--locale=C",
      "--auth-local=trust",
    ]);
    appendFileSync(
      join(data, "postgresql.conf"),
      [
        "",
        "# Added by the migra-wasm tests.",
        "listen_addresses = ''",
        `unix_socket_directories = '${this.dir}'`,
        "fsync = off",
        "full_page_writes = off",
        "synchronous_commit = off",
        ...Object.entries(settings).map(([name, value]) => `${name} = '${String(value).replace(/'/g, "''")}'`),
        "",
      ].join("\n"),
    );
    this.port = await freePort();
    this.#server("pg_ctl", [
      "-D",
      data,
      "-l",
      join(this.dir, "server.log"),
      "-o",
      `-p ${this.port}`,
      "-w",
      "-t",
      "120",
      "-s",
      "start",
    ]);
    this.serverVersionNum = Number(this.sql("postgres", "select current_setting('server_version_num')").trim());
    this.sql("postgres", CORPUS_ROLES.map((r) => `create role "${r}";`).join("\n"));
  }

  /** A libpq URL for `db` over TCP on `host` (when the cluster listens there). */
  tcpUrl(db, host = "localhost") {
    return `postgresql://${SUPERUSER}@${host}:${this.port}/${db}`;
  }

  /** A libpq URL for `db` over the unix socket. */
  url(db) {
    return `postgresql://${SUPERUSER}@/${db}?host=${encodeURIComponent(this.dir)}&port=${this.port}`;
  }

  /** Options for `new pg.Client(...)`. */
  pgConfig(db) {
    return { host: this.dir, port: this.port, user: SUPERUSER, database: db };
  }

  #psqlArgs(db) {
    return ["-X", "-q", "-h", this.dir, "-p", String(this.port), "-U", SUPERUSER, "-d", db];
  }

  /** Runs SQL text with psql (ON_ERROR_STOP) and returns its unaligned, tuples-only output. */
  sql(db, text) {
    const r = spawnSync(this.psql, [...this.#psqlArgs(db), "-v", "ON_ERROR_STOP=1", "-A", "-t", "-c", text], {
      env: cleanEnv(),
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`psql -c failed on ${db}: ${r.stderr}`);
    return r.stdout;
  }

  /** Loads a SQL file in one transaction, as the corpus runner does (`psql -X -1 -v ON_ERROR_STOP=1 -f`). */
  loadFile(db, path) {
    const r = spawnSync(this.psql, [...this.#psqlArgs(db), "-1", "-v", "ON_ERROR_STOP=1", "-f", path], {
      env: cleanEnv(),
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`psql -f ${path} into ${db} failed: ${r.stderr}`);
  }

  createDatabase(db) {
    this.sql("postgres", `create database "${db}"`);
    return db;
  }

  /** Stops the server and deletes its directory, waiting until both are done. */
  stop() {
    if (!this.watchdog) return Promise.resolve();
    const watchdog = this.watchdog;
    this.watchdog = null;
    if (watchdog.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      watchdog.ref();
      watchdog.on("exit", () => resolve());
      watchdog.stdin.end();
    });
  }
}
