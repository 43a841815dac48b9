//! One test per object kind: a purpose-written schema from `tests/fixtures/kinds/` goes into a fresh
//! database, the catalog comes back through `migra_fetch`, and the test checks that the catalog
//! holds what the SQL created, in the catalog model's field names (engine/src/kinds/*.rs).
//!
//! A fixture `NAME.sql` may have companions `NAME.pgNN.sql`, loaded after it on servers of major NN
//! and later, for features older servers lack.

use std::fmt::Debug;
use std::path::{Path, PathBuf};

use migra_engine::model::*;
use migra_engine::{Catalog, SchemaFilter, Text};
use migra_tests::{fetch, Cluster, SUPERUSER};

/// Every fixture base name; `every_fixture_file_is_listed` keeps this in step with the directory.
const FIXTURES: &[&str] = &[
    "access_methods",
    "aggregates",
    "base_types",
    "casts",
    "collations",
    "columns",
    "comments",
    "composite_types",
    "constraints",
    "default_privileges",
    "dependencies",
    "domains",
    "enums",
    "event_triggers",
    "extensions",
    "family_additions",
    "foreign",
    "functions",
    "indexes",
    "languages",
    "operators",
    "policies",
    "privileges",
    "publications",
    "range_types",
    "rules",
    "schemas",
    "sequences",
    "settings",
    "statistics",
    "subscriptions",
    "tables",
    "text_search",
    "triggers",
    "views",
];

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/kinds")
}

/// Loads `NAME.sql`, then each `NAME.pgNN.sql` with NN up to the server's major, in order of NN.
fn load_fixture(cluster: &Cluster, db: &str, name: &str) {
    let mut files = vec![(0, fixture_dir().join(format!("{name}.sql")))];
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix(&format!("{name}.pg")) else {
            continue;
        };
        let major: u32 = rest
            .strip_suffix(".sql")
            .and_then(|m| m.parse().ok())
            .unwrap_or_else(|| panic!("{file}: companion fixtures are named NAME.pgNN.sql"));
        if cluster.major() >= major {
            files.push((major, path));
        }
    }
    files.sort();
    for (_, path) in files {
        cluster
            .psql_file(db, &path)
            .unwrap_or_else(|e| panic!("{e:#}"));
    }
}

/// The catalog of a fresh database holding the fixture `name`.
fn catalog_of(name: &str) -> Catalog {
    let cluster = Cluster::shared();
    let db = cluster.create_database(name);
    load_fixture(cluster, &db, name);
    fetch::fetch(&cluster.url(&db)).unwrap_or_else(|e| panic!("{e:#}"))
}

fn major() -> u32 {
    Cluster::shared().major()
}

/// The one item matching `pred`, or a panic that shows what the catalog has.
#[track_caller]
fn one<'a, T: Debug>(items: &'a [T], what: &str, pred: impl Fn(&T) -> bool) -> &'a T {
    let found: Vec<&T> = items.iter().filter(|x| pred(x)).collect();
    match found.as_slice() {
        [x] => x,
        [] => panic!("no {what} in the catalog, which has:\n{items:#?}"),
        many => panic!("{} items match {what}:\n{many:#?}", many.len()),
    }
}

#[track_caller]
fn named<'a, T: Debug>(items: &'a [T], name: &str, get: impl Fn(&T) -> &str) -> &'a T {
    one(items, name, |x| get(x) == name)
}

fn has_privilege(
    privileges: &[Privilege],
    grantee: &str,
    privilege: &str,
    grantable: bool,
) -> bool {
    privileges
        .iter()
        .any(|p| p.grantee == grantee && p.privilege == privilege && p.grantable == grantable)
}

#[track_caller]
fn assert_privilege(privileges: &[Privilege], grantee: &str, privilege: &str, grantable: bool) {
    assert!(
        has_privilege(privileges, grantee, privilege, grantable),
        "expected {privilege} for {grantee} (grantable: {grantable}) in {privileges:#?}"
    );
}

/// Whether `catalog` has an edge from the object of `dependent` kind named `name` to the one of
/// `referenced` kind named `to`.
fn has_edge(
    catalog: &Catalog,
    dependent: ObjectKind,
    name: &str,
    referenced: ObjectKind,
    to: &str,
) -> bool {
    catalog.dependencies.iter().any(|d| {
        d.dependent.kind == dependent
            && d.dependent.name == name
            && d.referenced.kind == referenced
            && d.referenced.name == to
    })
}

fn names<T>(items: &[T], get: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|x| get(x).to_string()).collect()
}

fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort();
    v
}

fn strings(v: &[&str]) -> Vec<Text> {
    v.iter().map(|s| Text::from(*s)).collect()
}

fn qualified(schema: &str, name: &str) -> QualifiedName {
    QualifiedName {
        schema: schema.into(),
        name: name.into(),
    }
}

#[test]
fn every_fixture_file_is_listed() {
    let mut bases: Vec<String> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .map(|f| f.split('.').next().unwrap().to_string())
        .collect();
    bases.sort();
    bases.dedup();
    assert_eq!(bases, strings(FIXTURES));
}

#[test]
fn empty_database() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("empty");
    let catalog = fetch::fetch(&cluster.url(&db)).unwrap();
    assert_eq!(catalog.server_version_num, cluster.server_version_num());
    assert_eq!(names(&catalog.schemas, |s| &s.name), ["public"]);
    // Only objects created by the user appear; plpgsql, which initdb installs, may.
    assert!(
        catalog.extensions.iter().all(|e| e.name == "plpgsql"),
        "{:#?}",
        catalog.extensions
    );
    let mut rest = catalog.clone();
    rest.schemas.clear();
    rest.extensions.clear();
    rest.server_version_num = 0;
    assert_eq!(rest, Catalog::empty());
}

#[test]
fn schemas() {
    let catalog = catalog_of("schemas");
    let found = sorted(names(&catalog.schemas, |s| &s.name));
    assert_eq!(found, strings(&["Mixed Case", "app", "owned", "public"]));
    let app = named(&catalog.schemas, "app", |s| &s.name);
    assert_eq!(app.owner, SUPERUSER);
    assert_eq!(app.comment.as_deref(), Some("application schema"));
    assert_privilege(&app.privileges, "schemainspect_test_role", "USAGE", false);
    assert_privilege(&app.privileges, "postgres", "CREATE", true);
    let owned = named(&catalog.schemas, "owned", |s| &s.name);
    assert_eq!(owned.owner, "schemainspect_test_role");
    assert!(
        owned
            .privileges
            .iter()
            .all(|p| p.grantee == "schemainspect_test_role"),
        "{owned:#?}"
    );
}

#[test]
fn extensions() {
    let catalog = catalog_of("extensions");
    let citext = named(&catalog.extensions, "citext", |e| &e.name);
    assert_eq!(citext.schema, "public");
    let hstore = named(&catalog.extensions, "hstore", |e| &e.name);
    assert_eq!(hstore.schema, "ext");
    let trgm = named(&catalog.extensions, "pg_trgm", |e| &e.name);
    assert_eq!(trgm.version, "1.3");
    // Member objects belong to their extension.
    assert!(catalog.functions.is_empty(), "{:#?}", catalog.functions);
    assert!(
        catalog.domains.is_empty() && catalog.composite_types.is_empty(),
        "{catalog:#?}"
    );
    assert_eq!(names(&catalog.tables, |t| &t.name), ["uses_citext"]);
    let email = &catalog.tables[0].columns[0];
    assert_eq!(email.type_name, "citext");
}

#[test]
fn collations() {
    let catalog = catalog_of("collations");
    assert_eq!(
        sorted(names(&catalog.collations, |c| &c.name)),
        strings(&["case_insensitive", "german_phonebook", "posix_c"])
    );
    let phonebook = named(&catalog.collations, "german_phonebook", |c| &c.name);
    assert_eq!(phonebook.schema, "public");
    assert_eq!(phonebook.owner, SUPERUSER);
    assert_eq!(phonebook.provider, "icu");
    assert_eq!(phonebook.locale.as_deref(), Some("de-u-co-phonebk"));
    assert!(phonebook.deterministic);
    assert_eq!(
        (
            phonebook.lc_collate.as_deref(),
            phonebook.lc_ctype.as_deref()
        ),
        (None, None)
    );
    let ci = named(&catalog.collations, "case_insensitive", |c| &c.name);
    assert!(!ci.deterministic);
    assert_eq!(ci.locale.as_deref(), Some("und-u-ks-level2"));
    let posix = named(&catalog.collations, "posix_c", |c| &c.name);
    assert_eq!(posix.provider, "libc");
    assert_eq!(posix.lc_collate.as_deref(), Some("C"));
    assert_eq!(posix.lc_ctype.as_deref(), Some("C"));
}

