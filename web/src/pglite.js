// PGlite (PostgreSQL 18 compiled to WebAssembly, about 4 MB gzipped with its data), loaded only
// when a side is SQL, and its extensions, each loaded only when a schema creates it. Vite turns
// every import here into a chunk of its own that the page never fetches otherwise.

let module;

/** PGlite's class, imported on first use. */
export function loadPGlite() {
  module ??= import("@electric-sql/pglite");
  return module.then((m) => m.PGlite);
}

// PGlite's contrib extensions (@electric-sql/pglite/contrib/*), by the name `create extension`
// uses (with `-` as `_`). A name missing here is an extension PGlite does not have.
const EXTENSIONS = {
  amcheck: () => import("@electric-sql/pglite/contrib/amcheck"),
  auto_explain: () => import("@electric-sql/pglite/contrib/auto_explain"),
  bloom: () => import("@electric-sql/pglite/contrib/bloom"),
  btree_gin: () => import("@electric-sql/pglite/contrib/btree_gin"),
  btree_gist: () => import("@electric-sql/pglite/contrib/btree_gist"),
  citext: () => import("@electric-sql/pglite/contrib/citext"),
  cube: () => import("@electric-sql/pglite/contrib/cube"),
  dict_int: () => import("@electric-sql/pglite/contrib/dict_int"),
  dict_xsyn: () => import("@electric-sql/pglite/contrib/dict_xsyn"),
  earthdistance: () => import("@electric-sql/pglite/contrib/earthdistance"),
  file_fdw: () => import("@electric-sql/pglite/contrib/file_fdw"),
  fuzzystrmatch: () => import("@electric-sql/pglite/contrib/fuzzystrmatch"),
  hstore: () => import("@electric-sql/pglite/contrib/hstore"),
  intarray: () => import("@electric-sql/pglite/contrib/intarray"),
  isn: () => import("@electric-sql/pglite/contrib/isn"),
  lo: () => import("@electric-sql/pglite/contrib/lo"),
  moddatetime: () => import("@electric-sql/pglite/contrib/moddatetime"),
  ltree: () => import("@electric-sql/pglite/contrib/ltree"),
  pageinspect: () => import("@electric-sql/pglite/contrib/pageinspect"),
  pg_buffercache: () => import("@electric-sql/pglite/contrib/pg_buffercache"),
  pg_freespacemap: () => import("@electric-sql/pglite/contrib/pg_freespacemap"),
  pg_stat_statements: () => import("@electric-sql/pglite/contrib/pg_stat_statements"),
  pg_surgery: () => import("@electric-sql/pglite/contrib/pg_surgery"),
  pg_trgm: () => import("@electric-sql/pglite/contrib/pg_trgm"),
  pg_visibility: () => import("@electric-sql/pglite/contrib/pg_visibility"),
  pg_walinspect: () => import("@electric-sql/pglite/contrib/pg_walinspect"),
  pgcrypto: () => import("@electric-sql/pglite/contrib/pgcrypto"),
  seg: () => import("@electric-sql/pglite/contrib/seg"),
  tablefunc: () => import("@electric-sql/pglite/contrib/tablefunc"),
  tcn: () => import("@electric-sql/pglite/contrib/tcn"),
  tsm_system_rows: () => import("@electric-sql/pglite/contrib/tsm_system_rows"),
  tsm_system_time: () => import("@electric-sql/pglite/contrib/tsm_system_time"),
  unaccent: () => import("@electric-sql/pglite/contrib/unaccent"),
  uuid_ossp: () => import("@electric-sql/pglite/contrib/uuid_ossp"),
};

/** The PGlite extension of this name, or undefined when PGlite has none. */
export async function loadExtension(name) {
  const load = Object.hasOwn(EXTENSIONS, name) ? EXTENSIONS[name] : undefined;
  return load === undefined ? undefined : (await load())[name];
}
