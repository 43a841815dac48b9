// The page in a real browser (Debian's chromium driven by playwright-core): it loads from a local
// static server, catalogs go in through the file picker, drag and drop and paste, and the SQL it
// shows must equal what the native `migra` prints for the same files. Screenshots go to
// web/test-artifacts/ (gitignored).
//
// Needs: `just build-web` (web/dist), `cargo build -p migra-fetch --bins` (target/debug/migra and
// migra-fetch), Debian's chromium and PostgreSQL server binaries. `just test-web` does all that.
// The large-catalog test: MIGRA_WEB_BIG=0 skips it; MIGRA_WEB_BIG_TABLES sets its size (1,000 unless
// set; the benchmark is 5,000); MIGRA_WEB_BIG_CATALOGS=FROM.json:TARGET.json uses catalogs
// made earlier instead of generating, loading and fetching them. MIGRA_BIN replaces the migra
// binary the SQL is compared with (the release build is much faster on large catalogs).

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { startCluster } from "./cluster.mjs";
import { LAPTOP, openPage, REPO, setOption, settled, shownCounts, shownSql, upload } from "./page.mjs";

const ARTIFACTS = join(REPO, "web/test-artifacts");
const CORPUS = process.env.MIGRA_CORPUS ?? join(REPO, "../shared/corpus");
const MIGRA = process.env.MIGRA_BIN ?? join(REPO, "target/debug/migra");
const MIGRA_FETCH = join(REPO, "target/debug/migra-fetch");
const REFUSAL = "-- ERROR: destructive statements generated. Use the --unsafe flag to suppress this error.";
const EXAMPLES = { from: join(REPO, "examples/before.json"), to: join(REPO, "examples/after.json") };

const PHONE = { width: 390, height: 844 };

let web;
let context;
let page;
let cluster;
let scratch;