#[test]
fn enums() {
    let catalog = catalog_of("enums");
    let mood = named(&catalog.enums, "mood", |e| &e.name);
    assert_eq!(
        mood.labels,
        strings(&["sad", "meh", "ok", "happy", "ecstatic"])
    );
    assert_eq!(mood.owner, SUPERUSER);
    assert_privilege(&mood.privileges, "schemainspect_test_role", "USAGE", false);
    let nothing = named(&catalog.enums, "nothing", |e| &e.name);
    assert_eq!(nothing.schema, "other");
    assert!(nothing.labels.is_empty());
    assert_eq!(catalog.enums.len(), 2);
}

#[test]
fn domains() {
    let catalog = catalog_of("domains");
    let positive = named(&catalog.domains, "positive_int", |d| &d.name);
    assert_eq!(positive.base_type, "integer");
    assert!(positive.not_null);
    assert_eq!(positive.default.as_deref(), Some("1"));
    // NOT NULL is a flag, never a check, also where pg_constraint lists it (17+).
    assert_eq!(names(&positive.checks, |c| &c.name), ["positive_int_check"]);
    assert_eq!(positive.checks[0].definition, "CHECK ((VALUE > 0))");
    assert!(positive.checks[0].validated);

    let zip = named(&catalog.domains, "us_zip", |d| &d.name);
    assert!(!zip.not_null);
    assert_eq!(zip.collation, Some(qualified("pg_catalog", "C")));
    let format = named(&zip.checks, "zip_format", |c| &c.name);
    assert!(format.validated);
    let not_empty = named(&zip.checks, "zip_not_empty", |c| &c.name);
    assert!(!not_empty.validated);
    assert!(
        not_empty.definition.contains("VALUE <> ''::text"),
        "{not_empty:#?}"
    );

    let mood_d = named(&catalog.domains, "mood_d", |d| &d.name);
    assert_eq!(
        mood_d.base_type_ref,
        Some(TypeRef {
            schema: "public".into(),
            name: "mood".into(),
            kind: Some(ObjectKind::Enum)
        })
    );
    assert_eq!(positive.base_type_ref, None);
}

#[test]
fn composite_types() {
    let catalog = catalog_of("composite_types");
    assert_eq!(names(&catalog.composite_types, |c| &c.name), ["address"]);
    let address = &catalog.composite_types[0];
    assert_eq!(address.owner, SUPERUSER);
    let attributes: Vec<(&str, &str)> = address
        .attributes
        .iter()
        .map(|a| (a.name.as_str(), a.type_name.as_str()))
        .collect();
    assert_eq!(
        attributes,
        [
            ("street", "text"),
            ("zip", "character varying(10)"),
            ("feeling", "mood"),
            ("tags", "text[]")
        ]
    );
    assert_eq!(
        address.attributes[1].collation,
        Some(qualified("pg_catalog", "C"))
    );
    assert_eq!(address.attributes[0].collation, None);
    assert_eq!(
        address.attributes[2].type_ref,
        Some(TypeRef {
            schema: "public".into(),
            name: "mood".into(),
            kind: Some(ObjectKind::Enum)
        })
    );
    assert_eq!(address.attributes[3].type_ref, None);
}

#[test]
fn range_types() {
    let catalog = catalog_of("range_types");
    let mut expected = vec!["floatrange", "textrange"];
    if major() >= 14 {
        expected.push("intrange");
    }
    assert_eq!(
        sorted(names(&catalog.range_types, |r| &r.name)),
        sorted(strings(&expected))
    );
    let floats = named(&catalog.range_types, "floatrange", |r| &r.name);
    assert_eq!(floats.subtype, "double precision");
    assert!(
        floats
            .subtype_diff
            .as_deref()
            .is_some_and(|f| f.contains("float8mi")),
        "{floats:#?}"
    );
    assert_eq!(
        floats.multirange_name, None,
        "the default multirange name is left out"
    );
    assert_eq!(floats.collation, None);
    let texts = named(&catalog.range_types, "textrange", |r| &r.name);
    assert_eq!(texts.collation, Some(qualified("pg_catalog", "C")));
    if major() >= 14 {
        let ints = named(&catalog.range_types, "intrange", |r| &r.name);
        assert!(
            ints.multirange_name
                .as_deref()
                .is_some_and(|m| m.contains("int_multi")),
            "{ints:#?}"
        );
    }
}

#[test]
fn sequences() {
    let catalog = catalog_of("sequences");
    assert_eq!(
        sorted(names(&catalog.sequences, |s| &s.name)),
        strings(&["custom_seq", "owned_seq", "plain_seq", "t_id_seq"]),
        "identity sequences live on their column"
    );
    let plain = named(&catalog.sequences, "plain_seq", |s| &s.name);
    assert_eq!(
        plain.options,
        SequenceOptions {
            data_type: "bigint".into(),
            start: 1,
            increment: 1,
            min_value: 1,
            max_value: i64::MAX,
            cache: 1,
            cycle: false,
        }
    );
    assert_eq!(plain.owner, SUPERUSER);
    assert_eq!(plain.owned_by, None);
    assert_privilege(&plain.privileges, "schemainspect_test_role", "USAGE", false);
    let custom = named(&catalog.sequences, "custom_seq", |s| &s.name);
    assert_eq!(
        custom.options,
        SequenceOptions {
            data_type: "integer".into(),
            start: 10,
            increment: 5,
            min_value: 5,
            max_value: 1000,
            cache: 3,
            cycle: true,
        }
    );
    let owner = |table: &str, column: &str| SequenceOwner {
        schema: "public".into(),
        table: table.into(),
        column: column.into(),
    };
    let serial = named(&catalog.sequences, "t_id_seq", |s| &s.name);
    assert_eq!(serial.owned_by, Some(owner("t", "id")));
    assert_eq!(serial.options.data_type, "integer");
    let owned = named(&catalog.sequences, "owned_seq", |s| &s.name);
    assert_eq!(owned.owned_by, Some(owner("t", "n")));
}

#[test]
fn tables() {
    let catalog = catalog_of("tables");
    assert_eq!(
        sorted(names(&catalog.tables, |t| &t.name)),
        strings(&[
            "by_list",
            "by_list_ab",
            "child",
            "child2",
            "measurements",
            "measurements_2020",
            "measurements_default",
            "parent",
            "parent2",
            "plain",
            "rls_only",
            "scratch",
            "secured",
            "tuned",
        ]),
        "views, materialized views and sequences are not tables"
    );
    let table = |name: &str| named(&catalog.tables, name, |t| &t.name);

    let plain = table("plain");
    assert_eq!(
        (plain.schema.as_str(), plain.owner.as_str()),
        ("public", SUPERUSER)
    );
    assert!(!plain.unlogged && !plain.rls_enabled && !plain.rls_forced);
    assert_eq!((&plain.partition_key, &plain.partition_of), (&None, &None));
    assert!(plain.inherits.is_empty() && plain.reloptions.is_empty());
    assert_eq!((&plain.tablespace, &plain.access_method), (&None, &None));
    assert_privilege(
        &plain.privileges,
        "schemainspect_test_role",
        "SELECT",
        false,
    );
    assert_privilege(
        &plain.privileges,
        "schemainspect_test_role",
        "INSERT",
        false,
    );
    assert_privilege(&plain.privileges, "postgres", "SELECT", true);
    assert!(
        !has_privilege(&plain.privileges, "postgres", "INSERT", false),
        "{plain:#?}"
    );

    assert!(table("scratch").unlogged);
    let secured = table("secured");
    assert!(secured.rls_enabled && secured.rls_forced);
    let rls_only = table("rls_only");
    assert!(rls_only.rls_enabled && !rls_only.rls_forced);
    assert_eq!(
        table("tuned").reloptions,
        strings(&["autovacuum_enabled=false", "fillfactor=70"])
    );

    assert_eq!(
        table("measurements").partition_key.as_deref(),
        Some("RANGE (logdate)")
    );
    let year = table("measurements_2020")
        .partition_of
        .as_ref()
        .expect("measurements_2020 is a partition");
    assert_eq!(year.parent, qualified("public", "measurements"));
    assert_eq!(
        year.bound,
        "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')"
    );
    assert!(
        table("measurements_2020").inherits.is_empty(),
        "partitions name their parent once"
    );
    assert_eq!(
        table("measurements_default")
            .partition_of
            .as_ref()
            .map(|p| p.bound.as_str()),
        Some("DEFAULT")
    );
    assert_eq!(table("by_list").partition_key.as_deref(), Some("LIST (k)"));
    let ab = table("by_list_ab")
        .partition_of
        .as_ref()
        .expect("by_list_ab is a partition");
    assert_eq!(
        (&ab.parent, ab.bound.as_str()),
        (&qualified("public", "by_list"), "FOR VALUES IN ('a', 'b')")
    );

    let child = table("child");
    assert_eq!(child.inherits, [qualified("public", "parent")]);
    let inherited: Vec<(&str, bool)> = child
        .columns
        .iter()
        .map(|c| (c.name.as_str(), c.inherited))
        .collect();
    assert_eq!(inherited, [("id", true), ("name", true), ("extra", false)]);
    assert_eq!(
        table("child2").inherits,
        [
            qualified("public", "parent"),
            qualified("public", "parent2")
        ]
    );
}

