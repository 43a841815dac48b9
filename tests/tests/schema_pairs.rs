//! Generated schema pairs (issue 15): for each seed, `migra_schemagen` makes a schema A and a
//! schema B with dense dependency webs, and both directions must hold four properties on the
//! running server:
//!
//! 1. the migration applies in one transaction (`psql -X -1 -v ON_ERROR_STOP=1`);
//! 2. the re-diff of the migrated database against the target is empty;
//! 3. `pg_dump --schema-only` of the migrated database equals the target's (normalized as the
//!    round trips' oracle does, pg_dump_oracle.rs);
//! 4. no needless data loss: three rows inserted into every table before migrating are still
//!    there, column by column, for every table and column both sides have with a type of the same
//!    family (the generator only changes types within a family, where a cast keeps every value),
//!    unless the table's partitioning changed (created again on purpose).
//!
//! Some changes cannot be made to a table with rows at all (a column made NOT NULL while rows
//! hold NULL, a unique constraint over a column whose rows repeat a value). The engine flags
//! such statements `MAY_FAIL_ON_EXISTING_ROWS`, and the generator does not avoid them: when the
//! migration fails with rows present, at a statement so flagged, the failure is the one the
//! engine announced, so the direction is checked again with the rows removed (properties 1 to
//! 3; property 4 has nothing left to check). A failure at an unflagged statement fails the pair.
//!
//! And the engine never panics. Privileges are diffed (`--with-privileges`).
//!
//! - `schema_pairs::fixed_seeds` (in `just test`): `MIGRA_SCHEMA_PAIRS` pairs (default
//!   [`FIXED_PAIRS`]) from seed 0.
//! - `schema_pairs::fuzz` (ignored; `just fuzz-schemas N [SEED]`): `MIGRA_FUZZ_PAIRS` pairs from
//!   `MIGRA_FUZZ_SEED`, printing each failing seed and ending with `N passed, M failed`.
//!
//! Both run `MIGRA_FUZZ_JOBS` pairs at a time (default: one per CPU; on the 2-core machine two
//! at a time take 0.85 s a pair against 1.3 s one at a time).
//! - `schema_pairs::keep` (ignored; `just keep-schema-case SEED NAME`): shrinks the failing pair
//!   of `MIGRA_KEEP_SEED` and writes it as the round-trip case `MIGRA_KEEP_NAME`
//!   (keep_case.rs).

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use migra_engine::{Catalog, Hazard, Migration, Options};
use migra_schemagen::model::{Family, Model, QName};
use migra_schemagen::{render, Features, Pair};
use migra_tests::{fetch, Cluster, TempDir};

use crate::conformance::apply;
use crate::pg_dump_oracle::{normalize, unified_diff};

/// The pairs `just test` runs: about 10-20 s on the shared 2-core machine (PostgreSQL 15, beside
/// the other tests).
const FIXED_PAIRS: u64 = 10;

/// Why a pair failed: the property (a stable word, which shrinking keeps) and the details.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) property: String,
    pub(crate) detail: String,
}

fn fail(property: &str, detail: String) -> Failure {
    Failure {
        property: property.to_string(),
        detail,
    }
}

/// The features of the shared cluster's major.
pub(crate) fn features(cluster: &Cluster) -> Features {
    Features {
        unstable_prints: std::env::var_os("MIGRA_FUZZ_UNSTABLE").is_some_and(|v| v == "1"),
        ..Features::of_major(cluster.major())
    }
}

/// Values of the columns to keep: (table, column) to the sorted `::text` of its rows.
type Values = BTreeMap<(QName, String), Vec<String>>;

/// The (table, column)s whose rows must survive `from` → `to`.
fn kept_columns(from: &Model, to: &Model) -> Vec<(QName, String)> {
    let mut kept = vec![];
    for o in &from.objects {
        let Some(t) = o.table() else { continue };
        let Some(t2) = to
            .objects
            .iter()
            .filter_map(|x| x.table())
            .find(|x| x.name == t.name)
        else {
            continue;
        };
        if t.partitioning.is_some() != t2.partitioning.is_some()
            || t.inherits.as_ref().map(|p| &p.1) != t2.inherits.as_ref().map(|p| &p.1)
        {
            continue;
        }
        for c in &t.columns {
            let Some(c2) = t2.columns.iter().find(|x| x.name == c.name) else {
                continue;
            };
            let same_family = c.ty.family() == c2.ty.family() && c.ty.family() != Family::Composite;
            if same_family && c.generated.is_none() && c2.generated.is_none() {
                kept.push((t.name.clone(), c.name.clone()));
            }
        }
    }
    kept
}

