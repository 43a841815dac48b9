//! The `migra-fetch` binary, run as a user would: catalog JSON on stdout or in a file, schema
//! filters, and on bad input, usage errors included, exit code 1 with exactly one line on stderr. The environment is
//! cleared for every run, so stray `PG*` variables cannot leak in.

use std::path::Path;
use std::process::{Command, Output};

use migra_engine::{Catalog, SchemaFilter};
use migra_tests::{fetch, Cluster, TempDir, SUPERUSER};

fn migra_fetch(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(fetch::binary("migra-fetch"));
    command.env_clear().args(args);
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("running migra-fetch")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn database_with_two_schemas(cluster: &Cluster) -> String {
    let db = cluster.create_database("cli");
    cluster
        .execute(&db, "create schema keep; create schema skip; create table keep.a (id int); create table skip.b (id int);")
        .unwrap();
    db
}

#[track_caller]
fn assert_success(output: &Output) {
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "exit {:?}, stderr:\n{}",
        output.status.code(),
        text(&output.stderr)
    );
}

#[test]
fn prints_the_catalog_as_the_library_reads_it() {
    let cluster = Cluster::shared();
    let db = database_with_two_schemas(cluster);
    let url = cluster.url(&db);
    let output = migra_fetch(&[&url], &[]);
    assert_success(&output);
    let stdout = text(&output.stdout);
    let catalog = Catalog::from_json(&stdout).unwrap();
    assert_eq!(catalog.tables.len(), 2);
    assert_eq!(
        stdout,
        fetch::fetch(&url).unwrap().to_json(),
        "the binary and the library agree"
    );
}

#[test]
fn writes_the_output_file() {
    let cluster = Cluster::shared();
    let db = database_with_two_schemas(cluster);
    let dir = TempDir::new("writes_the_output_file").unwrap();
    let file = dir.path().join("catalog.json");
    let output = migra_fetch(&["-o", file.to_str().unwrap(), &cluster.url(&db)], &[]);
    assert_success(&output);
    assert!(output.stdout.is_empty(), "{}", text(&output.stdout));
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written, fetch::fetch(&cluster.url(&db)).unwrap().to_json());
}

#[test]
fn schema_options_filter() {
    let cluster = Cluster::shared();
    let db = database_with_two_schemas(cluster);
    let url = cluster.url(&db);
    let tables = |args: &[&str]| {
        let output = migra_fetch(args, &[]);
        assert_success(&output);
        let catalog = Catalog::from_json(&text(&output.stdout)).unwrap();
        catalog
            .tables
            .iter()
            .map(|t| format!("{}.{}", t.schema, t.name))
            .collect::<Vec<_>>()
    };
    assert_eq!(tables(&["--schema", "keep", &url]), ["keep.a"]);
    assert_eq!(tables(&["--exclude-schema", "keep", &url]), ["skip.b"]);
    let only = SchemaFilter {
        only: Some("keep".into()),
        exclude: vec![],
    };
    let output = migra_fetch(&["--schema", "keep", &url], &[]);
    assert_eq!(
        text(&output.stdout),
        fetch::fetch_filtered(&url, &only).unwrap().to_json()
    );
}

#[test]
fn pg_environment_variables_fill_in() {
    let cluster = Cluster::shared();
    let db = database_with_two_schemas(cluster);
    let dir = cluster.socket_dir().display().to_string();
    let port = cluster.port().to_string();
    let env = [
        ("PGHOST", dir.as_str()),
        ("PGPORT", port.as_str()),
        ("PGUSER", SUPERUSER),
        ("PGDATABASE", db.as_str()),
    ];
    let output = migra_fetch(&["postgresql://"], &env);
    assert_success(&output);
    assert_eq!(
        Catalog::from_json(&text(&output.stdout))
            .unwrap()
            .tables
            .len(),
        2
    );
}

/// Exit code 1, nothing on stdout, exactly one line on stderr naming the program, no output file.
#[track_caller]
fn assert_fails_with_one_line(args: &[&str], out_file: &Path, expected_in_message: &str) -> String {
    let mut all = vec!["-o", out_file.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = migra_fetch(&all, &[]);
    let stderr = text(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(1),
        "args {args:?}, stderr:\n{stderr}"
    );
    assert!(output.stdout.is_empty(), "stdout: {}", text(&output.stdout));
    assert!(
        stderr.ends_with('\n') && stderr.matches('\n').count() == 1,
        "one line: {stderr:?}"
    );
    assert!(stderr.starts_with("migra-fetch: "), "{stderr:?}");
    assert!(
        stderr.contains(expected_in_message),
        "expected {expected_in_message:?} in {stderr:?}"
    );
    assert!(!out_file.exists(), "no output file on failure");
    stderr
}

#[test]
fn bad_input_exits_1_with_one_line() {
    let cluster = Cluster::shared();
    let dir = TempDir::new("bad_input_exits_1_with_one_line").unwrap();
    let out = dir.path().join("never.json");
    assert_fails_with_one_line(
        &[&cluster.url("no_such_database")],
        &out,
        "no_such_database",
    );
    assert_fails_with_one_line(&["postgresql://localhost:notaport/db"], &out, "port");
    assert_fails_with_one_line(
        &[&format!("{}&sslmode=sometimes", cluster.url("postgres"))],
        &out,
        "sometimes",
    );
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let unreachable = format!("postgresql://{SUPERUSER}:x@127.0.0.1:{port}/postgres");
    assert_fails_with_one_line(&[&unreachable], &out, &port.to_string());
}

#[test]
fn usage_errors_exit_1_with_one_line() {
    let dir = TempDir::new("usage_errors_exit_1_with_one_line").unwrap();
    let out = dir.path().join("never.json");
    let line = assert_fails_with_one_line(&["--frobnicate", "EMPTY"], &out, "'--frobnicate'");
    assert_eq!(
        line,
        "migra-fetch: error: unexpected argument '--frobnicate' found; see 'migra-fetch --help'\n"
    );
    assert_fails_with_one_line(&[], &out, "<URL>");
    assert_fails_with_one_line(&["EMPTY", "EMPTY"], &out, "unexpected argument 'EMPTY'");
}

#[test]
fn help_and_version_exit_0() {
    for flag in ["--help", "--version"] {
        let output = migra_fetch(&[flag], &[]);
        assert_success(&output);
        assert!(!output.stdout.is_empty(), "{flag} prints on stdout");
    }
    let help = text(&migra_fetch(&["--help"], &[]).stdout);
    assert!(
        help.contains("Exit status: 0 on success, 1 on any error."),
        "{help}"
    );
}

#[test]
fn wrong_password_exits_1_without_showing_it() {
    let cluster = Cluster::builder().tcp().start();
    let dir = TempDir::new("wrong_password_exits_1_without_showing_it").unwrap();
    let out = dir.path().join("never.json");
    let password = "Wr0ng-Pa55word";
    let url = format!(
        "postgresql://{SUPERUSER}:{password}@127.0.0.1:{}/postgres",
        cluster.port()
    );
    let stderr = assert_fails_with_one_line(&[&url], &out, SUPERUSER);
    assert!(!stderr.contains(password), "{stderr}");
}
