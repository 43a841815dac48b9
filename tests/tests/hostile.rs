//! Hostile content (issue 18, part 4): the cases `tests/roundtrip/hostile_*` hold names with
//! double quotes, spaces, dots, `$`, unicode, 63 bytes and keywords in every kind of object
//! (`hostile_names`), bodies holding `$$`, `$fn$`, `$function$` and the word `drop`, comments with
//! newlines, quotes, backslashes and comment markers, defaults with casts and strings that look
//! like SQL (`hostile_text`), SQL-standard bodies, printed without dollar quotes, holding `;`,
//! `end;` and `$$` (`hostile_sql_body`, PostgreSQL 14+), and privileges, default privileges and
//! policies for roles with odd names (`hostile_privileges`). roundtrip.rs applies them in six
//! directions with psql; this module proves two more things:
//!
//! - **No name or text ends a statement early.** Every statement of `--format json` goes to the
//!   server alone, with the extended query protocol, where PostgreSQL's own parser refuses a text
//!   holding more than one command ("cannot insert multiple commands into a prepared statement").
//!   All of them, in one transaction, migrate the database (the re-diff is empty), and the text
//!   output is exactly those statements (`Migration::sql()`), so psql's split of the text is this
//!   split. A `victim` table on both sides would be reached by a name that ended a statement.
//! - **The drop guard reads changes, not text.** Migrations full of `drop` in bodies, comments,
//!   defaults, names and labels pass without `--unsafe` when nothing is removed, and are refused
//!   (exit 3) when something really is.

use std::path::PathBuf;

use migra_engine::Migration;
use migra_tests::Cluster;

use crate::conformance::{fenced, migra, Run, DESTRUCTIVE};
use crate::roundtrip::{own_cases, Db};

/// The hostile cases of `tests/roundtrip/`.
const CASES: [&str; 4] = [
    "hostile_names",
    "hostile_privileges",
    "hostile_sql_body",
    "hostile_text",
];

fn sql_file(case: &str, side: &str) -> PathBuf {
    own_cases::dir().join(case).join(format!("{side}.sql"))
}

/// The case's `flags` file, split.
fn case_flags(case: &str) -> Vec<String> {
    std::fs::read_to_string(own_cases::dir().join(case).join("flags"))
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Whether the shared cluster can load the case (its `min_major`); says so when it cannot.
fn runs_here(case: &str) -> bool {
    let Ok(min) = std::fs::read_to_string(own_cases::dir().join(case).join("min_major")) else {
        return true;
    };
    let min: u32 = min.trim().parse().expect("min_major holds a major version");
    let major = Cluster::shared().major();
    if major < min {
        eprintln!("hostile: {case} skipped: needs PostgreSQL {min}, this is {major}");
    }
    major >= min
}

/// A fresh database of the shared cluster holding one side of a case (`None`: nothing).
fn load<'a>(cluster: &'a Cluster, case: &str, side: Option<&str>) -> Db<'a> {
    let files: Vec<PathBuf> = side.map(|s| sql_file(case, s)).into_iter().collect();
    Db::load(
        cluster,
        &format!("hx_{case}_{}", side.unwrap_or("empty")),
        &files,
    )
}

/// `migra FLAGS... FROM TARGET`.
fn migra_with(flags: &[String], from: &str, target: &str) -> Run {
    let mut args = flags.to_vec();
    args.extend([from.to_string(), target.to_string()]);
    migra(&args)
}

/// The statements of a `--format json` run.
fn parse_migration(run: &Run) -> Migration {
    assert_eq!(run.code, Some(2), "{}", run.describe());
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not a Migration ({e}): {}", run.describe()))
}