fn read_values(
    cluster: &Cluster,
    db: &str,
    columns: &[(QName, String)],
) -> Result<Values, Failure> {
    let mut client = cluster.client(db);
    let mut values = Values::new();
    for (table, column) in columns {
        let sql = format!(
            "SELECT {}::text FROM ONLY {}",
            migra_schemagen::model::quote(column),
            table.sql()
        );
        let rows = client
            .query(&sql, &[])
            .map_err(|e| fail("data", format!("{sql}: {e}")))?;
        let mut texts: Vec<String> = rows
            .iter()
            .map(|r| {
                r.get::<_, Option<String>>(0)
                    .unwrap_or_else(|| "NULL".into())
            })
            .collect();
        texts.sort();
        values.insert((table.clone(), column.clone()), texts);
    }
    Ok(values)
}

/// The migration from `from` to `to`, or why there is none (a panic included).
fn migration(from: &Catalog, to: &Catalog) -> Result<Migration, Failure> {
    let options = Options {
        with_privileges: true,
        ..Options::default()
    };
    let diffed = catch_unwind(AssertUnwindSafe(|| migra_engine::diff(from, to, &options)));
    match diffed {
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(fail("panic", message))
        }
        Ok(Err(e)) => Err(fail("engine-error", e.to_string())),
        Ok(Ok(m)) if !m.warnings.is_empty() => {
            Err(fail("warning", format!("{:?}\n{}", m.warnings, m.sql())))
        }
        Ok(Ok(m)) => Ok(m),
    }
}

/// The line psql names in its first `ERROR:` line (`psql:FILE:LINE: ERROR:  ...`).
fn error_line(psql_error: &str) -> Option<usize> {
    psql_error.lines().find_map(|l| {
        let head = &l[..l.find(": ERROR:")?];
        head.rsplit(':').next()?.parse().ok()
    })
}

/// The statement of `m` that line `line` (1-based) of `m.sql()` belongs to: each statement is
/// followed by `\n\n` (a statement ending in a newline so takes one more line).
fn statement_at(m: &Migration, line: usize) -> Option<&migra_engine::Statement> {
    let mut first = 1;
    for statement in &m.statements {
        let last = first + statement.sql.split('\n').count() - 1;
        if (first..=last).contains(&line) {
            return Some(statement);
        }
        first = last + 2;
    }
    None
}

/// Whether the failure of applying `m` (psql's message) is at a statement the engine flagged as
/// failing on existing rows.
fn announced_row_failure(m: &Migration, psql_error: &str) -> bool {
    error_line(psql_error)
        .and_then(|line| statement_at(m, line))
        .is_some_and(|s| s.hazards.contains(&Hazard::MayFailOnExistingRows))
}

/// Empties every table of `model` in `db`.
fn remove_rows(cluster: &Cluster, db: &str, model: &Model) -> Result<(), Failure> {
    let tables: Vec<String> = model
        .objects
        .iter()
        .filter_map(|o| o.table())
        .map(|t| t.name.sql())
        .collect();
    if tables.is_empty() {
        return Ok(());
    }
    let sql = format!("TRUNCATE {} CASCADE", tables.join(", "));
    cluster
        .execute(db, &sql)
        .map_err(|e| fail("rows", format!("{sql}: {e:#}")))
}

/// One side of a pair loaded in a database of its own: its model, catalog and normalized dump.
struct Side {
    model: Model,
    db: String,
    catalog: Catalog,
    dump: Vec<String>,
}

fn load(cluster: &Cluster, label: &str, model: Model) -> Result<Side, Failure> {
    let db = cluster.create_database(&format!("gen_{label}"));
    let sql = render::sql(&model);
    cluster
        .execute(&db, &sql)
        .map_err(|e| fail("load", format!("{label}: {e:#}\n{sql}")))?;
    let catalog = fetch::fetch(&cluster.url(&db)).map_err(|e| fail("fetch", format!("{e:#}")))?;
    let dump = dump(cluster, &db)?;
    cluster
        .execute(&db, &render::rows_sql(&model))
        .map_err(|e| fail("rows", format!("{label}: {e:#}")))?;
    Ok(Side {
        model,
        db,
        catalog,
        dump,
    })
}

