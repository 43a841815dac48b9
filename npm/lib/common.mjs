// The part of migra-wasm shared by the Node and web entries: the wasm exports made to recover from
// a trap, and reading a catalog through any PostgreSQL client, under migra-fetch's lock and
// statement timeouts. It takes the wasm module as an argument and imports nothing, so the build
// derives lib/common.cjs from this file (npm/scripts/build-js.mjs) for the CommonJS entry.

/**
 * The codes of the errors the wasm exports return (npm/crate/src/lib.rs, `error`; a test checks
 * the list against it): an export that threw an `Error` with one of them returned normally.
 */
export const WASM_ERROR_CODES = [
  "UNSAFE",
  "INVALID_CATALOG",
  "UNSUPPORTED_VERSION",
  "INVALID_OPTION",
  "QUERY_RESULT",
  "ERROR",
];

/**
 * The export `fn` of the generated module `wasm`, made to leave a working module behind whatever
 * happens in it. The errors it returns are thrown as they are. Anything else it throws means the
 * call never returned: a trap (`WebAssembly.RuntimeError`: a panic, which aborts, or memory or the
 * stack exhausted) or a JS exception thrown through the module (by a getter of an argument). The
 * instance is then left as it was at that moment (its stack pointer, allocations, table slots), so
 * the next call of any export runs on a fresh instance of the same compiled module instead.
 */
export function recovering(wasm, fn) {
  return (...args) => {
    try {
      return fn(...args);
    } catch (error) {
      if (isStale(error)) {
        error.code = "STALE_CATALOG";
        error.message =
          "this ParsedCatalog belonged to a module instance replaced after a failed call: parse the catalog again";
        throw error;
      }
      if (!(error instanceof Error && WASM_ERROR_CODES.includes(error.code))) {
        wasm.__scheduleReset();
        // Replace the instance now, not at the next call: the glue checks a ParsedCatalog's
        // instance before replacing a broken one, so every older ParsedCatalog must be stale first.
        wasm.__resetIfScheduled();
      }
      throw error;
    }
  };
}

/** wasm-bindgen's error for a ParsedCatalog of an instance replaced since (the module is fine). */
function isStale(error) {
  return error instanceof Error && error.message === "Invalid stale object from previous Wasm instance";
}

/**
 * `diff` or `report` of the wasm module taking `ParsedCatalog`s too: when either side is one, the
 * other is parsed (and freed after) and the module's `__diffParsed` or `__reportParsed` runs.
 */
export function acceptingParsed(wasm, plain, parsed) {
  const isParsed = (value) => value instanceof wasm.ParsedCatalog;
  return (from, to, ...rest) => {
    if (!isParsed(from) && !isParsed(to)) return plain(from, to, ...rest);
    const made = [];
    const handle = (value, argument) => {
      if (isParsed(value)) return value;
      const parsedValue = wasm.__parseArgument(value, argument);
      made.push(parsedValue);
      return parsedValue;
    };
    let returned = false;
    try {
      const result = parsed(handle(from, "from"), handle(to, "to"), ...rest);
      returned = true;
      return result;
    } catch (error) {
      // An error the module returned, or a stale ParsedCatalog refused before the call: the
      // instance is fine.
      returned = error instanceof Error && (WASM_ERROR_CODES.includes(error.code) || isStale(error));
      throw error;
    } finally {
      // Not after a trap: the instance is about to be replaced, and its memory is not to be touched.
      if (returned) for (const value of made) value.free();
    }
  };
}

/** The module's `ParsedCatalog` class, its `parse` recovering from a trap as the functions do. */
export function parsedCatalogClass(wasm) {
  const parse = recovering(wasm, wasm.ParsedCatalog.parse.bind(wasm.ParsedCatalog));
  Object.defineProperty(wasm.ParsedCatalog, "parse", { value: parse, writable: true, configurable: true });
  return wasm.ParsedCatalog;
}

/** The statement that opens the transaction the catalog queries run in, as migra-fetch's. */
export const BEGIN = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

/** The default limits of a fetch, as migra-fetch's (`Timeouts::default`): 5 s for a lock, 5 min for a query. */
export const DEFAULT_LOCK_TIMEOUT = "5s";
export const DEFAULT_STATEMENT_TIMEOUT = "5min";

