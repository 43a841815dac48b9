//! Round trips: a migration computed by `migra --unsafe` is applied with
//! `psql -X -1 -v ON_ERROR_STOP=1`, and diffing again gives nothing (exit 0, no output). That is
//! the definition of a correct migration (DESIGN.md), checked in every direction the issue asks for.
//!
//! - `corpus::<case>`: every case of the migra corpus, with the case's `flags`, in the directions
//!   the conformance suite does not run: TARGET→FROM (b to a), EMPTY→a, EMPTY→b, a→EMPTY and
//!   b→EMPTY. The target is given as a catalog JSON file written by `migra-fetch` and the re-diff
//!   runs against that file and against the live database, so catalogs and URLs are checked to
//!   mean the same thing.
//! - `own::<case>`: purpose-written pairs `tests/roundtrip/<case>/{a.sql,b.sql}`, one per object
//!   kind and alter path, run FROM→TARGET and TARGET→FROM; the `hostile_*` cases (names, bodies,
//!   comments, defaults and roles made to break quoting, hostile.rs) also from and to `EMPTY`,
//!   as the corpus is. An optional `flags` file adds flags (`--with-privileges`), an optional
//!   `min_major` file names the first PostgreSQL major the case can run on (older servers skip
//!   it), and an optional `warnings` file the starts of the warning lines its migrations give
//!   on purpose (any other on stderr fails it).
//!
//! After the re-diff, every direction also compares `pg_dump --schema-only` of the migrated
//! database with the target's (pg_dump_oracle.rs, docs/pg-dump-oracle.md), which sees what the
//! catalog does not read.
//!
//! Every run of a direction also checks the drop guard against the unsafe run: without `--unsafe`
//! `migra` either refuses (exit 3, nothing on stdout, migra's one line on stderr) or prints exactly
//! what it prints with `--unsafe`.
//!
//! # EMPTY and a real empty database
//!
//! `EMPTY` is a catalog with nothing in it, while a fresh database has the schema `public` (and
//! `plpgsql`, which catalogs leave out). So:
//! - EMPTY→X is computed from `EMPTY` and applied to a fresh database, where `public` already
//!   exists (the migration creates it with `create schema if not exists`); the re-diff compares
//!   that database with X.
//! - X→EMPTY is computed against `EMPTY` and applied to a database loaded with X. What must hold
//!   afterwards is that the database is empty in the sense of the target: re-diffing it against
//!   `EMPTY` gives nothing. Comparing it with a fresh real database instead would demand that
//!   `public` survive, which `EMPTY` does not ask for.

use std::path::{Path, PathBuf};

use migra_tests::corpus::{migra_cases, Case};
use migra_tests::{fetch, Cluster, TempDir};

use crate::conformance::{apply, fenced, migra, Run, DESTRUCTIVE};
use crate::pg_dump_oracle::{self, Reference};

/// A database to migrate: its name in the shared cluster.
pub(crate) struct Db<'a> {
    pub(crate) cluster: &'a Cluster,
    pub(crate) name: String,
}

impl<'a> Db<'a> {
    /// A fresh database, loaded with `files` in order.
    pub(crate) fn load(cluster: &'a Cluster, prefix: &str, files: &[PathBuf]) -> Db<'a> {
        let name = cluster.create_database(prefix);
        for file in files {
            cluster
                .psql_file(&name, file)
                .unwrap_or_else(|e| panic!("loading {}: {e:#}", file.display()));
        }
        Db { cluster, name }
    }

    pub(crate) fn url(&self) -> String {
        self.cluster.url(&self.name)
    }

    /// Writes the database's catalog with `migra-fetch` to `<scratch>/<label>.json`.
    pub(crate) fn catalog(&self, scratch: &TempDir, label: &str) -> String {
        fetched(&self.url(), scratch, label).unwrap_or_else(|e| panic!("{e}"))
    }
}

/// One direction of a round trip.
struct Direction<'a> {
    /// The case, `own::<case>` or `corpus::<case>`: with `label`, the key of the expected
    /// differences of the pg_dump oracle.
    case: &'a str,
    /// What failures call it, e.g. `b→a`.
    label: String,
    /// The case's flags, `--unsafe` included.
    flags: &'a [String],
    /// The starts of the warning lines the migration may print (a case's `warnings` file).
    warnings: &'a [String],
    /// What the migration is computed from: a URL or `EMPTY`.
    from: String,
    /// What it is computed to: a URL, a catalog file or `EMPTY`.
    target: String,
    /// Where it is applied; re-diffs run from here.
    apply_to: &'a Db<'a>,
    /// What the re-diff compares `apply_to` with: `target` and maybe other spellings of it.
    rediff_targets: Vec<String>,
    /// What `pg_dump --schema-only` of `apply_to` must equal (pg_dump_oracle.rs).
    reference: Reference<'a>,
    /// Whether the migration must print something (false when the flags may hide every difference).
    must_differ: bool,
    /// Whether this is the `--online` migration: applied as it is, statement by statement
    /// (`psql -v ON_ERROR_STOP=1 -f`, its own `begin;`/`commit;` and the `CONCURRENTLY`
    /// statements between them), and re-diffed without `--online`.
    online: bool,
}

