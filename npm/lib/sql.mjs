// Schemas as SQL: `catalogFromSql` loads SQL into PGlite (PostgreSQL compiled to WebAssembly, the
// optional peer dependency @electric-sql/pglite) and reads its catalog with `fetchCatalog`;
// `verify` applies a migration in a scratch PGlite database and diffs the result against the
// target. Like common.mjs it imports nothing: the entries hand it the package's functions and how
// to find PGlite and its extensions (Node imports them; a browser passes them), and the build
// derives lib/sql.cjs from it (npm/scripts/build-js.mjs).

/** Extensions every PGlite has without loading anything. */
const BUILT_IN_EXTENSIONS = ["plpgsql"];

/**
 * The `create extension` statements' extension names in `text`, lowercased unless quoted, after
 * dropping comments: which of PGlite's extensions a schema needs before it is loaded (PGlite
 * takes them when it starts).
 */
export function extensionsInSql(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/--[^\n]*/g, " ");
  const names = new Set();
  for (const match of code.matchAll(
    /\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?("(?:[^"]|"")+"|[A-Za-z_][\w$]*)/gi,
  )) {
    const name = match[1].startsWith('"') ? match[1].slice(1, -1).replaceAll('""', '"') : match[1].toLowerCase();
    names.add(name);
  }
  return [...names];
}

/** The codes of the errors `catalogFromSql` and `verify` throw besides fetchCatalog's and diff's. */
export const SQL_ERROR_CODES = ["NO_PGLITE", "EXTENSION_UNAVAILABLE", "SQL_FAILED"];

/**
 * The SQL files of one side as `{ name, text }[]`: a string (one file named `name`), a Blob or
 * File (its `name` if it has one), `{ name, sql }`, or an array of those, loaded in order.
 */
export async function sqlFiles(input, name = "SQL") {
  const items = Array.isArray(input) ? input : [input];
  const files = [];
  for (const [i, item] of items.entries()) {
    const fallback = items.length === 1 ? name : `${name} #${i + 1}`;
    if (typeof item === "string") files.push({ name: fallback, text: item });
    else if (item !== null && typeof item === "object" && typeof item.sql === "string")
      files.push({ name: item.name ?? fallback, text: item.sql });
    else if (item !== null && typeof item === "object" && typeof item.text === "function")
      files.push({ name: item.name || fallback, text: await item.text() });
    else throw codedError("INVALID_OPTION", `${fallback}: expected SQL text, a File or Blob, or { name, sql }`);
  }
  return files;
}

const OPTIONS = ["PGlite", "extensions", "roles", "onProgress"];
const DIFF_OPTIONS = [
  "unsafe",
  "schema",
  "excludeSchema",
  "createExtensionsOnly",
  "ignoreExtensionVersions",
  "withPrivileges",
  "withOwners",
];

/**
 * Returns `{ catalogFromSql, verify }` bound to the package's functions: `fetchCatalog`, `diff`,
 * `emptyCatalog`, `ParsedCatalog`, and `loadPGlite()` (resolves to PGlite's module, or rejects
 * with NO_PGLITE) and `loadExtension(name)` (resolves to the PGlite extension of that name, or
 * `undefined` when PGlite has none).
 */