fn dump(cluster: &Cluster, db: &str) -> Result<Vec<String>, Failure> {
    cluster
        .pg_dump_schema(db, &[])
        .map(|d| normalize(&d))
        .map_err(|e| fail("pg_dump", format!("{e:#}")))
}

/// Migrates `from` (its database, with rows) to `to`, checking the four properties.
fn direction(
    cluster: &Cluster,
    label: &str,
    from: &Side,
    to: &Side,
    scratch: &TempDir,
) -> Result<(), Failure> {
    let kept = kept_columns(&from.model, &to.model);
    let before = read_values(cluster, &from.db, &kept)?;
    let planned = migration(&from.catalog, &to.catalog)?;
    let sql = planned.sql();
    let with = |what: &str| format!("{label}: {what}\nmigration:\n{sql}");
    let file = format!("{label}.sql");
    let mut rows_kept = true;
    if let Err(e) = apply(cluster, &from.db, &sql, scratch, &file) {
        let message = format!("{e:#}");
        if !announced_row_failure(&planned, &message) {
            return Err(fail("apply", with(&message)));
        }
        // The failure the engine announced: the same migration, with no rows in the way.
        remove_rows(cluster, &from.db, &from.model)?;
        rows_kept = false;
        apply(cluster, &from.db, &sql, scratch, &file).map_err(|e| {
            fail(
                "apply",
                with(&format!("with the tables emptied (after {message}): {e:#}")),
            )
        })?;
    }
    let now = fetch::fetch(&cluster.url(&from.db)).map_err(|e| fail("fetch", format!("{e:#}")))?;
    let again = migration(&now, &to.catalog)?.sql();
    if !again.is_empty() {
        return Err(fail(
            "rediff",
            with(&format!("the re-diff is not empty:\n{again}")),
        ));
    }
    let migrated = dump(cluster, &from.db)?;
    if migrated != to.dump {
        let diff = unified_diff(&to.dump.join("\n"), &migrated.join("\n"));
        return Err(fail(
            "dump",
            with(&format!("pg_dump differs (- target, + migrated):\n{diff}")),
        ));
    }
    if !rows_kept {
        return Ok(());
    }
    let after = read_values(cluster, &from.db, &kept)?;
    for (key, values) in &before {
        if after.get(key) != Some(values) {
            return Err(fail(
                "data",
                with(&format!(
                    "{}.{}: rows {values:?} before, {:?} after",
                    key.0.sql(),
                    key.1,
                    after.get(key)
                )),
            ));
        }
    }
    Ok(())
}

/// Checks both directions of `pair`; the databases are dropped afterwards.
pub(crate) fn check(cluster: &Cluster, pair: &Pair) -> Result<(), Failure> {
    let scratch = TempDir::new("schema-pair").map_err(|e| fail("scratch", e.to_string()))?;
    let mut dbs = vec![];
    let result = (|| {
        let a = load(cluster, "a", pair.base.clone())?;
        dbs.push(a.db.clone());
        let b = load(cluster, "b", pair.b())?;
        dbs.push(b.db.clone());
        direction(cluster, "a→b", &a, &b, &scratch)?;
        direction(cluster, "b→a", &b, &a, &scratch)
    })();
    for db in dbs {
        // Best effort: a database left behind costs only disk in a throwaway cluster.
        let _ = cluster.execute("postgres", &format!("DROP DATABASE \"{db}\""));
    }
    result
}

/// Whether `model` has anything to diff (a pair whose mutations cancel out is skipped).
fn differs(pair: &Pair) -> bool {
    pair.b() != pair.base
}

