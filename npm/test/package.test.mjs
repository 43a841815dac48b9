// The package as a stranger gets it: `npm pack`, installed into an empty directory, then used by
// `require`, by `import`, through its bin, from TypeScript, and in a browser through a Vite build
// (headless Debian Chromium loads the built page, which runs a diff).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { after, before, test } from "node:test";
import { nativeBin, npmDir, repoDir, run, scratch } from "./support/paths.mjs";

const afterFile = join(repoDir, "examples", "after.json");
const beforeFile = join(repoDir, "examples", "before.json");
let project;
let expected;

let dir;
after(() => dir && rmSync(dir, { recursive: true, force: true }));
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "migra-wasm-package-"));
  const pack = run("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: npmDir });
  assert.equal(pack.status, 0, pack.stderr);
  const tarball = join(dir, pack.stdout.trim().split("\n").at(-1));
  project = join(dir, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "stranger", private: true }));
  const install = run("npm", ["install", "--no-audit", "--no-fund", "--offline", "--loglevel=error", tarball], {
    cwd: project,
  });
  assert.equal(install.status, 0, install.stderr);
  expected = run(nativeBin("migra"), ["--unsafe", beforeFile, afterFile]);
  assert.equal(expected.status, 2, expected.stderr);
});

function node(args) {
  const r = run(process.execPath, args, { cwd: project });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

const usage = (load) => `
${load}
const fs = require("node:fs");
const from = fs.readFileSync(${JSON.stringify(beforeFile)}, "utf8");
const to = fs.readFileSync(${JSON.stringify(afterFile)}, "utf8");
m.init().then(() => process.stdout.write(m.diff(from, to, { unsafe: true }).sql + "\\n"));
`;

test("require('migra-wasm') works in CommonJS", () => {
  const script = join(project, "use.cjs");
  writeFileSync(script, usage('const m = require("migra-wasm");'));
  assert.equal(node([script]), expected.stdout);
});

test("import { diff } from 'migra-wasm' works in an ES module", () => {
  const script = join(project, "use.mjs");
  writeFileSync(
    script,
    usage(
      'import * as m from "migra-wasm";\nimport { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);',
    ).replace(
      "m.init()",
      'import("migra-wasm").then(({ init, diff }) => { if (typeof diff !== "function") throw new Error("no named export diff"); return init(); })',
    ),
  );
  assert.equal(node([script]), expected.stdout);
  const direct = join(project, "direct.mjs");
  writeFileSync(
    direct,
    `import { diff, emptyCatalog } from "migra-wasm";\nconsole.log(diff(emptyCatalog(), emptyCatalog()).sql === "");\n`,
  );
  assert.equal(node([direct]), "true\n");
});

test("the bin works from node_modules/.bin", () => {
  const r = run(join(project, "node_modules", ".bin", "migra-wasm"), ["--unsafe", beforeFile, afterFile], {
    cwd: project,
  });
  assert.deepEqual(r, expected);
  const help = run(join(project, "node_modules", ".bin", "migra-wasm"), ["--help"], { cwd: project });
  assert.equal(help.status, 0);
  // Database URLs need the optional peer dependency pg, which this project lacks.
  const url = run(
    join(project, "node_modules", ".bin", "migra-wasm"),
    ["postgresql://me:secret@localhost/db", "EMPTY"],
    { cwd: project },
  );
  assert.equal(url.status, 1);
  assert.equal(
    url.stderr,
    'migra: reading the database "db" at "localhost", port 5432 needs the optional peer dependency pg: npm install pg\n',
  );
});

test("without pg, the bin names the database and never shows its password, whatever form holds it", () => {
  const bin = join(project, "node_modules", ".bin", "migra-wasm");
  const secret = "Sup3r/Secret@:x";
  const encoded = encodeURIComponent(secret);
  const forms = [
    [`postgresql://alice:${encoded}@db.example.com/prod`, {}],
    [`postgresql://alice@db.example.com/prod?password=${encoded}`, {}],
    // SQLAlchemy's reading: the password holds an unencoded "/".
    ["postgresql+psycopg2://alice:Sup3r/Secret@db.example.com/prod", {}],
    // The issue's example: a key=value string, quoted password and all.
    [`host=db.example.com user=alice password='${secret} and more' dbname=prod`, {}],
    ["host=db.example.com user=alice password=Sup3r\\ Secret dbname=prod", {}],
    ["host=db.example.com user=alice dbname=prod", { PGPASSWORD: secret }],
  ];
  for (const [conninfo, env] of forms) {
    const r = run(bin, [conninfo, "EMPTY"], { cwd: project, env });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(
      r.stderr,
      'migra: reading the database "prod" at "db.example.com", port 5432 needs the optional peer dependency pg: npm install pg\n',
      conninfo,
    );
    for (const shown of ["Sup3r", encoded]) assert.ok(!r.stderr.includes(shown), r.stderr);
  }
  // A mistake in the string gets native migra's message, pg or not.
  for (const conninfo of [
    `host=db.example.com user=alice password='${secret}' dbname=prod sslmode=bogus`,
    `postgresql://alice:${encoded}@db.example.com:x/prod`,
  ]) {
    const wasm = run(bin, [conninfo, "EMPTY"], { cwd: project });
    const native = run(nativeBin("migra"), [conninfo, "EMPTY"], { cwd: project });
    assert.equal(native.status, 1, native.stderr);
    assert.deepEqual(wasm, native);
    assert.ok(!wasm.stderr.includes("Sup3r"), wasm.stderr);
  }
});

test("the package ships its types and they check with TypeScript", () => {
  const file = join(project, "check.ts");
  writeFileSync(
    file,
    `import { init, diff, report, emptyCatalog, catalogQueries, assembleCatalog, catalogToJson, fetchCatalog } from "migra-wasm";
import type { Catalog, DiffOptions, DiffResult, FetchCatalogErrorCode, Hazard, OutputFormat, QueryFunction, Report, ReportOutput, Status } from "migra-wasm";
async function main(query: QueryFunction): Promise<string> {
  await init();
  const options: DiffOptions = { unsafe: true, withPrivileges: true, excludeSchema: ["audit"] };
  const empty: Catalog = emptyCatalog();
  const fetched: Catalog = await fetchCatalog(query, { transaction: false, lockTimeout: "2s", statementTimeout: 60000 });
  const result: DiffResult = diff(empty, fetched, options);
  const hazards: Hazard[] = result.statements.flatMap((s) => s.hazards ?? []);
  const names: string[] = catalogQueries(150004).map((q) => q.name);
  const again: Catalog = assembleCatalog(150004, names.map((n) => [n, null] as [string, unknown]));
  const format: OutputFormat = "markdown";
  const online: DiffOptions = { online: { lockTimeout: "2s", statementTimeout: 0 } };
  const planned: ReportOutput = report(empty, fetched, { ...online, unsafe: false }, format);
  const status: Status = planned.status;
  const document: Report = JSON.parse(report(empty, fetched, { online: true }).text);
  const placements = document.statements.map((s) => s.placement ?? "transaction" + (s.setting ?? ""));
  return result.sql + hazards.join() + catalogToJson(again) + (result.hasDestructive ? "!" : "") + code + status + placements.join();
}
// @ts-expect-error: formats are checked
report(emptyCatalog(), "{}", {}, "xml");
// @ts-expect-error: so are the online limits
diff(emptyCatalog(), "{}", { online: { lock_timeout: "1s" } });
// @ts-expect-error: options are checked
diff(emptyCatalog(), "{}", { with_privileges: true });
// @ts-expect-error: so are fetchCatalog's
fetchCatalog(async () => [], { lock_timeout: "1s" });
const code: FetchCatalogErrorCode = "LOCK_TIMEOUT";
export { main };
`,
  );
  const tsc = join(npmDir, "node_modules", "typescript", "bin", "tsc");
  for (const args of [
    ["--module", "nodenext", "--moduleResolution", "nodenext"],
    ["--module", "esnext", "--moduleResolution", "bundler"],
    ["--module", "commonjs", "--moduleResolution", "node10"],
  ]) {
    const r = run(
      process.execPath,
      [tsc, "--noEmit", "--strict", "--target", "es2022", "--lib", "es2022,dom", ...args, file],
      { cwd: project },
    );
    assert.equal(r.status, 0, `tsc ${args.join(" ")}:\n${r.stdout}${r.stderr}`);
  }
});

const MIME = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

function serve(root) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
      const file = existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
      if (!file.startsWith(root) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(res);
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

function chromiumDumpDom(url, userDataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "/usr/bin/chromium",
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${userDataDir}`,
        "--virtual-time-budget=30000",
        "--dump-dom",
        url,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      code === 0 ? resolve(out) : reject(new Error(`chromium exited ${code}: ${err}`));
    });
  });
}

test("a Vite build of a page using migra-wasm runs the diff in Chromium, also after calls that failed inside the module", async (t) => {
  writeFileSync(
    join(project, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><title>migra-wasm</title></head>
<body><pre id="out">pending</pre><script type="module" src="./main.js"></script></body></html>\n`,
  );
  writeFileSync(
    join(project, "main.js"),
    `import { init, diff } from "migra-wasm";
import before from ${JSON.stringify(`${beforeFile}?raw`)};
import after from ${JSON.stringify(`${afterFile}?raw`)};
const out = document.getElementById("out");
init()
  .then(() => {
    // Calls that fail inside the module, each followed by one on a fresh instance: a catalog
    // nested deeper than the module's stack, and a getter that throws while the module reads a
    // catalog a thousand levels down (without a fresh instance, the fourth overflows the stack).
    let deep = [];
    for (let i = 0; i < 100000; i++) deep = [deep];
    let inside = { get format() { throw new Error("getter"); } };
    for (let i = 0; i < 1000; i++) inside = [inside];
    const failures = [deep, inside, inside, inside, inside, inside, inside].map((catalog) => {
      try {
        diff(catalog, after);
        return "none";
      } catch (e) {
        return e.message === "getter" ? "getter" : e.name;
      }
    });
    out.dataset.failures = failures.join(",");
    out.textContent = diff(before, after, { unsafe: true }).sql;
    out.dataset.state = "done";
  })
  .catch((e) => {
    out.textContent = "failed: " + e;
    out.dataset.state = "failed";
  });
`,
  );
  const vite = join(npmDir, "node_modules", "vite", "bin", "vite.js");
  const build = run(process.execPath, [vite, "build", "--logLevel", "warn"], { cwd: project });
  assert.equal(build.status, 0, build.stdout + build.stderr);
  const dist = join(project, "dist");
  const assets = readdirSync(join(dist, "assets"));
  assert.ok(
    assets.some((f) => f.endsWith(".wasm")),
    `no .wasm in ${assets}`,
  );
  // The web build, not the Node one, went into the bundle.
  const bundle = assets
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(dist, "assets", f), "utf8"))
    .join("");
  assert.ok(!bundle.includes("require(") || !bundle.includes("readFileSync"), "the bundle holds the Node build");

  if (!existsSync("/usr/bin/chromium")) {
    assert.fail(
      "Debian chromium is needed for this test: apt-get install -y --no-install-recommends chromium (just test-npm installs it)",
    );
  }
  const server = await serve(dist);
  t.after(() => server.close());
  const dom = await chromiumDumpDom(`http://127.0.0.1:${server.address().port}/`, scratch(t, "chromium"));
  const match = dom.match(/<pre id="out"(?: data-failures="([\w,]*)")? data-state="(\w+)">([\s\S]*?)<\/pre>/);
  assert.ok(match, `no result in the page:\n${dom}`);
  const text = match[3]
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
  assert.equal(match[2], "done", text);
  assert.equal(`${text}\n`, expected.stdout);
  assert.match(match[1], /^(RuntimeError|RangeError)(,getter){6}$/);
});
