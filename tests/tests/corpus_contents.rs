//! Every corpus schema's catalog holds what the server has: for each kind, the names the catalog
//! lists equal the names a plain query of the server's system catalogs gives, written here
//! independently of the engine's queries (user schemas only, extension members left out).

use std::collections::BTreeSet;

use migra_engine::Catalog;
use migra_tests::fetch;

use crate::corpus::{for_each_schema, load};

/// What the catalog leaves out, as a condition on a namespace's `nspname` (aliased `n`).
const USER_NAMESPACE: &str = "n.nspname not in ('pg_catalog', 'information_schema') \
     and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp\\_%'";

/// A condition saying that the object (`classid` catalog, `objid`) belongs to no extension.
fn not_in_extension(classid: &str, objid: &str) -> String {
    format!(
        "not exists (select from pg_depend e where e.classid = '{classid}'::regclass \
         and e.objid = {objid} and e.deptype = 'e')"
    )
}

/// One kind: its name in messages, the server-side query listing it as text, and the same list
/// from the catalog.
type Kind = (&'static str, String, fn(&Catalog) -> BTreeSet<String>);

fn kinds() -> Vec<Kind> {
    let relation = |relkinds: &str| {
        format!(
            "select n.nspname || '.' || c.relname from pg_class c \
             join pg_namespace n on n.oid = c.relnamespace \
             where c.relkind in ({relkinds}) and {USER_NAMESPACE} and {}",
            not_in_extension("pg_class", "c.oid")
        )
    };
    let on_table = |catalog: &str, alias: &str, name: &str, table: &str, extra: &str| {
        format!(
            "select n.nspname || '.' || t.relname || '.' || {alias}.{name} from {catalog} {alias} \
             join pg_class t on t.oid = {alias}.{table} \
             join pg_namespace n on n.oid = t.relnamespace \
             where {USER_NAMESPACE} and {} {extra}",
            not_in_extension("pg_class", "t.oid")
        )
    };
    let types = |typtype: char| {
        format!(
            "select n.nspname || '.' || t.typname from pg_type t \
             join pg_namespace n on n.oid = t.typnamespace \
             where t.typtype = '{typtype}' and {USER_NAMESPACE} and {} \
             and (t.typrelid = 0 or (select relkind from pg_class where oid = t.typrelid) = 'c')",
            not_in_extension("pg_type", "t.oid")
        )
    };
    vec![
        (
            "schemas",
            format!(
                "select n.nspname from pg_namespace n where {USER_NAMESPACE} and {}",
                not_in_extension("pg_namespace", "n.oid")
            ),
            |c| named(&c.schemas, |s| s.name.to_string()),
        ),
        (
            "extensions",
            "select extname from pg_extension where extname <> 'plpgsql'".to_string(),
            |c| named(&c.extensions, |e| e.name.to_string()),
        ),
        ("tables", relation("'r', 'p'"), |c| {
            named(&c.tables, |t| format!("{}.{}", t.schema, t.name))
        }),
        ("views", relation("'v', 'm'"), |c| {
            named(&c.views, |v| format!("{}.{}", v.schema, v.name))
        }),
        (
            "sequences",
            // An identity column's sequence is part of the column (its `identity`), not an
            // object of its own: it hangs on the column by an internal dependency.
            relation("'S'")
                + " and not exists (select from pg_depend i where i.classid = 'pg_class'::regclass \
                   and i.objid = c.oid and i.deptype = 'i')",
            |c| {
                named(&c.sequences, |s| format!("{}.{}", s.schema, s.name))
            },
        ),
        (
            "indexes",
            on_table("pg_index", "x", "indexrelid::regclass::text", "indrelid", ""),
            |c| named(&c.indexes, |i| format!("{}.{}.{}", i.schema, i.table, index_name(i))),
        ),
        (
            "constraints",
            on_table("pg_constraint", "k", "conname", "conrelid", "and k.contype <> 'n'"),
            |c| named(&c.constraints, |k| format!("{}.{}.{}", k.schema, k.table, k.name)),
        ),
        (
            "triggers",
            on_table("pg_trigger", "g", "tgname", "tgrelid", "and not g.tgisinternal"),
            |c| named(&c.triggers, |g| format!("{}.{}.{}", g.schema, g.table, g.name)),
        ),
        (
            "policies",
            on_table("pg_policy", "p", "polname", "polrelid", ""),
            |c| named(&c.policies, |p| format!("{}.{}.{}", p.schema, p.table, p.name)),
        ),
        (
            "statistics",
            format!(
                "select n.nspname || '.' || s.stxname from pg_statistic_ext s \
                 join pg_namespace n on n.oid = s.stxnamespace \
                 join pg_class c on c.oid = s.stxrelid \
                 where {USER_NAMESPACE} and {} and {}",
                not_in_extension("pg_statistic_ext", "s.oid"),
                not_in_extension("pg_class", "c.oid")
            ),
            |c| named(&c.statistics, |s| format!("{}.{}", s.schema, s.name)),
        ),
        (
            "rules",
            on_table("pg_rewrite", "r", "rulename", "ev_class", "and r.rulename <> '_RETURN'"),
            |c| named(&c.rules, |r| format!("{}.{}.{}", r.schema, r.table, r.name)),
        ),
        (
            "functions",
            format!(
                "select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' \
                 from pg_proc p join pg_namespace n on n.oid = p.pronamespace \
                 where p.prokind in ('f', 'p', 'w') and {USER_NAMESPACE} and {}",
                not_in_extension("pg_proc", "p.oid")
            ),
            |c| {
                named(&c.functions, |f| {
                    format!("{}.{}({})", f.schema, f.name, f.identity_arguments)
                })
            },
        ),
        (
            "casts",
            // A range type's casts to its multirange hang on it by an internal dependency.
            format!(
                "select format_type(k.castsource, null) || ' as ' || format_type(k.casttarget, null) \
                 from pg_cast k where k.oid >= 16384 and {} \
                 and not exists (select from pg_depend i where i.classid = 'pg_cast'::regclass \
                 and i.objid = k.oid and i.deptype = 'i')",
                not_in_extension("pg_cast", "k.oid")
            ),
            |c| named(&c.casts, |k| format!("{} as {}", k.source, k.target)),
        ),
        ("enums", types('e'), |c| {
            named(&c.enums, |e| format!("{}.{}", e.schema, e.name))
        }),
        ("domains", types('d'), |c| {
            named(&c.domains, |d| format!("{}.{}", d.schema, d.name))
        }),
        ("composite types", types('c'), |c| {
            named(&c.composite_types, |t| format!("{}.{}", t.schema, t.name))
        }),
        ("range types", types('r'), |c| {
            named(&c.range_types, |r| format!("{}.{}", r.schema, r.name))
        }),
    ]
}

fn named<T>(items: &[T], name: impl Fn(&T) -> String) -> BTreeSet<String> {
    items.iter().map(name).collect()
}

/// `regclass::text` qualifies an index's name only when its schema is not on the search path.
fn index_name(index: &migra_engine::model::Index) -> String {
    if index.schema == "public" {
        index.name.to_string()
    } else {
        format!("{}.{}", index.schema, index.name)
    }
}

#[test]
fn corpus_catalogs_hold_every_object_the_server_lists() {
    for_each_schema("catalog contents", |cluster, case, side| {
        let db = load(cluster, case, side)?;
        let catalog = fetch::fetch(&cluster.url(&db))?;
        let mut client = cluster.client(&db);
        let mut differences = vec![];
        for (kind, sql, listed) in kinds() {
            let on_server: BTreeSet<String> = client
                .query(sql.as_str(), &[])?
                .iter()
                .map(|row| row.get::<_, String>(0))
                .collect();
            let in_catalog = listed(&catalog);
            if on_server != in_catalog {
                differences.push(format!(
                    "{kind}: only on the server {:?}, only in the catalog {:?}",
                    on_server.difference(&in_catalog).collect::<Vec<_>>(),
                    in_catalog.difference(&on_server).collect::<Vec<_>>()
                ));
            }
        }
        anyhow::ensure!(differences.is_empty(), "{}", differences.join("\n"));
        Ok(())
    });
}
