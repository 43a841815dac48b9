//! What a fetch needs and what it can do. A role that may only log in and connect (no superuser,
//! no `pg_read_all_*`, no privilege on any table, `public` and every other schema revoked from
//! `PUBLIC`) reads the same catalog as a superuser, for every kind the engine models (the
//! per-kind fixtures) and every schema of the migra corpus; and the fetch cannot write: its
//! transaction, opened by `migra_fetch::begin_read_only`, refuses every kind of write, and the
//! server's own statement log shows that the real fetch opens its transaction with exactly that
//! function's text and sends nothing but reads.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{bail, Result};
use migra_engine::Catalog;
use migra_fetch::Timeouts;
use migra_tests::{fetch, Cluster};
use serde_json::Value;

/// The restricted role, one per cluster (roles are global): LOGIN and nothing else.
const READER: &str = "migra_only_connects";

fn reader(cluster: &Cluster) -> &'static str {
    static CREATED: OnceLock<()> = OnceLock::new();
    CREATED.get_or_init(|| {
        cluster
            .execute("postgres", &format!("create role {READER} login"))
            .unwrap();
    });
    READER
}

/// Takes from `PUBLIC` what every role gets by default in `db` (CONNECT and TEMP on the database,
/// USAGE on `public` and on any schema a fixture granted it on), then grants CONNECT to the reader
/// alone. Functions keep PUBLIC's EXECUTE, which reading the catalog does not use.
fn restrict(cluster: &Cluster, db: &str) -> Result<()> {
    let reader = reader(cluster);
    cluster.execute(
        db,
        &format!(
            "revoke all on database \"{db}\" from public;
             grant connect on database \"{db}\" to {reader};
             do $$ declare s name; begin
                 for s in select nspname from pg_namespace
                          where nspname not in ('pg_catalog', 'information_schema')
                            and nspname not like 'pg\\_toast%' and nspname not like 'pg\\_temp\\_%'
                 loop execute format('revoke all on schema %I from public', s); end loop;
             end $$;"
        ),
    )
}

/// The URL of `db` for `role`, over the unix socket (trusted, no password).
fn url_as(cluster: &Cluster, role: &str, db: &str) -> String {
    format!(
        "postgresql://{role}@/{db}?host={}&port={}",
        cluster.socket_dir().display(),
        cluster.port()
    )
}

/// What [`fetch_both`] found: the superuser's catalog, and the objects whose text the reader
/// reads schema-qualified while `public` is off its search path.
struct Compared {
    catalog: Catalog,
    qualified: Vec<String>,
}

/// What PostgreSQL hides from the reader: user mappings' options, which `pg_user_mappings` shows
/// only to the mapping's role, the server's owner and superusers (the reader's catalog has none:
/// `options` absent), and subscriptions' connections (`subconninfo` is revoked from PUBLIC; on
/// 13, `oid` and `subsynccommit` too, so that neither the setting nor the comment is read). The
/// superuser's catalog as the reader reads it.
fn without_mapping_options(mut catalog: Catalog) -> String {
    for mapping in &mut catalog.user_mappings {
        mapping.options = None;
    }
    let major = catalog.server_version_num / 10_000;
    for subscription in &mut catalog.subscriptions {
        subscription.connection = None;
        subscription.connection_secrets.clear();
        if major < 14 {
            subscription.synchronous_commit = None;
            subscription.comment = None;
        }
    }
    catalog.to_json()
}

