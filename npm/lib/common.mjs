// The part of migra-wasm shared by the Node and web entries: reading a catalog through any
// PostgreSQL client. It takes the wasm module as an argument and imports nothing, so the build
// derives lib/common.cjs from this file (npm/scripts/build-js.mjs) for the CommonJS entry.

/** The statement that opens the transaction the catalog queries run in, as migra-fetch's. */
export const BEGIN = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

/**
 * Returns `fetchCatalog(query, options)` bound to the given wasm module.
 *
 * `query(sql)` runs one statement and resolves to its rows: an array of rows, or a result object
 * with a `rows` array (as `pg` and PGlite return). A row is an object with one property or an
 * array with one element; its value is the JSON value the query built, either already parsed (as
 * `pg`, `postgres` and PGlite do for json columns) or as JSON text. Each catalog query is sent
 * wrapped so that its value comes back as text (see `asText`).
 */
export function makeFetchCatalog(wasm) {
  return async function fetchCatalog(query, options = {}) {
    if (typeof query !== "function") {
      throw codedError(
        "INVALID_OPTION",
        "fetchCatalog needs a function (sql) => Promise<rows>, e.g. (sql) => client.query(sql)",
      );
    }
    const versionText = await runOne(query, "SHOW server_version_num", "the server version");
    const version = Number.parseInt(String(versionText).trim(), 10);
    if (!Number.isSafeInteger(version) || version <= 0) {
      throw codedError(
        "QUERY_RESULT",
        `cannot read the server version: SHOW server_version_num returned ${JSON.stringify(versionText)}`,
      );
    }
    const queries = wasm.catalogQueries(version);
    // One snapshot for all the queries, where the client lets us open a transaction (a pool that
    // hands each query to another connection does not; postgres.js refuses BEGIN outside sql.begin).
    let open = false;
    if (options.transaction !== false) {
      try {
        await query(BEGIN);
        open = true;
      } catch {
        open = false;
      }
    }
    try {
      const results = [];
      for (const { name, sql } of queries) {
        const value = await runOne(query, asText(sql), `catalog query "${name}"`);
        results.push([name, value === undefined ? null : value]);
      }
      if (open) {
        open = false;
        await query("COMMIT");
      }
      return wasm.assembleCatalog(version, results);
    } catch (error) {
      if (open) {
        try {
          await query("ROLLBACK");
        } catch {
          // The original error says more than a failed ROLLBACK.
        }
      }
      throw error;
    }
  };
}

/** Runs `sql` and returns the single value of its single row. */
async function runOne(query, sql, what) {
  let result;
  try {
    result = await query(sql);
  } catch (cause) {
    const message = cause?.message ? cause.message : String(cause);
    throw codedError("QUERY_FAILED", `${what} failed: ${message}`, { cause });
  }
  const rows = Array.isArray(result) ? result : result && Array.isArray(result.rows) ? result.rows : null;
  if (rows === null) {
    throw codedError("QUERY_RESULT", `${what}: the query function returned neither rows nor an object with rows`);
  }
  if (rows.length !== 1) {
    throw codedError("QUERY_RESULT", `${what} returned ${rows.length} rows instead of 1`);
  }
  const row = rows[0];
  const values = Array.isArray(row) ? row : row !== null && typeof row === "object" ? Object.values(row) : [row];
  if (values.length !== 1) {
    throw codedError("QUERY_RESULT", `${what} returned ${values.length} columns instead of 1`);
  }
  return values[0];
}

/**
 * The query with its JSON value cast to text. Clients parse json columns with JSON.parse, which
 * rounds 64-bit integers (a bigint sequence's bounds); the engine reads the text exactly.
 */
export function asText(sql) {
  const body = sql.trimEnd().replace(/;$/, "");
  return `select catalog_query.value::text from (\n${body}\n) as catalog_query(value)`;
}

function codedError(code, message, options) {
  const error = new Error(message, options);
  error.code = code;
  return error;
}
