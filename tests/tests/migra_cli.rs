//! The `migra` binary, run as a user would: migra's exit codes (0 same, 2 printed, 3 refused,
//! 1 error), one line on stderr for every error, usage errors included (clap's own exit 2 would
//! read as "a migration was printed"), the drop guard decided from the changes rather than from
//! the word "drop" in the SQL, `--format json` (one document on every exit code, valid against
//! engine/migration.schema.json), `--format plan` and `markdown`, and the example of the README.
//!
//! Schemas are small SQL loaded into fresh databases of the shared cluster and diffed through
//! their URLs; one test diffs the same databases through catalog files written by `migra-fetch`.
//! The output formats are checked on the committed example catalogs, without a server, where
//! they can be.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use migra_engine::{Migration, Report, Status};
use migra_tests::{fetch, Cluster, TempDir, SUPERUSER};

use crate::conformance::{fenced, migra, Run, DESTRUCTIVE};

/// A fresh database of the shared cluster loaded with `sql`, as a URL.
fn database(prefix: &str, sql: &str) -> String {
    let cluster = Cluster::shared();
    let db = cluster.create_database(prefix);
    cluster
        .execute(&db, sql)
        .unwrap_or_else(|e| panic!("loading {prefix}: {e:#}\n{}", fenced(sql)));
    cluster.url(&db)
}

/// `migra FLAGS... FROM TARGET`.
fn migra_with(flags: &[&str], from: &str, target: &str) -> Run {
    let mut args = flags.to_vec();
    args.extend([from, target]);
    migra(&args)
}

/// Exit 1, nothing on stdout, exactly one line on stderr that names the program and contains
/// `expected`. Returns that line.
#[track_caller]
fn assert_error_line(run: &Run, expected: &str) -> String {
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert!(
        run.stdout.is_empty(),
        "nothing on stdout: {}",
        run.describe()
    );
    assert!(
        run.stderr.ends_with('\n') && run.stderr.matches('\n').count() == 1,
        "one line on stderr: {}",
        run.describe()
    );
    assert!(run.stderr.starts_with("migra: "), "{}", run.describe());
    assert!(
        run.stderr.contains(expected),
        "expected {expected:?} in stderr: {}",
        run.describe()
    );
    run.stderr.clone()
}

/// Exit 2, the migration on stdout, nothing on stderr.
#[track_caller]
fn assert_printed(run: &Run) {
    assert_eq!(run.code, Some(2), "{}", run.describe());
    assert!(!run.stdout.trim().is_empty(), "{}", run.describe());
    assert!(run.stderr.is_empty(), "{}", run.describe());
}

/// migra's refusal: exit 3, nothing on stdout, and its one line, alone, on stderr.
#[track_caller]
fn assert_refused(run: &Run) {
    assert_eq!(run.code, Some(3), "{}", run.describe());
    assert!(
        run.stdout.is_empty(),
        "nothing on stdout: {}",
        run.describe()
    );
    assert_eq!(run.stderr, format!("{DESTRUCTIVE}\n"), "{}", run.describe());
}

/// A change from `before` to `after` (SQL) that removes something: refused without `--unsafe`,
/// printed with it, and the printed migration contains `statement`.
#[track_caller]
fn assert_guarded(flags: &[&str], before: &str, after: &str, statement: &str) {
    let from = database("guard_before", before);
    let target = database("guard_after", after);
    assert_refused(&migra_with(flags, &from, &target));
    let mut unsafe_flags = flags.to_vec();
    unsafe_flags.push("--unsafe");
    let run = migra_with(&unsafe_flags, &from, &target);
    assert_printed(&run);
    assert!(
        run.stdout.contains(statement),
        "expected {statement:?}: {}",
        run.describe()
    );
}

#[test]
fn unknown_flag_is_one_line_exit_1() {
    let line = assert_error_line(
        &migra(&["--frobnicate", "EMPTY", "EMPTY"]),
        "'--frobnicate'",
    );
    assert_eq!(
        line,
        "migra: error: unexpected argument '--frobnicate' found; see 'migra --help'\n"
    );
}

