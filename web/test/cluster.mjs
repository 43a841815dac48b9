// A throwaway PostgreSQL cluster for the browser tests: initdb into a fresh directory under /tmp,
// a server on a unix socket in that directory and a port of its own, stopped and deleted at the
// end. Catalog files come from it through the real `migra-fetch`.

import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const ROOT = process.getuid?.() === 0;

function asServer(program, args, options = {}) {
  const command = ROOT
    ? ["runuser", ["-u", "postgres", "--", join(BIN, program), ...args]]
    : [join(BIN, program), args];
  return execFileSync(command[0], command[1], { stdio: ["ignore", "pipe", "pipe"], ...options });
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster() {
  if (!existsSync(join(BIN, "initdb"))) {
    throw new Error(`no PostgreSQL server binaries in ${BIN} (install Debian's postgresql, or set PG_BIN)`);
  }
  const dir = mkdtempSync(join(tmpdir(), "migra-web-pg-"));
  chmodSync(dir, 0o777);
  const data = join(dir, "data");
  const port = await freePort();
  asServer("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=''",
    "-c fsync=off",
    "-c full_page_writes=off",
    "-c synchronous_commit=off",
  ].join(" ");
  asServer("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-o", settings, "-w", "start"]);

  const env = { ...process.env, PGHOST: dir, PGPORT: String(port), PGUSER: "postgres" };
  for (const key of ["PGDATABASE", "PGPASSWORD", "PGSERVICE", "PGSSLMODE", "PGOPTIONS"]) delete env[key];
  const psql = (db, args) =>
    execFileSync(join(BIN, "psql"), ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, ...args], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
  let databases = 0;

  return {
    dir,
    url: (db) => `postgresql://postgres@/${db}?host=${dir}&port=${port}`,
    /** A fresh database holding the schema of `sqlFile`; returns its name. */
    load(sqlFile, prefix = "db") {
      const db = `${prefix.replace(/\W/g, "_")}_${++databases}`;
      psql("postgres", ["-c", `create database "${db}"`]);
      psql(db, ["-f", sqlFile]);
      return db;
    },
    stop() {
      spawnSync(
        ROOT ? "runuser" : join(BIN, "pg_ctl"),
        ROOT
          ? ["-u", "postgres", "--", join(BIN, "pg_ctl"), "-D", data, "-m", "immediate", "stop"]
          : ["-D", data, "-m", "immediate", "stop"],
        { stdio: "ignore" },
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