#[test]
fn columns() {
    let catalog = catalog_of("columns");
    let cols = named(&catalog.tables, "cols", |t| &t.name);
    assert_eq!(
        names(&cols.columns, |c| &c.name),
        [
            "id",
            "by_default",
            "name",
            "label",
            "price",
            "created",
            "code",
            "doubled",
            "feeling",
            "feelings",
            "later"
        ],
        "attribute order, dropped columns left out"
    );
    let column = |name: &str| named(&cols.columns, name, |c| &c.name);

    let id = column("id");
    assert_eq!(id.type_name, "bigint");
    assert!(id.not_null);
    assert_eq!((&id.default, &id.generated), (&None, &None));
    let identity = id.identity.as_ref().expect("id is an identity column");
    assert_eq!(identity.generation, IdentityGeneration::Always);
    let sequence = identity
        .sequence
        .as_ref()
        .expect("the identity's sequence options");
    assert_eq!(
        (
            sequence.data_type.as_str(),
            sequence.start,
            sequence.increment
        ),
        ("bigint", 100, 10)
    );
    let by_default = column("by_default");
    assert_eq!(by_default.type_name, "integer");
    assert_eq!(
        by_default.identity.as_ref().map(|i| i.generation),
        Some(IdentityGeneration::ByDefault)
    );
    assert!(catalog.sequences.is_empty(), "{:#?}", catalog.sequences);

    let name = column("name");
    assert_eq!((name.type_name.as_str(), name.not_null), ("text", true));
    assert_eq!(name.default.as_deref(), Some("'anon'::text"));
    assert_eq!(name.collation, None);
    assert_privilege(&name.privileges, "schemainspect_test_role", "UPDATE", false);
    assert!(column("id").privileges.is_empty());
    let label = column("label");
    assert_eq!(label.type_name, "character varying(20)");
    assert_eq!(
        label.collation,
        Some(Box::new(qualified("public", "mycoll")))
    );
    assert!(!label.not_null && label.default.is_none());
    let price = column("price");
    assert_eq!(
        (price.type_name.as_str(), price.default.as_deref()),
        ("numeric(10,2)", Some("0.00"))
    );
    let created = column("created");
    assert_eq!(
        (created.type_name.as_str(), created.default.as_deref()),
        ("timestamp with time zone", Some("now()"))
    );
    assert!(
        column("code")
            .default
            .as_deref()
            .is_some_and(|d| d.contains("next_code()")),
        "{:#?}",
        column("code")
    );
    let doubled = column("doubled");
    assert_eq!(
        doubled.default, None,
        "a generation expression is not a default"
    );
    let generated = doubled.generated.as_ref().expect("doubled is generated");
    assert_eq!(generated.kind, GeneratedKind::Stored);
    assert!(generated.expression.contains("price * "), "{generated:#?}");

    let mood = Some(Box::new(TypeRef {
        schema: "public".into(),
        name: "mood".into(),
        kind: Some(ObjectKind::Enum),
    }));
    let feeling = column("feeling");
    assert_eq!(
        (feeling.type_name.as_str(), &feeling.type_ref),
        ("mood", &mood)
    );
    assert_eq!(feeling.default.as_deref(), Some("'happy'::mood"));
    let feelings = column("feelings");
    assert_eq!(
        (feelings.type_name.as_str(), &feelings.type_ref),
        ("mood[]", &mood)
    );
    assert_eq!(column("price").type_ref, None);

    if major() >= 18 {
        let virt = named(&catalog.tables, "virt", |t| &t.name);
        let b = named(&virt.columns, "b", |c| &c.name);
        assert_eq!(
            b.generated.as_ref().map(|g| g.kind),
            Some(GeneratedKind::Virtual)
        );
    }
    // NOT NULL is a column property on every major, also where pg_constraint lists it (18+).
    assert!(catalog.constraints.is_empty(), "{:#?}", catalog.constraints);
}

#[test]
fn constraints() {
    let catalog = catalog_of("constraints");
    let constraint = |table: &str, name: &str| {
        one(&catalog.constraints, &format!("{table}.{name}"), |c| {
            c.table == table && c.name == name
        })
    };

    let pkey = constraint("parent", "parent_pkey");
    assert_eq!(pkey.constraint_type, ConstraintType::PrimaryKey);
    assert_eq!(pkey.definition, "PRIMARY KEY (id)");
    assert_eq!(pkey.index.as_deref(), Some("parent_pkey"));
    assert!(pkey.validated && !pkey.deferrable && !pkey.initially_deferred && !pkey.inherited);
    let unique = constraint("parent", "parent_code_key");
    assert_eq!(
        (unique.constraint_type, unique.definition.as_str()),
        (ConstraintType::Unique, "UNIQUE (code)")
    );

    let fk = constraint("child", "child_parent_fk");
    assert_eq!(fk.constraint_type, ConstraintType::ForeignKey);
    assert!(
        fk.definition
            .starts_with("FOREIGN KEY (parent_id) REFERENCES "),
        "{fk:#?}"
    );
    assert!(
        fk.definition.contains("parent(id) ON DELETE CASCADE"),
        "{fk:#?}"
    );
    assert_eq!(fk.references, Some(qualified("public", "parent")));
    assert!(fk.deferrable && fk.initially_deferred);
    assert_eq!(fk.index, None);

    let positive = constraint("child", "qty_positive");
    assert_eq!(
        (positive.constraint_type, positive.definition.as_str()),
        (ConstraintType::Check, "CHECK ((qty > 0))")
    );
    assert!(positive.validated);
    let small = constraint("child", "qty_small");
    assert!(!small.validated, "NOT VALID");
    assert!(
        small.definition.contains("CHECK ((qty < 1000))"),
        "{small:#?}"
    );

    let exclusion = constraint("booking", "no_overlap");
    assert_eq!(exclusion.constraint_type, ConstraintType::Exclusion);
    assert!(
        exclusion
            .definition
            .starts_with("EXCLUDE USING gist (during WITH &&)"),
        "{exclusion:#?}"
    );
    assert_eq!(exclusion.index.as_deref(), Some("no_overlap"));

    let du = constraint("deferrable_unique", "du");
    assert!(du.deferrable && !du.initially_deferred);

    let inherited = constraint("ichild", "iparent_a_check");
    assert!(inherited.inherited);
    assert!(!constraint("iparent", "iparent_a_check").inherited);
    let partition_pkey = constraint("parted_1", "parted_1_pkey");
    assert!(
        partition_pkey
            .parent
            .as_deref()
            .is_some_and(|p| p.contains("parted_pkey")),
        "{partition_pkey:#?}"
    );
    assert_eq!(constraint("parted", "parted_pkey").parent, None);

    // No NOT NULL constraints (code, and the primary keys' columns on 18+), no other tables.
    assert_eq!(catalog.constraints.len(), 12, "{:#?}", catalog.constraints);
}

