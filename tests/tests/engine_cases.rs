//! The catalogs of the engine's server-free suite (`engine/tests/cases/`, checked by
//! `engine/tests/cases.rs`): every case of `tests/roundtrip/` loaded into two fresh databases and
//! read with `migra-fetch` into `engine/tests/cases/<case>/a.json` and `b.json`, with the case's
//! `flags` file copied next to them.
//!
//! This test checks that the committed catalogs are what `migra-fetch` gives today, so that a
//! change to a catalog query or to a case's SQL cannot leave the engine suite diffing stale
//! catalogs. `UPDATE_EXPECT=1` writes them instead ([`REGENERATE`]).
//!
//! Catalogs legitimately differ between PostgreSQL majors (view definitions, new catalog
//! columns), so the catalogs are made and compared on one major only, [`FIXTURE_MAJOR`] (the
//! server `just test` uses); on any other major this test says so and checks nothing. Within a
//! major only `server_version_num` varies: it is written as the major's `NN0000`, and the fetched
//! catalog is compared after the same rewrite. A case whose `min_major` exceeds
//! [`FIXTURE_MAJOR`] has no catalogs (the test names it).
//!
//! The only roles the catalogs name are the cluster's own: the superuser `migra_test` that owns
//! every object, and the corpus roles (`postgres`, `schemainspect_test_role`) that privileges and
//! policies grant to. Every cluster of the harness has them, so they need no rewriting. The one
//! exception, `hostile_privileges`, grants to roles with odd names that its SQL creates itself.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use migra_tests::{fetch, Cluster, TempDir};

/// The PostgreSQL major the committed catalogs were fetched from. Moving them to another major:
/// change this, the README beside them, and regenerate on a server of that major.
const FIXTURE_MAJOR: u32 = 15;

/// The command that rewrites the committed catalogs.
const REGENERATE: &str = "UPDATE_EXPECT=1 cargo test -p migra-tests --test main engine_cases";

fn roundtrip_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("roundtrip")
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/cases")
}

fn update_expect() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1")
}