#[test]
fn missing_argument_is_one_line_exit_1() {
    assert_error_line(&migra(&["EMPTY"]), "<TARGET>");
    assert_error_line(&migra::<&str>(&[]), "<FROM> <TARGET>");
}

#[test]
fn bad_flag_value_is_one_line_exit_1() {
    assert_error_line(
        &migra(&["--format", "xml", "EMPTY", "EMPTY"]),
        "invalid value 'xml'",
    );
}

#[test]
fn malformed_url_is_one_line_exit_1() {
    assert_error_line(
        &migra(&["postgresql://localhost:notaport/db", "EMPTY"]),
        "port",
    );
}

#[test]
fn unreachable_host_is_one_line_exit_1_without_the_password() {
    // A port that was free a moment ago: nothing listens there.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let password = "Unre4chable-Secret";
    let url = format!("postgresql://{SUPERUSER}:{password}@127.0.0.1:{port}/postgres");
    let line = assert_error_line(&migra(&["EMPTY", &url]), &port.to_string());
    assert!(!line.contains(password), "{line}");
}

#[test]
fn wrong_password_is_one_line_exit_1_without_the_password() {
    let cluster = Cluster::builder().tcp().start();
    let password = "Wr0ng-Pa55word";
    let url = format!(
        "postgresql://{SUPERUSER}:{password}@127.0.0.1:{}/postgres",
        cluster.port()
    );
    let line = assert_error_line(&migra(&[&url, "EMPTY"]), SUPERUSER);
    assert!(!line.contains(password), "{line}");
}

#[test]
fn missing_catalog_file_is_one_line_exit_1() {
    assert_error_line(
        &migra(&["/nonexistent/catalog.json", "EMPTY"]),
        "\"/nonexistent/catalog.json\"",
    );
}