#[test]
fn publications() {
    let catalog = catalog_of("publications");
    let publication = |name: &str| named(&catalog.publications, name, |p| &p.name);
    let listed = publication("listed");
    assert!(!listed.all_tables && listed.via_partition_root);
    assert_eq!(listed.publish, ["insert", "update"]);
    assert_eq!(names(&listed.tables, |t| &t.name), ["t", "u"]);
    assert_eq!(listed.comment.as_deref(), Some("two tables"));
    let everything = publication("everything");
    assert!(everything.all_tables && everything.tables.is_empty());
    assert_eq!(
        everything.publish,
        ["insert", "update", "delete", "truncate"]
    );
    assert!(publication("nothing").tables.is_empty());
    if major() >= 15 {
        let filtered = publication("filtered");
        let t = &filtered.tables[0];
        assert_eq!(t.columns.as_deref(), Some(&["id".into(), "a".into()][..]));
        assert_eq!(t.row_filter.as_deref(), Some("(id > 10)"));
        assert_eq!(
            (
                filtered.tables[1].columns.as_ref(),
                &filtered.tables[1].row_filter
            ),
            (None, &None)
        );
        assert_eq!(publication("by_schema").schemas, ["app"]);
    }
}

#[test]
fn settings() {
    let catalog = catalog_of("settings");
    let table = |name: &str| named(&catalog.tables, name, |t| &t.name);
    let t = table("t");
    let column = |name: &str| named(&t.columns, name, |c| &c.name);
    assert_eq!(column("a").settings, None, "defaults are not settings");
    let b = column("b").settings.as_deref().expect("b has settings");
    assert_eq!(b.statistics, Some(200));
    assert_eq!(
        (b.storage.as_deref(), b.type_storage.as_deref()),
        (Some("external"), Some("extended"))
    );
    let c = column("c").settings.as_deref().expect("c has settings");
    assert_eq!((c.statistics, c.storage.as_deref()), (Some(0), None));
    assert_eq!(c.options, ["n_distinct=5"]);
    let d = column("d")
        .settings
        .as_deref()
        .map(|s| s.compression.as_deref());
    let expected = if major() >= 14 {
        Some(Some("pglz"))
    } else {
        None
    };
    assert_eq!(d, expected);
    assert_eq!(t.replica_identity.as_deref(), Some("full"));
    assert_eq!(table("u").replica_identity.as_deref(), Some("index"));

    let index = |name: &str| named(&catalog.indexes, name, |i| &i.name);
    assert!(index("t_pkey").clustered && !index("t_pkey").replica_identity);
    assert!(index("u_a").replica_identity && !index("u_a").clustered);
    assert_eq!(
        index("u_expr").statistics,
        [IndexColumnStatistics {
            column: 1,
            target: 300
        }]
    );
    assert!(index("u_a").statistics.is_empty());
}

#[test]
fn indexes() {
    let catalog = catalog_of("indexes");
    let index = |name: &str| named(&catalog.indexes, name, |i| &i.name);

    let email = index("people_email_key");
    assert_eq!(
        (email.schema.as_str(), email.table.as_str()),
        ("public", "people")
    );
    assert!(email.unique && email.expression && !email.partial);
    assert!(
        email
            .definition
            .starts_with("CREATE UNIQUE INDEX people_email_key ON "),
        "{email:#?}"
    );
    assert!(
        email.definition.contains("USING btree (lower(email))"),
        "{email:#?}"
    );
    assert_eq!(email.constraint, None);

    let active = index("people_active_idx");
    assert!(active.partial && !active.expression && !active.unique);
    assert!(
        active.definition.ends_with("(name) WHERE active"),
        "{active:#?}"
    );
    assert!(index("people_multi_idx")
        .definition
        .ends_with("(name DESC NULLS LAST, created)"));
    assert!(index("people_hash_idx")
        .definition
        .contains("USING hash (email)"));

    let pkey = index("people_pkey");
    assert!(pkey.unique);
    assert_eq!(pkey.constraint.as_deref(), Some("people_pkey"));

    assert_eq!(index("people_mv_name_idx").table, "people_mv");
    assert_eq!(index("parted_v_idx").table, "parted");
    assert_eq!(index("parted_v_idx").parent_index, None);
    let attached = index("parted_1_v_idx");
    assert_eq!(attached.table, "parted_1");
    assert_eq!(
        attached.parent_index,
        Some(qualified("public", "parted_v_idx"))
    );
    assert_eq!(catalog.indexes.len(), 8, "{:#?}", catalog.indexes);
}

#[test]
fn views() {
    let catalog = catalog_of("views");
    let mut expected = vec![
        "barrier",
        "cascaded_v",
        "cheap_items",
        "cheap_local",
        "item_later",
        "item_stats",
    ];
    if major() >= 15 {
        expected.push("invoker_v");
    }
    assert_eq!(
        sorted(names(&catalog.views, |v| &v.name)),
        sorted(strings(&expected))
    );
    assert_eq!(names(&catalog.tables, |t| &t.name), ["items"]);
    let view = |name: &str| named(&catalog.views, name, |v| &v.name);

    let cheap = view("cheap_items");
    assert!(!cheap.materialized);
    assert_eq!(cheap.owner, SUPERUSER);
    assert!(cheap.definition.contains("FROM items"), "{cheap:#?}");
    assert!(cheap.definition.contains("WHERE"), "{cheap:#?}");
    let columns: Vec<(&str, &str)> = cheap
        .columns
        .iter()
        .map(|c| (c.name.as_str(), c.type_name.as_str()))
        .collect();
    assert_eq!(columns, [("id", "integer"), ("name", "text")]);
    assert_privilege(
        &cheap.privileges,
        "schemainspect_test_role",
        "SELECT",
        false,
    );
    assert_eq!(
        (&cheap.check_option, cheap.options.is_empty()),
        (&None, true)
    );

    assert_eq!(view("cheap_local").check_option.as_deref(), Some("local"));
    assert!(
        view("cheap_local").options.is_empty(),
        "the check option is not an option"
    );
    assert_eq!(view("cascaded_v").check_option.as_deref(), Some("cascaded"));
    assert_eq!(view("barrier").options, strings(&["security_barrier=true"]));

    let stats = view("item_stats");
    assert!(stats.materialized && !stats.unpopulated);
    assert_eq!(
        stats
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.type_name.as_str()))
            .collect::<Vec<_>>(),
        [("n", "bigint")]
    );
    let later = view("item_later");
    assert!(later.materialized && later.unpopulated);
    if major() >= 15 {
        assert_eq!(
            view("invoker_v").options,
            strings(&["security_invoker=true"])
        );
    }
}

#[test]
fn functions() {
    let catalog = catalog_of("functions");
    let function = |name: &str, args: &str| {
        one(&catalog.functions, &format!("{name}({args})"), |f| {
            f.name == name && f.identity_arguments == args
        })
    };

    let add = function("add", "a integer, b integer");
    assert_eq!(add.arguments, "a integer, b integer DEFAULT 1");
    assert_eq!(add.result.as_deref(), Some("integer"));
    assert_eq!(add.kind, FunctionKind::Function);
    assert_eq!(
        (
            add.language.as_str(),
            add.volatility.as_str(),
            add.parallel.as_str()
        ),
        ("sql", "immutable", "safe")
    );
    assert!(add.strict && !add.security_definer && !add.leakproof && !add.returns_set);
    assert!(add.config.is_empty());
    assert_eq!(add.owner, SUPERUSER);
    assert!(
        add.definition
            .starts_with("CREATE OR REPLACE FUNCTION public.add(a integer, b integer DEFAULT 1)"),
        "{add:#?}"
    );
    assert!(add.definition.contains("select a + b"), "{add:#?}");
    let add_text = function("add", "a text, b text");
    assert_eq!(
        (add_text.volatility.as_str(), add_text.parallel.as_str()),
        ("volatile", "unsafe")
    );
    assert!(!add_text.strict);

    let secure = function("secure_fn", "");
    assert_eq!(
        (secure.language.as_str(), secure.volatility.as_str()),
        ("plpgsql", "stable")
    );
    assert!(secure.security_definer);
    assert_eq!(secure.config, strings(&["search_path=public"]));
    assert_privilege(
        &secure.privileges,
        "schemainspect_test_role",
        "EXECUTE",
        false,
    );
    assert!(
        !secure.privileges.iter().any(|p| p.grantee == "PUBLIC"),
        "{secure:#?}"
    );

    let series = function("series", "n integer");
    assert!(series.returns_set);
    assert_eq!(series.result.as_deref(), Some("SETOF integer"));

    let procedure = function("do_nothing", "x integer");
    assert_eq!(procedure.kind, FunctionKind::Procedure);
    assert_eq!(procedure.result, None);
    assert!(
        procedure
            .definition
            .starts_with("CREATE OR REPLACE PROCEDURE public.do_nothing"),
        "{procedure:#?}"
    );

    assert!(function("leaky", "x integer").leakproof);
    // pg_get_function_identity_arguments prints OUT parameters too, though they are no part of
    // the identity.
    let out = function("out_params", "a integer, OUT b integer, OUT c text");
    assert_eq!(out.arguments, "a integer, OUT b integer, OUT c text");
    assert_eq!(out.result.as_deref(), Some("record"));

    let mut expected = 7;
    if major() >= 14 {
        let ret = function("std_return", "a integer");
        assert!(ret.definition.contains("RETURN (a * 2)"), "{ret:#?}");
        let atomic = function("std_atomic", "a integer");
        assert!(atomic.definition.contains("BEGIN ATOMIC"), "{atomic:#?}");
        let proc = function("std_proc", "a integer");
        assert_eq!(proc.kind, FunctionKind::Procedure);
        assert!(proc.definition.contains("BEGIN ATOMIC"), "{proc:#?}");
        expected += 3;
    }
    assert_eq!(
        catalog.functions.len(),
        expected,
        "{:#?}",
        catalog.functions
    );
}

