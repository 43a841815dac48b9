// Schemas as SQL in the page (PGlite in its worker), in one browser page for every corpus case (a
// sample of five with MIGRA_WEB_CORPUS=sample): each case's a.sql and b.sql go in through
// the file picker with the case's flags, and the SQL shown
// must be native migra's over catalogs of the same SQL read from a real server (differences
// between PGlite's PostgreSQL 18 and that server as npm/test/support/pglite-known.mjs writes them
// down), and the Verify button must report that the migration applies and re-diffs to nothing.
// Also: an extension PGlite lacks is said beside its side, Verify on the sample, and a screenshot
// of the page verifying it (web/test-artifacts/verify-laptop.png, copied to web/screenshot.png).
//
// Needs what browser.test.mjs needs (`just test-web`).

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { expectedThroughPGlite } from "../../npm/test/support/pglite-known.mjs";
import { startCluster } from "./cluster.mjs";
import { LAPTOP, openPage, REPO, setOption, settled, shownSql } from "./page.mjs";

const ARTIFACTS = join(REPO, "web/test-artifacts");
const CORPUS = join(process.env.MIGRA_CORPUS ?? join(REPO, "../shared/corpus"), "migra");
const MIGRA = process.env.MIGRA_BIN ?? join(REPO, "target/debug/migra");
const MIGRA_FETCH = join(REPO, "target/debug/migra-fetch");
const EXAMPLES = { from: join(REPO, "examples/before.json"), to: join(REPO, "examples/after.json") };

let web;
let page;
let cluster;
let scratch;

before(async () => {
  for (const path of [MIGRA, MIGRA_FETCH])
    assert.ok(existsSync(path), `missing ${path} (cargo build -p migra-fetch --bins)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  scratch = mkdtempSync(join(tmpdir(), "migra-web-sql-"));
  cluster = await startCluster();
  // The role the corpus's policies name (roles belong to the server, not to a schema).
  const roles = join(scratch, "roles.sql");
  writeFileSync(roles, "create role schemainspect_test_role;\n");
  cluster.load(roles, "roles");
  web = await openPage(join(scratch, "profile"));
  ({ page } = web);
});

after(async () => {
  await web?.close();
  cluster?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The page's options for a case's flags: `[id, value]` pairs. */
function optionsOf(flags) {
  const value = (flag) => flags[flags.indexOf(flag) + 1];
  const exclude = flags.flatMap((f, i) => (f === "--exclude_schema" || f === "--exclude-schema" ? [flags[i + 1]] : []));
  return [
    ["opt-unsafe", flags.includes("--unsafe")],
    ["opt-privileges", flags.includes("--with-privileges")],
    ["opt-extensions", flags.includes("--create-extensions-only")],
    ["opt-ignore-versions", flags.includes("--ignore-extension-versions")],
    ["opt-schema", flags.includes("--schema") ? value("--schema") : ""],
    ["opt-exclude", exclude.join(", ")],
  ];
}

/** Loads SQL text into a side through the file picker, as a .sql file. */
async function uploadSql(side, name, text) {
  await page.setInputFiles(`#side-${side} input[type=file]`, {
    name,
    mimeType: "application/sql",
    buffer: Buffer.from(text),
  });
  await settled(page);
}

/** Clicks Verify and waits for its result: `ok`, `failed`, `differs`, `unavailable` or `error`. */
async function verify() {
  await page.click("#verify");
  await page.waitForFunction(() => document.body.dataset.verify && document.body.dataset.verify !== "running", null, {
    timeout: 600_000,
  });
  return page.evaluate(() => document.body.dataset.verify);
}

/**
 * The corpus cases `MIGRA_WEB_CORPUS=sample just test-web` runs, for a quicker run by hand: a view
 * printed differently by PGlite's major (dependencies2), privileges (postgres owns everything in
 * PGlite), partitions, a schema excluded, and the case with one of everything. `just test` runs
 * every case (about 5 s a case on the 2-core machine, 26 cases in about two minutes).
 */
const SAMPLE = ["dependencies2", "everything", "excludeschema", "partitioning", "privileges"];

