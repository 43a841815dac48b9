// The functions of migra-wasm. Their argument and result types are generated from the Rust types
// (types/generated.d.ts, by scripts/gen-types.mjs); only the signatures are written here.
//
// Catalog objects returned here hold integers beyond Number.MAX_SAFE_INTEGER (a bigint sequence's
// bounds) as BigInt, so they convert back exactly. Give `diff` a catalog file's JSON text rather
// than its JSON.parse result, which rounds those integers.
import type { Catalog, CatalogQuery, DiffOptions, DiffResult } from "./types/generated";

export * from "./types/generated";

/**
 * Loads the WebAssembly module. Required once before anything else in browsers and bundlers (the
 * web build); resolves at once in Node, where the module loads synchronously. `input` is where to
 * load the `.wasm` from: a URL, a Response, bytes or a compiled WebAssembly.Module.
 */
export function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;

/**
 * Computes the migration that turns `from` into `to`. Each catalog is a catalog object or its JSON
 * text (a file written by `migra-fetch`, or what `fetchCatalog` returned).
 *
 * Throws an `Error` with a `code`: `"UNSAFE"` when a statement removes something and
 * `options.unsafe` is not `true` (the message is migra's refusal line); `"INVALID_CATALOG"` or
 * `"UNSUPPORTED_VERSION"` for a catalog that cannot be read (the message names the argument and
 * where in the JSON, and `argument` is `"from"` or `"to"`); `"INVALID_OPTION"` for bad options.
 */
export function diff(from: Catalog | string, to: Catalog | string, options?: DiffOptions): DiffResult;

/** The catalog queries for a server of this `server_version_num` (e.g. 150004), in order. */
export function catalogQueries(serverVersionNum: number): CatalogQuery[];

/**
 * Builds a catalog from the value each catalog query returned, keyed by the query's name: an object
 * `{ [name]: value }` or `[name, value]` pairs. A value is the query's JSON value or its JSON text
 * (text is exact for 64-bit integers); a `null` value counts as an empty list.
 */
export function assembleCatalog(
  serverVersionNum: number,
  results: Record<string, unknown> | Array<[string, unknown]>,
): Catalog;

/** A catalog with no objects at all: what `EMPTY` means to the `migra` command. */
export function emptyCatalog(): Catalog;

/**
 * The catalog as JSON text, byte for byte the file `migra-fetch` writes for the same database. Use
 * it to save a catalog: `JSON.stringify` cannot write the `BigInt`s a catalog object may hold.
 */
export function catalogToJson(catalog: Catalog | string): string;

/** What `fetchCatalog` needs: runs one SQL statement and resolves to its rows. */
export type QueryFunction = (sql: string) => Promise<ReadonlyArray<unknown> | { rows: ReadonlyArray<unknown> }>;

export interface FetchCatalogOptions {
  /**
   * Run the catalog queries in one `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` transaction
   * (default `true`; skipped when the client refuses `BEGIN`). Pass `false` when `query` already
   * runs inside a transaction, or goes through a pool that may use another connection per query.
   */
  transaction?: boolean;
}

/**
 * Reads the catalog of the database `query` talks to: `SHOW server_version_num`, then each catalog
 * query (its JSON value cast to text, so 64-bit integers stay exact). Works with any client,
 * e.g. `(sql) => client.query(sql)` for `pg` and PGlite, `(sql) => sql.unsafe(text)` for `postgres`.
 * Throws an `Error` with code `"QUERY_FAILED"` (with `cause`) or `"QUERY_RESULT"`.
 */
export function fetchCatalog(query: QueryFunction, options?: FetchCatalogOptions): Promise<Catalog>;