#[test]
fn aggregates() {
    let catalog = catalog_of("aggregates");
    let aggregate = |name: &str| named(&catalog.aggregates, name, |a| &a.name);
    let sum = aggregate("my_sum");
    assert_eq!(sum.schema, "public");
    assert_eq!(sum.identity_arguments, "integer");
    assert!(sum.transition_function.contains("int_add"), "{sum:#?}");
    assert_eq!(sum.state_type, "integer");
    assert_eq!(sum.initial_condition.as_deref(), Some("0"));
    assert_eq!((&sum.final_function, &sum.combine_function), (&None, &None));
    assert_eq!(sum.aggregate_kind, "normal");
    assert_eq!(sum.owner, SUPERUSER);
    assert_eq!(
        sum.definition,
        "create aggregate public.my_sum(integer) (\n    sfunc = int_add,\n    stype = integer,\n    \
         initcond = '0'\n)"
    );
    let count = aggregate("my_count");
    assert_eq!(count.identity_arguments, "");
    assert!(
        count
            .definition
            .starts_with("create aggregate public.my_count(*) ("),
        "{count:#?}"
    );
    assert_eq!(
        aggregate("my_avg").definition,
        "create aggregate public.my_avg(numeric) (\n    sfunc = numeric_avg_accum,\n    \
         stype = internal,\n    finalfunc = numeric_avg,\n    finalfunc_modify = shareable,\n    \
         combinefunc = numeric_avg_combine,\n    serialfunc = numeric_avg_serialize,\n    \
         deserialfunc = numeric_avg_deserialize,\n    parallel = safe\n)"
    );
    assert!(
        aggregate("my_max")
            .definition
            .contains("sortop = operator(pg_catalog.>)"),
        "regoper qualifies an operator name with overloads"
    );
    assert_eq!(
        aggregate("sum_moving").definition,
        "create aggregate public.sum_moving(double precision) (\n    sfunc = float8pl,\n    \
         stype = double precision,\n    sspace = 8,\n    msfunc = float8pl,\n    \
         minvfunc = float8mi,\n    mstype = double precision,\n    msspace = 16,\n    \
         minitcond = '0'\n)"
    );
    let pct = aggregate("my_pct");
    assert_eq!(pct.aggregate_kind, "ordered_set");
    assert_eq!(
        pct.identity_arguments,
        "p double precision ORDER BY v anyelement"
    );
    assert_eq!(pct.argument_types, "double precision, anyelement");
    assert_eq!(
        pct.definition,
        "create aggregate public.my_pct(p double precision ORDER BY v anyelement) (\n    \
         sfunc = ordered_set_transition,\n    stype = internal,\n    \
         finalfunc = percentile_disc_final,\n    finalfunc_extra\n)",
        "read_write is an ordered-set aggregate's default finalfunc_modify"
    );
    let rank = aggregate("my_rank");
    assert_eq!(rank.aggregate_kind, "hypothetical");
    assert_eq!(
        rank.identity_arguments,
        "VARIADIC \"any\" ORDER BY VARIADIC \"any\""
    );
    assert_eq!(rank.argument_types, "\"any\"");
    assert!(
        rank.definition.ends_with(",\n    hypothetical\n)"),
        "{rank:#?}"
    );
    assert_eq!(
        names(&catalog.functions, |f| &f.name),
        ["int_add"],
        "aggregates are not functions"
    );
}

#[test]
fn triggers() {
    let catalog = catalog_of("triggers");
    assert_eq!(
        sorted(names(&catalog.triggers, |t| &t.name)),
        strings(&[
            "t_constraint",
            "t_disabled",
            "t_replica",
            "t_touch",
            "tv_instead"
        ]),
        "foreign keys' internal triggers are not user triggers"
    );
    let trigger = |name: &str| named(&catalog.triggers, name, |t| &t.name);
    let touch = trigger("t_touch");
    assert_eq!(
        (touch.schema.as_str(), touch.table.as_str()),
        ("public", "t")
    );
    assert!(
        touch
            .definition
            .starts_with("CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE ON "),
        "{touch:#?}"
    );
    assert!(
        touch
            .definition
            .contains("FOR EACH ROW WHEN ((new.id IS NOT NULL)) EXECUTE FUNCTION"),
        "{touch:#?}"
    );
    assert_eq!(touch.enabled, "origin");
    assert_eq!(
        (touch.function_schema.as_str(), touch.function_name.as_str()),
        ("public", "touch")
    );
    assert!(!touch.constraint_trigger);
    assert_eq!(trigger("t_disabled").enabled, "disabled");
    assert_eq!(trigger("t_replica").enabled, "replica");
    let constraint = trigger("t_constraint");
    assert!(constraint.constraint_trigger);
    assert!(
        constraint
            .definition
            .contains("DEFERRABLE INITIALLY DEFERRED"),
        "{constraint:#?}"
    );
    let instead = trigger("tv_instead");
    assert_eq!(
        (instead.table.as_str(), instead.function_name.as_str()),
        ("tv", "tv_insert")
    );
}

#[test]
fn event_triggers() {
    let catalog = catalog_of("event_triggers");
    let creates = named(&catalog.event_triggers, "log_creates", |t| &t.name);
    assert_eq!(creates.event, "ddl_command_start");
    assert_eq!(creates.tags, strings(&["CREATE TABLE", "CREATE VIEW"]));
    assert_eq!(
        (
            creates.function_schema.as_str(),
            creates.function_name.as_str()
        ),
        ("public", "on_ddl")
    );
    assert_eq!(
        (creates.enabled.as_str(), creates.owner.as_str()),
        ("origin", SUPERUSER)
    );
    let drops = named(&catalog.event_triggers, "log_drops", |t| &t.name);
    assert_eq!(
        (drops.event.as_str(), drops.enabled.as_str()),
        ("sql_drop", "disabled")
    );
    assert!(drops.tags.is_empty());
    assert_eq!(catalog.event_triggers.len(), 2);
}

#[test]
fn casts() {
    let catalog = catalog_of("casts");
    let cast = |target: &str| {
        one(&catalog.casts, target, |c| {
            c.source == "mood" && c.target == target
        })
    };
    let function = |c: &Cast| {
        c.function
            .as_ref()
            .map(|f| format!("{}.{}({})", f.schema, f.name, f.identity_arguments))
    };
    let to_int = cast("integer");
    assert_eq!(
        (to_int.method, to_int.context, function(to_int)),
        (
            CastMethod::Function,
            CastContext::Explicit,
            Some("public.mood_to_int(m mood)".to_string())
        )
    );
    assert_eq!(to_int.comment.as_deref(), Some("sad is 0"));
    let to_numeric = cast("numeric");
    assert_eq!(
        (to_numeric.context, function(to_numeric)),
        (
            CastContext::Assignment,
            Some("public.mood_to_numeric(mood, integer, boolean)".to_string())
        )
    );
    let to_bytea = cast("bytea");
    assert_eq!(
        (to_bytea.method, to_bytea.context, function(to_bytea)),
        (CastMethod::Inout, CastContext::Implicit, None)
    );
    let binary = one(&catalog.casts, "date as integer", |c| c.source == "date");
    assert_eq!(
        (binary.target.as_str(), binary.method, binary.context),
        ("integer", CastMethod::Binary, CastContext::Explicit)
    );
    assert_eq!(
        (binary.function.as_ref(), binary.comment.as_deref()),
        (None, None)
    );
    // citext's own casts belong to the extension.
    assert_eq!(catalog.casts.len(), 4, "{:#?}", catalog.casts);
    // The casts depend on their functions and on the enum.
    let edge = |referenced: ObjectKind, name: &str| {
        catalog.dependencies.iter().any(|d| {
            d.dependent.kind == ObjectKind::Cast
                && d.dependent.name == "mood"
                && d.dependent.args.as_deref() == Some("integer")
                && d.referenced.kind == referenced
                && d.referenced.name == name
        })
    };
    assert!(
        edge(ObjectKind::Function, "mood_to_int"),
        "{:#?}",
        catalog.dependencies
    );
    assert!(
        edge(ObjectKind::Enum, "mood"),
        "{:#?}",
        catalog.dependencies
    );
}

