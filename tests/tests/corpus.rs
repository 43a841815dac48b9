//! Every schema of the migra corpus (`a.sql` and `b.sql` of each case in shared/corpus/migra, or
//! `$MIGRA_CORPUS/migra`) on this server: it loads with psql, its catalog fetches, a second fetch
//! gives the same bytes, and the catalog JSON reads back to the same bytes. What the catalogs
//! hold, kind by kind, is checked against the server in `corpus_contents.rs`.
//!
//! One test walks all cases and reports every failing schema (and the step that failed: psql's
//! error, the fetch's, or the differing bytes) at the end, rather than stopping at the first, so
//! one run shows the whole state of the corpus.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use migra_engine::Catalog;
use migra_tests::corpus::{self, Case};
use migra_tests::{fetch, Cluster};

const SIDES: [&str; 2] = ["a.sql", "b.sql"];

/// Runs `check` for every schema of the corpus, on two threads (databases are independent and
/// most of the time goes to the server), and panics listing every failure.
pub(crate) fn for_each_schema(
    what: &str,
    check: impl Fn(&Cluster, &Case, &str) -> anyhow::Result<()> + Sync,
) {
    let cluster = Cluster::shared();
    let cases = corpus::migra_cases().unwrap();
    let work: Vec<(&Case, &str)> = cases
        .iter()
        .flat_map(|case| SIDES.map(|side| (case, side)))
        .collect();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                while let Some((case, side)) = work.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(e) = check(cluster, case, side) {
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("{}/{side}: {e:#}", case.name));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    assert!(
        failures.is_empty(),
        "{what}: {} of {} schemas failed on PostgreSQL {}:\n\n{}",
        failures.len(),
        work.len(),
        cluster.server_version_num(),
        failures.join("\n\n")
    );
}

pub(crate) fn load(cluster: &Cluster, case: &Case, side: &str) -> anyhow::Result<String> {
    let db = cluster.create_database(&format!("{}_{}", case.name, &side[..1]));
    cluster.psql_file(&db, &case.path(side))?;
    Ok(db)
}

#[test]
fn corpus_schemas_load_and_fetch_stably_and_round_trip() {
    for_each_schema("load and fetch", |cluster, case, side| {
        let db = load(cluster, case, side)?;
        let url = cluster.url(&db);
        let first = fetch::fetch(&url)?;
        anyhow::ensure!(
            first.server_version_num == cluster.server_version_num(),
            "server_version_num {} in the catalog, {} on the server",
            first.server_version_num,
            cluster.server_version_num()
        );
        anyhow::ensure!(!first.schemas.is_empty(), "no schemas in the catalog");
        let json = first.to_json();
        let second = fetch::fetch(&url)?.to_json();
        if second != json {
            anyhow::bail!(
                "a second fetch differs:\n{}",
                first_difference(&json, &second)
            );
        }
        let reread = Catalog::from_json(&json)
            .map_err(|e| anyhow::anyhow!("reading the catalog back: {e}"))?;
        let again = reread.to_json();
        if again != json {
            anyhow::bail!(
                "the catalog JSON does not round-trip:\n{}",
                first_difference(&json, &again)
            );
        }
        Ok(())
    });
}

/// The same schema in two databases (different OIDs, different creation order of the databases)
/// gives the same catalog.
#[test]
fn catalog_does_not_depend_on_the_database() {
    let cluster = Cluster::shared();
    let case = corpus::migra_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.name == "everything")
        .expect("case everything");
    let one = fetch::fetch(&cluster.url(&load(cluster, &case, "b.sql").unwrap()))
        .unwrap()
        .to_json();
    let two = fetch::fetch(&cluster.url(&load(cluster, &case, "b.sql").unwrap()))
        .unwrap()
        .to_json();
    assert!(one == two, "{}", first_difference(&one, &two));
}

/// The first differing line of two texts with a little context, as expected/got blocks.
fn first_difference(expected: &str, got: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    let at = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let from = at.saturating_sub(3);
    let window =
        |lines: &[&str]| lines[from.min(lines.len())..(at + 4).min(lines.len())].join("\n");
    format!(
        "at line {}:\nexpected:\n```\n{}\n```\ngot:\n```\n{}\n```",
        at + 1,
        window(&a),
        window(&b)
    )
}
