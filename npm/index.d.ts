// The functions of migra-wasm. The wasm exports and their argument and result types are generated
// from the Rust types (types/bindings.d.ts and types/generated.d.ts, by scripts/gen-types.mjs);
// only what is written in JavaScript (init, fetchCatalog) is declared here. (The `online` option
// of `diff` and `report`, typed there, is read in JavaScript too: lib/common.mjs.)
//
// Catalog objects returned here hold integers beyond Number.MAX_SAFE_INTEGER (a bigint sequence's
// bounds) as BigInt, so they convert back exactly. Give `diff` a catalog file's JSON text rather
// than its JSON.parse result, which rounds those integers.
import type { Catalog } from "./types/generated";

export * from "./types/generated";
export {
  assembleCatalog,
  catalogKinds,
  catalogQueries,
  catalogToJson,
  diff,
  emptyCatalog,
  report,
} from "./types/bindings";

/**
 * Loads the WebAssembly module. Required once before anything else in browsers and bundlers (the
 * web build); resolves at once in Node, where the module loads synchronously. `input` is where to
 * load the `.wasm` from: a URL, a Response, bytes or a compiled WebAssembly.Module.
 */
export function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;

/** What `fetchCatalog` needs: runs one SQL statement and resolves to its rows. */
export type QueryFunction = (sql: string) => Promise<ReadonlyArray<unknown> | { rows: ReadonlyArray<unknown> }>;

export interface FetchCatalogOptions {
  /**
   * Run the catalog queries in one `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` transaction
   * (default `true`; skipped when the client refuses `BEGIN`). Pass `false` when `query` already
   * runs inside a transaction, or goes through a pool that may use another connection per query.
   */
  transaction?: boolean;
  /**
   * How long to wait for any one lock (`SET LOCAL lock_timeout` in the transaction), as
   * `migra-fetch --lock-timeout` takes it: a string in PostgreSQL's syntax (`"500ms"`, `"5s"`,
   * `"2min"`, `"1.5s"`; units `us`, `ms`, `s`, `min`, `h`, `d`; no unit is milliseconds) or a
   * number of milliseconds; `0` waits without limit; at most 2147483647 ms. Default `"5s"`.
   */
  lockTimeout?: string | number;
  /**
   * How long any one catalog query may run, lock waits included (`SET LOCAL statement_timeout`),
   * written as `lockTimeout`; `0` for no limit. Default `"5min"`.
   */
  statementTimeout?: string | number;
  /**
   * Read the values of user mappings' options that hold passwords (a name containing `pass`,
   * `secret`, `token`, `key` or `cred`), and such parameters of subscriptions' connection
   * strings, as `migra-fetch --with-secrets` does: `SET LOCAL migra.with_secrets = on` in the
   * transaction. Without it (the default) such a value never leaves the server: the catalog
   * holds the option without its value, the connection string without the parameter.
   */
  withSecrets?: boolean;
}

/** The codes of the errors `fetchCatalog` throws. */
export type FetchCatalogErrorCode =
  | "INVALID_OPTION"
  | "QUERY_FAILED"
  | "QUERY_RESULT"
  | "LOCK_TIMEOUT"
  | "STATEMENT_TIMEOUT";

/**
 * Reads the catalog of the database `query` talks to: `SHOW server_version_num`, then each catalog
 * query (its JSON value cast to text, so 64-bit integers stay exact), in one read-only transaction
 * under a lock timeout and a statement timeout (`lockTimeout`, `statementTimeout`). Works with any
 * client, e.g. `(sql) => client.query(sql)` for `pg` and PGlite, `(sql) => sql.unsafe(text)` for
 * `postgres`. Throws an `Error` with a `code` (`FetchCatalogErrorCode`): `"INVALID_OPTION"`,
 * `"QUERY_FAILED"` (with `cause`), `"QUERY_RESULT"`, or, when the server gave up,
 * `"LOCK_TIMEOUT"` or `"STATEMENT_TIMEOUT"` (with `cause`, the client's error), whose message says
 * as migra-fetch's does what was waited for and which session holds the lock.
 */
export function fetchCatalog(query: QueryFunction, options?: FetchCatalogOptions): Promise<Catalog>;
