// The engine's thread. It holds the two catalogs, each read once into a `ParsedCatalog`, runs
// migra-wasm's `diff` on them and answers the page; a side given as SQL is loaded into PGlite here
// first (`catalogFromSql`), and `verify` runs here too. Nothing here decides anything about
// schemas: it moves bytes to and from the engine.

import { engine, MAX_BYTES } from "./engine.js";
import { loadExtension, loadPGlite } from "./pglite.js";
import { parseExact, readable } from "./readable.js";

// Per side: `handle` (the ParsedCatalog), `text` (a catalog file's JSON) or `sql` (SQL's text) and
// `object` (the catalog SQL became), or null.
const sides = { from: null, to: null };
// Parsed catalogs (exact: 64-bit integers kept), only for showing an object's definition; built
// on first use.
const parsed = { from: undefined, to: undefined };
// Loads started per side: a load that finishes after a later one started is dropped.
const loads = { from: 0, to: 0 };

self.onmessage = async (event) => {
  const message = event.data;
  try {
    const reply = await handle(message);
    self.postMessage({ id: message.id, ok: true, ...reply });
  } catch (error) {
    self.postMessage({ id: message.id, ok: false, error: describe(error) });
  }
};

async function handle(message) {
  switch (message.type) {
    case "init":
      // Fetch and compile the wasm at once, so the page keeps working if the network goes away.
      await engine();
      return {};
    case "load":
      return load(message.side, message.blob, message.name, message.generation);
    case "clear":
      drop(message.side);
      return {};
    case "diff":
      return diff(message.options);
    case "verify":
      return verify(message.options);
    case "definition":
      return definition(message.kind, message.identity, message.action);
    default:
      throw new Error(`unknown request ${message.type}`);
  }
}

function drop(side) {
  sides[side]?.handle.free();
  sides[side] = null;
  parsed[side] = undefined;
}