/// One direction of a case, statement by statement: the JSON's statements are each one command
/// to the server's parser, applied in one transaction they migrate the database, and the text
/// output is exactly their `Migration::sql()`. Returns what went wrong.
fn statement_by_statement(case: &str, from: Option<&str>, to: Option<&str>) -> Result<(), String> {
    let cluster = Cluster::shared();
    let label = format!("{}→{}", from.unwrap_or("EMPTY"), to.unwrap_or("EMPTY"));
    let target_db = to.map(|side| load(cluster, case, Some(side)));
    let target = target_db.as_ref().map_or("EMPTY".to_string(), Db::url);
    // The migration is applied to a database holding FROM; from EMPTY, to a fresh one.
    let applied = load(cluster, case, from);
    let source = match from {
        Some(_) => applied.url(),
        None => "EMPTY".to_string(),
    };
    let mut flags = case_flags(case);
    flags.push("--unsafe".into());
    let text = migra_with(&flags, &source, &target);
    let mut json_flags = flags.clone();
    json_flags.extend(["--format".to_string(), "json".to_string()]);
    let migration = parse_migration(&migra_with(&json_flags, &source, &target));
    if text.stdout != format!("{}\n", migration.sql()) {
        return Err(format!(
            "{label}: the text output is not the JSON's statements joined; {}",
            text.describe()
        ));
    }

    let mut client = cluster.client(&applied.name);
    let mut transaction = client.transaction().expect("begin");
    for (i, statement) in migration.statements.iter().enumerate() {
        // `execute` parses the text as a prepared statement: more than one command is an error.
        if let Err(e) = transaction.execute(statement.sql.as_str(), &[]) {
            let message = e
                .as_db_error()
                .map_or_else(|| e.to_string(), |db| db.message().to_string());
            return Err(format!(
                "{label}: statement {i} of {} failed alone: {message}\n{}",
                migration.statements.len(),
                fenced(&statement.sql)
            ));
        }
    }
    transaction.commit().expect("commit");

    let again = migra_with(&flags, &applied.url(), &target);
    if again.code != Some(0) || !again.stdout.is_empty() || !again.stderr.is_empty() {
        return Err(format!(
            "{label}: the re-diff after applying statement by statement is not empty; {}",
            again.describe()
        ));
    }
    Ok(())
}

/// The six directions of one case, statement by statement; panics listing every failure.
fn check_statements(case: &str) {
    if !runs_here(case) {
        return;
    }
    let directions: [(Option<&str>, Option<&str>); 6] = [
        (Some("a"), Some("b")),
        (Some("b"), Some("a")),
        (None, Some("a")),
        (None, Some("b")),
        (Some("a"), None),
        (Some("b"), None),
    ];
    let failures: Vec<String> = directions
        .iter()
        .filter_map(|(from, to)| statement_by_statement(case, *from, *to).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{case} on PostgreSQL {}:\n\n{}",
        Cluster::shared().server_version_num(),
        failures.join("\n\n")
    );
}

mod one_command_per_statement {
    #[test]
    fn hostile_names() {
        super::check_statements("hostile_names");
    }

    #[test]
    fn hostile_privileges() {
        super::check_statements("hostile_privileges");
    }

    #[test]
    fn hostile_sql_body() {
        super::check_statements("hostile_sql_body");
    }

    #[test]
    fn hostile_text() {
        super::check_statements("hostile_text");
    }
}