export function makeSqlTools({ fetchCatalog, diff, emptyCatalog, ParsedCatalog, loadPGlite, loadExtension }) {
  // A pristine data directory per PGlite class: initdb (several seconds) runs once per process,
  // and later instances start from its dump (about 1.5 s).
  const pristine = new WeakMap();

  function checkOptions(options, allowed, what) {
    if (options === null || typeof options !== "object")
      throw codedError("INVALID_OPTION", `${what} options must be an object`);
    const unknown = Object.keys(options).find((key) => !allowed.includes(key));
    if (unknown !== undefined) {
      throw codedError(
        "INVALID_OPTION",
        `unknown ${what} option ${JSON.stringify(unknown)}: expected one of ${allowed.join(", ")}`,
      );
    }
    if (
      options.roles !== undefined &&
      !(Array.isArray(options.roles) && options.roles.every((r) => typeof r === "string"))
    )
      throw codedError("INVALID_OPTION", `${what} option roles must be an array of role names`);
    if (options.onProgress !== undefined && typeof options.onProgress !== "function")
      throw codedError("INVALID_OPTION", `${what} option onProgress must be a function`);
  }

  async function pgliteClass(options) {
    if (options.PGlite !== undefined) return options.PGlite;
    const module = await loadPGlite();
    return module.PGlite;
  }

  /** The PGlite extensions for these names: the caller's, else PGlite's own; throws for one it lacks. */
  async function extensionsFor(names, given = {}) {
    const extensions = {};
    for (const name of names) {
      if (BUILT_IN_EXTENSIONS.includes(name)) continue;
      const key = name.replaceAll("-", "_");
      const extension =
        typeof given === "function" ? await given(key) : (given[name] ?? given[key] ?? (await loadExtension(key)));
      if (extension === undefined) throw unavailable(name);
      extensions[key] = extension;
    }
    return extensions;
  }

  /** A fresh PGlite database with these extensions available and these roles created. */
  async function start(PGlite, extensions, roles, progress) {
    progress({ phase: "start" });
    let db;
    const dump = pristine.get(PGlite);
    if (dump === undefined) {
      // The first instance runs initdb; its data directory, dumped before anything is loaded,
      // starts the others (which wait for it rather than run initdb too).
      const first = PGlite.create({ extensions });
      const dumped = first.then((instance) => instance.dumpDataDir("none"));
      pristine.set(PGlite, dumped);
      dumped.catch(() => pristine.delete(PGlite));
      db = await first;
      await dumped;
    } else {
      db = await PGlite.create({ loadDataDir: await dump, extensions });
    }
    for (const role of roles) {
      try {
        await db.exec(`create role ${quoteIdent(role)}`);
      } catch (error) {
        await db.close();
        throw sqlError(`cannot create role ${quoteIdent(role)}`, error);
      }
    }
    return db;
  }

  /**
   * Runs each file in `db`; a failure names the file, the line and PostgreSQL's message. Roles
   * are the cluster's, not the schema's: a role the SQL names that does not exist is created
   * (NOLOGIN) and the file run again (a file runs as one implicit transaction, so a failed run
   * left nothing behind).
   */
  async function load(db, files, progress) {
    for (const file of files) {
      progress({ phase: "load", file: file.name });
      const created = new Set();
      for (;;) {
        try {
          await db.exec(file.text);
          break;
        } catch (error) {
          const role = missingRole(error);
          if (role !== null && !created.has(role) && created.size < MAX_CREATED_ROLES) {
            created.add(role);
            await db.exec(`create role ${quoteIdent(role)}`);
            continue;
          }
          const missing = missingExtension(error);
          if (missing !== null) throw unavailable(missing, error);
          throw sqlError(`${file.name}${lineOf(file.text, error.position)}`, error);
        }
      }
    }
  }

  async function fetch(db, progress) {
    progress({ phase: "fetch" });
    return fetchCatalog((text) => db.query(text));
  }

  /**
   * Loads SQL into a fresh PGlite database and reads its catalog (see index.d.ts). Resolves to
   * the catalog object.
   */
  async function catalogFromSql(sql, options = {}) {
    checkOptions(options, OPTIONS, "catalogFromSql");
    const progress = options.onProgress ?? (() => {});
    const files = await sqlFiles(sql);
    const PGlite = await pgliteClass(options);
    const extensions = await extensionsFor(
      files.flatMap((f) => extensionsInSql(f.text)),
      options.extensions,
    );
    const db = await start(PGlite, extensions, options.roles ?? [], progress);
    try {
      await load(db, files, progress);
      return await fetch(db, progress);
    } finally {
      await db.close();
    }
  }

  /** One side of `verify`: SQL files, or a catalog (object, JSON text, ParsedCatalog). */
  async function side(input, name) {
    if (input instanceof ParsedCatalog) return { catalog: input };
    if (typeof input === "string" && /^\s*\{/.test(input)) return { catalog: input };
    if (input !== null && typeof input === "object" && !Array.isArray(input) && "format" in input)
      return { catalog: input };
    return { files: await sqlFiles(input, name) };
  }

  /** The extensions a catalog has (its `extensions` list), for a scratch database built from it. */
  function catalogExtensions(catalog) {
    const object =
      catalog instanceof ParsedCatalog
        ? catalog.toObject()
        : typeof catalog === "string"
          ? JSON.parse(catalog)
          : catalog;
    return (object.extensions ?? []).map((e) => e.name);
  }

  /** Applies `statements` in one transaction; the first that fails, or null. */
  async function apply(db, statements) {
    await db.exec("begin");
    for (const [index, statement] of statements.entries()) {
      try {
        await db.exec(statement.sql);
      } catch (error) {
        await db.exec("rollback");
        return { index, sql: statement.sql, error: serverError(error) };
      }
    }
    await db.exec("commit");
    return null;
  }

  /**
   * Builds FROM in a scratch PGlite database, applies the migration to TARGET in one
   * transaction, reads the result and diffs it against TARGET (see index.d.ts).
   */
  async function verify(from, to, options = {}) {
    checkOptions(options, [...OPTIONS, ...DIFF_OPTIONS, "migration"], "verify");
    const { PGlite: _p, extensions: given, roles = [], onProgress, migration: givenMigration, ...rest } = options;
    const diffOptions = { ...rest, unsafe: true };
    const progress = onProgress ?? (() => {});
    const timings = {};
    const timed = async (name, fn) => {
      const started = Date.now();
      try {
        return await fn();
      } finally {
        timings[name] = (timings[name] ?? 0) + Date.now() - started;
      }
    };
    const source = await side(from, "FROM");
    const target = await side(to, "TARGET");
    const PGlite = await pgliteClass(options);

    if (target.files) {
      let db;
      try {
        const extensions = await extensionsFor(
          target.files.flatMap((f) => extensionsInSql(f.text)),
          given,
        );
        db = await timed("start", () => start(PGlite, extensions, roles, progress));
        await timed("load", () => load(db, target.files, progress));
        target.catalog = await timed("fetch", () => fetch(db, progress));
      } catch (error) {
        if (error.code === "SQL_FAILED" || error.code === "EXTENSION_UNAVAILABLE") error.argument = "to";
        throw error;
      } finally {
        await db?.close();
      }
    }

    // The scratch database needs FROM's extensions and those the migration creates: TARGET's.
    const names = [
      ...(source.files ? source.files.flatMap((f) => extensionsInSql(f.text)) : catalogExtensions(source.catalog)),
      ...catalogExtensions(target.catalog),
    ];
    let db;
    try {
      db = await timed("start", async () => start(PGlite, await extensionsFor(names, given), roles, progress));
    } catch (error) {
      if (error.code === "EXTENSION_UNAVAILABLE") error.argument = "from";
      throw error;
    }
    try {
      if (source.files) {
        try {
          await timed("load", () => load(db, source.files, progress));
        } catch (error) {
          if (error.code === "SQL_FAILED" || error.code === "EXTENSION_UNAVAILABLE") error.argument = "from";
          throw error;
        }
        source.catalog = await timed("fetch", () => fetch(db, progress));
      } else {
        // A catalog has no SQL of its own: FROM is built by the migration from an empty database.
        progress({ phase: "build" });
        const build = diff(emptyCatalog(), source.catalog, { ...diffOptions, withPrivileges: true });
        const failed = await timed("load", () => apply(db, build.statements));
        if (failed !== null) {
          const error = codedError(
            "SQL_FAILED",
            `FROM could not be built from its catalog: statement ${failed.index + 1} failed: ${failed.error.message}\n${failed.sql}`,
          );
          error.argument = "from";
          throw error;
        }
      }
      const result = diff(source.catalog, target.catalog, diffOptions);
      const statements =
        givenMigration === undefined
          ? result.statements
          : (Array.isArray(givenMigration) ? givenMigration : givenMigration.statements).map((s) =>
              typeof s === "string" ? { sql: s } : s,
            );
      progress({ phase: "apply", statements: statements.length });
      const failed = await timed("apply", () => apply(db, statements));
      let remaining = null;
      if (failed === null) {
        const after = await timed("fetch", () => fetch(db, progress));
        progress({ phase: "diff" });
        remaining = diff(after, target.catalog, diffOptions);
      }
      return {
        ok: failed === null && remaining.statements.length === 0,
        migration: result,
        failed,
        remaining,
        from: source.catalog,
        to: target.catalog,
        timings,
      };
    } finally {
      await db.close();
    }
  }

  return { catalogFromSql, verify };
}

/** At most this many roles are created for one file before its error is reported. */
const MAX_CREATED_ROLES = 20;

/** PostgreSQL's `role "x" does not exist` (42704): the name, else null. */
function missingRole(error) {
  if (error?.code !== "42704") return null;
  const match = /^role "((?:[^"]|"")+)" does not exist$/.exec(String(error.message ?? ""));
  return match === null ? null : match[1];
}