test("corpus cases as SQL: migra's migration over a real server, verified in the page", async (t) => {
  const all = readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  assert.ok(all.length >= 26, `expected the 26 migra cases in ${CORPUS}`);
  for (const name of SAMPLE) assert.ok(all.includes(name), `the sample's case ${name} is in ${CORPUS}`);
  const cases = process.env.MIGRA_WEB_CORPUS === "sample" ? SAMPLE : all;
  if (cases === SAMPLE) t.diagnostic(`${SAMPLE.length} of ${all.length} cases (MIGRA_WEB_CORPUS=sample)`);
  const started = Date.now();
  for (const name of cases) {
    const dir = join(CORPUS, name);
    const flags = readFileSync(join(dir, "flags"), "utf8").split(/\s+/).filter(Boolean);
    const catalogs = ["a", "b"].map((side) => {
      const db = cluster.load(join(dir, `${side}.sql`), `${name}_${side}`);
      const out = join(scratch, `${name}-${side}.json`);
      execFileSync(MIGRA_FETCH, ["-o", out, cluster.url(db)], { stdio: ["ignore", "pipe", "pipe"] });
      return out;
    });
    const run = spawnSync(MIGRA, [...flags, ...catalogs], { encoding: "utf8" });
    assert.equal(run.status, 2, `${name}: native migra: ${run.stderr}`);
    const native = run.stdout;
    for (const [id, value] of optionsOf(flags)) await setOption(page, id, value);
    await uploadSql("from", `${name}-a.sql`, readFileSync(join(dir, "a.sql"), "utf8"));
    await uploadSql("to", `${name}-b.sql`, readFileSync(join(dir, "b.sql"), "utf8"));
    const error = await page.evaluate(() =>
      [...document.querySelectorAll(".side-error:not([hidden])")].map((e) => e.textContent).join("\n"),
    );
    if (/PGlite lacks the extension/.test(error)) {
      t.diagnostic(`${name}: skipped: ${error}`);
      continue;
    }
    assert.equal(error, "", `${name}: a side could not be loaded`);
    const major = Math.floor(JSON.parse(readFileSync(catalogs[0], "utf8")).server_version_num / 10000);
    const expected = expectedThroughPGlite(name, major, native);
    assert.equal(`${await shownSql(page)}\n`, expected.text, `${name}: the SQL shown differs from migra's`);
    for (const reason of expected.reasons) t.diagnostic(`${name}: differs as known: ${reason}`);
    const verified = await verify();
    assert.equal(verified, "ok", `${name}: ${await page.textContent("#verify-result")}`);
  }
  t.diagnostic(`${cases.length} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test("an extension PGlite lacks is said beside its side; the page keeps working", async () => {
  await uploadSql("to", "postgis.sql", "create extension postgis;\ncreate table t (id int);\n");
  const box = page.locator("#side-to .side-error");
  assert.ok(await box.isVisible());
  assert.match(await box.locator(".error-title").textContent(), /PGlite lacks the extension "postgis"/);
  assert.match(await box.locator(".error-hint").textContent(), /migra-fetch/);
});

test("the sample is two SQL schemas: editing one side updates the migration, and Verify passes", async () => {
  await setOption(page, "opt-unsafe", true);
  for (const id of ["opt-privileges", "opt-extensions", "opt-ignore-versions"]) await setOption(page, id, false);
  for (const id of ["opt-schema", "opt-exclude"]) await setOption(page, id, "");
  await page.click("#sample");
  await settled(page);
  const native = spawnSync(MIGRA, ["--unsafe", EXAMPLES.from, EXAMPLES.to], { encoding: "utf8" }).stdout;
  assert.equal(`${await shownSql(page)}\n`, native);
  assert.equal(await verify(), "ok", await page.textContent("#verify-result"));
  const path = join(ARTIFACTS, "verify-laptop.png");
  await page.setViewportSize(LAPTOP);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshot: ${path}`);

  // An edit of TARGET's SQL: the migration follows, and FROM is not loaded again.
  const paste = page.locator("#side-to textarea.paste");
  await paste.fill(`${await paste.inputValue()}\ncreate table billing.notes (id bigint primary key, body text);\n`);
  await settled(page);
  assert.match(await shownSql(page), /create table "billing"\."notes"/);
  assert.equal(
    await page.evaluate(() => document.body.dataset.verify),
    undefined,
    "an edit hides the old verification",
  );
});

test("the page logged no errors and asked nothing of other hosts", () => {
  assert.deepEqual(web.errors, []);
  assert.deepEqual(web.externalRequests, []);
});