impl Direction<'_> {
    /// Runs the direction; the error lists what went wrong, with the commands and outputs.
    fn run(&self, scratch: &TempDir) -> Result<(), String> {
        let mut flags = self.flags.to_vec();
        if self.online {
            flags.push("--online".to_string());
        }
        // Each live side is fetched once, and the migration and the guard's run read the
        // catalogs: a fetch costs a new backend's cold catalog caches (about half a second),
        // and the catalog file of a live database means the same as its URL (the re-diffs below
        // check both spellings of the target where the direction lists them).
        let from = fetched(&self.from, scratch, &format!("{}-from", self.label))?;
        let target = fetched(&self.target, scratch, &format!("{}-target", self.label))?;
        let run = migra_with(&flags, &from, &target);
        let printed = !run.stdout.trim().is_empty();
        let code_ok = if printed {
            run.code == Some(2)
        } else {
            run.code == Some(0) && run.stdout.is_empty()
        };
        // An online migration warns of the statements it cannot make short; a case may expect
        // warnings of its own.
        let stderr_ok = run.stderr.lines().all(|l| {
            (self.online && l.starts_with("migra: warning: online: "))
                || self.warnings.iter().any(|w| l.starts_with(w.as_str()))
        });
        if !code_ok || !stderr_ok || (self.must_differ && !printed) {
            return Err(format!(
                "{}: the migration: expected {}, empty stderr; {}",
                self.label,
                if self.must_differ {
                    "exit 2 and statements"
                } else {
                    "exit 2 with statements or exit 0 without"
                },
                run.describe()
            ));
        }
        if !self.online {
            self.check_guard(&run, &from, &target)?;
        }
        let file = format!("{}.sql", self.label.replace('→', "-to-").replace(' ', "-"));
        let applied = if self.online {
            apply_as_it_is(self.apply_to, &run.stdout, scratch, &file)
        } else {
            apply(
                self.apply_to.cluster,
                &self.apply_to.name,
                &run.stdout,
                scratch,
                &file,
            )
        };
        if let Err(e) = applied {
            return Err(format!(
                "{}: applying the migration failed:\n{e:#}\nmigration ({}):\n{}",
                self.label,
                run.command,
                fenced(&run.stdout)
            ));
        }
        let migrated = fetched(
            &self.apply_to.url(),
            scratch,
            &format!("{}-migrated", self.label),
        )?;
        for target in &self.rediff_targets {
            let again = migra_with(self.flags, &migrated, target);
            if again.code != Some(0) || !again.stdout.is_empty() || !again.stderr.is_empty() {
                return Err(format!(
                    "{}: the re-diff after applying is not empty; {}\napplied migration:\n{}",
                    self.label,
                    again.describe(),
                    fenced(&run.stdout)
                ));
            }
        }
        // An online migration ends where the plain one does (its re-diff says so); its dumps
        // are not compared again, which would cost CI a minute and a half per server.
        if self.online {
            return Ok(());
        }
        pg_dump_oracle::check(
            self.apply_to.cluster,
            self.case,
            &self.label,
            self.flags,
            &self.apply_to.name,
            &self.reference,
        )
        .map_err(|e| format!("{e}\napplied migration:\n{}", fenced(&run.stdout)))
    }

    /// Without `--unsafe`, migra refuses or prints exactly the unsafe migration.
    fn check_guard(&self, unsafe_run: &Run, from: &str, target: &str) -> Result<(), String> {
        let safe_flags: Vec<String> = self
            .flags
            .iter()
            .filter(|f| *f != "--unsafe")
            .cloned()
            .collect();
        let run = migra_with(&safe_flags, from, target);
        // The case's own warnings come before the refusal, or with the same output.
        let expected = |l: &str| self.warnings.iter().any(|w| l.starts_with(w.as_str()));
        let refused = run.code == Some(3)
            && run.stdout.is_empty()
            && run.stderr.trim_end_matches('\n').lines().last() == Some(DESTRUCTIVE)
            && run
                .stderr
                .lines()
                .filter(|l| *l != DESTRUCTIVE)
                .all(expected);
        let same = run.code == unsafe_run.code
            && run.stdout == unsafe_run.stdout
            && run.stderr == unsafe_run.stderr
            && run.stderr.lines().all(expected);
        if refused || same {
            Ok(())
        } else {
            Err(format!(
                "{}: without --unsafe, expected exit 3 with {DESTRUCTIVE:?} or the unsafe output; {}",
                self.label,
                run.describe()
            ))
        }
    }
}