/** Milliseconds per unit of PostgreSQL's time settings; no unit is milliseconds. */
const UNITS = new Map([
  ["", 1],
  ["ms", 1],
  ["us", 0.001],
  ["s", 1000],
  ["min", 60000],
  ["h", 3600000],
  ["d", 86400000],
]);

/** The largest value PostgreSQL takes for either setting: INT_MAX milliseconds (about 24 days). */
const MAX_TIMEOUT_MS = 2147483647;

/**
 * A duration in PostgreSQL's syntax for time settings, as migra-fetch reads `--lock-timeout`: a
 * number with a unit (`us`, `ms`, `s`, `min`, `h`, `d`; a space between them is allowed, a
 * fraction too: `1.5s`), or a plain number of milliseconds; `0` means no limit. Returns whole
 * milliseconds; throws an Error whose `explanation` says why and how to write one.
 */
export function parseDuration(text) {
  const trimmed = String(text).trim();
  const numberEnd = trimmed.search(/[^0-9.]/);
  const number = numberEnd === -1 ? trimmed : trimmed.slice(0, numberEnd);
  const unit = numberEnd === -1 ? "" : trimmed.slice(numberEnd).trimStart();
  if (number === "" || number === "." || number.split(".").length > 2) {
    throw durationError(text, trimmed.startsWith("-") ? "it must not be negative" : "not a duration");
  }
  const perUnit = UNITS.get(unit);
  if (perUnit === undefined) throw durationError(text, "unknown unit: use us, ms, s, min, h or d");
  return wholeMilliseconds(Number(number), perUnit, text);
}

function wholeMilliseconds(value, perUnit, text) {
  const ms = Math.round(value * perUnit);
  if (value > 0 && ms < 1) throw durationError(text, "less than 1ms: give 0 for no limit, or at least 1ms");
  if (ms > MAX_TIMEOUT_MS) {
    throw durationError(text, "too long: at most 2147483647ms (about 24 days), or 0 for no limit");
  }
  return ms;
}

function durationError(text, reason) {
  const explanation = `${reason}; write a number with a unit, such as 500ms, 5s or 2min, a number of milliseconds, or 0 for no limit`;
  const error = new Error(`invalid duration ${JSON.stringify(String(text))}: ${explanation}`);
  error.explanation = explanation;
  return error;
}