/// Writes `text` to `<dir>/<name>` and returns the path as an argument.
fn file(dir: &TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn catalog_file_that_is_not_json_is_one_line_exit_1() {
    let dir = TempDir::new("catalog_file_that_is_not_json").unwrap();
    let path = file(
        &dir,
        "notes.json",
        "these are not the catalogs you are looking for\n",
    );
    assert_error_line(&migra(&["EMPTY", &path]), "invalid JSON");
}

#[test]
fn truncated_catalog_is_one_line_exit_1() {
    let dir = TempDir::new("truncated_catalog").unwrap();
    let whole = example("before.json");
    let path = file(&dir, "truncated.json", &whole[..whole.len() / 2]);
    assert_error_line(&migra(&[&path, "EMPTY"]), "invalid JSON");
}

#[test]
fn newer_catalog_version_is_one_line_exit_1() {
    let dir = TempDir::new("newer_catalog_version").unwrap();
    let whole = example("before.json");
    let newer = whole.replacen("\"version\": 1,", "\"version\": 99,", 1);
    assert_ne!(
        newer, whole,
        "the example catalog spells its version as expected"
    );
    let path = file(&dir, "v99.json", &newer);
    assert_error_line(&migra(&[&path, "EMPTY"]), "version 99");
}

#[test]
fn schema_and_exclude_schema_together_is_one_line_exit_1() {
    let run = migra(&["--schema", "a", "--exclude-schema", "b", "EMPTY", "EMPTY"]);
    assert_error_line(&run, "--schema and --exclude-schema");
}

#[test]
fn help_exits_0_and_explains_the_exit_statuses() {
    let run = migra(&["--help"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert!(run.stderr.is_empty(), "{}", run.describe());
    for status in [
        "0  the schemas are the same",
        "2  the migration was printed",
        "3  the migration would remove something",
        "1  any other error",
    ] {
        assert!(
            run.stdout.contains(status),
            "{status:?}: {}",
            run.describe()
        );
    }
}

#[test]
fn version_exits_0() {
    let run = migra(&["--version"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(
        run.stdout,
        format!("migra {}\n", env!("CARGO_PKG_VERSION")),
        "{}",
        run.describe()
    );
    assert!(run.stderr.is_empty(), "{}", run.describe());
}

#[test]
fn empty_to_empty_exits_0_and_prints_nothing() {
    let run = migra(&["EMPTY", "EMPTY"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert!(
        run.stdout.is_empty() && run.stderr.is_empty(),
        "{}",
        run.describe()
    );
}

#[test]
fn the_word_drop_in_a_function_body_is_not_destructive() {
    let from = database("drop_in_body_before", "");
    let target = database(
        "drop_in_body_after",
        "create function cleanup() returns void language plpgsql as $$ \
         begin execute 'DROP TABLE tmp'; end $$; \
         create function advice() returns text language sql as $$ select 'drop table x' $$;",
    );
    let run = migra(&[&from, &target]);
    assert_printed(&run);
    for body in ["execute 'DROP TABLE tmp'", "select 'drop table x'"] {
        assert!(run.stdout.contains(body), "{body:?}: {}", run.describe());
    }
}

/// Issue 16's case: widening (`int` → `bigint`) and binary-coercible (`varchar(20)` → `text`)
/// changes lose nothing, so they are printed with exit 2, as migra prints them.
#[test]
fn widening_a_column_type_is_not_destructive() {
    let from = database("widen_before", "create table t (a int, b varchar(20));");
    let target = database("widen_after", "create table t (a bigint, b text);");
    let run = migra(&[&from, &target]);
    assert_printed(&run);
    for statement in [
        "alter column \"a\" set data type bigint",
        "alter column \"b\" set data type text",
    ] {
        assert!(
            run.stdout.contains(statement),
            "{statement:?}: {}",
            run.describe()
        );
    }
}

/// Narrowing can fail on existing rows (`varchar(20)` → `varchar(10)`) or change values
/// (`numeric(10,2)` → `numeric(10,1)` rounds): refused without `--unsafe`, where migra printed it.
#[test]
fn narrowing_a_column_type_is_guarded() {
    assert_guarded(
        &[],
        "create table t (a varchar(20));",
        "create table t (a varchar(10));",
        "set data type character varying(10)",
    );
    assert_guarded(
        &[],
        "create table t (a numeric(10, 2));",
        "create table t (a numeric(10, 1));",
        "set data type numeric(10,1)",
    );
}

#[test]
fn dropping_a_column_is_guarded() {
    assert_guarded(
        &[],
        "create table t (a int, b int);",
        "create table t (a int);",
        "drop column \"b\"",
    );
}

#[test]
fn dropping_a_column_default_is_guarded() {
    assert_guarded(
        &[],
        "create table t (a int default 1);",
        "create table t (a int);",
        "alter column \"a\" drop default",
    );
}

#[test]
fn dropping_not_null_is_guarded() {
    assert_guarded(
        &[],
        "create table t (a int not null);",
        "create table t (a int);",
        "alter column \"a\" drop not null",
    );
}

#[test]
fn removing_an_enum_label_is_guarded() {
    assert_guarded(
        &[],
        "create type mood as enum ('sad', 'ok', 'happy');",
        "create type mood as enum ('sad', 'happy');",
        "create type \"public\".\"mood\" as enum ('sad', 'happy')",
    );
}

#[test]
fn revoking_a_privilege_is_guarded() {
    assert_guarded(
        &["--with-privileges"],
        "create table t (a int); grant select on t to public;",
        "create table t (a int);",
        "revoke select on table \"public\".\"t\" from PUBLIC",
    );
}

#[test]
fn dropping_a_table_is_guarded() {
    assert_guarded(
        &[],
        "create table t (a int);",
        "",
        "drop table \"public\".\"t\"",
    );
}

/// The JSON Schema of `migra --format json`, compiled once.
fn report_schema() -> &'static jsonschema::Validator {
    static SCHEMA: OnceLock<jsonschema::Validator> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/migration.schema.json");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
        jsonschema::validator_for(&schema).expect("the schema is a JSON Schema")
    })
}

/// The `--format json` document of a run: one JSON value on stdout, valid against
/// engine/migration.schema.json, whose `status` is the one the exit code says, read as a
/// [`Report`].
#[track_caller]
fn report_of(run: &Run) -> Report {
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not one JSON document ({e}): {}", run.describe()));
    let errors: Vec<String> = report_schema()
        .iter_errors(&json)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "not valid against engine/migration.schema.json:\n{}\n{}",
        errors.join("\n"),
        run.describe()
    );
    let report: Report = serde_json::from_value(json)
        .unwrap_or_else(|e| panic!("not a Report ({e}): {}", run.describe()));
    let status = match run.code {
        Some(0) => Status::NoDifferences,
        Some(2) => Status::Migration,
        Some(3) => Status::Refused,
        _ => panic!(
            "no JSON document is printed on this exit: {}",
            run.describe()
        ),
    };
    assert_eq!(report.status, status, "{}", run.describe());
    report
}

/// The path of `examples/<name>`, as an argument.
fn example_path(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples")
        .join(name)
        .display()
        .to_string()
}

/// `--format json` prints one document, valid against its schema, on exits 0, 2 and 3, and
/// nothing on exit 1 (the error's one line goes to stderr, as in every format).
#[test]
fn json_format_is_one_valid_document_on_every_exit_code() {
    let (before, after) = (example_path("before.json"), example_path("after.json"));
    let json = |args: &[&str]| {
        let mut all = vec!["--format", "json"];
        all.extend(args);
        migra(&all)
    };

    let same = json(&[&before, &before]);
    assert_eq!(same.code, Some(0), "{}", same.describe());
    assert!(same.stderr.is_empty(), "{}", same.describe());
    let report = report_of(&same);
    assert!(report.statements.is_empty() && report.changes.is_empty());
    assert_eq!(report_of(&json(&["EMPTY", "EMPTY"])), report);

    let printed = json(&["--unsafe", &before, &after]);
    assert!(printed.stderr.is_empty(), "{}", printed.describe());
    let report = report_of(&printed);
    assert!(report.statements.iter().all(|s| !s.refused));
    let text = migra(&["--unsafe", &before, &after]);
    let sql: String = report
        .statements
        .iter()
        .map(|s| format!("{}\n\n", s.statement.sql))
        .collect();
    assert_eq!(
        format!("{sql}\n"),
        text.stdout,
        "the JSON holds the statements the text form prints"
    );
    // Every hazard of the statements, once each.
    for statement in &report.statements {
        for hazard in &statement.statement.hazards {
            assert!(report.hazards.contains(hazard), "{}", printed.describe());
        }
    }

    let refused = json(&[&before, &after]);
    assert_eq!(
        refused.stderr,
        format!("{DESTRUCTIVE}\n"),
        "{}",
        refused.describe()
    );
    let refused_report = report_of(&refused);
    assert!(refused_report.statements.iter().any(|s| s.refused));
    for (statement, printed) in refused_report.statements.iter().zip(&report.statements) {
        assert_eq!(statement.refused, statement.statement.destructive);
        assert_eq!(statement.statement, printed.statement);
    }
    assert_eq!(refused_report.changes, report.changes);

    assert_error_line(
        &json(&["/nonexistent/catalog.json", "EMPTY"]),
        "catalog.json",
    );
    assert_error_line(&json(&["--frobnicate", "EMPTY", "EMPTY"]), "--frobnicate");

    // The schema does say no: to a status it does not know, a statement without its SQL, and
    // `before` as JSON text (the form before the report).
    let valid: serde_json::Value = serde_json::from_str(&printed.stdout).unwrap();
    let mut wrong = valid.clone();
    wrong["status"] = "maybe".into();
    assert!(!report_schema().is_valid(&wrong));
    let mut wrong = valid.clone();
    wrong["statements"][0]
        .as_object_mut()
        .unwrap()
        .remove("sql");
    assert!(!report_schema().is_valid(&wrong));
    let mut wrong = valid;
    let change = wrong["changes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c.get("before").is_some())
        .expect("a change with a definition");
    change["before"] = change["before"].to_string().into();
    assert!(!report_schema().is_valid(&wrong));
}

/// Warnings are in the document (and on stderr, as in every format); `before` and `after` are the
/// objects' catalog entries; migra's `set check_function_bodies = off` is a statement that sets a
/// setting, not a change of a function.
#[test]
fn json_format_holds_warnings_definitions_and_settings() {
    let dir = TempDir::new("json_format_holds_warnings").unwrap();
    let noted = example("after.json").replacen(
        "\"format\": \"migra-catalog\",",
        "\"format\": \"migra-catalog\",\n  \"notes\": [{\"kind\": \"search_path_schema_without_usage\", \"name\": \"hidden\"}],",
        1,
    );
    let target = file(&dir, "noted.json", &noted);
    let run = migra(&[
        "--unsafe",
        "--format",
        "json",
        &example_path("before.json"),
        &target,
    ]);
    let report = report_of(&run);
    assert_eq!(report.warnings.len(), 1, "{}", run.describe());
    assert!(
        report.warnings[0].contains("\"hidden\""),
        "{}",
        run.describe()
    );
    assert_eq!(
        run.stderr,
        format!("migra: warning: {}\n", report.warnings[0]),
        "{}",
        run.describe()
    );

    let altered = report
        .changes
        .iter()
        .find(|c| c.identity == "\"billing\".\"invoices\"")
        .unwrap_or_else(|| panic!("no change of billing.invoices: {}", run.describe()));
    let (before, after) = (altered.before.as_ref(), altered.after.as_ref());
    let (before, after) = before.zip(after).expect("an altered table has both");
    assert_eq!(before["name"], "invoices");
    assert_ne!(before["columns"], after["columns"]);

    let settings: Vec<_> = report
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.statement.setting.is_some())
        .collect();
    assert_eq!(settings.len(), 1, "{}", run.describe());
    let (index, setting) = settings[0];
    assert_eq!(setting.statement.sql, "set check_function_bodies = off;");
    assert_eq!(
        setting.statement.setting.as_deref(),
        Some("check_function_bodies")
    );
    assert!(
        report
            .changes
            .iter()
            .all(|c| !c.statements.contains(&index) && c.identity != "check_function_bodies"),
        "{}",
        run.describe()
    );
}

/// The structured form of the migration from a fresh database to one with a table `t`.
#[test]
fn json_format_holds_the_changes() {
    let from = database("json_before", "");
    let target = database("json_after", "create table t (id int primary key);");
    let run = migra(&["--format", "json", &from, &target]);
    assert_printed(&run);
    let report = report_of(&run);
    let table = report
        .changes
        .iter()
        .find(|change| change.kind.as_str() == "table")
        .unwrap_or_else(|| panic!("no table change: {}", run.describe()));
    assert_eq!(table.identity, "\"public\".\"t\"", "{}", run.describe());
    assert_eq!(
        serde_json::to_value(table.action).unwrap(),
        "create",
        "{}",
        run.describe()
    );
    // Read as a Migration too, as callers of the engine's types do.
    let migration: Migration = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not a Migration ({e}): {}", run.describe()));
    // The text form is `Migration::sql()` and the newline migra's print() adds.
    let text = migra(&[&from, &target]);
    assert_eq!(
        format!("{}\n", migration.sql()),
        text.stdout,
        "the JSON holds the statements the text form prints"
    );
}

#[test]
fn json_format_is_guarded_like_the_text() {
    let from = database("json_guard_before", "create table t (id int);");
    let target = database("json_guard_after", "");
    let refused = migra(&["--format", "json", &from, &target]);
    assert_eq!(
        refused.stderr,
        format!("{DESTRUCTIVE}\n"),
        "{}",
        refused.describe()
    );
    let report = report_of(&refused);
    assert!(
        report.statements.iter().any(|s| s.refused),
        "{}",
        refused.describe()
    );
    let run = migra(&["--format", "json", "--unsafe", &from, &target]);
    assert_printed(&run);
    let report = report_of(&run);
    assert!(
        report.statements.iter().any(|s| s.statement.destructive),
        "{}",
        run.describe()
    );
}

/// `--format plan` and `markdown`: the plan on exits 0, 2 and 3, as the engine writes it, and the
/// same exit codes and stderr as the SQL.
#[test]
fn plan_formats_print_the_plan_on_every_exit_code() {
    let (before, after) = (example_path("before.json"), example_path("after.json"));
    for (format, heading) in [("plan", "Tables\n"), ("markdown", "### Tables\n")] {
        let same = migra(&["--format", format, &before, &before]);
        assert_eq!(same.code, Some(0), "{}", same.describe());
        assert!(
            same.stdout
                .contains("No differences: the schemas are the same."),
            "{}",
            same.describe()
        );
        let printed = migra(&["--format", format, "--unsafe", &before, &after]);
        assert_printed(&printed);
        assert!(printed.stdout.contains(heading), "{}", printed.describe());
        assert!(
            printed.stdout.contains("\"billing\".\"invoices\""),
            "{}",
            printed.describe()
        );
        assert!(
            !printed.stdout.contains("refused"),
            "{}",
            printed.describe()
        );
        let refused = migra(&["--format", format, &before, &after]);
        assert_eq!(refused.code, Some(3), "{}", refused.describe());
        assert_eq!(
            refused.stderr,
            format!("{DESTRUCTIVE}\n"),
            "{}",
            refused.describe()
        );
        assert!(refused.stdout.contains("refused"), "{}", refused.describe());
        // The plan is the engine's: the report of the JSON, in words.
        let report = report_of(&migra(&["--format", "json", &before, &after]));
        let style = match format {
            "plan" => migra_engine::PlanStyle::Text,
            _ => migra_engine::PlanStyle::Markdown,
        };
        assert_eq!(refused.stdout, report.plan(style), "{}", refused.describe());
    }
}

/// Catalog files written by `migra-fetch` stand in for the databases they were read from.
#[test]
fn catalog_files_diff_as_their_databases() {
    let from = database("files_before", "create table t (a int);");
    let target = database("files_after", "create table t (a int, b text);");
    let dir = TempDir::new("catalog_files_diff_as_their_databases").unwrap();
    let write = |url: &str, name: &str| {
        let path = dir.path().join(name);
        let output = Command::new(fetch::binary("migra-fetch"))
            .env_clear()
            .arg("-o")
            .arg(&path)
            .arg(url)
            .output()
            .expect("running migra-fetch");
        assert!(
            output.status.success(),
            "migra-fetch {url}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        path.display().to_string()
    };
    let (from_file, target_file) = (write(&from, "from.json"), write(&target, "target.json"));
    let live = migra(&[&from, &target]);
    assert_printed(&live);
    let files = migra(&[&from_file, &target_file]);
    assert_printed(&files);
    assert_eq!(files.stdout, live.stdout);
}

/// The text of `examples/<name>` at the root of the repository.
fn example(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `just demo`: the committed example catalogs diff, and the output begins as the README shows.
#[test]
fn the_readme_demo_prints_what_the_readme_shows() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let before = examples.join("before.json").display().to_string();
    let after = examples.join("after.json").display().to_string();
    let run = migra(&["--unsafe", &before, &after]);
    assert_printed(&run);
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .expect("README.md");
    let shown = readme
        .split_once("-- migra --unsafe examples/before.json examples/after.json\n")
        .and_then(|(_, rest)| rest.split_once("\n...\n"))
        .map(|(shown, _)| shown)
        .expect("the README shows the demo's output up to a line `...`");
    assert!(
        run.stdout.starts_with(shown),
        "the README shows:\n{}\n{}",
        fenced(shown),
        run.describe()
    );
}