/// What proves the rest: the extended query protocol takes one command per statement, and a
/// text holding two is an error, not two statements.
#[test]
fn the_server_refuses_two_commands_in_one_statement() {
    let cluster = Cluster::shared();
    let db = load(cluster, "hostile_text", None);
    let mut client = cluster.client(&db.name);
    let error = client
        .execute(r#"create table "a" (); drop table "victim""#, &[])
        .expect_err("two commands are refused");
    assert_eq!(
        error.as_db_error().map(|db| db.message()),
        Some("cannot insert multiple commands into a prepared statement")
    );
    client
        .execute(
            r#"create table "a;b" ("c" text default 'x; drop table y; --');"#,
            &[],
        )
        .expect("one command with a trailing semicolon, and semicolons in a name and a string");
}

#[test]
fn every_hostile_case_is_checked() {
    let mut found: Vec<String> = std::fs::read_dir(own_cases::dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("hostile_"))
        .collect();
    found.sort();
    assert_eq!(found, CASES, "tests/roundtrip/hostile_* and CASES differ");
}

/// Exit 2, a migration on stdout, nothing on stderr.
#[track_caller]
fn assert_printed(run: &Run) {
    assert_eq!(run.code, Some(2), "{}", run.describe());
    assert!(!run.stdout.trim().is_empty(), "{}", run.describe());
    assert!(run.stderr.is_empty(), "{}", run.describe());
}

/// migra's refusal: exit 3, nothing on stdout, its one line on stderr.
#[track_caller]
fn assert_refused(run: &Run) {
    assert_eq!(run.code, Some(3), "{}", run.describe());
    assert!(run.stdout.is_empty(), "{}", run.describe());
    assert_eq!(run.stderr, format!("{DESTRUCTIVE}\n"), "{}", run.describe());
}

/// hostile_text's a→b changes bodies, comments and defaults full of `drop` and adds things;
/// nothing is removed, so it passes without `--unsafe`, and no statement is destructive.
#[test]
fn drop_in_bodies_comments_and_defaults_does_not_trip_the_guard() {
    let cluster = Cluster::shared();
    let a = load(cluster, "hostile_text", Some("a"));
    let b = load(cluster, "hostile_text", Some("b"));
    let run = migra_with(&[], &a.url(), &b.url());
    assert_printed(&run);
    for text in [
        // A default.
        r#"set default 'drop table "t" cascade; --'::text;"#,
        // A function body.
        "execute 'drop table if exists ' || quote_ident(a) || ' cascade';",
        // A procedure body.
        r#"x := 'drop procedure "proc"; $procedure$ $$ changed';"#,
        // Comments.
        "comment on table \"Bod\"\"ies $$\".\"t\" is '*/ drop table t cascade; /*';",
        "comment on view \"Bod\"\"ies $$\".\"v\" is 'a view\n; drop view v cascade';",
        // An enum label.
        "add value 'drop type e;'",
    ] {
        assert!(
            run.stdout.contains(text),
            "expected {text:?} in the migration: {}",
            run.describe()
        );
    }
    let json = migra_with(&["--format".into(), "json".into()], &a.url(), &b.url());
    let migration = parse_migration(&json);
    assert!(
        !migration.has_destructive(),
        "no statement is destructive: {}",
        json.describe()
    );
}

/// From EMPTY every hostile case only creates: names, labels and comments saying `drop` do not
/// make it destructive. Without the cases' `--with-privileges`, which would add real revokes
/// (`revoke execute ... from PUBLIC`, guarded like any revoke).
#[test]
fn creating_hostile_schemas_does_not_trip_the_guard() {
    let cluster = Cluster::shared();
    for case in CASES.into_iter().filter(|case| runs_here(case)) {
        for side in ["a", "b"] {
            let x = load(cluster, case, Some(side));
            let run = migra_with(&[], "EMPTY", &x.url());
            assert_printed(&run);
            assert!(
                run.stdout.contains("drop"),
                "{case} {side}: {}",
                run.describe()
            );
        }
    }
}

/// Real removals among hostile text are refused without `--unsafe`: hostile_text's b→a (a
/// column, an enum label, a view column), hostile_names's a→b (a partition, a column, a
/// collation), every case to EMPTY.
#[test]
fn real_drops_among_hostile_text_trip_the_guard() {
    let cluster = Cluster::shared();
    let refused = |case: &str, from: Option<&str>, to: Option<&str>| {
        let from = load(cluster, case, from);
        let to = to.map(|side| load(cluster, case, Some(side)));
        let target = to.as_ref().map_or("EMPTY".to_string(), Db::url);
        assert_refused(&migra_with(&case_flags(case), &from.url(), &target));
    };
    refused("hostile_text", Some("b"), Some("a"));
    refused("hostile_names", Some("a"), Some("b"));
    for case in CASES.into_iter().filter(|case| runs_here(case)) {
        refused(case, Some("b"), None);
    }
}

/// One table with a hostile name dropped: refused without `--unsafe`, and with it the drop names
/// exactly that table.
#[test]
fn dropping_a_table_with_a_hostile_name_is_guarded() {
    let cluster = Cluster::shared();
    let full = load(cluster, "hostile_names", Some("b"));
    let dropped = load(cluster, "hostile_names", Some("b"));
    let table = r#""select"."part $$""#;
    cluster
        .execute(&dropped.name, &format!("drop table {table}"))
        .unwrap();
    assert_refused(&migra_with(&[], &full.url(), &dropped.url()));
    let run = migra_with(&["--unsafe".into()], &full.url(), &dropped.url());
    assert_printed(&run);
    assert_eq!(
        run.stdout.trim(),
        format!("drop table {table};"),
        "{}",
        run.describe()
    );
}