/** Milliseconds as PostgreSQL shows a duration: the largest unit that divides it (`5s`, `2min`, `1500ms`), `0` for none. */
export function formatDuration(ms) {
  if (ms === 0) return "0";
  for (const [unit, size] of [
    ["d", 86400000],
    ["h", 3600000],
    ["min", 60000],
    ["s", 1000],
  ]) {
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

/**
 * A `lockTimeout` or `statementTimeout` option: a duration string, or a number of milliseconds.
 * `label` names it in messages (`online.lockTimeout`).
 */
function timeoutOption(options, name, fallback, label = name) {
  const value = options[name] ?? fallback;
  try {
    if (typeof value === "string") return parseDuration(value);
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return wholeMilliseconds(value, 1, value);
  } catch (e) {
    throw codedError("INVALID_OPTION", `invalid ${label} ${shown(value)}: ${e.explanation}`);
  }
  throw codedError(
    "INVALID_OPTION",
    `invalid ${label} ${shown(value)}: give a duration such as "500ms", "5s" or "2min", a number of milliseconds, or 0 for no limit`,
  );
}

/** A value for a message: numbers as they are, strings quoted, anything else as JSON would write it, if it can. */
function shown(value) {
  if (typeof value === "number") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** The default limits of an online migration, as native migra's `--online-lock-timeout` and `--online-statement-timeout`. */
export const DEFAULT_ONLINE_LOCK_TIMEOUT = "5s";
export const DEFAULT_ONLINE_STATEMENT_TIMEOUT = "15min";

const ONLINE_OPTIONS = ["lockTimeout", "statementTimeout"];

/**
 * The options of `diff` and `report` as the wasm module takes them: `online` (`true`, or
 * `{ lockTimeout, statementTimeout }`, each a duration as `--online-lock-timeout` takes it) read
 * and checked as native migra reads its flags, and passed on written as native passes them to the
 * engine (`5s`, `1500ms`, `0`); `online: false`, `null` or `undefined` left out. Everything else
 * is the module's to check.
 */
export function onlineOptions(options) {
  if (options === null || typeof options !== "object" || !Object.hasOwn(options, "online")) return options;
  const { online, ...rest } = options;
  if (online === undefined || online === null || online === false) return rest;
  const limits = online === true ? {} : online;
  if (limits === null || typeof limits !== "object" || Array.isArray(limits)) {
    throw codedError(
      "INVALID_OPTION",
      `invalid online ${shown(online)}: give true, or the limits { lockTimeout, statementTimeout }`,
    );
  }
  const unknown = Object.keys(limits).find((name) => !ONLINE_OPTIONS.includes(name));
  if (unknown !== undefined) {
    throw codedError(
      "INVALID_OPTION",
      `unknown online option ${JSON.stringify(unknown)}: expected one of ${ONLINE_OPTIONS.join(", ")}`,
    );
  }
  const limit = (name, fallback) => formatDuration(timeoutOption(limits, name, fallback, `online.${name}`));
  return {
    ...rest,
    online: {
      lockTimeout: limit("lockTimeout", DEFAULT_ONLINE_LOCK_TIMEOUT),
      statementTimeout: limit("statementTimeout", DEFAULT_ONLINE_STATEMENT_TIMEOUT),
    },
  };
}

/** `diff` or `report` of the wasm module, taking the package's `online` option (`onlineOptions`). */
export function withOnline(fn) {
  return (from, to, options, ...rest) => fn(from, to, onlineOptions(options), ...rest);
}

const FETCH_OPTIONS = ["transaction", "lockTimeout", "statementTimeout", "withSecrets"];

/**
 * Returns `fetchCatalog(query, options)` bound to the given wasm module.
 *
 * `query(sql)` runs one statement and resolves to its rows: an array of rows, or a result object
 * with a `rows` array (as `pg` and PGlite return). A row is an object with one property or an
 * array with one element; its value is the JSON value the query built, either already parsed (as
 * `pg`, `postgres` and PGlite do for json columns) or as JSON text. Each catalog query is sent
 * wrapped so that its value comes back as text (see `asText`).
 *
 * The catalog queries run under a lock timeout and a statement timeout (`lockTimeout`,
 * `statementTimeout`: 5 s and 5 min by default, as migra-fetch's), set with `SET LOCAL` in the
 * transaction; when the server gives up, the error (code `LOCK_TIMEOUT` or `STATEMENT_TIMEOUT`)
 * says, as migra-fetch's does, what was waited for and which session holds it.
 */
export function makeFetchCatalog(wasm) {
  return async function fetchCatalog(query, options = {}) {
    if (typeof query !== "function") {
      throw codedError(
        "INVALID_OPTION",
        "fetchCatalog needs a function (sql) => Promise<rows>, e.g. (sql) => client.query(sql)",
      );
    }
    if (options === null || typeof options !== "object") {
      throw codedError("INVALID_OPTION", "fetchCatalog options must be an object");
    }
    const unknown = Object.keys(options).find((name) => !FETCH_OPTIONS.includes(name));
    if (unknown !== undefined) {
      throw codedError(
        "INVALID_OPTION",
        `unknown fetchCatalog option ${JSON.stringify(unknown)}: expected one of ${FETCH_OPTIONS.join(", ")}`,
      );
    }
    const timeouts = {
      lock: timeoutOption(options, "lockTimeout", DEFAULT_LOCK_TIMEOUT),
      statement: timeoutOption(options, "statementTimeout", DEFAULT_STATEMENT_TIMEOUT),
    };
    if (options.withSecrets !== undefined && typeof options.withSecrets !== "boolean") {
      throw codedError("INVALID_OPTION", "fetchCatalog option withSecrets must be true or false");
    }
    // Secrets are read only when asked for, as migra-fetch --with-secrets: the queries leave the
    // values of user mappings' secret options and subscriptions' connection passwords on the
    // server unless the transaction sets this.
    const settings = [...setLocalTimeouts(timeouts), ...(options.withSecrets ? [WITH_SECRETS] : [])];
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
      // The limits end with the transaction: ours, or the caller's with `transaction: false`.
      // Without any transaction (BEGIN refused) SET LOCAL would do nothing, so it is not sent.
      if (open || options.transaction === false) {
        for (const sql of settings) {
          try {
            await query(sql);
          } catch (cause) {
            throw codedError("QUERY_FAILED", `cannot start the read-only transaction: ${describe(cause)}`, { cause });
          }
        }
      }
      const results = [];
      for (const { name, sql } of queries) {
        const started = Date.now();
        let value;
        try {
          value = await runOne(query, asText(sql), `catalog query "${name}"`);
        } catch (error) {
          if (error.code !== "QUERY_FAILED" || !gaveUpCode(error.cause)) throw error;
          const elapsed = Date.now() - started;
          if (open) {
            open = false;
            await rollback(query);
            throw await gaveUp(query, error.cause, elapsed, timeouts, true);
          }
          throw await gaveUp(query, error.cause, elapsed, timeouts, false);
        }
        results.push([name, value === undefined ? null : value]);
      }
      if (open) {
        open = false;
        await query("COMMIT");
      }
      return wasm.assembleCatalog(version, results);
    } catch (error) {
      if (open) await rollback(query);
      throw error;
    }
  };
}

/** The statements that set the limits for the transaction, as migra-fetch's `begin_read_only`. */
const WITH_SECRETS = "SET LOCAL migra.with_secrets = on";

function setLocalTimeouts(timeouts) {
  return [`SET LOCAL lock_timeout = ${timeouts.lock}`, `SET LOCAL statement_timeout = ${timeouts.statement}`];
}

async function rollback(query) {
  try {
    await query("ROLLBACK");
  } catch {
    // The original error says more than a failed ROLLBACK.
  }
}

/** A server error's SQLSTATE (pg, postgres.js and PGlite all call it `code`). */
function sqlState(error) {
  return typeof error?.code === "string" && /^[0-9A-Z]{5}$/.test(error.code) ? error.code : null;
}

/** Whether the server cancelled a statement for a lock timeout (55P03) or a statement timeout (57014). */
function gaveUpCode(error) {
  const code = sqlState(error);
  return code === "55P03" || code === "57014";
}

/** A client's error in words, as migra-fetch says a server's: its message (first letter lowercased) and hint. */
function describe(error) {
  const message = lowerFirst(error?.message ? String(error.message) : String(error));
  return error?.hint ? `${message} (hint: ${lowerFirst(String(error.hint))})` : message;
}

/** `text` with its first letter lowercased, unless the second is a capital too (an acronym). */
export function lowerFirst(text) {
  const [first, second] = [...text.slice(0, 2)];
  if (first === undefined || (second !== undefined && second !== second.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/**
 * The error for a fetch the server gave up on, worded as migra-fetch words it (fetch.rs,
 * `gave_up`): what was waited for and for how long, the relations other sessions hold (or are
 * queued to take) an ACCESS EXCLUSIVE lock on, then the server's message. The relations are looked
 * up after the fact, and only when the transaction was ours (it is rolled back by then).
 */
async function gaveUp(query, cause, elapsed, timeouts, lookup) {
  const server = describe(cause);
  const lockTimeout = sqlState(cause) === "55P03";
  const saysStatementTimeout = server.includes("statement timeout");
  const statementTimeout =
    !lockTimeout && (saysStatementTimeout || (timeouts.statement !== 0 && elapsed >= timeouts.statement));
  if (!lockTimeout && !statementTimeout) {
    return codedError("QUERY_FAILED", `catalog queries cancelled: ${server}`, { cause });
  }
  const listed = describeLocks(lookup ? await exclusiveLocks(query) : []);
  if (lockTimeout) {
    const on = listed === "" ? "" : ` on ${listed}`;
    return codedError(
      "LOCK_TIMEOUT",
      `gave up after ${formatDuration(timeouts.lock)} waiting for a lock${on}: ${server}`,
      { cause },
    );
  }
  const said = saysStatementTimeout ? server : `statement timeout (the server said: ${server})`;
  const waiting = listed === "" ? "" : `; it may have been waiting for a lock on ${listed}`;
  return codedError(
    "STATEMENT_TIMEOUT",
    `gave up after ${formatDuration(timeouts.statement)} on a catalog query: ${said}${waiting}`,
    { cause },
  );
}

/**
 * The ACCESS EXCLUSIVE locks other sessions hold or wait for on relations of this database, as
 * migra-fetch lists them (the same query, its rows as one JSON array), in a read-only transaction
 * of its own under short limits; none when that fails.
 */
async function exclusiveLocks(query) {
  const lookup = `select coalesce(json_agg(json_build_array(nspname, relname, pid, granted, usename, application, state, query)
  order by granted desc, nspname, relname, pid), '[]')::text from (
  select n.nspname, c.relname, l.pid, l.granted, a.usename, nullif(a.application_name, '') as application,
         a.state, left(a.query, 200) as query
  from pg_catalog.pg_locks l
  join pg_catalog.pg_class c on c.oid = l.relation
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  left join pg_catalog.pg_stat_activity a on a.pid = l.pid
  where l.locktype = 'relation' and l.mode = 'AccessExclusiveLock'
    and l.pid is distinct from pg_catalog.pg_backend_pid()
    and l.database in (0, (select oid from pg_catalog.pg_database where datname = pg_catalog.current_database()))
    and n.nspname not like 'pg\\_temp\\_%' and n.nspname not like 'pg\\_toast\\_temp\\_%'
  order by l.granted desc, n.nspname, c.relname, l.pid
  limit 20) as locks`;
  let open = false;
  try {
    await query("BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY");
    open = true;
    await query("SET LOCAL lock_timeout = 1000");
    await query("SET LOCAL statement_timeout = 5000");
    const text = await runOne(query, lookup, "the lock lookup");
    open = false;
    await query("COMMIT");
    const rows = typeof text === "string" ? JSON.parse(text) : text;
    return rows.map(([schema, name, pid, granted, user, application, state, statement]) => ({
      schema,
      name,
      pid: pid == null ? "" : String(pid),
      granted,
      user,
      application,
      state,
      query: statement,
    }));
  } catch {
    if (open) await rollback(query);
    return [];
  }
}

/** At most this many relations are named; the rest are counted. */
const LISTED_LOCKS = 3;

/** `"public"."t", held by pid 42 (user alice, application psql, idle in transaction, statement ALTER TABLE)`, ... */
function describeLocks(locks) {
  const parts = locks.slice(0, LISTED_LOCKS).map((lock) => {
    const about = [];
    if (lock.user != null) about.push(`user ${lock.user}`);
    if (lock.application != null) about.push(`application ${lock.application}`);
    if (lock.state != null) about.push(lock.state);
    const words = lock.query == null ? null : commandWords(lock.query);
    if (words !== null) about.push(`statement ${words}`);
    const how = lock.granted ? "held by" : "queued for by";
    const details = about.length === 0 ? "" : ` (${about.join(", ")})`;
    return `${quoteIdent(lock.schema)}.${quoteIdent(lock.name)}, ${how} pid ${lock.pid}${details}`;
  });
  if (locks.length > LISTED_LOCKS) parts.push(`${locks.length - LISTED_LOCKS} more`);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** Words that continue a command (`ALTER TABLE`, `VACUUM FULL`) rather than name an object. */
const SECOND_WORDS = new Set(
  "TABLE INDEX VIEW MATERIALIZED SEQUENCE FULL TYPE SCHEMA FUNCTION PROCEDURE ROLE DATABASE TRIGGER POLICY EXTENSION DOMAIN ON CONCURRENTLY RULE AGGREGATE".split(
    " ",
  ),
);

/**
 * The command another session's statement starts with (`ALTER TABLE`), up to two words of
 * letters; never the rest of the statement, which may hold anything.
 */
export function commandWords(statement) {
  let text = statement.trimStart();
  const first = /^[A-Za-z]*/.exec(text)[0].toLowerCase();
  if (first === "begin" || first === "start") {
    const semicolon = text.indexOf(";");
    if (semicolon !== -1 && text.slice(semicolon + 1).trim() !== "") text = text.slice(semicolon + 1).trimStart();
  }
  const words = [];
  for (const word of text
    .split(/\s+/)
    .filter((w) => w !== "")
    .slice(0, 2)) {
    const letters = /^[A-Za-z]*/.exec(word)[0].toUpperCase();
    if (letters === "" || (words.length > 0 && !SECOND_WORDS.has(letters))) break;
    words.push(letters);
    if (letters.length !== word.length) break;
  }
  return words.length === 0 ? null : words.join(" ");
}

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
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