/// Runs an online migration as its header says to: `psql -X -v ON_ERROR_STOP=1 -f`, without
/// `-1`, which the `CONCURRENTLY` statements refuse.
fn apply_as_it_is(db: &Db, sql: &str, scratch: &TempDir, name: &str) -> anyhow::Result<()> {
    let file = scratch.path().join(name);
    std::fs::write(&file, sql)?;
    let output = db
        .cluster
        .psql_command(&db.name)
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f"])
        .arg(&file)
        .output()?;
    if !output.status.success() {
        anyhow::bail!(
            "psql -f {} failed ({}):\n{}",
            file.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        );
    }
    Ok(())
}

/// `side` as a catalog file: a URL is fetched with `migra-fetch` to `<scratch>/<label>.json`;
/// `EMPTY` and catalog files stay as they are.
fn fetched(side: &str, scratch: &TempDir, label: &str) -> Result<String, String> {
    if !side.starts_with("postgresql://") {
        return Ok(side.to_string());
    }
    let file = label.replace('→', "-to-").replace(' ', "-");
    let path = scratch.path().join(format!("{file}.json"));
    let output = std::process::Command::new(fetch::binary("migra-fetch"))
        .env_clear()
        .arg("-o")
        .arg(&path)
        .arg(side)
        .output()
        .map_err(|e| format!("{label}: running migra-fetch: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{label}: migra-fetch {side}: {}",
            String::from_utf8_lossy(&output.stderr).trim_end()
        ));
    }
    Ok(path.display().to_string())
}

fn migra_with(flags: &[String], from: &str, to: &str) -> Run {
    let mut args = flags.to_vec();
    args.push(from.to_string());
    args.push(to.to_string());
    migra(&args)
}

/// Runs every direction and panics listing all that failed.
fn finish(what: &str, cluster: &Cluster, failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "round trip {what} failed on PostgreSQL {}:\n\n{}",
        cluster.server_version_num(),
        failures.join("\n\n")
    );
}

