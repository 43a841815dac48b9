//! No silent omission: in a database holding one of every kind of object PostgreSQL can define
//! (`tests/fixtures/everything/everything.sql`), every object is either in one of the catalog's
//! lists or named in its `unmodeled` report, which every diff turns into warnings.
//!
//! The objects are found here independently of the fetch's query (`engine/queries/unmodeled.sql`):
//! every row of every table of `pg_catalog` that has an oid, made by the user (oid 16384 and
//! up; every large object), identified by `pg_identify_object`. Left out, as the fetch leaves them
//! out: extension members and objects internal to another (`pg_depend` deptype `e`, `i`), objects
//! in the system's schemas and enum labels (`pg_enum`, part of their enum). An operator family's
//! members (`pg_amop`, `pg_amproc`) are objects too: a class's are internal to it, the others are
//! modeled with their family, or reported where no list reads the family (a built-in one).

use migra_engine::Catalog;
use migra_tests::{fetch, Cluster};
use std::collections::BTreeMap;
use std::path::Path;

/// One object of the database: its type and identity as `pg_identify_object` gives them, and
/// its address's names (`pg_identify_object_as_address`: schema first where it has one).
#[derive(Debug)]
struct Found {
    kind: String,
    identity: String,
    names: Vec<String>,
}

#[test]
fn every_object_is_modeled_or_reported() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("everything");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/everything/everything.sql");
    cluster
        .psql_file(&db, &fixture)
        .unwrap_or_else(|e| panic!("{e:#}"));
    let catalog = fetch::fetch(&cluster.url(&db)).unwrap_or_else(|e| panic!("{e:#}"));
    let found = objects(cluster, &db);
    // A fixture that lost its objects would pass anything.
    assert!(found.len() >= 40, "only {} objects found", found.len());

    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut missing = vec![];
    for object in &found {
        let modeled = modeled(&catalog, object);
        let reported = catalog
            .unmodeled
            .iter()
            .any(|u| u.kind == object.kind && u.name == object.identity);
        let count = counts.entry(&object.kind).or_default();
        match (modeled, reported) {
            (true, false) => count.0 += 1,
            (false, true) => count.1 += 1,
            (true, true) => missing.push(format!("{object:?} is both modeled and reported")),
            (false, false) => missing.push(format!("{object:?} is neither modeled nor reported")),
        }
    }
    eprintln!("kind: modeled, reported");
    for (kind, (modeled, reported)) in &counts {
        eprintln!("  {kind}: {modeled}, {reported}");
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // And the report names nothing that is not there.
    for u in &catalog.unmodeled {
        assert!(
            found
                .iter()
                .any(|o| o.kind == u.kind && o.identity == u.name),
            "reported but not found: {u:?}"
        );
    }
}

/// Every object of the database but the system's, by the rules in the module's comment.
fn objects(cluster: &Cluster, db: &str) -> Vec<Found> {
    let mut client = cluster.client(db);
    let catalogs: Vec<String> = client
        .query(
            "select c.relname::text from pg_class c
             join pg_attribute a on a.attrelid = c.oid and a.attname = 'oid'
             where c.relnamespace = 'pg_catalog'::regnamespace and c.relkind = 'r'
               and not c.relisshared
               and c.relname <> 'pg_enum'
             order by 1",
            &[],
        )
        .expect("listing catalogs")
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut found = vec![];
    for relname in catalogs {
        let (class, first) = if relname == "pg_largeobject_metadata" {
            ("pg_largeobject", 0)
        } else {
            (relname.as_str(), 16384)
        };
        let rows = client
            .query(
                &format!(
                    "select i.type, i.identity, a.object_names
                     from pg_catalog.{relname} o,
                          pg_identify_object('{class}'::regclass, o.oid, 0) i,
                          pg_identify_object_as_address('{class}'::regclass, o.oid, 0) a
                     where o.oid >= {first}
                       and coalesce(i.schema, '') not in ('pg_catalog', 'information_schema')
                       and coalesce(i.schema, '') not like 'pg\\_toast%'
                       and not exists (
                           select from pg_depend d
                           where d.classid = '{class}'::regclass and d.objid = o.oid
                             and d.deptype in ('e', 'i'))"
                ),
                &[],
            )
            .unwrap_or_else(|e| panic!("identifying the rows of {relname}: {e}"));
        found.extend(rows.iter().map(|r| Found {
            kind: r.get(0),
            identity: r.get(1),
            names: r.get(2),
        }));
    }
    let subscriptions = client
        .query(
            "select quote_ident(subname) from pg_subscription
             where subdbid = (select oid from pg_database where datname = current_database())",
            &[],
        )
        .expect("listing subscriptions");
    found.extend(subscriptions.iter().map(|r| Found {
        kind: "subscription".into(),
        identity: r.get(0),
        names: vec![r.get(0)],
    }));
    found
}

