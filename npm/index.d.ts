// The functions of migra-wasm. The wasm exports and their argument and result types are generated
// from the Rust types (types/bindings.d.ts and types/generated.d.ts, by scripts/gen-types.mjs);
// only what is written in JavaScript (init, fetchCatalog) is declared here. (The `online` option
// of `diff` and `report`, typed there, is read in JavaScript too: lib/common.mjs.)
//
// Catalog objects returned here hold integers beyond Number.MAX_SAFE_INTEGER (a bigint sequence's
// bounds) as BigInt, so they convert back exactly. Give `diff` a catalog file's JSON text rather
// than its JSON.parse result, which rounds those integers.
import type { ParsedCatalog } from "./types/bindings";
import type { Catalog, DiffOptions, DiffResult } from "./types/generated";

export * from "./types/generated";
export {
  assembleCatalog,
  catalogKinds,
  catalogQueries,
  catalogToJson,
  diff,
  emptyCatalog,
  ParsedCatalog,
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

/** SQL for `catalogFromSql` and `verify`: text, a File or Blob, `{ name, sql }`, or several of them, run in order. */
export type SqlInput = string | Blob | { name?: string; sql: string } | ReadonlyArray<string | Blob | { name?: string; sql: string }>;

/** How loading SQL into PGlite goes, for a progress display. */
export interface SqlProgress {
  /** `start` (PGlite starting), `load` (a file running), `fetch` (the catalog queries), and for `verify`: `build` (FROM built from its catalog), `apply` (the migration), `diff`. */
  phase: "start" | "load" | "fetch" | "build" | "apply" | "diff";
  /** The file being loaded (`load`). */
  file?: string;
  /** How many statements are applied (`apply`). */
  statements?: number;
}

export interface CatalogFromSqlOptions {
  /**
   * PGlite's class. In Node it defaults to the optional peer dependency `@electric-sql/pglite`;
   * in a browser pass it: `import { PGlite } from "@electric-sql/pglite"`.
   */
  PGlite?: unknown;
  /**
   * PGlite extensions by name (`{ citext }` from `@electric-sql/pglite/contrib/citext`), or a
   * function resolving a name (with `-` as `_`) to one, or to `undefined` when there is none. In
   * Node, PGlite's contrib extensions are found by themselves.
   */
  extensions?: Record<string, unknown> | ((name: string) => Promise<unknown>);
  /** Roles to create before the SQL runs (a role the SQL names and lacks is created anyway). */
  roles?: string[];
  /** Called at each step. */
  onProgress?: (step: SqlProgress) => void;
}

/** The codes of the errors `catalogFromSql` and `verify` throw besides `fetchCatalog`'s and `diff`'s. */
export type SqlErrorCode = "NO_PGLITE" | "EXTENSION_UNAVAILABLE" | "SQL_FAILED";

/**
 * Loads SQL into a fresh PGlite database (PostgreSQL 18 in WebAssembly) and reads its catalog with
 * `fetchCatalog`. Throws an `Error` with a `code`: `"EXTENSION_UNAVAILABLE"` (with `extension`)
 * for an extension PGlite lacks, `"SQL_FAILED"` (the file, line and PostgreSQL's message),
 * `"NO_PGLITE"`, `"INVALID_OPTION"`, or one of `fetchCatalog`'s.
 */
export function catalogFromSql(sql: SqlInput, options?: CatalogFromSqlOptions): Promise<Catalog>;

export interface VerifyOptions extends CatalogFromSqlOptions, Omit<DiffOptions, "online"> {
  /** The statements to verify instead of the migration `diff` makes: SQL texts, or statements (`DiffResult`'s). */
  migration?: ReadonlyArray<string | { sql: string }> | { statements: ReadonlyArray<{ sql: string }> };
}

/** The statement of the migration that failed, and PostgreSQL's error. */
export interface VerifyFailure {
  /** Its index in the migration's statements. */
  index: number;
  sql: string;
  error: { message: string; code?: string; detail?: string; hint?: string; position?: string };
}

export interface VerifyResult {
  /** Whether the migration applied in one transaction and a diff of the result against TARGET is empty. */
  ok: boolean;
  /** The migration verified (with `unsafe`: all of it; `hasDestructive` says whether the drop guard would refuse it). */
  migration: DiffResult;
  /** The statement that failed (the transaction was rolled back), or null. */
  failed: VerifyFailure | null;
  /** What still differs after applying: the diff of the result against TARGET; null when a statement failed. */
  remaining: DiffResult | null;
  /** FROM's and TARGET's catalogs (read from their SQL), or what was given. */
  from: Catalog | ParsedCatalog | string;
  to: Catalog | ParsedCatalog | string;
  /** Milliseconds spent starting PGlite, loading SQL (or building FROM), reading catalogs and applying. */
  timings: { start?: number; load?: number; fetch?: number; apply?: number };
}

/**
 * Builds FROM in a scratch PGlite database (from its SQL, or, for a catalog, from the migration
 * EMPTY → FROM), applies the migration FROM → TARGET in one transaction, reads the result and
 * diffs it against TARGET. Each side is SQL (`SqlInput`) or a catalog (an object, JSON text
 * starting with `{`, or a `ParsedCatalog`). Throws as `catalogFromSql` does (with `argument`
 * `"from"` or `"to"` for a side that cannot be loaded).
 */
export function verify(from: SqlInput | Catalog | ParsedCatalog, to: SqlInput | Catalog | ParsedCatalog, options?: VerifyOptions): Promise<VerifyResult>;
