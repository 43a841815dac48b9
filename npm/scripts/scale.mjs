// The Node leg of the scale round trip (bench/scale.py, `just scale`): catalogs read with the
// package's fetchCatalog over `pg`, or from catalog files, and diffed with its diff.
//
//   node npm/scripts/scale.mjs --dir DIR --catalog NAME=SOURCE... --diff NAME=FROM:TO...
//
// A SOURCE is a postgresql:// URL, read with fetchCatalog and saved as DIR/NAME.json (with
// catalogToJson, so that it can be compared with migra-fetch's file), or a catalog file, whose
// text goes to diff as it is. Each --diff runs diff(FROM, TO, { unsafe: true }) on two named
// catalogs and writes DIR/NAME.sql as `migra` prints it. Prints one JSON object: the milliseconds
// of every fetch and diff and each diff's number of statements.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const migra = require("../lib/node.cjs");
const pg = require("pg");

const { values } = parseArgs({
  options: {
    dir: { type: "string" },
    catalog: { type: "string", multiple: true, default: [] },
    diff: { type: "string", multiple: true, default: [] },
  },
});
if (!values.dir) throw new Error("--dir is required");

/** `NAME=VALUE` to [NAME, VALUE]. */
function named(arg) {
  const at = arg.indexOf("=");
  if (at <= 0) throw new Error(`expected NAME=VALUE, got ${arg}`);
  return [arg.slice(0, at), arg.slice(at + 1)];
}

async function fetchFrom(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await migra.fetchCatalog((sql) => client.query(sql));
  } finally {
    await client.end();
  }
}

const report = { fetchMs: {}, diffMs: {}, statements: {} };
const catalogs = {};
for (const [name, source] of values.catalog.map(named)) {
  if (/^postgres(ql)?:\/\//.test(source)) {
    const started = performance.now();
    catalogs[name] = await fetchFrom(source);
    report.fetchMs[name] = performance.now() - started;
    writeFileSync(join(values.dir, `${name}.json`), migra.catalogToJson(catalogs[name]));
  } else {
    catalogs[name] = readFileSync(source, "utf8");
  }
}
for (const [name, pair] of values.diff.map(named)) {
  const [from, to] = pair.split(":");
  for (const side of [from, to]) if (!(side in catalogs)) throw new Error(`--diff ${name}: no catalog ${side}`);
  const started = performance.now();
  const result = migra.diff(catalogs[from], catalogs[to], { unsafe: true });
  report.diffMs[name] = performance.now() - started;
  report.statements[name] = result.statements.length;
  // `migra` ends its output with the newline of print(), as Python migra does.
  writeFileSync(join(values.dir, `${name}.sql`), result.sql ? `${result.sql}\n` : "");
}
console.log(JSON.stringify(report));