#[test]
fn policies() {
    let catalog = catalog_of("policies");
    let policy = |name: &str| named(&catalog.policies, name, |p| &p.name);
    let owner = policy("docs_owner");
    assert_eq!(
        (owner.schema.as_str(), owner.table.as_str()),
        ("public", "docs")
    );
    assert_eq!(owner.command, "ALL");
    assert!(owner.permissive);
    assert_eq!(
        owner.roles,
        strings(&["postgres", "schemainspect_test_role"])
    );
    assert!(
        owner
            .using
            .as_deref()
            .is_some_and(|u| u.contains("owner_name = CURRENT_USER")),
        "{owner:#?}"
    );
    assert!(
        owner
            .with_check
            .as_deref()
            .is_some_and(|u| u.contains("owner_name = CURRENT_USER")),
        "{owner:#?}"
    );
    let public = policy("docs_public");
    assert_eq!(
        (public.command.as_str(), public.roles.clone()),
        ("SELECT", strings(&["PUBLIC"]))
    );
    assert!(
        public
            .using
            .as_deref()
            .is_some_and(|u| u.contains("is_public")),
        "{public:#?}"
    );
    assert_eq!(public.with_check, None);
    let restrict = policy("docs_restrict");
    assert!(!restrict.permissive);
    assert_eq!(
        (restrict.command.as_str(), restrict.roles.clone()),
        ("DELETE", strings(&["postgres"]))
    );
    assert_eq!(catalog.policies.len(), 3);
}

#[test]
fn rules() {
    let catalog = catalog_of("rules");
    assert_eq!(
        sorted(names(&catalog.rules, |r| &r.name)),
        strings(&["t_always", "t_audit", "t_replica", "t_skip", "v_insert"]),
        "views' _RETURN rules are the views"
    );
    let rule = |name: &str| named(&catalog.rules, name, |r| &r.name);
    let skip = rule("t_skip");
    assert_eq!((skip.schema.as_str(), skip.table.as_str()), ("public", "t"));
    assert!(
        skip.definition.starts_with("CREATE RULE t_skip AS")
            && skip.definition.contains("ON INSERT TO public.t")
            && skip
                .definition
                .contains("WHERE (new.id < 0) DO INSTEAD NOTHING;"),
        "{skip:#?}"
    );
    assert_eq!(skip.enabled, "origin");
    assert_eq!(rule("t_audit").enabled, "disabled");
    assert_eq!(rule("t_replica").enabled, "replica");
    assert_eq!(rule("t_always").enabled, "always");
    let insert = rule("v_insert");
    assert_eq!(insert.table, "v");
    assert_eq!(insert.comment.as_deref(), Some("writes through"));
    assert!(
        catalog
            .dependencies
            .iter()
            .any(|d| d.dependent.kind == ObjectKind::Rule
                && d.dependent.name == "v_insert"
                && d.dependent.table.as_deref() == Some("v")
                && d.referenced.kind == ObjectKind::Table
                && d.referenced.name == "t"),
        "a rule's action's table is a dependency of the rule: {:#?}",
        catalog.dependencies
    );
}

#[test]
fn statistics() {
    let catalog = catalog_of("statistics");
    let statistics = |name: &str| named(&catalog.statistics, name, |s| &s.name);
    let all = statistics("s_all");
    assert_eq!(all.schema, "public");
    assert_eq!(
        all.definition,
        "CREATE STATISTICS public.s_all ON a, b FROM t"
    );
    assert_eq!(
        all.statistics_target, None,
        "the default target, on every major"
    );
    assert_eq!(all.owner, SUPERUSER);
    let nd = statistics("s_nd");
    assert_eq!(
        nd.definition,
        "CREATE STATISTICS public.s_nd (ndistinct) ON a, b, c FROM t"
    );
    assert_eq!(nd.statistics_target, Some(300));
    assert_eq!(nd.comment.as_deref(), Some("three columns"));
    let mcv = statistics("s_mcv");
    assert_eq!(mcv.schema, "other", "another schema than its table's");
    assert_eq!(
        mcv.definition,
        "CREATE STATISTICS other.s_mcv (mcv) ON b, c FROM t"
    );
    let mut expected = 3;
    if major() >= 14 {
        assert_eq!(
            statistics("s_expr").definition,
            "CREATE STATISTICS public.s_expr ON (a + b), lower(c) FROM t"
        );
        expected += 1;
    }
    assert_eq!(catalog.statistics.len(), expected);
    assert!(
        catalog
            .dependencies
            .iter()
            .any(|d| d.dependent.kind == ObjectKind::Statistics
                && d.dependent.name == "s_nd"
                && d.referenced.kind == ObjectKind::Table
                && d.referenced.column.as_deref() == Some("c")),
        "statistics depend on their columns: {:#?}",
        catalog.dependencies
    );
}

#[test]
fn privileges() {
    let catalog = catalog_of("privileges");
    let s = named(&catalog.schemas, "s", |x| &x.name);
    assert_privilege(&s.privileges, "schemainspect_test_role", "USAGE", false);
    let t = named(&catalog.tables, "t", |x| &x.name);
    assert_privilege(&t.privileges, "schemainspect_test_role", "SELECT", false);
    assert_privilege(&t.privileges, "postgres", "INSERT", true);
    assert_privilege(&t.privileges, "postgres", "UPDATE", true);
    assert!(
        !t.privileges
            .iter()
            .any(|p| p.grantee == "postgres" && p.privilege == "SELECT"),
        "{t:#?}"
    );
    let a = named(&t.columns, "a", |c| &c.name);
    assert_privilege(&a.privileges, "postgres", "SELECT", false);
    assert!(named(&t.columns, "b", |c| &c.name).privileges.is_empty());
    let public = named(&catalog.tables, "pub", |x| &x.name);
    assert_privilege(&public.privileges, "PUBLIC", "SELECT", false);
    let seq = named(&catalog.sequences, "seq", |x| &x.name);
    assert_privilege(&seq.privileges, "schemainspect_test_role", "USAGE", false);
    assert_privilege(&seq.privileges, "schemainspect_test_role", "SELECT", false);
    let v = named(&catalog.views, "v", |x| &x.name);
    assert_privilege(&v.privileges, "postgres", "SELECT", false);
    let f = named(&catalog.functions, "f", |x| &x.name);
    assert_privilege(&f.privileges, "postgres", "EXECUTE", false);
    assert!(
        !f.privileges.iter().any(|p| p.grantee == "PUBLIC"),
        "{f:#?}"
    );
    let e = named(&catalog.enums, "e", |x| &x.name);
    assert_privilege(&e.privileges, "postgres", "USAGE", false);
    let d = named(&catalog.domains, "d", |x| &x.name);
    assert_privilege(&d.privileges, "postgres", "USAGE", false);
}

#[test]
fn default_privileges() {
    let catalog = catalog_of("default_privileges");
    let has = |role: &str,
               schema: Option<&str>,
               object_type: &str,
               grantee: &str,
               privilege: &str,
               grantable| {
        catalog.default_privileges.iter().any(|d| {
            d.role == role
                && d.schema.as_deref() == schema
                && d.object_type == object_type
                && d.grantee == grantee
                && d.privilege == privilege
                && d.grantable == grantable
        })
    };
    let all = &catalog.default_privileges;
    assert!(
        has(
            SUPERUSER,
            Some("s"),
            "tables",
            "schemainspect_test_role",
            "SELECT",
            false
        ),
        "{all:#?}"
    );
    assert!(
        has(SUPERUSER, None, "sequences", "postgres", "USAGE", false),
        "{all:#?}"
    );
    assert!(
        has(
            "schemainspect_test_role",
            None,
            "functions",
            "postgres",
            "EXECUTE",
            true
        ),
        "{all:#?}"
    );
    assert!(
        has(SUPERUSER, Some("s"), "types", "postgres", "USAGE", false),
        "{all:#?}"
    );
    assert!(
        !has(SUPERUSER, Some("s"), "tables", "postgres", "SELECT", false),
        "{all:#?}"
    );
}