/// The directions of a corpus case.
#[derive(Debug, Clone, Copy)]
enum CorpusDirection {
    BToA,
    EmptyTo(&'static str),
    ToEmpty(&'static str),
}

mod corpus_cases {
    use super::*;

    fn find(name: &str) -> Case {
        migra_cases()
            .unwrap()
            .into_iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("no corpus case {name}"))
    }

    /// One direction of one corpus case.
    pub(super) fn check(name: &str, which: CorpusDirection) {
        let case = find(name);
        let cluster = Cluster::shared();
        let scratch = TempDir::new(&format!("roundtrip-{name}")).unwrap();
        let case_key = format!("corpus::{name}");
        let flags = case.flags().unwrap();
        let warnings: Vec<String> = vec![];
        assert!(
            flags.iter().any(|f| f == "--unsafe"),
            "{name}: flags without --unsafe"
        );
        let load = |side: &str| {
            Db::load(
                cluster,
                &format!("rt_{name}_{side}"),
                &[case.path(&format!("{side}.sql"))],
            )
        };
        let result = match which {
            // TARGET→FROM: b is migrated to a, given as a catalog.
            CorpusDirection::BToA => {
                let (a, b) = (load("a"), load("b"));
                let a_json = a.catalog(&scratch, "a");
                Direction {
                    case: &case_key,
                    label: "b→a".into(),
                    flags: &flags,
                    warnings: &warnings,
                    from: b.url(),
                    target: a_json.clone(),
                    apply_to: &b,
                    rediff_targets: vec![a_json, a.url()],
                    reference: Reference::Db(&a.name),
                    must_differ: false,
                    online: false,
                }
                .run(&scratch)
            }
            // EMPTY→X, applied to a fresh database.
            CorpusDirection::EmptyTo(side) => {
                let x = load(side);
                let x_json = x.catalog(&scratch, side);
                let fresh = Db::load(cluster, &format!("rt_{name}_empty_to_{side}"), &[]);
                Direction {
                    case: &case_key,
                    label: format!("EMPTY→{side}"),
                    flags: &flags,
                    warnings: &warnings,
                    from: "EMPTY".into(),
                    target: x_json.clone(),
                    apply_to: &fresh,
                    rediff_targets: vec![x_json, x.url()],
                    reference: Reference::Db(&x.name),
                    must_differ: false,
                    online: false,
                }
                .run(&scratch)
            }
            // X→EMPTY, applied to X itself.
            CorpusDirection::ToEmpty(side) => {
                let x = load(side);
                Direction {
                    case: &case_key,
                    label: format!("{side}→EMPTY"),
                    flags: &flags,
                    warnings: &warnings,
                    from: x.url(),
                    target: "EMPTY".into(),
                    apply_to: &x,
                    rediff_targets: vec!["EMPTY".into()],
                    reference: Reference::Empty,
                    must_differ: false,
                    online: false,
                }
                .run(&scratch)
            }
        };
        finish(
            &format!("corpus::{name}"),
            cluster,
            result.err().into_iter().collect(),
        );
    }
}

/// The five directions of one corpus case as `#[test]`s in a module named after it. Listing the
/// directions, in this order, lets one carry attributes (`#[ignore = "engine bug: ..."]`).
macro_rules! corpus_case {
    ($case:ident) => {
        corpus_case!($case { b_to_a, empty_to_a, empty_to_b, a_to_empty, b_to_empty });
    };
    ($case:ident {
        $(#[$m1:meta])* b_to_a,
        $(#[$m2:meta])* empty_to_a,
        $(#[$m3:meta])* empty_to_b,
        $(#[$m4:meta])* a_to_empty,
        $(#[$m5:meta])* b_to_empty $(,)?
    }) => {
        mod $case {
            use super::super::corpus_cases::check;
            use super::super::CorpusDirection::*;
            $(#[$m1])*
            #[test]
            fn b_to_a() {
                check(stringify!($case), BToA);
            }
            $(#[$m2])*
            #[test]
            fn empty_to_a() {
                check(stringify!($case), EmptyTo("a"));
            }
            $(#[$m3])*
            #[test]
            fn empty_to_b() {
                check(stringify!($case), EmptyTo("b"));
            }
            $(#[$m4])*
            #[test]
            fn a_to_empty() {
                check(stringify!($case), ToEmpty("a"));
            }
            $(#[$m5])*
            #[test]
            fn b_to_empty() {
                check(stringify!($case), ToEmpty("b"));
            }
        }
    };
}

/// The corpus cases, each as [`corpus_case!`] takes it.
macro_rules! corpus_cases {
    ($($case:ident $({ $($body:tt)* })?),* $(,)?) => {
        mod corpus {
            /// Every corpus case; `every_corpus_case_has_a_round_trip` keeps it in step.
            pub(super) const CASES: &[&str] = &[$(stringify!($case)),*];
            $(corpus_case!($case $({ $($body)* })?);)*
        }
    };
}

corpus_cases! {
    collations,
    constraints,
    dependencies,
    dependencies2,
    dependencies3,
    dependencies4,
    enumdefaults {
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    enumdeps,
    everything,
    excludeschema,
    extversions {
        #[ignore = "not migratable in place: a downgrade, `alter extension \"pg_trgm\" update to '1.3'`, needs an update path the extension does not ship (ERROR: extension \"pg_trgm\" has no update path from version \"1.4\" to version \"1.3\"); see docs/objects.md"]
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    generated,
    generated_added,
    identitycols {
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    inherit,
    inherit2 {
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    partitioning,
    privileges,
    rls,
    rls2,
    seq,
    singleschema,
    singleschema_ext,
    triggers,
    triggers2,
    triggers3,
}

#[test]
fn every_corpus_case_has_a_round_trip() {
    let names: Vec<String> = migra_cases().unwrap().into_iter().map(|c| c.name).collect();
    assert_eq!(
        names,
        corpus::CASES,
        "the corpus_cases! list and the corpus differ"
    );
}

pub(crate) mod own_cases {
    use super::*;

    pub(crate) fn dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("roundtrip")
    }

    /// One direction of one case of `tests/roundtrip/`.
    pub(super) fn check(name: &str, which: OwnDirection) {
        let case = dir().join(name);
        let cluster = Cluster::shared();
        let read = |file: &str| std::fs::read_to_string(case.join(file)).ok();
        if let Some(min) = read("min_major") {
            let min: u32 = min.trim().parse().expect("min_major holds a major version");
            if cluster.major() < min {
                eprintln!("round trip {name} skipped: needs PostgreSQL {min}");
                return;
            }
        }
        let mut flags = vec!["--unsafe".to_string()];
        flags.extend(
            read("flags")
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_string),
        );
        // The warnings the case's migrations give on purpose, one line's start each.
        let warnings: Vec<String> = read("warnings")
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect();
        let scratch = TempDir::new(&format!("roundtrip-own-{name}")).unwrap();
        let case_key = format!("own::{name}");
        let load = |side: &str| {
            Db::load(
                cluster,
                &format!("own_{name}_{side}"),
                &[case.join(format!("{side}.sql"))],
            )
        };
        let result = match which {
            // FROM→TARGET, with both sides live; then the --online migration, on fresh copies.
            OwnDirection::AToB => variants().try_for_each(|online| {
                let (a, b) = (load("a"), load("b"));
                Direction {
                    case: &case_key,
                    label: if online { "a→b online" } else { "a→b" }.into(),
                    flags: &flags,
                    warnings: &warnings,
                    from: a.url(),
                    target: b.url(),
                    apply_to: &a,
                    rediff_targets: vec![b.url()],
                    reference: Reference::Db(&b.name),
                    must_differ: true,
                    online,
                }
                .run(&scratch)
            }),
            // TARGET→FROM, with the target as a catalog; then --online, likewise.
            OwnDirection::BToA => variants().try_for_each(|online| {
                let (a, b) = (load("a"), load("b"));
                let a_json = a.catalog(&scratch, if online { "a-online" } else { "a" });
                Direction {
                    case: &case_key,
                    label: if online { "b→a online" } else { "b→a" }.into(),
                    flags: &flags,
                    warnings: &warnings,
                    from: b.url(),
                    target: a_json.clone(),
                    apply_to: &b,
                    rediff_targets: vec![a_json, a.url()],
                    reference: Reference::Db(&a.name),
                    must_differ: true,
                    online,
                }
                .run(&scratch)
            }),
            // EMPTY→X, applied to a fresh database, as for the corpus.
            OwnDirection::EmptyTo(side) => {
                let x = load(side);
                let x_json = x.catalog(&scratch, side);
                let fresh = Db::load(cluster, &format!("own_{name}_empty_to_{side}"), &[]);
                Direction {
                    case: &case_key,
                    label: format!("EMPTY→{side}"),
                    flags: &flags,
                    warnings: &warnings,
                    from: "EMPTY".into(),
                    target: x_json.clone(),
                    apply_to: &fresh,
                    rediff_targets: vec![x_json, x.url()],
                    reference: Reference::Db(&x.name),
                    must_differ: true,
                    online: false,
                }
                .run(&scratch)
            }
            // X→EMPTY, applied to X itself.
            OwnDirection::ToEmpty(side) => {
                let x = load(side);
                Direction {
                    case: &case_key,
                    label: format!("{side}→EMPTY"),
                    flags: &flags,
                    warnings: &warnings,
                    from: x.url(),
                    target: "EMPTY".into(),
                    apply_to: &x,
                    rediff_targets: vec!["EMPTY".into()],
                    reference: Reference::Empty,
                    must_differ: true,
                    online: false,
                }
                .run(&scratch)
            }
        };
        finish(
            &format!("own::{name}"),
            cluster,
            result.err().into_iter().collect(),
        );
    }
}

/// Whether each of `a_to_b` and `b_to_a` runs plain, then `--online`: both, unless
/// `MIGRA_ROUNDTRIP_ONLINE=0` leaves the online runs out. CI does so on the matrix's majors
/// (.ci/run), where they repeat what the default server checks (`CONCURRENTLY`, `NOT VALID` and
/// the lock settings behave alike from 13 to 18) at a cost the 40-minute budget cannot carry.
fn variants() -> impl Iterator<Item = bool> {
    let online = std::env::var_os("MIGRA_ROUNDTRIP_ONLINE").is_none_or(|v| v != "0");
    [false, true].into_iter().filter(move |&o| !o || online)
}

/// The directions of a case of `tests/roundtrip/`: FROM→TARGET and TARGET→FROM for every case,
/// from and to `EMPTY` for the cases that list them.
#[derive(Debug, Clone, Copy)]
enum OwnDirection {
    AToB,
    BToA,
    EmptyTo(&'static str),
    ToEmpty(&'static str),
}

/// The directions of one case of `tests/roundtrip/` as `#[test]`s in a module named after it:
/// `a_to_b` and `b_to_a`, and with the four directions from and to `EMPTY` when listed; listing
/// them lets one carry attributes (`#[ignore = "engine bug: ..."]`).
macro_rules! own_case {
    ($case:ident) => {
        own_case!($case { a_to_b, b_to_a });
    };
    ($case:ident { $(#[$m1:meta])* a_to_b, $(#[$m2:meta])* b_to_a $(,)? }) => {
        mod $case {
            use super::super::own_cases::check;
            use super::super::OwnDirection::*;
            $(#[$m1])*
            #[test]
            fn a_to_b() {
                check(stringify!($case), AToB);
            }
            $(#[$m2])*
            #[test]
            fn b_to_a() {
                check(stringify!($case), BToA);
            }
        }
    };
    ($case:ident {
        $(#[$m1:meta])* a_to_b,
        $(#[$m2:meta])* b_to_a,
        $(#[$m3:meta])* empty_to_a,
        $(#[$m4:meta])* empty_to_b,
        $(#[$m5:meta])* a_to_empty,
        $(#[$m6:meta])* b_to_empty $(,)?
    }) => {
        mod $case {
            use super::super::own_cases::check;
            use super::super::OwnDirection::*;
            $(#[$m1])*
            #[test]
            fn a_to_b() {
                check(stringify!($case), AToB);
            }
            $(#[$m2])*
            #[test]
            fn b_to_a() {
                check(stringify!($case), BToA);
            }
            $(#[$m3])*
            #[test]
            fn empty_to_a() {
                check(stringify!($case), EmptyTo("a"));
            }
            $(#[$m4])*
            #[test]
            fn empty_to_b() {
                check(stringify!($case), EmptyTo("b"));
            }
            $(#[$m5])*
            #[test]
            fn a_to_empty() {
                check(stringify!($case), ToEmpty("a"));
            }
            $(#[$m6])*
            #[test]
            fn b_to_empty() {
                check(stringify!($case), ToEmpty("b"));
            }
        }
    };
}

/// The cases of `tests/roundtrip/`, each as [`own_case!`] takes it.
macro_rules! own_cases {
    ($($case:ident $({ $($body:tt)* })?),* $(,)?) => {
        mod own {
            /// Every case of `tests/roundtrip/`; `every_own_case_has_a_test` keeps it in step.
            pub(super) const CASES: &[&str] = &[$(stringify!($case)),*];
            $(own_case!($case $({ $($body)* })?);)*
        }
    };
}

own_cases! {
    aggregate_function_replaced,
    aggregates,
    casts,
    chain_composite_in_use,
    chain_enum_uses,
    chain_function_in_view,
    chain_function_uses,
    chain_table_recreated,
    chain_view_layers,
    collations {
        a_to_b,
        b_to_a,
    },
    column_compression,
    column_defaults,
    column_drop_under_view,
    column_not_null,
    column_type_no_cast,
    column_type_using,
    column_type_widening,
    columns_add_drop,
    comments,
    comments_replaced,
    composite_types,
    constraints_check_fk,
    constraints_deferrable {
        a_to_b,
        b_to_a,
    },
    constraints_exclusion,
    constraints_pk_unique,
    constraints_validate,
    default_privileges,
    domain_base_type,
    domains,
    enum_add_values {
        a_to_b,
        b_to_a,
    },
    enum_new_label_in_use,
    enum_remove_label {
        a_to_b,
        b_to_a,
    },
    enum_reorder,
    event_triggers,
    extensions,
    foreign_data {
        a_to_b,
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    foreign_handler {
        a_to_b,
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    function_sql_body,
    function_to_procedure,
    functions,
    fuzz_child_column_retype,
    fuzz_column_grant_after_table_revoke,
    fuzz_column_of_checked_domain,
    fuzz_column_used_before_added,
    fuzz_generated_added_to_partitioned,
    fuzz_generated_dropped_before_its_column,
    fuzz_identity_added_to_partitioned,
    fuzz_inherited_generated_over_replaced_function,
    fuzz_default_new_function,
    fuzz_default_over_function_under_domain_move,
    fuzz_drop_function_used_by_generated,
    fuzz_enum_recreated_column_left,
    fuzz_enum_recreated_comment,
    fuzz_foreign_key_over_recreated_domain,
    fuzz_foreign_key_over_recreated_enum,
    fuzz_function_cycle,
    fuzz_generated_becomes_plain,
    fuzz_generated_made_plain_over_replaced_function,
    fuzz_generated_over_quoted_column,
    fuzz_generated_over_retyped_back,
    fuzz_identity_added_to_parent,
    fuzz_identity_bigint,
    fuzz_index_on_readded_generated_column,
    fuzz_not_null_child_before_parent,
    fuzz_parent_drops_expression,
    fuzz_partition_copy_comments_after_retype,
    fuzz_partition_index_copy_names,
    fuzz_partition_not_null,
    fuzz_readded_column_comment,
    fuzz_readded_column_grant,
    fuzz_recreated_table_rls,
    fuzz_replaced_view_grant,
    fuzz_sequence_released,
    fuzz_table_comment_kept,
    fuzz_type_recreated_table_replaced,
    fuzz_unique_dropped_before_foreign_key,
    generated_added,
    generated_columns,
    hostile_names {
        a_to_b,
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    hostile_privileges {
        a_to_b,
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    hostile_sql_body {
        a_to_b,
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    hostile_text {
        a_to_b,
        b_to_a,
        empty_to_a,
        empty_to_b,
        a_to_empty,
        b_to_empty,
    },
    identity,
    indexes,
    inheritance,
    inheritance_detach_keeps,
    languages,
    access_methods,
    access_method_tables,
    transforms,
    base_types,
    base_type_subscript_none,
    family_additions,
    inheritance_columns,
    matviews,
    not_null_names,
    operators,
    owners,
    partition_detach_keeps,
    partition_index_copy_swap,
    partition_indexes,
    partition_keys,
    partitions,
    policies,
    privileges,
    procedures,
    publication_filters,
    publications,
    range_type_change,
    range_types,
    rule_column_dropped,
    rules,
    schema_with_contents,
    schemas,
    sequence_options,
    sequence_owned_by,
    statistics,
    statistics_expressions,
    subscription_options,
    subscriptions,
    table_reloptions,
    table_rls,
    table_settings,
    table_unlogged,
    text_search,
    trigger_function_replaced,
    triggers,
    view_grants_lost,
    view_options,
    view_security_invoker,
    views,
}

#[test]
fn every_own_case_has_a_test() {
    let mut names: Vec<String> = std::fs::read_dir(own_cases::dir())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut listed: Vec<&str> = own::CASES.to_vec();
    listed.sort();
    assert_eq!(
        names, listed,
        "the own_cases! list and tests/roundtrip differ"
    );
}