/** SQL or a catalog file: by the name's extension, else by the text (a catalog is a JSON object). */
function isSql(name, text) {
  if (/\.sql$/i.test(name ?? "")) return true;
  if (/\.json$/i.test(name ?? "")) return false;
  return !/^\s*\{/.test(text);
}

/** Tells the page how loading a side goes (`phase`: start, load, fetch), for its card. */
function progress(side, generation) {
  return (step) => self.postMessage({ progress: { side, generation, ...step } });
}

/** Reads one side into a ParsedCatalog (SQL through PGlite first), so its errors show beside it. */
async function load(side, blob, name, generation) {
  drop(side);
  const mine = ++loads[side];
  // A later load of this side replaced this one while it ran: keep the later one.
  const keep = (input) => {
    if (loads[side] === mine) sides[side] = input;
    else input.handle.free();
  };
  if (blob.size > MAX_BYTES) throw tooLarge(blob.size);
  const started = performance.now();
  let text;
  try {
    text = await blob.text();
  } catch (error) {
    throw tooLarge(blob.size, error);
  }
  const wasm = await engine();
  try {
    if (isSql(name, text)) {
      const object = await wasm.catalogFromSql([{ name: name ?? "SQL", sql: text }], {
        PGlite: await loadPGlite(),
        extensions: loadExtension,
        onProgress: progress(side, generation),
      });
      const handle = wasm.ParsedCatalog.parse(object);
      keep({ handle, text: null, sql: text, object });
      return { meta: { ...metaOf(object), bytes: blob.size, sql: true }, ms: performance.now() - started };
    }
    const handle = wasm.ParsedCatalog.parse(text);
    keep({ handle, text, sql: null, object: null });
  } catch (error) {
    if (error && error.code !== undefined) {
      error.argument = side;
      if (typeof error.message === "string") error.message = error.message.replace(/^catalog: /, "");
    }
    throw error;
  }
  return { meta: { ...metaOf(JSON.parse(text)), bytes: blob.size }, ms: performance.now() - started };
}

/** A few facts about a loaded catalog for its card: server version and object counts. For a
 * catalog file, from a plain JSON.parse, kept no longer than this: the counts and the version are
 * small integers, and the exact parse (its reviver is about three times slower on a 35 MB catalog)
 * and the memory of a parsed copy are left for the first definition shown. */
function metaOf(catalog) {
  const counts = {};
  for (const [key, value] of Object.entries(catalog)) {
    if (Array.isArray(value) && key !== "dependencies") counts[key] = value.length;
  }
  return { serverVersionNum: Number(catalog.server_version_num), version: Number(catalog.version), counts };
}

function catalogOf(side) {
  const input = sides[side];
  if (parsed[side] === undefined) parsed[side] = input === null ? null : (input.object ?? parseExact(input.text));
  return parsed[side];
}

// What the migra command prints (on stderr, exit status 3) instead of a migration that removes
// something when --unsafe is not given; the engine's `diff` throws it as an UNSAFE error.
const REFUSAL = "-- ERROR: destructive statements generated. Use the --unsafe flag to suppress this error.";

async function diff(options) {
  if (sides.from === null || sides.to === null) return { result: null };
  const wasm = await engine();
  const started = performance.now();
  // One diff with the guard off, then the guard applied to its `hasDestructive`: a refused
  // migration is still listed (marked) so the reader sees what `unsafe` would let through, and a
  // large diff does not run twice. Both sides are ParsedCatalogs: neither is read again.
  // Without the catalog entries of altered and replaced objects (`definitions: false`): the
  // engine gives them when one is shown (`definition`), not for every change of every diff.
  const result = wasm.diff(sides.from.handle, sides.to.handle, { ...options, unsafe: true, definitions: false });
  const refused = result.hasDestructive && !options.unsafe ? REFUSAL : null;
  return { result, refused, ms: performance.now() - started };
}

/**
 * Builds FROM in a scratch PGlite database (from its SQL, or from the migration EMPTY → FROM for
 * a catalog), applies the migration in one transaction, reads the result and diffs it against
 * TARGET's catalog (read already).
 */
async function verify(options) {
  if (sides.from === null || sides.to === null) throw new Error("load both sides first");
  const wasm = await engine();
  const started = performance.now();
  const { unsafe: _unsafe, ...rest } = options;
  const from = sides.from.sql !== null ? [{ name: "FROM", sql: sides.from.sql }] : sides.from.handle;
  const result = await wasm.verify(from, sides.to.handle, {
    ...rest,
    PGlite: await loadPGlite(),
    extensions: loadExtension,
    onProgress: (step) => self.postMessage({ progress: { side: "verify", ...step } }),
  });
  return {
    ok: result.ok,
    failed: result.failed,
    remaining: result.remaining && { sql: result.remaining.sql, statements: result.remaining.statements.length },
    statements: result.migration.statements.length,
    timings: result.timings,
    ms: performance.now() - started,
  };
}

/** The readable definition of one object on each side, for the before/after line diff. An altered
 * or replaced object's are the engine's catalog entries, as a change's `before` and `after` would
 * hold them (the diff leaves those out); other objects' are found in the catalogs read here. */
async function definition(kind, identity, action) {
  const wasm = await engine();
  if ((action === "alter" || action === "replace") && sides.from !== null && sides.to !== null) {
    const before = sides.from.handle.definition(kind, identity);
    const after = sides.to.handle.definition(kind, identity);
    if (before != null || after != null) {
      return { before: before == null ? null : readable(before), after: after == null ? null : readable(after) };
    }
  }
  if (declarations.size === 0) declare(wasm.catalogKinds());
  const find = (side) => {
    const catalog = catalogOf(side);
    if (!catalog) return null;
    const object = lookup(catalog, kind, identity);
    return object ? readable(object) : null;
  };
  return { before: find("from"), after: find("to") };
}

// Where each kind lives in a catalog and how its identity is made of its fields: the engine's own
// table of kinds (`catalogKinds()`), so that this file knows no kind. Set when the engine starts.
let declarations = new Map();

/** Keeps the engine's declarations, by object kind (`table`, `materialized_view`, ...). */
function declare(kinds) {
  declarations = new Map(kinds.flatMap((declaration) => declaration.kinds.map((kind) => [kind, declaration])));
}

const quote = (name) => `"${String(name ?? "").replaceAll('"', '""')}"`;

/** An object's identity as the engine writes `Change.identity`: every name quoted, by shape. */
function identityOf(declaration, object) {
  const fields = declaration.identity_fields.map((field) => object[field]);
  switch (declaration.shape) {
    case "global":
      return quote(fields[0]);
    case "qualified":
      return `${quote(fields[0])}.${quote(fields[1])}`;
    case "member":
      return `${quote(fields[0])}.${quote(fields[1])}.${quote(fields[2])}`;
    case "call":
      return `${quote(fields[0])}.${quote(fields[1])}(${fields[2] ?? ""})`;
    case "cast":
      return `(${fields[0]} as ${fields[1]})`;
    case "mapping":
      return `for ${fields[0] === "public" ? "public" : quote(fields[0])} server ${quote(fields[1])}`;
    case "transform":
      return `for ${fields[0]} language ${quote(fields[1])}`;
    default:
      return null;
  }
}

const indexes = new WeakMap();

function lookup(catalog, kind, identity) {
  const declaration = declarations.get(kind);
  const list = declaration ? catalog[declaration.list] : null;
  if (!Array.isArray(list)) return null;
  let byKind = indexes.get(catalog);
  if (!byKind) {
    byKind = new Map();
    indexes.set(catalog, byKind);
  }
  let index = byKind.get(kind);
  if (!index) {
    index = new Map(list.map((object) => [identityOf(declaration, object), object]));
    byKind.set(kind, index);
  }
  return index.get(identity) ?? null;
}

function tooLarge(bytes, cause) {
  const error = new Error(
    `too large for this page: ${formatBytes(bytes)}; it reads catalogs up to ${formatBytes(MAX_BYTES)} ` +
      "(use the migra command for bigger ones)",
  );
  error.code = "TOO_LARGE";
  if (cause) error.cause = cause;
  return error;
}

function formatBytes(bytes) {
  if (bytes >= 1 << 20) return `${(bytes / (1 << 20)).toFixed(1)} MB`;
  if (bytes >= 1 << 10) return `${(bytes / (1 << 10)).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** An error as plain data the page can place: which input caused it, and what to say. */
function describe(error) {
  if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) {
    // Out of memory in wasm traps (the module is built with panic=abort) or a string too long
    // for JS: either way the catalog did not fit. The engine cannot be used after a trap.
    return {
      code: "TOO_LARGE",
      message: `too large for the browser's memory (${error.message}); use the migra command for this catalog`,
      fatal: error instanceof WebAssembly.RuntimeError,
    };
  }
  if (error && typeof error === "object") {
    return {
      code: error.code ?? "ERROR",
      argument: error.argument,
      extension: error.extension,
      message: String(error.message ?? error),
    };
  }
  return { code: "ERROR", message: String(error) };
}