#[test]
fn comments() {
    let catalog = catalog_of("comments");
    let comment = |found: &Option<Text>, expected: &str| {
        assert_eq!(found.as_deref(), Some(expected));
    };
    comment(
        &named(&catalog.schemas, "s", |x| &x.name).comment,
        "a schema",
    );
    comment(
        &named(&catalog.extensions, "citext", |x| &x.name).comment,
        "case-insensitive text",
    );
    comment(
        &named(&catalog.collations, "coll", |x| &x.name).comment,
        "a collation",
    );
    comment(&named(&catalog.enums, "e", |x| &x.name).comment, "an enum");
    let d = named(&catalog.domains, "d", |x| &x.name);
    comment(&d.comment, "a domain");
    comment(
        &named(&d.checks, "d_check", |x| &x.name).comment,
        "a domain constraint",
    );
    let c = named(&catalog.composite_types, "c", |x| &x.name);
    comment(&c.comment, "a composite type");
    assert_eq!(named(&c.attributes, "a", |x| &x.name).comment, None);
    comment(
        &named(&c.attributes, "b", |x| &x.name).comment,
        "a composite type attribute",
    );
    comment(
        &named(&catalog.range_types, "r", |x| &x.name).comment,
        "a range type",
    );
    comment(
        &named(&catalog.sequences, "seq", |x| &x.name).comment,
        "a sequence",
    );
    let t = named(&catalog.tables, "t", |x| &x.name);
    comment(&t.comment, "it's \"quoted\"\nand on two lines");
    comment(
        &named(&t.columns, "v", |x| &x.name).comment,
        "a naïve column ✓",
    );
    assert_eq!(named(&t.columns, "id", |x| &x.name).comment, None);
    comment(
        &named(&catalog.constraints, "t_pkey", |x| &x.name).comment,
        "a constraint",
    );
    comment(
        &named(&catalog.indexes, "t_v_idx", |x| &x.name).comment,
        "an index",
    );
    assert_eq!(named(&catalog.indexes, "t_pkey", |x| &x.name).comment, None);
    let v = named(&catalog.views, "v", |x| &x.name);
    comment(&v.comment, "a view");
    comment(
        &named(&v.columns, "id", |x| &x.name).comment,
        "a view column",
    );
    comment(
        &named(&catalog.views, "mv", |x| &x.name).comment,
        "a materialized view",
    );
    comment(
        &named(&catalog.functions, "f", |x| &x.name).comment,
        "a function",
    );
    comment(
        &named(&catalog.functions, "p", |x| &x.name).comment,
        "a procedure",
    );
    assert_eq!(
        named(&catalog.functions, "int_add", |x| &x.name).comment,
        None
    );
    comment(
        &named(&catalog.aggregates, "agg", |x| &x.name).comment,
        "an aggregate",
    );
    comment(
        &named(&catalog.triggers, "t_trigger", |x| &x.name).comment,
        "a trigger",
    );
    comment(
        &named(&catalog.event_triggers, "et", |x| &x.name).comment,
        "an event trigger",
    );
    comment(
        &named(&catalog.policies, "pol", |x| &x.name).comment,
        "a policy",
    );
}

fn depends(
    catalog: &Catalog,
    dependent: (ObjectKind, &str),
    referenced: (ObjectKind, &str),
) -> bool {
    catalog.dependencies.iter().any(|d| {
        d.dependent.kind == dependent.0
            && d.dependent.name == dependent.1
            && d.dependent.schema.as_deref() == Some("public")
            && d.referenced.kind == referenced.0
            && d.referenced.name == referenced.1
            && d.referenced.schema.as_deref() == Some("public")
    })
}

#[test]
fn dependencies() {
    let catalog = catalog_of("dependencies");
    let all = &catalog.dependencies;
    assert!(
        depends(
            &catalog,
            (ObjectKind::View, "v1"),
            (ObjectKind::Table, "base")
        ),
        "{all:#?}"
    );
    assert!(
        depends(&catalog, (ObjectKind::View, "v2"), (ObjectKind::View, "v1")),
        "{all:#?}"
    );
    assert!(
        !depends(
            &catalog,
            (ObjectKind::View, "v2"),
            (ObjectKind::Table, "base")
        ),
        "only direct edges: {all:#?}"
    );
    assert!(
        depends(
            &catalog,
            (ObjectKind::MaterializedView, "mv"),
            (ObjectKind::Table, "base")
        ),
        "{all:#?}"
    );
    let default = one(all, "with_default -> make_v()", |d| {
        d.dependent.kind == ObjectKind::Table
            && d.dependent.name == "with_default"
            && d.referenced.kind == ObjectKind::Function
            && d.referenced.name == "make_v"
    });
    assert_eq!(default.referenced.args.as_deref(), Some(""));
    assert!(
        matches!(default.dependent.column.as_deref(), None | Some("x")),
        "{default:#?}"
    );
    if major() >= 14 {
        assert!(
            depends(
                &catalog,
                (ObjectKind::Function, "count_base"),
                (ObjectKind::Table, "base")
            ),
            "{all:#?}"
        );
    }
    // A view never depends on itself through its rewrite rule.
    assert!(all.iter().all(|d| d.dependent != d.referenced), "{all:#?}");
}

#[test]
fn schema_filter_applies_at_fetch() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("filter");
    cluster
        .execute(&db, "create schema keep; create schema skip; create table keep.a (id int); create table skip.b (id int);")
        .unwrap();
    let url = cluster.url(&db);
    let only = SchemaFilter {
        only: Some("keep".into()),
        exclude: vec![],
    };
    let catalog = fetch::fetch_filtered(&url, &only).unwrap();
    assert_eq!(names(&catalog.schemas, |s| &s.name), ["keep"]);
    assert_eq!(names(&catalog.tables, |t| &t.name), ["a"]);
    let exclude = SchemaFilter {
        only: None,
        exclude: vec!["keep".into()],
    };
    let catalog = fetch::fetch_filtered(&url, &exclude).unwrap();
    assert_eq!(
        sorted(names(&catalog.schemas, |s| &s.name)),
        strings(&["public", "skip"])
    );
    assert_eq!(names(&catalog.tables, |t| &t.name), ["b"]);
}