/// Restricts `db` and fetches it as the superuser and as the reader, twice.
///
/// With `public` revoked, the reader's effective search path is empty: PostgreSQL leaves out the
/// schemas a role may not use. The deparsing functions (`pg_get_viewdef`, `format_type`,
/// `pg_get_constraintdef`, ...) print names relative to the search path, so the reader reads every
/// name in `public` schema-qualified: the same objects, the same definitions, other text. Its
/// catalog must then equal the superuser's read with an empty search path, byte for byte. With
/// USAGE on `public` (the default up to PostgreSQL 14, and still no access to any table), it must
/// equal the superuser's own, byte for byte.
fn fetch_both(cluster: &Cluster, db: &str) -> Result<Compared> {
    restrict(cluster, db)?;
    let reader = reader(cluster);
    let superuser = without_mapping_options(fetch::fetch(&cluster.url(db))?);
    let mut restricted = fetch::fetch(&url_as(cluster, reader, db))?;
    // The catalog says why its text differs: public is on the reader's search_path, but not
    // usable. Every diff of it warns so (migra prints it).
    let notes: Vec<(String, String)> = restricted
        .notes
        .iter()
        .map(|n| (n.kind.to_string(), n.name.to_string()))
        .collect();
    if notes
        != [(
            "search_path_schema_without_usage".to_string(),
            "public".to_string(),
        )]
    {
        bail!("the reader's catalog should note public as a search_path schema without USAGE, has {notes:?}");
    }
    restricted.notes.clear();
    let restricted = restricted.to_json();
    let no_path = without_mapping_options(fetch::fetch(&format!(
        "{}&options=-c%20search_path%3D",
        cluster.url(db)
    ))?);
    if restricted != no_path {
        bail!(
            "the role that can only connect reads a different catalog than a superuser with an \
             empty search path: {}",
            differences(&no_path, &restricted).join("; ")
        );
    }
    let qualified = differences(&superuser, &restricted);
    // The grant shows in the catalog (public's privileges): both read after it.
    cluster.execute(db, &format!("grant usage on schema public to {reader}"))?;
    let superuser_after = without_mapping_options(fetch::fetch(&cluster.url(db))?);
    let with_usage = fetch::fetch(&url_as(cluster, reader, db))?.to_json();
    cluster.execute(db, &format!("revoke usage on schema public from {reader}"))?;
    if with_usage != superuser_after {
        bail!(
            "with USAGE on public, the role that can only connect reads a different catalog: {}",
            differences(&superuser_after, &with_usage).join("; ")
        );
    }
    Ok(Compared {
        catalog: Catalog::from_json(&superuser).unwrap(),
        qualified,
    })
}

/// The objects of each list that only one of two catalogs has (or has differently), named by
/// their identity fields.
fn differences(superuser: &str, restricted: &str) -> Vec<String> {
    let a: Value = serde_json::from_str(superuser).unwrap();
    let b: Value = serde_json::from_str(restricted).unwrap();
    let (a, b) = (a.as_object().unwrap(), b.as_object().unwrap());
    let mut found = Vec::new();
    for (list, items) in a {
        let other = &b[list];
        if items == other {
            continue;
        }
        let (Some(items), Some(other)) = (items.as_array(), other.as_array()) else {
            found.push(format!(
                "{list}: {items} as superuser, {other} as the reader"
            ));
            continue;
        };
        let only = |x: &[Value], y: &[Value]| {
            x.iter()
                .filter(|i| !y.contains(i))
                .map(identity)
                .collect::<Vec<_>>()
        };
        let (mine, theirs) = (only(items, other), only(other, items));
        if mine == theirs {
            found.push(format!("{list} {mine:?}"));
        } else {
            found.push(format!(
                "{list}: only in the first {mine:?}, only in the second {theirs:?}"
            ));
        }
    }
    found
}