/// Whether a catalog list holds the object: found by the names of its address, the schema
/// first (for a table's parts: schema, table, then the part).
fn modeled(catalog: &Catalog, object: &Found) -> bool {
    let names = &object.names;
    let at = |i: usize| names.get(i).map(String::as_str).unwrap_or_default();
    let (schema, name) = (at(0), names.last().map(String::as_str).unwrap_or_default());
    let qualified = |s: &str, n: &str| s == schema && n == name;
    let member = |s: &str, t: &str, n: &str| s == at(0) && t == at(1) && n == at(2);
    match object.kind.as_str() {
        "schema" => catalog.schemas.iter().any(|s| s.name == name),
        "extension" => catalog.extensions.iter().any(|e| e.name == name),
        "collation" => catalog
            .collations
            .iter()
            .any(|c| qualified(&c.schema, &c.name)),
        "table" => catalog.tables.iter().any(|t| qualified(&t.schema, &t.name)),
        "foreign table" => catalog
            .tables
            .iter()
            .any(|t| qualified(&t.schema, &t.name) && t.foreign.is_some()),
        "view" | "materialized view" => catalog.views.iter().any(|v| {
            qualified(&v.schema, &v.name) && v.materialized == (object.kind == "materialized view")
        }),
        "index" => catalog
            .indexes
            .iter()
            .any(|i| qualified(&i.schema, &i.name)),
        "sequence" => catalog
            .sequences
            .iter()
            .any(|s| qualified(&s.schema, &s.name)),
        "composite type" => catalog
            .composite_types
            .iter()
            .any(|t| qualified(&t.schema, &t.name)),
        // A type's address is its name as one string, `schema.name` (the fixture's need no
        // quoting).
        "type" => {
            let is = |s: &str, n: &str| *names == [format!("{s}.{n}")];
            catalog.enums.iter().any(|t| is(&t.schema, &t.name))
                || catalog.domains.iter().any(|t| is(&t.schema, &t.name))
                || catalog.range_types.iter().any(|t| is(&t.schema, &t.name))
                || catalog.base_types.iter().any(|t| is(&t.schema, &t.name))
                || catalog.shell_types.iter().any(|t| is(&t.schema, &t.name))
                || catalog
                    .composite_types
                    .iter()
                    .any(|t| is(&t.schema, &t.name))
        }
        "function" | "procedure" => catalog
            .functions
            .iter()
            .any(|f| qualified(&f.schema, &f.name)),
        "aggregate" => catalog
            .aggregates
            .iter()
            .any(|a| qualified(&a.schema, &a.name)),
        // NOT NULL constraints (18+) are the columns' NOT NULL, named by `not_null_name` or,
        // without one, `<table>_<column>_not_null`.
        "table constraint" => {
            catalog
                .constraints
                .iter()
                .any(|c| member(&c.schema, &c.table, &c.name))
                || catalog.tables.iter().any(|t| {
                    t.schema == at(0)
                        && t.name == at(1)
                        && t.columns.iter().any(|c| {
                            c.not_null
                                && c.not_null_name.as_deref().map_or_else(
                                    || at(2) == format!("{}_{}_not_null", t.name, c.name),
                                    |name| at(2) == name,
                                )
                        })
                })
        }
        // A domain constraint's address names the domain as one string; its name is the
        // argument.
        "domain constraint" => catalog
            .domains
            .iter()
            .any(|d| *names == [format!("{}.{}", d.schema, d.name)] && !d.checks.is_empty()),
        "default value" => catalog.tables.iter().any(|t| {
            t.schema == at(0)
                && t.name == at(1)
                && t.columns
                    .iter()
                    .any(|c| c.name == at(2) && (c.default.is_some() || c.generated.is_some()))
        }),
        "trigger" => catalog
            .triggers
            .iter()
            .any(|t| member(&t.schema, &t.table, &t.name)),
        "policy" => catalog
            .policies
            .iter()
            .any(|p| member(&p.schema, &p.table, &p.name)),
        // A view's own rule is the view.
        "rule" if name == "_RETURN" => catalog
            .views
            .iter()
            .any(|v| v.schema == at(0) && v.name == at(1)),
        "rule" => catalog
            .rules
            .iter()
            .any(|r| member(&r.schema, &r.table, &r.name)),
        "statistics object" => catalog
            .statistics
            .iter()
            .any(|s| qualified(&s.schema, &s.name)),
        // A cast's address names its source type, its argument the target.
        "cast" => catalog.casts.iter().any(|c| c.source == at(0)),
        "publication" => catalog.publications.iter().any(|p| p.name == name),
        // `s.t in publication p`: the address names the table, the argument the publication.
        "publication relation" => catalog.publications.iter().any(|p| {
            object
                .identity
                .ends_with(&format!(" in publication {}", p.name))
                && p.tables
                    .iter()
                    .any(|t| t.schema == at(0) && t.name == at(1))
        }),
        "publication namespace" => catalog.publications.iter().any(|p| {
            object
                .identity
                .ends_with(&format!(" in publication {}", p.name))
                && p.schemas.iter().any(|s| s == at(0))
        }),
        "language" => catalog.languages.iter().any(|l| l.name == name),
        "conversion" => catalog
            .conversions
            .iter()
            .any(|c| qualified(&c.schema, &c.name)),
        "operator" => catalog
            .operators
            .iter()
            .any(|o| qualified(&o.schema, &o.name)),
        "operator family" => catalog
            .operator_families
            .iter()
            .any(|f| at(0) == f.access_method && at(1) == f.schema && at(2) == f.name),
        // A family's member (address: am, family schema, family name, number) is its family's
        // when a list reads the family, else one of the family additions (a built-in family).
        "operator of access method" | "function of access method" => {
            let word = if object.kind.starts_with("operator") {
                "OPERATOR"
            } else {
                "FUNCTION"
            };
            catalog
                .operator_families
                .iter()
                .any(|f| at(0) == f.access_method && at(1) == f.schema && at(2) == f.name)
                || catalog.family_additions.iter().any(|a| {
                    at(0) == a.access_method
                        && at(1) == a.family_schema
                        && at(2) == a.family
                        && a.name.starts_with(&format!("{word} {} ", at(3)))
                })
        }
        "operator class" => catalog
            .operator_classes
            .iter()
            .any(|c| at(0) == c.access_method && at(1) == c.schema && at(2) == c.name),
        "text search parser" => catalog
            .text_search_parsers
            .iter()
            .any(|p| qualified(&p.schema, &p.name)),
        "text search template" => catalog
            .text_search_templates
            .iter()
            .any(|t| qualified(&t.schema, &t.name)),
        "text search dictionary" => catalog
            .text_search_dictionaries
            .iter()
            .any(|d| qualified(&d.schema, &d.name)),
        "text search configuration" => catalog
            .text_search_configurations
            .iter()
            .any(|c| qualified(&c.schema, &c.name)),
        "event trigger" => catalog.event_triggers.iter().any(|e| e.name == name),
        "foreign-data wrapper" => catalog.foreign_data_wrappers.iter().any(|w| w.name == name),
        "server" => catalog.foreign_servers.iter().any(|s| s.name == name),
        // A user mapping's address names its role (`public` for PUBLIC), its identity the
        // server too (the fixture's names need no quoting).
        "user mapping" => catalog
            .user_mappings
            .iter()
            .any(|m| object.identity == format!("{} on server {}", m.role, m.server)),
        "access method" => catalog.access_methods.iter().any(|a| a.name == name),
        // A transform's identity names its type and language (the fixture's need no quoting):
        // `for integer on language sql`, without `on` from 18.
        "transform" => catalog.transforms.iter().any(|t| {
            [" on", ""].iter().any(|on| {
                object.identity == format!("for {}{on} language {}", t.data_type, t.language)
            })
        }),
        "default acl" => !catalog.default_privileges.is_empty(),
        "subscription" => catalog
            .subscriptions
            .iter()
            .any(|s| object.identity == s.name),
        _ => false,
    }
}