#[test]
fn foreign() {
    let catalog = catalog_of("foreign");
    let option = |name: &str, value: Option<&str>| ForeignOption {
        name: name.into(),
        value: value.map(Text::from),
    };
    let bare = named(&catalog.foreign_data_wrappers, "bare", |w| &w.name);
    assert_eq!(
        (&bare.handler, &bare.validator, bare.options.len()),
        (&None, &None, 0)
    );
    let checked = named(&catalog.foreign_data_wrappers, "checked", |w| &w.name);
    assert_eq!(
        checked.validator.as_ref().map(|v| (
            v.schema.as_str(),
            v.name.as_str(),
            v.identity_arguments.as_str()
        )),
        Some(("public", "fdw_check", "text[], oid"))
    );
    assert_eq!(
        checked.options,
        [
            option("debug", Some("true")),
            option("odd name", Some("it's"))
        ]
    );
    assert_eq!(checked.comment.as_deref(), Some("checks nothing"));
    let plain = named(&catalog.foreign_servers, "plain", |s| &s.name);
    assert_eq!(
        (
            plain.wrapper.as_str(),
            &plain.server_type,
            &plain.version,
            plain.options.len()
        ),
        ("bare", &None, &None, 0)
    );
    let full = named(&catalog.foreign_servers, "full_server", |s| &s.name);
    assert_eq!(
        (
            full.wrapper.as_str(),
            full.server_type.as_deref(),
            full.version.as_deref(),
            full.comment.as_deref()
        ),
        ("checked", Some("kind"), Some("1.0"), Some("the full one"))
    );
    assert_eq!(
        full.options,
        [
            option("host", Some("db.example")),
            option("port", Some("5432"))
        ]
    );
    // The passwords' values never reach the catalog; the other options do.
    let mine = one(&catalog.user_mappings, "mapping of full_server", |m| {
        m.server == "full_server"
    });
    assert_eq!(mine.role, SUPERUSER);
    assert_eq!(
        mine.options.as_deref(),
        Some(
            &[
                option("user", Some("alice")),
                option("password", None),
                option("sslpassword", None)
            ][..]
        )
    );
    let json = catalog.to_json();
    assert!(
        !json.contains("hunter2") && !json.contains("hunter3"),
        "{json}"
    );
    let public = one(&catalog.user_mappings, "mapping of plain", |m| {
        m.server == "plain"
    });
    assert_eq!(
        (public.role.as_str(), public.options.as_deref()),
        ("public", Some(&[][..]))
    );
    // Servers depend on their wrappers, mappings on their servers, wrappers on validators.
    let edge = |dependent: ObjectKind, referenced: ObjectKind, name: &str| {
        catalog.dependencies.iter().any(|d| {
            d.dependent.kind == dependent
                && d.referenced.kind == referenced
                && d.referenced.name == name
        })
    };
    assert!(edge(
        ObjectKind::ForeignDataWrapper,
        ObjectKind::Function,
        "fdw_check"
    ));
    assert!(edge(
        ObjectKind::ForeignServer,
        ObjectKind::ForeignDataWrapper,
        "checked"
    ));
    assert!(edge(
        ObjectKind::UserMapping,
        ObjectKind::ForeignServer,
        "full_server"
    ));
    // Foreign tables are tables with their server and options, columns with theirs.
    let items = named(&catalog.tables, "remote_items", |t| &t.name);
    let foreign = items.foreign.as_deref().expect("a foreign table");
    assert_eq!(
        (foreign.server.as_str(), &foreign.options[..]),
        (
            "full_server",
            &[
                option("schema_name", Some("inventory")),
                option("table_name", Some("items"))
            ][..]
        )
    );
    let id = &items.columns[0];
    assert_eq!(
        (
            id.not_null,
            id.settings.as_ref().map(|s| &s.foreign_options[..])
        ),
        (true, Some(&[option("column_name", Some("item_id"))][..]))
    );
    assert_eq!(items.columns[1].default.as_deref(), Some("'none'::text"));
    assert_eq!(items.comment.as_deref(), Some("items elsewhere"));
    assert_eq!(items.privileges.len(), 1, "{:?}", items.privileges);
    let check = one(&catalog.constraints, "remote_items' check", |c| {
        c.table == "remote_items"
    });
    assert_eq!(check.definition, "CHECK ((id > 0))");
    let old = named(&catalog.tables, "readings_old", |t| &t.name);
    assert_eq!(
        (
            old.foreign.as_ref().map(|f| f.server.as_str()),
            old.partition_of.as_ref().map(|p| p.parent.name.as_str())
        ),
        (Some("plain"), Some("readings"))
    );
    assert!(named(&catalog.tables, "readings", |t| &t.name)
        .foreign
        .is_none());
    assert!(edge(
        ObjectKind::Table,
        ObjectKind::ForeignServer,
        "full_server"
    ));
}

/// `db`'s catalog, read with or without the secrets (`--with-secrets`).
fn read_with_secrets(cluster: &Cluster, db: &str, with_secrets: bool) -> Catalog {
    let mut client =
        migra_fetch::connect_with_env(&cluster.url(db), &migra_fetch::ConnectEnv::new()).unwrap();
    let timeouts = migra_fetch::Timeouts {
        with_secrets,
        ..migra_fetch::Timeouts::default()
    };
    migra_fetch::fetch_catalog_with(&mut client, &SchemaFilter::default(), &timeouts)
        .unwrap_or_else(|e| panic!("{e:#}"))
}

/// The migration from `EMPTY` to `catalog`.
fn created_from_empty(catalog: &Catalog) -> migra_engine::Migration {
    migra_engine::diff(
        &Catalog::empty(),
        catalog,
        &migra_engine::Options::default(),
    )
    .unwrap()
}

/// Secrets stay on the server unless asked for: without `--with-secrets` neither the catalog nor
/// the migration holds the password, and creating the mapping warns of the option left out; with
/// it, the password is read and created again.
#[test]
fn foreign_secrets() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("foreign_secrets");
    load_fixture(cluster, &db, "foreign");
    let read = |with_secrets: bool| read_with_secrets(cluster, &db, with_secrets);
    let create = created_from_empty;

    let hidden = create(&read(false));
    let sql = hidden.sql();
    assert!(!sql.contains("hunter"), "{sql}");
    assert!(
        sql.contains(&format!(
            "create user mapping for \"{SUPERUSER}\" server \"full_server\" options (\"user\" 'alice');"
        )),
        "{sql}"
    );
    let warned: Vec<&String> = hidden
        .warnings
        .iter()
        .filter(|w| w.contains("full_server"))
        .collect();
    assert_eq!(warned.len(), 2, "{:#?}", hidden.warnings);
    assert!(warned[0].contains("\"password\"") && warned[1].contains("\"sslpassword\""));

    let shown = read(true);
    let mine = one(&shown.user_mappings, "mapping of full_server", |m| {
        m.server == "full_server"
    });
    assert!(shown.to_json().contains("hunter2"));
    assert_eq!(mine.options.as_ref().map(|o| o.len()), Some(3), "{mine:#?}");
    let migration = create(&shown);
    assert!(
        migration.sql().contains(&format!(
            "create user mapping for \"{SUPERUSER}\" server \"full_server\" options (\"user\" 'alice', \"password\" 'hunter2', \"sslpassword\" 'hunter3');"
        )),
        "{}",
        migration.sql()
    );
    assert!(
        !migration.warnings.iter().any(|w| w.contains("full_server")),
        "{:#?}",
        migration.warnings
    );
}

/// Subscriptions: options, publications, comment; the connection strings' passwords (keyword/value
/// and URI, in its authority and its query) never reach the catalog nor the migration unless
/// asked for, and creating one without them warns; with `--with-secrets` they are read and
/// written.
#[test]
fn subscriptions() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("subscriptions");
    load_fixture(cluster, &db, "subscriptions");
    let read = |with_secrets: bool| read_with_secrets(cluster, &db, with_secrets);
    let create = created_from_empty;

    let hidden = read(false);
    let plain = named(&hidden.subscriptions, "sub_plain", |s| &s.name);
    assert_eq!(
        (
            plain.connection.as_deref(),
            &plain.connection_secrets[..],
            &plain.publications[..],
            plain.slot_name.as_deref(),
            plain.synchronous_commit.as_deref(),
            plain.enabled,
            plain.comment.as_deref()
        ),
        (
            Some("host=/nonexistent dbname=x user=u"),
            &strings(&["password"])[..],
            &strings(&["pub_a", "pub B"])[..],
            Some("sub_plain"),
            Some("local"),
            false,
            Some("a subscription")
        )
    );
    assert_eq!(plain.binary.is_some(), major() >= 14);
    assert_eq!(plain.failover.is_some(), major() >= 17);
    let uri = named(&hidden.subscriptions, "sub_uri", |s| &s.name);
    assert_eq!(
        (
            uri.connection.as_deref(),
            &uri.connection_secrets[..],
            uri.slot_name.as_deref()
        ),
        (
            Some("postgresql://bob@localhost:5/db?application_name=app"),
            &strings(&["sslpassword", "password"])[..],
            None
        )
    );
    let json = hidden.to_json();
    assert!(!json.contains("hunter"), "{json}");
    let migration = create(&hidden);
    let sql = migration.sql();
    assert!(!sql.contains("hunter"), "{sql}");
    assert!(
        sql.contains(
            "create subscription \"sub_plain\" connection 'host=/nonexistent dbname=x user=u' \
             publication \"pub_a\", \"pub B\" with (connect = false, slot_name = 'sub_plain', \
             synchronous_commit = 'local'"
        ),
        "{sql}"
    );
    let warned = |name: &str, what: &str| {
        migration
            .warnings
            .iter()
            .any(|w| w.contains(name) && w.contains(what))
    };
    assert!(warned("\"sub_plain\"", "without its \"password\""));
    assert!(warned("\"sub_uri\"", "\"sslpassword\", \"password\""));
    assert!(warned("\"sub_plain\"", "connect = false"));

    let shown = read(true);
    let plain = named(&shown.subscriptions, "sub_plain", |s| &s.name);
    assert_eq!(
        (plain.connection.as_deref(), plain.connection_secrets.len()),
        (
            Some("host=/nonexistent dbname=x password='hunter 4' user=u"),
            0
        )
    );
    let sql = create(&shown).sql();
    assert!(
        sql.contains("connection 'postgresql://bob:hunter5@localhost:5/db?sslpassword=hunter6&application_name=app'"),
        "{sql}"
    );
}

mod access_methods;
mod base_types;
mod family_additions;
mod languages;
mod operators;
mod text_search;