/// An item of a catalog list by its identity fields: `public.t.c`, `public.f(int)`, and for a
/// dependency both ends.
fn identity(item: &Value) -> String {
    if let (Some(dependent), Some(referenced)) = (item.get("dependent"), item.get("referenced")) {
        return format!("{} -> {}", identity(dependent), identity(referenced));
    }
    let mut name = ["schema", "table", "name", "grantee"]
        .iter()
        .filter_map(|k| item.get(*k).and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join(".");
    if let Some(args) = item.get("args").and_then(Value::as_str) {
        name.push_str(&format!("({args})"));
    }
    name
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/kinds")
}

/// Every fixture base name with the files to load on this server (`NAME.sql`, then each
/// `NAME.pgNN.sql` with NN up to the server's major), as `kinds.rs` loads them.
fn fixtures(major: u32) -> Vec<(String, Vec<PathBuf>)> {
    let mut files: Vec<(String, u32, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(stem) = file.strip_suffix(".sql") else {
            continue;
        };
        match stem.split_once(".pg") {
            None => files.push((stem.to_string(), 0, path)),
            Some((base, m)) => {
                let m: u32 = m.parse().unwrap();
                if major >= m {
                    files.push((base.to_string(), m, path));
                }
            }
        }
    }
    files.sort();
    let mut out: Vec<(String, Vec<PathBuf>)> = Vec::new();
    for (base, _, path) in files {
        match out.last_mut() {
            Some((b, paths)) if *b == base => paths.push(path),
            _ => out.push((base, vec![path])),
        }
    }
    out
}

/// The reader really can only connect: no attribute, no membership, no schema, no table.
#[test]
fn the_reader_role_can_only_connect() {
    let cluster = Cluster::shared();
    let reader = reader(cluster);
    let db = cluster.create_database("reader_role");
    cluster
        .execute(
            &db,
            "create table t (a int); insert into t values (1); create schema app; create table app.u (a int);",
        )
        .unwrap();
    restrict(cluster, &db).unwrap();
    let mut admin = cluster.client(&db);
    let row = admin
        .query_one(
            "select rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls,
                    (select count(*) from pg_auth_members m where m.member = r.oid)
             from pg_roles r where rolname = $1",
            &[&reader],
        )
        .unwrap();
    let attributes: (bool, bool, bool, bool, bool, bool, i64) = (
        row.get(0),
        row.get(1),
        row.get(2),
        row.get(3),
        row.get(4),
        row.get(5),
        row.get(6),
    );
    // INHERIT is the default and inherits nothing: the role is a member of no role.
    assert_eq!(attributes, (false, true, false, false, false, false, 0));

    let mut client =
        migra_fetch::connect_with_env(&url_as(cluster, reader, &db), &Default::default()).unwrap();
    let row = client
        .query_one(
            "select has_schema_privilege('public', 'usage'), has_schema_privilege('app', 'usage'),
                    has_table_privilege((select oid from pg_class where relname = 't'), 'select'),
                    has_database_privilege(current_database(), 'temp'),
                    -- pg_read_all_data (14+), pg_read_all_stats, pg_read_all_settings, pg_monitor
                    exists (select from pg_roles r
                            where (r.rolname like 'pg\\_read\\_all\\_%' or r.rolname = 'pg_monitor')
                              and pg_has_role(r.oid, 'member')),
                    pg_has_role('pg_read_all_stats', 'member')",
            &[],
        )
        .unwrap();
    let privileges: (bool, bool, bool, bool, bool, bool) = (
        row.get(0),
        row.get(1),
        row.get(2),
        row.get(3),
        row.get(4),
        row.get(5),
    );
    assert_eq!(privileges, (false, false, false, false, false, false));
    for sql in [
        "select * from public.t",
        "select * from app.u",
        "create temp table x ()",
    ] {
        let e = client.batch_execute(sql).unwrap_err();
        assert_eq!(
            e.code(),
            Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
            "{sql}: {e}"
        );
    }
}

/// Every kind the engine models, from the per-kind fixtures: the reader's catalog is the
/// superuser's, byte for byte, and together the fixtures fill every list of the catalog.
#[test]
fn a_role_that_can_only_connect_reads_every_kind() {
    let cluster = Cluster::shared();
    let mut failures = Vec::new();
    let mut filled: Vec<String> = Vec::new();
    for (name, files) in fixtures(cluster.major()) {
        let db = cluster.create_database(&format!("lp_{name}"));
        for file in &files {
            cluster
                .psql_file(&db, file)
                .unwrap_or_else(|e| panic!("{e:#}"));
        }
        match fetch_both(cluster, &db) {
            Ok(Compared { catalog, qualified }) => {
                if !qualified.is_empty() {
                    eprintln!("{name}: names in public read qualified in {qualified:?}");
                }
                let json: Value = serde_json::from_str(&catalog.to_json()).unwrap();
                for (list, items) in json.as_object().unwrap() {
                    if items.as_array().is_some_and(|a| !a.is_empty()) && !filled.contains(list) {
                        filled.push(list.clone());
                    }
                }
            }
            Err(e) => failures.push(format!("{name}: {e:#}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let empty: Value = serde_json::from_str(&Catalog::empty().to_json()).unwrap();
    let lists: Vec<&String> = empty
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, v)| v.is_array())
        .map(|(k, _)| k)
        .collect();
    let unfilled: Vec<&&String> = lists.iter().filter(|l| !filled.contains(l)).collect();
    assert!(
        unfilled.is_empty(),
        "no fixture has any {unfilled:?}: the comparison does not cover them"
    );
    eprintln!(
        "the role that can only connect read all {} lists as the superuser did",
        lists.len()
    );
}

/// A role without USAGE on `public`, its search_path's schema, is told so: migra-fetch warns,
/// and `migra` names the side whose catalog was read so, next to the spurious change it causes
/// (a foreign key read `REFERENCES public.parent(id)` against `REFERENCES parent(id)`). With the
/// grant, no warning and no change.
#[test]
fn a_search_path_schema_without_usage_is_reported() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("lp_usage");
    cluster
        .execute(
            &db,
            "create table parent (id int primary key);
             create table child (parent_id int references parent (id));",
        )
        .unwrap();
    restrict(cluster, &db).unwrap();
    let reader = url_as(cluster, reader(cluster), &db);
    let run = |binary: &str, args: &[&str]| {
        let output = std::process::Command::new(fetch::binary(binary))
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr,
        )
    };
    let warning = "has no USAGE on schema \"public\" of its search_path";
    let (code, _, stderr) = run("migra-fetch", &[&reader]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.starts_with("migra-fetch: warning: the role that read it")
            && stderr.contains(warning),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let superuser = cluster.url(&db);
    let (code, stdout, stderr) = run("migra", &["--unsafe", &reader, &superuser]);
    assert_eq!(
        code,
        Some(2),
        "the spurious change is still printed: {stdout}{stderr}"
    );
    assert!(
        stderr.contains("migra: warning: the FROM catalog: the role that read it")
            && stderr.contains(warning),
        "{stderr}"
    );
    cluster
        .execute(&db, &format!("grant usage on schema public to {READER}"))
        .unwrap();
    let (code, stdout, stderr) = run("migra", &[&reader, &superuser]);
    cluster
        .execute(&db, &format!("revoke usage on schema public from {READER}"))
        .unwrap();
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert_eq!(stderr, "");
}

/// Every schema of the migra corpus, likewise.
#[test]
fn a_role_that_can_only_connect_reads_the_corpus() {
    crate::corpus::for_each_schema("least privilege", |cluster, case, side| {
        let db = crate::corpus::load(cluster, case, side)?;
        fetch_both(cluster, &db).map(|_| ())
    });
}

/// The fetch's transaction refuses every write, to a superuser too: each statement fails with
/// SQLSTATE 25006 (read_only_sql_transaction) and nothing changes. Its settings end with it.
#[test]
fn the_fetch_transaction_cannot_write() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("read_only");
    cluster
        .execute(
            &db,
            "create table t (a int); insert into t values (1); create sequence s;
             create function f() returns int language sql as 'select 1';",
        )
        .unwrap();
    let mut client = migra_fetch::connect_with_env(&cluster.url(&db), &Default::default()).unwrap();
    migra_fetch::begin_read_only(&mut client, &Timeouts::default()).unwrap();
    let show = |client: &mut postgres::Client, setting: &str| -> String {
        client
            .query_one(&format!("show {setting}"), &[])
            .unwrap()
            .get(0)
    };
    assert_eq!(show(&mut client, "transaction_read_only"), "on");
    assert_eq!(
        show(&mut client, "transaction_isolation"),
        "repeatable read"
    );
    assert_eq!(show(&mut client, "lock_timeout"), "5s");
    assert_eq!(show(&mut client, "statement_timeout"), "5min");
    let writes = [
        "create table x ()",
        "create temp table x ()",
        "insert into t values (2)",
        "update t set a = 3",
        "delete from t",
        "truncate t",
        "copy t from stdin",
        "alter table t add column b int",
        "drop table t",
        "create index on t (a)",
        "select nextval('s')",
        "select setval('s', 10)",
        "comment on table t is 'x'",
        "grant select on t to public",
        "create or replace function f() returns int language sql as 'select 2'",
        "create schema y",
        "vacuum t",
    ];
    for sql in writes {
        client.batch_execute("savepoint w").unwrap();
        let e = client
            .batch_execute(sql)
            .expect_err(&format!("{sql} succeeded in the fetch's transaction"));
        // VACUUM cannot run in a transaction at all (25001), which is refusal enough.
        let expected = if sql.starts_with("vacuum") {
            postgres::error::SqlState::ACTIVE_SQL_TRANSACTION
        } else {
            postgres::error::SqlState::READ_ONLY_SQL_TRANSACTION
        };
        assert_eq!(e.code(), Some(&expected), "{sql}: {e:?}");
        client.batch_execute("rollback to savepoint w").unwrap();
    }
    client.batch_execute("commit").unwrap();
    assert_eq!(show(&mut client, "transaction_read_only"), "off");
    assert_eq!(show(&mut client, "lock_timeout"), "0");
    assert_eq!(show(&mut client, "statement_timeout"), "0");
    let count: i64 = client
        .query_one("select count(*) from t where a = 1", &[])
        .unwrap()
        .get(0);
    assert_eq!(count, 1);
}

/// The real fetch, as the server logs it (`log_statement = all`): `SHOW server_version_num`,
/// then the text `begin_read_only` sends, then the catalog queries (reads: one batch of
/// `select`s), then `COMMIT`, and nothing else.
#[test]
fn the_server_log_shows_the_fetch_only_reads() {
    let cluster = Cluster::builder()
        .setting("log_statement", "all")
        .setting("log_line_prefix", "%a|")
        .start();
    let db = cluster.create_database("logged");
    cluster
        .execute(
            &db,
            "create table t (a int primary key); create view v as select a from t",
        )
        .unwrap();
    let url = format!("{}&application_name=logged-fetch", cluster.url(&db));
    let output = std::process::Command::new(fetch::binary("migra-fetch"))
        .env_clear()
        .arg(&url)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let log = std::fs::read_to_string(cluster.log_path()).unwrap();
    // One entry per log line, its continuation lines (a statement's next lines) starting with a tab.
    let mut entries: Vec<String> = Vec::new();
    for line in log.lines() {
        match line.strip_prefix('\t') {
            Some(more) => {
                if let Some(last) = entries.last_mut() {
                    last.push('\n');
                    last.push_str(more);
                }
            }
            None => entries.push(line.to_string()),
        }
    }
    let statements: Vec<&str> = entries
        .iter()
        .filter_map(|entry| entry.strip_prefix("logged-fetch|LOG:  statement: "))
        .collect();
    assert_eq!(statements.len(), 4, "{statements:#?}");
    assert_eq!(statements[0], "SHOW server_version_num");
    assert_eq!(
        statements[1],
        "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL lock_timeout = 5000; \
         SET LOCAL statement_timeout = 300000"
    );
    assert_eq!(statements[3], "COMMIT");
    // The catalog batch: every statement in it a query, under its heading comment.
    let batch: Vec<&str> = statements[2]
        .split("\n;\n")
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != ";")
        .collect();
    let queries = migra_engine::catalog_queries(cluster.server_version_num()).unwrap();
    assert_eq!(batch.len(), queries.len(), "{batch:#?}");
    for statement in batch {
        let first = statement
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("--"))
            .unwrap_or_default()
            .to_ascii_lowercase();
        assert!(
            first.starts_with("select") || first.starts_with("with"),
            "not a query: {statement}"
        );
    }
}
