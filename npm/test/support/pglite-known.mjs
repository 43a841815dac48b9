// How the migra corpus's migrations through PGlite differ from native migra's over a real server
// (npm/test/sql.test.mjs, web/test/sql.test.mjs): per case, each known difference with its reason
// and the server majors it shows on. `expectedThroughPGlite` turns native migra's text into what
// PGlite gives; anything else that differs fails the tests.

/** PGlite's major: PostgreSQL 18 (0.5.x). */
export const PGLITE_MAJOR = 18;

/**
 * Column references qualified by these relations, in native's text, as PostgreSQL 15 and older
 * print a view whose query reads one relation (`SELECT t.id`); 16 and later leave the qualifier out
 * (`SELECT id`).
 */
function unqualified(...relations) {
  return {
    reason: "PostgreSQL 16 and later print a one-relation view's columns unqualified (SELECT id, not SELECT t.id)",
    majors: (major) => major < 16,
    apply: (text) =>
      relations.reduce(
        (out, relation) =>
          out.replace(
            new RegExp(`(?<![\\w".])${relation.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(?=[\\w"(])`, "g"),
            "",
          ),
        text,
      ),
  };
}

/**
 * PGlite's only user is `postgres`, which owns everything the SQL creates, while the tests'
 * servers run as another superuser and `postgres` is a plain role there: granting `postgres` a
 * privilege then gives it something, and in PGlite it gives the owner what it has. So native's
 * grants to and revokes from "postgres" are not in PGlite's migration.
 */
const postgresIsOwner = {
  reason: "in PGlite the user postgres owns every object, so grants to postgres are an owner's own privileges",
  majors: () => true,
  apply: (text) => text.replace(/^(grant|revoke) [^\n]* (to|from) "postgres";\n\n/gm, ""),
};

/**
 * PostgreSQL 18 names NOT NULL constraints, and a detached partition keeps its parent's names:
 * from an 18 catalog the migration renames them to the standalone table's own
 * (tests/conformance/partitioning.pg18.md); an older server's catalog has no names.
 */
const detachedPartitionRenamed = {
  reason: "PostgreSQL 18 names NOT NULL constraints: the detached partition's are renamed to its own",
  majors: (major) => major < 18,
  apply: (text) =>
    text.replace(
      'add column "extra" text;\n',
      'add column "extra" text;\n\n' +
        'alter table "public"."measurement_y2006m03" rename constraint "measurement_city_id_not_null" to "measurement_y2006m03_city_id_not_null";\n\n' +
        'alter table "public"."measurement_y2006m03" rename constraint "measurement_logdate_not_null" to "measurement_y2006m03_logdate_not_null";\n',
    ),
};

const KNOWN = {
  dependencies: [unqualified("basetable")],
  dependencies2: [unqualified("t_data", "data")],
  dependencies3: [unqualified('"strange_name(((yo?)))"')],
  dependencies4: [unqualified("t", "v")],
  everything: [postgresIsOwner],
  partitioning: [detachedPartitionRenamed],
  privileges: [postgresIsOwner],
  triggers3: [unqualified("my_table")],
};

/** Native migra's output for `name` on a server of `major`, as PGlite's should be; and the reasons applied. */
export function expectedThroughPGlite(name, major, nativeText) {
  let text = nativeText;
  const reasons = [];
  for (const known of KNOWN[name] ?? []) {
    if (!known.majors(major)) continue;
    const next = known.apply(text);
    if (next !== text) reasons.push(known.reason);
    text = next;
  }
  return { text, reasons };
}
