// The migra corpus (shared/corpus/migra/*/) on a throwaway PostgreSQL cluster: per case, both
// schemas are loaded and read twice, by native `migra-fetch` and by `fetchCatalog` over `pg`.
// Then:
// - the two catalogs are deep-equal (and byte-equal once written with catalogToJson);
// - `migra-wasm` (the package's bin) prints byte for byte what native `migra` prints, with the
//   same stderr and exit code: with the case's flags, with no flags (the drop guard), as JSON,
//   --online as a plan, with database URLs instead of files, and again after the case's
//   additions.sql;
// - the library's `diff` gives the same SQL, and throws UNSAFE exactly when native migra exits 3;
//   its `report` the same JSON.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import pg from "pg";
import * as migra from "../lib/node.cjs";
import { Cluster } from "./support/cluster.mjs";
import { both, corpusDir, nativeBin, run, scratch } from "./support/paths.mjs";

const casesDir = join(corpusDir(), "migra");
const cases = readdirSync(casesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let cluster;
before(async () => {
  cluster = await Cluster.start();
});
after(async () => {
  await cluster?.stop();
});

test("the corpus is there", () => {
  assert.ok(cases.length >= 26, `expected the 26 migra cases in ${casesDir}, found ${cases.length}`);
});

/** Reads `db` with native migra-fetch (into `file`) and with fetchCatalog over pg; checks they agree. */
async function fetchBoth(db, file) {
  const native = run(nativeBin("migra-fetch"), ["-o", file, cluster.url(db)]);
  assert.equal(native.status, 0, native.stderr);
  const text = readFileSync(file, "utf8");
  const client = new pg.Client(cluster.pgConfig(db));
  await client.connect();
  let catalog;
  try {
    catalog = await migra.fetchCatalog((sql) => client.query(sql));
  } finally {
    await client.end();
  }
  assert.equal(migra.catalogToJson(catalog), text, `${db}: fetchCatalog over pg differs from migra-fetch`);
  // Deep-equal too, comparing the exact object with migra-fetch's file read exactly.
  assert.deepEqual(catalog, exactParse(text), `${db}: catalog objects differ`);
  return { text, catalog };
}

function exactParse(text) {
  const marked = text.replace(/(?<=[:[,]\s*)(-?\d{16,})(?=\s*[,\]}])/g, '"$1#bigint"');
  return JSON.parse(marked, (_key, value) =>
    typeof value === "string" && value.endsWith("#bigint") ? BigInt(value.slice(0, -7)) : value,
  );
}

/** Native migra and migra-wasm on the same arguments: the same stdout, stderr and exit code. */
function same(args, what) {
  const { native, wasm } = both(args);
  assert.ok([0, 2, 3].includes(native.status), `${what}: native migra failed (${native.status}): ${native.stderr}`);
  assert.deepEqual(wasm, native, `${what}: migra-wasm ${args.join(" ")}`);
  return native;
}

/** The options of `diff` and `report` for a case's flags. */
function optionsOf(flags) {
  return {
    unsafe: flags.includes("--unsafe"),
    schema: flags.includes("--schema") ? flags[flags.indexOf("--schema") + 1] : null,
    excludeSchema: flags.flatMap((f, i) =>
      f === "--exclude_schema" || f === "--exclude-schema" ? [flags[i + 1]] : [],
    ),
    createExtensionsOnly: flags.includes("--create-extensions-only"),
    ignoreExtensionVersions: flags.includes("--ignore-extension-versions"),
    withPrivileges: flags.includes("--with-privileges"),
  };
}

/** The library on the same catalogs as `migra <flags>`: equal SQL, UNSAFE exactly where migra exits 3. */
function sameAsLibrary(from, to, flags, native, what) {
  const options = optionsOf(flags);
  if (native.status === 3) {
    assert.throws(
      () => migra.diff(from, to, options),
      (e) => e.code === "UNSAFE",
      what,
    );
    return;
  }
  const result = migra.diff(from, to, options);
  assert.equal(result.statements.length === 0 ? "" : `${result.sql}\n`, native.stdout, what);
}

for (const name of cases) {
  test(`corpus ${name}: migra-wasm output is byte-identical to native migra`, async (t) => {
    const dir = join(casesDir, name);
    const flags = readFileSync(join(dir, "flags"), "utf8").split(/\s+/).filter(Boolean);
    const work = scratch(t, name);
    const a = cluster.createDatabase(`${name}_a`);
    const b = cluster.createDatabase(`${name}_b`);
    cluster.loadFile(a, join(dir, "a.sql"));
    cluster.loadFile(b, join(dir, "b.sql"));
    const fileA = join(work, "a.json");
    const fileB = join(work, "b.json");
    const catA = await fetchBoth(a, fileA);
    const catB = await fetchBoth(b, fileB);

    const withFlags = same([...flags, fileA, fileB], "with the case's flags");
    assert.equal(withFlags.status, 2, withFlags.stderr);
    same([fileA, fileB], "without flags");
    const json = same(["--format", "json", ...flags, fileA, fileB], "--format json");
    assert.equal(migra.report(catA.text, catB.text, optionsOf(flags), "json").text, json.stdout, "report() as JSON");
    same(["--online", "--format", "plan", ...flags, fileA, fileB], "--online --format plan");
    same([...flags, cluster.url(a), cluster.url(b)], "database URLs");
    sameAsLibrary(catA.text, catB.text, flags, withFlags, "diff() on JSON text");
    sameAsLibrary(catA.catalog, catB.catalog, flags, withFlags, "diff() on fetched objects");
    sameAsLibrary(catA.text, catB.text, [], run(nativeBin("migra"), [fileA, fileB]), "diff() without options");

    const additions = join(dir, "additions.sql");
    if (existsSync(additions) && readFileSync(additions, "utf8").trim() !== "") {
      cluster.loadFile(a, additions);
      const fileA2 = join(work, "a2.json");
      await fetchBoth(a, fileA2);
      same([...flags, fileA2, fileB], "after additions.sql");
    }
  });
}