/// The names of the folders in `dir`, sorted.
fn folders(dir: &Path) -> Vec<String> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut names: Vec<String> = entries
        .map(|e| e.unwrap_or_else(|e| panic!("{}: {e}", dir.display())))
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn read_optional(path: &Path) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// `migra-fetch -o <scratch>/<label>.json URL`, with an empty environment; the file's text.
fn fetch_catalog(cluster: &Cluster, db: &str, scratch: &TempDir, label: &str) -> String {
    let path = scratch.path().join(format!("{label}.json"));
    let output = std::process::Command::new(fetch::binary("migra-fetch"))
        .env_clear()
        .arg("-o")
        .arg(&path)
        .arg(cluster.url(db))
        .output()
        .expect("running migra-fetch");
    assert!(
        output.status.success(),
        "migra-fetch {}: {}",
        cluster.url(db),
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The catalog text with its `server_version_num` line written as the major's `NN0000`, the only
/// part of a catalog that varies between servers of one major. Byte for byte what `migra-fetch`
/// wrote otherwise.
fn normalized(catalog: &str) -> Result<String, String> {
    const KEY: &str = "  \"server_version_num\": ";
    let mut found = 0;
    let mut out = String::with_capacity(catalog.len());
    for line in catalog.split_inclusive('\n') {
        match line.strip_prefix(KEY) {
            Some(rest) => {
                let number = rest.trim_end().trim_end_matches(',');
                let num: u32 = number
                    .parse()
                    .map_err(|_| format!("server_version_num {number:?} is not a number"))?;
                let comma = if rest.trim_end().ends_with(',') {
                    ","
                } else {
                    ""
                };
                out.push_str(&format!("{KEY}{}{comma}\n", num / 10000 * 10000));
                found += 1;
            }
            None => out.push_str(line),
        }
    }
    if found != 1 {
        return Err(format!(
            "expected one top-level server_version_num line, found {found}"
        ));
    }
    Ok(out)
}

/// Where two texts first differ, for a failure message.
fn first_difference(expected: &str, got: &str) -> String {
    let (mut expected_lines, mut got_lines) = (expected.lines(), got.lines());
    let mut n = 1;
    loop {
        match (expected_lines.next(), got_lines.next()) {
            (Some(e), Some(g)) if e == g => n += 1,
            (None, None) => return "they differ only in line endings".into(),
            (e, g) => {
                return format!(
                    "first difference at line {n}:\n  committed: {}\n  fetched:   {}",
                    e.unwrap_or("(end of file)"),
                    g.unwrap_or("(end of file)")
                )
            }
        }
    }
}

/// Fetches one case and compares with (or, updating, writes) its committed files. Returns the
/// problems found.
fn check_case(cluster: &Cluster, name: &str, update: bool) -> Vec<String> {
    let source = roundtrip_dir().join(name);
    let target = cases_dir().join(name);
    let scratch = TempDir::new(&format!("engine-cases-{name}")).expect("a scratch directory");
    // Each file of the case folder and what it should hold (`None`: no such file).
    let mut wanted: Vec<(String, Option<String>)> = Vec::new();
    for side in ["a", "b"] {
        let db = cluster.create_database(&format!("ec_{name}_{side}"));
        let sql = source.join(format!("{side}.sql"));
        cluster
            .psql_file(&db, &sql)
            .unwrap_or_else(|e| panic!("{name}: loading {}: {e:#}", sql.display()));
        let text = fetch_catalog(cluster, &db, &scratch, side);
        match normalized(&text) {
            Ok(text) => wanted.push((format!("{side}.json"), Some(text))),
            Err(e) => return vec![format!("{name}: {side}.json from migra-fetch: {e}")],
        }
    }
    wanted.push(("flags".into(), read_optional(&source.join("flags"))));
    let mut problems = Vec::new();
    if update {
        std::fs::create_dir_all(&target).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
    for (file, want) in wanted {
        let path = target.join(&file);
        let have = read_optional(&path);
        if have == want {
            continue;
        }
        if update {
            match &want {
                Some(text) => std::fs::write(&path, text),
                None => std::fs::remove_file(&path),
            }
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            continue;
        }
        let shown = format!("engine/tests/cases/{name}/{file}");
        problems.push(match (have, want) {
            (None, Some(_)) => format!("{shown} is missing"),
            (Some(_), None) => format!("{shown} is committed, but tests/roundtrip/{name} has none"),
            (Some(have), Some(want)) if file == "flags" => {
                format!("{shown} is {have:?}, tests/roundtrip/{name}/flags is {want:?}")
            }
            (Some(have), Some(want)) => format!(
                "{shown} differs from what migra-fetch gives; {}",
                first_difference(&have, &want)
            ),
            (None, None) => unreachable!("equal files were skipped"),
        });
    }
    problems
}

#[test]
fn catalogs_are_current() {
    let update = update_expect();
    let cluster = Cluster::shared();
    if cluster.major() != FIXTURE_MAJOR {
        assert!(
            !update,
            "the catalogs of engine/tests/cases are made on PostgreSQL {FIXTURE_MAJOR}, this server \
             is {}: run {REGENERATE} there (to move them to this major, change FIXTURE_MAJOR in \
             tests/tests/engine_cases.rs and the README beside them)",
            cluster.major()
        );
        eprintln!(
            "engine_cases: not checked on PostgreSQL {}: the catalogs of engine/tests/cases are \
             made on PostgreSQL {FIXTURE_MAJOR}",
            cluster.major()
        );
        return;
    }

    let mut names = Vec::new();
    for name in folders(&roundtrip_dir()) {
        let min_major = read_optional(&roundtrip_dir().join(&name).join("min_major"));
        let min_major = min_major.map(|m| {
            m.trim().parse::<u32>().unwrap_or_else(|_| {
                panic!("tests/roundtrip/{name}/min_major holds {m:?}, not a major version")
            })
        });
        match min_major {
            Some(min) if min > FIXTURE_MAJOR => {
                eprintln!("engine_cases: {name} has no catalogs: it needs PostgreSQL {min}")
            }
            _ => names.push(name),
        }
    }

    let mut problems = Vec::new();
    // Folders left behind by a case that was renamed or removed.
    for name in folders(&cases_dir()) {
        if !names.contains(&name) {
            problems.push(format!(
                "engine/tests/cases/{name} has no case tests/roundtrip/{name} (or one this major \
                 cannot load): remove it with `rm -r engine/tests/cases/{name}`"
            ));
        }
    }

    // Cases in parallel: most of the time goes to the server and psql, not to this process.
    let next = AtomicUsize::new(0);
    let found = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(i) else { break };
                let case_problems = check_case(cluster, name, update);
                found
                    .lock()
                    .expect("no worker panicked holding the list")
                    .extend(case_problems);
            });
        }
    });
    let mut found = found.into_inner().expect("no worker panicked");
    found.sort();
    problems.extend(found);

    assert!(
        problems.is_empty(),
        "the catalogs of engine/tests/cases are not what migra-fetch gives on PostgreSQL {} \
         ({} cases):\n\n{}\n\nregenerate them with `{REGENERATE}`, then the engine's \
         expected outputs with `UPDATE_EXPECT=1 cargo test -p migra-engine --test cases`",
        cluster.server_version_num(),
        names.len(),
        problems.join("\n")
    );
}