/** What the native migra prints (stdout) for two catalog files, and its exit status. */
function migra(from, to, flags = ["--unsafe"]) {
  const run = spawnSync(MIGRA, [...flags, from, to], { encoding: "utf8" });
  if (run.status === 1) throw new Error(`migra failed: ${run.stderr}`);
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

function migraChanges(from, to, flags = ["--unsafe"]) {
  const { stdout } = migra(from, to, [...flags, "--format", "json"]);
  return stdout.trim() ? JSON.parse(stdout) : { statements: [], changes: [], warnings: [] };
}

/** Added, removed and changed counts per kind, as the page should show them. */
function expectedCounts(changes) {
  const group = { create: "added", drop: "removed", alter: "changed", replace: "changed" };
  const total = { added: 0, removed: 0, changed: 0 };
  const byKind = {};
  for (const change of changes) {
    const g = group[change.action];
    total[g]++;
    byKind[change.kind] ??= { added: 0, removed: 0, changed: 0 };
    byKind[change.kind][g]++;
  }
  return { total, byKind };
}

async function resetOptions() {
  for (const id of ["opt-unsafe", "opt-privileges", "opt-extensions", "opt-ignore-versions"])
    await setOption(page, id, false);
  for (const id of ["opt-schema", "opt-exclude"]) {
    if ((await page.inputValue(`#${id}`)) !== "") await setOption(page, id, "");
  }
}

async function screenshot(name, viewport) {
  await page.setViewportSize(viewport);
  // CodeMirror measures wrapped lines again only while it is on screen: show it once at the new
  // width, so that its gutters line up in a full-page picture.
  const frames = () =>
    page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await frames();
  await page.locator("#editor").scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await page.evaluate(() => window.scrollTo(0, 0));
  await frames();
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

function fetchCatalog(db, name) {
  const out = join(scratch, `${name}.json`);
  execFileSync(MIGRA_FETCH, ["-o", out, cluster.url(db)], { stdio: ["ignore", "pipe", "pipe"] });
  return out;
}

before(async () => {
  for (const [what, path] of [
    ["target/debug/migra (cargo build -p migra-fetch --bins)", MIGRA],
    ["target/debug/migra-fetch", MIGRA_FETCH],
  ]) {
    assert.ok(existsSync(path), `missing ${what}: ${path}`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  scratch = mkdtempSync(join(tmpdir(), "migra-web-test-"));
  cluster = await startCluster();
  web = await openPage(join(scratch, "profile"));
  ({ page, context } = web);
});

after(async () => {
  await web?.close();
  cluster?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the sample pair", () => {
  test("is one click away, and the drop guard refuses it as migra does", async () => {
    await screenshot("first-visit-laptop", LAPTOP);
    await page.click("#sample");
    await settled(page);
    const native = migra(EXAMPLES.from, EXAMPLES.to, []);
    assert.equal(native.status, 3);
    assert.equal(native.stderr.trim(), REFUSAL);
    assert.equal(await shownSql(page), REFUSAL);
    assert.ok(await page.isVisible("#refusal"));
    assert.match(await page.textContent("#refusal"), /Allow destructive statements/);
    // The summary still lists what would happen, with the destructive changes marked.
    assert.ok((await page.locator("#summary .change.destructive").count()) > 0);
    await screenshot("refused-laptop", LAPTOP);
  });

  test("with --unsafe shows exactly what migra prints, and the counts of its changes", async () => {
    await page.click("#refusal button");
    await settled(page);
    const native = migra(EXAMPLES.from, EXAMPLES.to);
    assert.equal(native.status, 2);
    assert.equal(`${await shownSql(page)}\n`, native.stdout);
    assert.deepEqual(await shownCounts(page), expectedCounts(migraChanges(EXAMPLES.from, EXAMPLES.to).changes));

    // Download .sql gives the same text.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const saved = join(scratch, download.suggestedFilename());
    await download.saveAs(saved);
    assert.equal(download.suggestedFilename(), "before-to-after.sql");
    assert.equal(`${readFileSync(saved, "utf8")}\n`, native.stdout);

    // A changed table opens to its statements and a line diff of its definition.
    const invoices = page.locator("#summary details.change", { hasText: '"billing"."invoices"' });
    await invoices.locator("summary").click();
    await invoices.locator(".line-diff").waitFor();
    assert.ok((await invoices.locator(".dl.add").count()) > 0, "the line diff shows added lines");
    assert.ok((await invoices.locator(".dl.del").count()) > 0, "the line diff shows removed lines");
    // In the page's readable `key: value` lines, not the JSON text the engine gives (its braces and
    // quotes would make up much of the diff).
    const definition = await invoices.locator(".line-diff").textContent();
    assert.match(definition, /name: amount_cents/);
    assert.doesNotMatch(definition, /"name":/);
    assert.match(await invoices.locator(".sql-snippet").first().textContent(), /alter table "billing"\."invoices"/);
    assert.match(await invoices.textContent(), /rewrites the table/);
    await invoices.locator("button.jump").first().click();

    const laptop = await screenshot("sample-laptop", LAPTOP);
    const phone = await screenshot("sample-phone", PHONE);
    await page.setViewportSize(LAPTOP);
    console.log(`screenshots: ${laptop} ${phone}`);
  });
});

describe("corpus catalogs from a live server", () => {
  const cases = [
    { name: "everything", flags: ["--unsafe"] },
    { name: "everything", flags: ["--unsafe", "--with-privileges"], options: { "opt-privileges": true } },
    { name: "dependencies", flags: ["--unsafe"] },
    { name: "triggers", flags: ["--unsafe"] },
    { name: "enumdeps", flags: ["--unsafe"] },
    { name: "constraints", flags: ["--unsafe"] },
    {
      name: "singleschema",
      flags: ["--unsafe", "--schema", "goodschema", "--ignore-extension-versions"],
      options: { "opt-schema": "goodschema", "opt-ignore-versions": true },
    },
    {
      name: "excludeschema",
      flags: ["--unsafe", "--exclude-schema", "excludedschema", "--ignore-extension-versions"],
      options: { "opt-exclude": "excludedschema", "opt-ignore-versions": true },
    },
  ];
  const catalogs = {};

  before(() => {
    for (const { name } of cases) {
      if (catalogs[name]) continue;
      const dir = join(CORPUS, "migra", name);
      const a = cluster.load(join(dir, "a.sql"), `${name}_a`);
      const b = cluster.load(join(dir, "b.sql"), `${name}_b`);
      catalogs[name] = { from: fetchCatalog(a, `${name}-a`), to: fetchCatalog(b, `${name}-b`) };
    }
  });

  for (const { name, flags, options = {} } of cases) {
    test(`${name} ${flags.join(" ")}: the SQL shown is migra's`, async () => {
      const { from, to } = catalogs[name];
      await resetOptions();
      await setOption(page, "opt-unsafe", true);
      for (const [id, value] of Object.entries(options)) await setOption(page, id, value);
      await upload(page, "from", from);
      await upload(page, "to", to);
      const native = migra(from, to, flags);
      assert.notEqual(native.stdout, "", "the case has differences");
      assert.equal(`${await shownSql(page)}\n`, native.stdout);
      assert.deepEqual(await shownCounts(page), expectedCounts(migraChanges(from, to, flags).changes));
      assert.equal(
        await page.textContent("#command-line"),
        `migra ${commandFlags(flags)} ${name}-a.json ${name}-b.json`,
      );
    });
  }

  test("the same catalog on both sides gives no differences", async () => {
    await resetOptions();
    await upload(page, "from", catalogs.everything.to);
    await upload(page, "to", catalogs.everything.to);
    assert.equal(migra(catalogs.everything.to, catalogs.everything.to).stdout, "");
    assert.equal(await shownSql(page), "");
    assert.match(await page.textContent("#summary"), /No differences/);
  });
});

/** The flags in the order the page writes its command line. */
function commandFlags(flags) {
  const order = [
    "--unsafe",
    "--schema",
    "--exclude-schema",
    "--create-extensions-only",
    "--ignore-extension-versions",
    "--with-privileges",
  ];
  const pairs = [];
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === "--schema" || flags[i] === "--exclude-schema") pairs.push([flags[i], flags[++i]]);
    else pairs.push([flags[i]]);
  }
  pairs.sort((x, y) => order.indexOf(x[0]) - order.indexOf(y[0]));
  return pairs.flat().join(" ");
}

describe("input paths and errors", () => {
  test("paste and drag and drop load catalogs too", async () => {
    await resetOptions();
    await setOption(page, "opt-unsafe", true);
    await page.click('#side-from .drop-actions button:has-text("Paste JSON")');
    await page.fill("#side-from textarea.paste", readFileSync(EXAMPLES.from, "utf8"));
    await page.waitForFunction(() => document.querySelector("#side-from .file-name")?.textContent === "pasted text");
    const text = readFileSync(EXAMPLES.to, "utf8");
    const transfer = await page.evaluateHandle((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], "dropped-after.json", { type: "application/json" }));
      return data;
    }, text);
    await page.dispatchEvent("#side-to", "drop", { dataTransfer: transfer });
    await settled(page);
    await page.waitForFunction(
      () => document.querySelector("#side-to .file-name")?.textContent === "dropped-after.json",
    );
    await settled(page);
    assert.equal(`${await shownSql(page)}\n`, migra(EXAMPLES.from, EXAMPLES.to).stdout);
  });

  const broken = [
    [
      "truncated.json",
      () => readFileSync(EXAMPLES.to, "utf8").slice(0, 700),
      "Not JSON",
      /invalid JSON: .*line \d+ column \d+/,
    ],
    ["package.json", () => '{"name": "not-a-catalog"}', "Not a catalog", /not a catalog/],
    [
      "future.json",
      () => JSON.stringify({ format: "migra-catalog", version: 99, server_version_num: 190000 }),
      "Unknown catalog format version",
      /version 99 is not supported/,
    ],
    [
      "wrong-type.json",
      // Edited as text: a JSON.parse round trip would round the catalog's 64-bit integers.
      () => readFileSync(EXAMPLES.to, "utf8").replace('"not_null": true', '"not_null": "yes"'),
      "Not a valid catalog",
      /invalid catalog at tables\[0\]\.columns\[0\]\.not_null/,
    ],
  ];
  for (const [name, content, title, message] of broken) {
    test(`a broken TARGET (${name}) shows "${title}" beside TARGET`, async () => {
      const file = join(scratch, name);
      writeFileSync(file, content());
      await upload(page, "from", EXAMPLES.from);
      await upload(page, "to", file);
      const error = page.locator("#side-to .side-error");
      assert.ok(await error.isVisible());
      assert.match(await error.locator(".error-title").textContent(), new RegExp(title));
      assert.match(await error.locator(".error-body").textContent(), message);
      assert.ok(!(await page.isVisible("#side-from .side-error")), "FROM shows no error");
      assert.equal(await shownSql(page), "", "no migration is shown for a broken input");
      if (name === "truncated.json") {
        await screenshot("error-laptop", LAPTOP);
        await screenshot("error-phone", PHONE);
        await page.setViewportSize(LAPTOP);
      }
    });
  }

  test("a catalog too large for the page is refused beside FROM without reading it", async () => {
    const file = join(scratch, "huge.json");
    closeSync(openSync(file, "w"));
    truncateSync(file, 201 * 1024 * 1024);
    await upload(page, "from", file);
    const error = page.locator("#side-from .side-error");
    assert.match(await error.locator(".error-title").textContent(), /Too large/);
    assert.match(await error.locator(".error-body").textContent(), /201\.0 MB/);
  });

  test("a sample that cannot be fetched (404, network down) says so beside the sample button", async () => {
    const before = web.errors.length;
    const sampleFile = (name) => new RegExp(`/assets/${name}-[^/]*\\.sql$`);
    const box = page.locator("#sample-error");
    try {
      await page.route(sampleFile("before"), (route) =>
        route.fulfill({ status: 404, contentType: "text/plain", body: "404 not found\n" }),
      );
      await page.click("#sample");
      await settled(page);
      assert.ok(await box.isVisible(), "the sample error is shown");
      assert.match(await box.locator(".error-title").textContent(), /The sample could not be loaded/);
      assert.match(
        await box.locator(".error-body").textContent(),
        /before\.sql could not be fetched: the server answered 404/,
      );
      assert.ok(await page.isEnabled("#sample"), "the button can be tried again");
      await page.unroute(sampleFile("before"));

      await page.route(sampleFile("after"), (route) => route.abort("internetdisconnected"));
      await page.click("#sample");
      await settled(page);
      assert.match(
        await box.locator(".error-body").textContent(),
        /after\.sql could not be fetched \(.+\); are you offline\?/,
      );
      await page.unroute(sampleFile("after"));
    } finally {
      await page.unrouteAll();
    }
    // Only the browser's own lines about the failed requests reached the console: no unhandled
    // rejection, no page error.
    const logged = web.errors.splice(before);
    assert.deepEqual(
      logged.filter((line) => !/^Failed to load resource/.test(line)),
      [],
    );

    // Once the files can be fetched again the sample loads and the message goes away.
    await page.click("#sample");
    await settled(page);
    assert.ok(!(await box.isVisible()), "the sample error is gone");
    assert.equal(await page.textContent("#side-from .file-name"), "before.sql");
    assert.equal(await page.textContent("#side-to .file-name"), "after.sql");
  });

  test("works offline once loaded", async () => {
    await context.setOffline(true);
    try {
      await resetOptions();
      await setOption(page, "opt-unsafe", true);
      await upload(page, "from", EXAMPLES.from);
      await upload(page, "to", EXAMPLES.to);
      assert.equal(`${await shownSql(page)}\n`, migra(EXAMPLES.from, EXAMPLES.to).stdout);
    } finally {
      await context.setOffline(false);
    }
  });

  test("the page logged no errors and asked nothing of other hosts", () => {
    assert.deepEqual(web.errors, []);
    assert.deepEqual(web.externalRequests, []);
  });
});