/// Runs `count` pairs from `first` on `jobs` threads (each pair has databases of its own on the
/// shared server, so pairs are independent); prints each failure as it comes; returns the failing
/// seeds in order.
pub(crate) fn run(count: u64, first: u64, jobs: usize) -> Vec<(u64, Failure)> {
    let cluster = Cluster::shared();
    let features = features(cluster);
    let next = AtomicU64::new(first);
    let failures = Mutex::new(vec![]);
    let started = std::time::Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let seed = next.fetch_add(1, Ordering::Relaxed);
                if seed >= first + count {
                    break;
                }
                let pair = Pair::from_seed(seed, features);
                if !differs(&pair) {
                    continue;
                }
                if let Err(f) = check(cluster, &pair) {
                    let first_line: String =
                        f.detail.lines().take(3).collect::<Vec<_>>().join(" | ");
                    eprintln!(
                        "seed {seed}: {}: {}",
                        f.property,
                        first_line.chars().take(300).collect::<String>()
                    );
                    lock(&failures).push((seed, f));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort_by_key(|(seed, _)| *seed);
    eprintln!(
        "schema pairs: {count} from seed {first} on PostgreSQL {} ({jobs} at a time) in {:.1} s",
        cluster.major(),
        started.elapsed().as_secs_f64()
    );
    failures
}

/// The list even when another thread panicked holding it (its pair's panic is reported anyway).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// How many pairs run at once: `MIGRA_FUZZ_JOBS`, else one per CPU.
fn jobs() -> usize {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    env_u64("MIGRA_FUZZ_JOBS", cpus as u64) as usize
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .filter(|v| !v.is_empty())
        .map(|v| {
            v.parse()
                .unwrap_or_else(|_| panic!("{name}={v}: not a number"))
        })
        .unwrap_or(default)
}

#[test]
fn fixed_seeds() {
    let count = env_u64("MIGRA_SCHEMA_PAIRS", FIXED_PAIRS);
    let failures = run(count, 0, jobs());
    assert!(
        failures.is_empty(),
        "{} of {count} generated pairs failed; replay one with `just fuzz-schemas 1 SEED`:\n\n{}",
        failures.len(),
        failures
            .iter()
            .map(|(s, f)| format!("seed {s}: {}: {}", f.property, f.detail))
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}

#[test]
#[ignore = "long: run with `just fuzz-schemas N [SEED]`"]
fn fuzz() {
    let count = env_u64("MIGRA_FUZZ_PAIRS", 100);
    let first = env_u64("MIGRA_FUZZ_SEED", 0);
    let failures = run(count, first, jobs());
    if std::env::var_os("MIGRA_FUZZ_VERBOSE").is_some() {
        for (seed, f) in &failures {
            eprintln!("\n== seed {seed}: {}\n{}", f.property, f.detail);
        }
    }
    let seeds: Vec<String> = failures.iter().map(|(s, _)| s.to_string()).collect();
    if !seeds.is_empty() {
        eprintln!("failing seeds: {}", seeds.join(" "));
    }
    eprintln!(
        "{} passed, {} failed",
        count - failures.len() as u64,
        failures.len()
    );
    assert!(failures.is_empty());
}

#[test]
fn a_psql_error_line_names_its_statement() {
    let statement = |sql: &str, hazards: Vec<Hazard>| migra_engine::Statement {
        sql: sql.into(),
        destructive: false,
        hazards,
        setting: None,
        placement: Default::default(),
    };
    let m = Migration {
        statements: vec![
            statement("create table t (\n    a int\n);\n", vec![]),
            statement(
                "alter table t add column b int not null;",
                vec![Hazard::MayFailOnExistingRows],
            ),
            statement("create view v as select 1;", vec![]),
        ],
        changes: vec![],
        warnings: vec![],
    };
    // Lines: 1-3 the table, 4 (its own newline) and 5 blank, 6 the column, 7 blank, 8 the view.
    let text = m.sql();
    assert_eq!(text.lines().nth(5), Some(m.statements[1].sql.as_str()));
    assert_eq!(text.lines().nth(7), Some(m.statements[2].sql.as_str()));
    let at = |line| statement_at(&m, line).map(|s| s.sql.as_str());
    assert_eq!(at(3), Some(m.statements[0].sql.as_str()));
    assert_eq!(at(6), Some(m.statements[1].sql.as_str()));
    assert_eq!(at(8), Some(m.statements[2].sql.as_str()));
    let error = |line| format!("psql -f /x/b→a.sql failed:\npsql:/x/b→a.sql:{line}: ERROR:  boom");
    assert_eq!(error_line(&error(6)), Some(6));
    assert!(announced_row_failure(&m, &error(6)));
    assert!(!announced_row_failure(&m, &error(8)));
    assert!(!announced_row_failure(&m, "psql: could not connect"));
}