/** PostgreSQL's "extension ... is not available" (or its control file missing): the name, else null. */
function missingExtension(error) {
  const match =
    /extension "([^"]+)" is not available|could not open extension control file "[^"]*\/([^"/]+)\.control"/.exec(
      String(error?.message ?? ""),
    );
  return match === null ? null : (match[1] ?? match[2]);
}

function unavailable(name, cause) {
  const error = codedError(
    "EXTENSION_UNAVAILABLE",
    `the schema needs the extension "${name}", which PGlite does not have; load it into a PostgreSQL server that has it and read that with migra-fetch or fetchCatalog instead`,
    cause === undefined ? undefined : { cause },
  );
  error.extension = name;
  return error;
}

/** A server error as plain data: PostgreSQL's message, SQLSTATE, detail, hint and position. */
function serverError(error) {
  const out = { message: String(error?.message ?? error) };
  for (const key of ["code", "detail", "hint", "position"]) if (error?.[key] != null) out[key] = error[key];
  return out;
}

function sqlError(where, cause) {
  const error = codedError("SQL_FAILED", `${where}: ${cause?.message ?? cause}`, { cause });
  Object.assign(error, { server: serverError(cause) });
  return error;
}

/** ` line N` for a 1-based character position in `text` (PostgreSQL's error position), or "". */
function lineOf(text, position) {
  const at = Number(position);
  if (!Number.isInteger(at) || at < 1) return "";
  return ` line ${text.slice(0, at - 1).split("\n").length}`;
}

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

function codedError(code, message, options) {
  const error = new Error(message, options);
  error.code = code;
  return error;
}