const BIG_TABLES = Number(process.env.MIGRA_WEB_BIG_TABLES ?? 1000);

describe(`two ${BIG_TABLES.toLocaleString("en")}-table catalogs`, { skip: process.env.MIGRA_WEB_BIG === "0" }, () => {
  const tables = BIG_TABLES;
  let from;
  let to;

  before(() => {
    if (process.env.MIGRA_WEB_BIG_CATALOGS) {
      [from, to] = process.env.MIGRA_WEB_BIG_CATALOGS.split(":");
      return;
    }
    const gen = join(REPO, "../shared/bench/gen_schema.py");
    const started = Date.now();
    for (const variant of ["base", "target"]) {
      const sql = join(scratch, `bench-${variant}.sql`);
      writeFileSync(
        sql,
        execFileSync("python3", [gen, "--tables", String(tables), "--seed", "1", "--variant", variant], {
          maxBuffer: 1 << 30,
        }),
      );
      const db = cluster.load(sql, `bench_${variant}`);
      if (variant === "base") from = fetchCatalog(db, `bench-${tables}-from`);
      else to = fetchCatalog(db, `bench-${tables}-target`);
    }
    console.log(
      `${tables}-table catalogs: generated, loaded and fetched in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  test("diff without freezing the page, and match migra", async () => {
    await resetOptions();
    await setOption(page, "opt-unsafe", true);
    let started = Date.now();
    await page.setInputFiles("#side-from input[type=file]", from);
    await page.setInputFiles("#side-to input[type=file]", to);
    await settled(page);
    const firstWall = Date.now() - started;
    const first = await page.evaluate(() => window.migraTiming);
    assert.equal(`${await shownSql(page)}\n`, migra(from, to).stdout);

    // Diff again (an option changed) while counting the longest gap between two animation frames
    // on the page's thread: a frozen page would show a gap as long as the diff.
    await page.evaluate(() => {
      window.longestFrame = 0;
      let last = performance.now();
      const tick = (now) => {
        window.longestFrame = Math.max(window.longestFrame, now - last);
        last = now;
        if (window.measuring) requestAnimationFrame(tick);
      };
      window.measuring = true;
      requestAnimationFrame(tick);
    });
    started = Date.now();
    await setOption(page, "opt-ignore-versions", true);
    const againWall = Date.now() - started;
    const { longestFrame, timing } = await page.evaluate(() => {
      window.measuring = false;
      return { longestFrame: window.longestFrame, timing: window.migraTiming };
    });
    const sizes = [from, to].map((f) => `${(readFileSync(f).length / 1048576).toFixed(1)} MB`).join(" and ");
    console.log(
      `${tables} tables (${sizes}): upload, read and diff ${firstWall} ms (diff ${Math.round(first.engineMs)} ms in the engine, ` +
        `${Math.round(first.totalMs)} ms until painted); a re-diff ${againWall} ms from the click (${Math.round(timing.engineMs)} ms in the engine, ` +
        `${Math.round(timing.totalMs)} ms until painted), ` +
        `longest main-thread frame meanwhile ${Math.round(longestFrame)} ms`,
    );
    await screenshot("bench-laptop", LAPTOP);
    assert.ok(
      timing.engineMs > 4 * longestFrame || longestFrame < 200,
      `the page froze for ${Math.round(longestFrame)} ms`,
    );
  });
});
