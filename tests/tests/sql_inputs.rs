//! Schema kept as `.sql` files (issue 17, native half): `migra` and `migra-fetch` load a `.sql`
//! file or a directory of them into a throwaway cluster (or a `--shadow` server's scratch
//! database), and `migra --verify` applies the migration to a scratch copy of FROM.
//!
//! The corpus-wide checks run in one test through the library the binaries use
//! (`migra_fetch::Scratch`, `load_source_in`, `verify`), on one throwaway cluster for every case:
//! a binary run starts a cluster of its own (seconds each), which the other tests pay for only a
//! few times.

use std::path::Path;
use std::process::Command;

use migra_engine::{Options, SchemaFilter};
use migra_fetch::{Scratch, Timeouts, Verdict, VerifyFrom};
use migra_tests::{corpus, fetch, Cluster, TempDir, CORPUS_ROLES};

use crate::conformance::Run;

/// The binary `name` run with `args` and only the environment that finds the server binaries
/// (`PATH`, `PG_BIN`, `PSQL`) plus `extra`.
fn run_binary(name: &str, args: &[&str], extra: &[(&str, &str)]) -> Run {
    let binary = fetch::binary(name);
    let mut command = Command::new(&binary);
    command.env_clear().args(args);
    for key in ["PATH", "PG_BIN", "PSQL"] {
        if let Some(value) = std::env::var_os(key) {
            command.env(key, value);
        }
    }
    command.envs(extra.iter().copied());
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", binary.display()));
    Run {
        command: format!("{name} {}", args.join(" ")),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn write(dir: &Path, name: &str, sql: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, sql).unwrap();
    path.display().to_string()
}

/// The stderr lines that are not `--timings` lines.
fn messages(run: &Run) -> Vec<&str> {
    run.stderr
        .lines()
        .filter(|l| !l.contains(": timing: "))
        .collect()
}

#[test]
fn a_directory_applies_in_name_order_and_verifies() {
    let dir = TempDir::new("sql_directory").unwrap();
    let target = dir.path().join("target");
    std::fs::create_dir(&target).unwrap();
    // The view needs the table: only name order (01 before 02) loads it.
    write(
        &target,
        "02_view.sql",
        "create view v as select id from t;\n",
    );
    write(
        &target,
        "01_table.sql",
        "create table t (id int primary key);\n",
    );
    write(&target, "notes.txt", "not SQL, not loaded");
    let from = write(
        dir.path(),
        "from.sql",
        "create table t (id int primary key);\n",
    );
    let target = target.display().to_string();
    let run = run_binary("migra", &["--verify", "--timings", &from, &target], &[]);
    assert_eq!(run.code, Some(2), "{}", run.describe());
    assert!(
        run.stdout
            .contains("create or replace view \"public\".\"v\" as"),
        "{}",
        run.describe()
    );
    assert_eq!(
        messages(&run),
        ["migra: verify: the migration (1 statement) applies and re-diffs to nothing"],
        "{}",
        run.describe()
    );
    for step in [
        "scratch server start",
        "FROM load",
        "TARGET fetch",
        "verify: apply",
    ] {
        assert!(
            run.stderr.contains(&format!("migra: timing: {step}: ")),
            "{}",
            run.describe()
        );
    }
}

#[test]
fn bad_sql_names_the_file_the_line_and_the_message() {
    let dir = TempDir::new("sql_bad").unwrap();
    let bad = write(
        dir.path(),
        "bad.sql",
        "create table t (id int);\n\ncreate tabel u ();\n",
    );
    let run = run_binary("migra-fetch", &[&bad], &[]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert!(run.stdout.is_empty(), "{}", run.describe());
    assert_eq!(
        run.stderr,
        format!(
            "migra-fetch: cannot load \"{bad}\": {bad}:3: ERROR: syntax error at or near \
             \"tabel\"\n"
        ),
        "{}",
        run.describe()
    );
}

#[test]
fn a_made_to_fail_migration_names_the_failing_statement() {
    let dir = TempDir::new("sql_verify_fails").unwrap();
    // The migration is right for the schema, but FROM's row has a NULL that SET NOT NULL refuses.
    let from = write(
        dir.path(),
        "from.sql",
        "create table t (id int primary key, name text);\ninsert into t values (1, null);\n",
    );
    let target = write(
        dir.path(),
        "target.sql",
        "create table t (id int primary key, name text not null);\n",
    );
    let run = run_binary("migra", &["--verify", &from, &target], &[]);
    assert_eq!(run.code, Some(4), "{}", run.describe());
    assert_eq!(
        run.stdout,
        "alter table \"public\".\"t\" alter column \"name\" set not null;\n\n\n",
        "the migration is still printed: {}",
        run.describe()
    );
    assert_eq!(
        run.stderr,
        "migra: verify: statement 1 of 1 failed: alter table \"public\".\"t\" alter column \
         \"name\" set not null: ERROR: column \"name\" of relation \"t\" contains null values\n",
        "{}",
        run.describe()
    );
}

#[test]
fn a_catalog_from_is_built_and_a_migration_that_leaves_differences_says_what_is_left() {
    let dir = TempDir::new("sql_verify_catalog").unwrap();
    let from_sql = write(
        dir.path(),
        "from.sql",
        "create table t (id int primary key);\n",
    );
    let target = write(
        dir.path(),
        "target.sql",
        "create table t (id int primary key, a text, b date);\n",
    );
    // A catalog FROM has no SQL: verify builds it from a new database (the EMPTY -> FROM migration).
    let from = dir.path().join("from.json").display().to_string();
    let fetched = run_binary("migra-fetch", &["-o", &from, &from_sql], &[]);
    assert_eq!(fetched.code, Some(0), "{}", fetched.describe());
    let run = run_binary("migra", &["--verify", "--timings", &from, &target], &[]);
    assert_eq!(run.code, Some(2), "{}", run.describe());
    assert_eq!(
        messages(&run),
        ["migra: verify: the migration (2 statements) applies and re-diffs to nothing"],
        "{}",
        run.describe()
    );
    assert!(
        run.stderr.contains("migra: timing: verify: build FROM: "),
        "{}",
        run.describe()
    );

    // The same through the library, with the migration cut short: it applies, and what is left
    // is named (the binary cannot be made to print an incomplete migration).
    let scratch = Scratch::throwaway(None);
    let (filter, timeouts) = (SchemaFilter::default(), Timeouts::default());
    let load = |arg: &str, label| {
        migra_fetch::load_source_in(arg, &filter, &timeouts, &scratch, label).unwrap()
    };
    let (from, target) = (load(&from, "from"), load(&target, "target"));
    let options = Options::default();
    let mut migration = migra_engine::diff(&from.catalog, &target.catalog, &options).unwrap();
    migration.statements.retain(|s| !s.sql.contains("\"b\""));
    let report = migra_fetch::verify(
        &scratch,
        VerifyFrom::Catalog(&from.catalog),
        &migration,
        &target.catalog,
        &options,
        &filter,
        &timeouts,
    )
    .unwrap();
    assert!(report.build_time.is_some(), "FROM was built: {report:?}");
    assert_eq!(
        report.verdict.describe(migration.statements.len()),
        "the migration applies, but FROM still differs from TARGET: 1 statement left, the first: \
         alter table \"public\".\"t\" add column \"b\" date"
    );
}

#[test]
fn no_server_binaries_says_what_to_do() {
    let dir = TempDir::new("sql_no_binaries").unwrap();
    let sql = write(dir.path(), "a.sql", "create table t ();\n");
    let run = run_binary("migra", &[&sql, "EMPTY"], &[("PG_BIN", "/nonexistent")]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(
        run.stderr,
        "migra: /nonexistent has no initdb: set PG_BIN to a directory with initdb, pg_ctl and \
         postgres; or give --shadow URL to load the SQL on a server you have\n",
        "{}",
        run.describe()
    );
}

#[test]
fn shadow_loads_into_a_scratch_database_and_drops_it() {
    let cluster = Cluster::shared();
    let dir = TempDir::new("sql_shadow").unwrap();
    let from = write(dir.path(), "from.sql", "create table t (id int);\n");
    let target = write(
        dir.path(),
        "target.sql",
        "create table t (id int, b text);\n",
    );
    let shadow = cluster.url("postgres");
    let run = run_binary(
        "migra",
        &["--shadow", &shadow, "--verify", &from, &target],
        &[],
    );
    assert_eq!(run.code, Some(2), "{}", run.describe());
    assert_eq!(
        run.stdout,
        "alter table \"public\".\"t\" add column \"b\" text;\n\n\n",
        "{}",
        run.describe()
    );
    assert_eq!(
        messages(&run),
        ["migra: verify: the migration (1 statement) applies and re-diffs to nothing"],
        "{}",
        run.describe()
    );
    let left: i64 = cluster
        .client("postgres")
        .query_one(
            "select count(*) from pg_database where datname like 'migra_scratch_%'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(left, 0, "the scratch databases are dropped");

    // A role without CREATEDB is told so, in one line, before anything is loaded.
    let db = cluster.create_database("shadow_nocreatedb");
    cluster
        .execute(&db, "create role shadow_plain login")
        .unwrap();
    let plain = format!(
        "postgresql://shadow_plain@/{db}?host={}&port={}",
        cluster.socket_dir().display(),
        cluster.port()
    );
    let run = run_binary("migra-fetch", &["--shadow", &plain, &from], &[]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(
        run.stderr,
        "migra-fetch: --shadow server: role \"shadow_plain\" cannot create databases, which \
         --shadow needs for its scratch databases: ALTER ROLE \"shadow_plain\" CREATEDB, or \
         connect as a role that has it, or leave out --shadow to use a throwaway cluster\n",
        "{}",
        run.describe()
    );
}

/// migra's flags of a corpus case as the engine's options and the fetch's schema filter.
fn case_options(flags: &[String]) -> (Options, SchemaFilter) {
    let mut options = Options::default();
    let mut flags = flags.iter();
    while let Some(flag) = flags.next() {
        match flag.as_str() {
            "--unsafe" => {}
            "--with-privileges" => options.with_privileges = true,
            "--ignore-extension-versions" => options.ignore_extension_versions = true,
            "--create-extensions-only" => options.create_extensions_only = true,
            "--schema" => options.schema = flags.next().cloned(),
            "--exclude_schema" | "--exclude-schema" => {
                options.exclude_schema.extend(flags.next().cloned())
            }
            other => panic!("unknown corpus flag {other}"),
        }
    }
    let filter = SchemaFilter {
        only: options.schema.clone(),
        exclude: options.exclude_schema.clone(),
    };
    (options, filter)
}

#[test]
fn corpus_through_sql_files_equals_the_live_diff_and_verifies() {
    let cluster = Cluster::shared();
    let dir = TempDir::new("sql_corpus").unwrap();
    let roles: String = CORPUS_ROLES
        .iter()
        .map(|r| format!("create role \"{r}\";\n"))
        .collect();
    let globals = write(dir.path(), "globals.sql", &roles);
    let scratch = Scratch::throwaway(Some(globals.into()));
    let timeouts = Timeouts::default();
    let mut failures = Vec::new();
    for case in corpus::migra_cases().unwrap() {
        let (options, filter) = case_options(&case.flags().unwrap());
        let a = case.path("a.sql").display().to_string();
        let b = case.path("b.sql").display().to_string();
        let load = |arg: &str, label| {
            migra_fetch::load_source_in(arg, &filter, &timeouts, &scratch, label)
                .unwrap_or_else(|e| panic!("{}: {e}", case.name))
        };
        let (from, target) = (load(&a, "from"), load(&b, "target"));
        let through_files = migra_engine::diff(&from.catalog, &target.catalog, &options).unwrap();

        let live = |file: &str| {
            let db = cluster.create_database(&format!("sql_corpus_{}_{file}", case.name));
            cluster.psql_file(&db, &case.path(file)).unwrap();
            fetch::fetch_filtered(&cluster.url(&db), &filter).unwrap()
        };
        let live_diff = migra_engine::diff(&live("a.sql"), &live("b.sql"), &options).unwrap();
        if through_files.sql() != live_diff.sql() {
            failures.push(format!(
                "{}: through .sql files:\n{}\nlive:\n{}",
                case.name,
                through_files.sql(),
                live_diff.sql()
            ));
            continue;
        }
        let Some(database) = &from.database else {
            panic!("{}: a .sql side has a scratch database", case.name)
        };
        let report = migra_fetch::verify(
            &scratch,
            VerifyFrom::Loaded(database),
            &through_files,
            &target.catalog,
            &options,
            &filter,
            &timeouts,
        )
        .unwrap_or_else(|e| panic!("{}: verify: {e}", case.name));
        if !matches!(report.verdict, Verdict::Verified) {
            failures.push(format!(
                "{}: verify: {}",
                case.name,
                report.verdict.describe(through_files.statements.len())
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
