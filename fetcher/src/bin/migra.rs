//! `migra`: a drop-in replacement for migra's command line.

mod command_line;

use std::io::Write;
use std::process::ExitCode;

use anyhow::bail;
use clap::{Parser, ValueEnum};
use migra_engine::{Migration, Options, PlanStyle, Report, Status};
use migra_fetch::{SchemaFilter, Scratch, Verdict, VerifyFrom};

/// Print the SQL that turns the schema of FROM into the schema of TARGET.
///
/// FROM and TARGET are each a database URL (postgresql://user@host/dbname, SQLAlchemy's
/// postgresql+psycopg2://..., or a libpq key=value string), a .sql file or a directory of .sql
/// files (applied in name order in a throwaway cluster, or on the --shadow server), a catalog
/// JSON file written by migra-fetch, or the word EMPTY for a database with nothing in it.
#[derive(Debug, Parser)]
#[command(
    name = "migra",
    version,
    after_long_help = "\
Exit status, as migra's:
  0  the schemas are the same; nothing is printed (--format sql)
  2  the migration was printed
  3  the migration would remove something (an object, a column, a constraint, a default, a NOT
     NULL, an enum label, a privilege) and --unsafe was not given; nothing is printed on stdout
     (--format sql)
  4  --verify: the migration was printed, but applying it to a scratch copy of FROM failed or
     left differences (the verify line on stderr says which)
  1  any other error, with one line on stderr and nothing on stdout, in every format

Unlike migra, what counts as destructive is decided from the changes themselves, not by
searching the SQL text for the word \"drop\".

--format json, plan and markdown print one document on stdout for 0, 2 and 3 alike, and say
which it is: JSON with a \"status\" of \"no_differences\", \"migration\" or \"refused\" (its JSON
Schema is engine/migration.schema.json in the repository, migra-wasm/migration.schema.json in
the npm package), the plan and markdown in words. Warnings, and the refusal line for 3, go to
stderr in every format."
)]
struct Cli {
    /// Print destructive statements too (turns the drop guard off)
    #[arg(long = "unsafe")]
    allow_unsafe: bool,

    /// Only compare this schema
    #[arg(long, value_name = "SCHEMA")]
    schema: Option<String>,

    /// Do not compare this schema (repeatable)
    #[arg(
        long = "exclude-schema",
        visible_alias = "exclude_schema",
        value_name = "SCHEMA"
    )]
    exclude_schema: Vec<String>,

    /// Only create the extensions TARGET has and FROM lacks
    #[arg(long)]
    create_extensions_only: bool,

    /// Do not update extensions whose version differs
    #[arg(long)]
    ignore_extension_versions: bool,

    /// Also migrate privileges (GRANT and REVOKE)
    #[arg(long)]
    with_privileges: bool,

    /// Also migrate owners (ALTER ... OWNER TO)
    ///
    /// Every object the migration creates gets the target's owner, and every object kept whose
    /// owner differs. The roles must exist where the migration runs.
    #[arg(long)]
    with_owners: bool,

    /// Make the migration safe to run on a live database: indexes built and dropped
    /// CONCURRENTLY outside the transaction, foreign keys and checks validated after it
    /// commits, SET NOT NULL through a validated check, lock and statement timeouts set first
    ///
    /// The output then spells out its transactions (begin; ... commit;): run it as it is
    /// (psql -v ON_ERROR_STOP=1 -f FILE), not with psql -1. A warning names each statement that
    /// still holds an ACCESS EXCLUSIVE lock while it rewrites or scans a table.
    #[arg(long)]
    online: bool,

    /// With --online: the lock_timeout the migration sets (how long a statement may wait for a
    /// lock before the migration stops)
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "5s",
        requires = "online",
        value_parser = command_line::duration
    )]
    online_lock_timeout: std::time::Duration,

    /// With --online: the statement_timeout the migration sets (0 for none)
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "15min",
        requires = "online",
        value_parser = command_line::duration
    )]
    online_statement_timeout: std::time::Duration,

    /// Accepted for compatibility with migra; output is always UTF-8
    #[arg(long, hide = true)]
    force_utf8: bool,

    /// What to print: the SQL, the migration as JSON, or its plan for a reviewer
    #[arg(long, value_enum, default_value_t = Format::Sql)]
    format: Format,

    /// Check the migration: apply it to a scratch copy of FROM and diff the result against TARGET
    ///
    /// FROM is rebuilt in a scratch database (its SQL loaded, or, for a database or catalog, the
    /// migration from a new database to it applied) on the throwaway cluster or the --shadow
    /// server; FROM itself is never written to. The migration runs in one transaction (--online
    /// output: as printed, with its own begin; and commit;). One line on stderr says "applies and
    /// re-diffs to nothing", or the failing statement with PostgreSQL's error, or what still
    /// differs; stdout is the migration as without --verify. Not run when the migration is
    /// refused (exit 3) or empty (exit 0).
    #[arg(long)]
    verify: bool,

    #[command(flatten)]
    timeouts: command_line::TimeoutArgs,

    #[command(flatten)]
    scratch: command_line::ScratchArgs,

    /// The database or catalog to migrate from
    #[arg(value_name = "FROM")]
    from: String,

    /// The database or catalog whose schema FROM should end up with
    #[arg(value_name = "TARGET")]
    target: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The SQL, as migra prints it: only when there is a migration and the drop guard lets it through
    Sql,
    /// One JSON document on every outcome: status, statements (refused ones marked), changes with
    /// their definitions before and after, hazards, warnings
    Json,
    /// The changes grouped by kind of object, with their hazards and statements, for a terminal
    Plan,
    /// The plan in GitHub-flavoured markdown, for a pull request comment
    Markdown,
}

/// migra's exit codes, and --verify's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Same,
    Printed,
    Refused,
    /// Printed, and --verify found that it fails or leaves differences.
    NotVerified,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        match outcome {
            Outcome::Same => ExitCode::SUCCESS,
            Outcome::Printed => ExitCode::from(2),
            Outcome::Refused => ExitCode::from(3),
            Outcome::NotVerified => ExitCode::from(4),
        }
    }
}

const REFUSAL: &str =
    "-- ERROR: destructive statements generated. Use the --unsafe flag to suppress this error.";

fn main() -> ExitCode {
    let cli = match command_line::parse::<Cli>("migra") {
        Ok(cli) => cli,
        Err(exit) => return exit,
    };
    if let Err(e) = migra_fetch::install_interrupt_handler("migra") {
        eprintln!("migra: cannot handle Ctrl-C: {e}");
        return ExitCode::FAILURE;
    }
    match run(&cli) {
        Ok(outcome) => outcome.into(),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            migra_fetch::wait_if_interrupted();
            eprintln!("migra: {}", migra_fetch::clean(&format!("{err:#}")));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<Outcome> {
    if cli.schema.is_some() && !cli.exclude_schema.is_empty() {
        bail!("--schema and --exclude-schema cannot be used together");
    }
    let filter = SchemaFilter {
        only: cli.schema.clone(),
        exclude: cli.exclude_schema.clone(),
    };
    let timeouts = cli.timeouts.timeouts();
    let scratch = cli.scratch.scratch();
    let timing = |what: &str, took| cli.scratch.timing("migra", what, took);
    // Started before the sides are read, so that both load into one cluster at once.
    if cli.verify || is_sql(&cli.from) || is_sql(&cli.target) {
        scratch.start().map_err(command_line::with_hint)?;
        if let Some(took) = scratch.started_in() {
            timing("scratch server start", took);
        }
    }
    let load = |source: &str, label| {
        migra_fetch::load_source_in(source, &filter, &timeouts, &scratch, label)
            .map_err(command_line::with_hint)
    };
    // The two sides are read at once: on a live database the server does most of the work.
    let (from, target) = std::thread::scope(|scope| {
        let target = scope.spawn(|| load(&cli.target, "target"));
        let from = load(&cli.from, "from");
        let target = target
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (from, target)
    });
    let (from, target) = (from?, target?);
    for (side, loaded) in [("FROM", &from), ("TARGET", &target)] {
        if let Some(took) = loaded.load_time {
            timing(&format!("{side} load"), took);
        }
        timing(&format!("{side} fetch"), loaded.fetch_time);
    }
    let options = Options {
        schema: cli.schema.clone(),
        exclude_schema: cli.exclude_schema.clone(),
        create_extensions_only: cli.create_extensions_only,
        ignore_extension_versions: cli.ignore_extension_versions,
        with_privileges: cli.with_privileges,
        with_owners: cli.with_owners,
        online: cli.online.then(|| migra_engine::Online {
            lock_timeout: migra_fetch::format_duration(cli.online_lock_timeout),
            statement_timeout: migra_fetch::format_duration(cli.online_statement_timeout),
        }),
    };
    let migration = migra_engine::diff(&from.catalog, &target.catalog, &options)?;
    for warning in &migration.warnings {
        eprintln!("migra: warning: {}", migra_fetch::clean(warning));
    }
    let verified = match cli.verify {
        false => true,
        true => {
            let verify_from = match &from.database {
                Some(database) => VerifyFrom::Loaded(database),
                None => VerifyFrom::Catalog(&from.catalog),
            };
            let checks = Checks {
                scratch: &scratch,
                from: verify_from,
                target: &target.catalog,
                options: &options,
                filter: &filter,
                timeouts: &timeouts,
            };
            verify(cli, checks, &migration)?
        }
    };
    let outcome = print(cli, migration)?;
    for database in [from.database, target.database].into_iter().flatten() {
        database.close()?;
    }
    Ok(match outcome {
        Outcome::Printed if !verified => Outcome::NotVerified,
        outcome => outcome,
    })
}

/// What [`verify`] needs besides the migration.
struct Checks<'a, 's> {
    scratch: &'s Scratch,
    from: VerifyFrom<'s, 'a>,
    target: &'a migra_engine::Catalog,
    options: &'a Options,
    filter: &'a SchemaFilter,
    timeouts: &'a migra_fetch::Timeouts,
}

/// `--verify`: applies the migration to a scratch copy of FROM and says on stderr what happened;
/// whether it verified (a migration not run, being refused or empty, counts as verified).
fn verify(cli: &Cli, checks: Checks<'_, '_>, migration: &Migration) -> anyhow::Result<bool> {
    if migration.is_empty() {
        eprintln!("migra: verify: no differences, nothing to apply");
        return Ok(true);
    }
    if migration.has_destructive() && !cli.allow_unsafe {
        eprintln!(
            "migra: verify: not run: the migration is refused (give --unsafe to print and verify it)"
        );
        return Ok(true);
    }
    let report = migra_fetch::verify(
        checks.scratch,
        checks.from,
        migration,
        checks.target,
        checks.options,
        checks.filter,
        checks.timeouts,
    )
    .map_err(|e| anyhow::anyhow!("verify: {e}"))?;
    let timing = |what: &str, took| cli.scratch.timing("migra", what, took);
    if let Some(took) = report.build_time {
        timing("verify: build FROM", took);
    }
    timing("verify: apply", report.apply_time);
    timing("verify: fetch and re-diff", report.rediff_time);
    eprintln!(
        "migra: verify: {}",
        report.verdict.describe(migration.statements.len())
    );
    Ok(matches!(report.verdict, Verdict::Verified))
}

/// Prints the migration in the chosen format; migra's outcome.
fn print(cli: &Cli, migration: Migration) -> anyhow::Result<Outcome> {
    // Every other format prints the report, whatever the drop guard says of it.
    let plan = match cli.format {
        Format::Sql => return print_sql(&migration, cli.allow_unsafe),
        Format::Json => None,
        Format::Plan => Some(PlanStyle::Text),
        Format::Markdown => Some(PlanStyle::Markdown),
    };
    let report = Report::new(migration, cli.allow_unsafe);
    if report.status == Status::Refused {
        eprintln!("{REFUSAL}");
    }
    write_stdout(&match plan {
        None => report.to_json(),
        Some(style) => report.plan(style),
    })?;
    Ok(match report.status {
        Status::NoDifferences => Outcome::Same,
        Status::Migration => Outcome::Printed,
        Status::Refused => Outcome::Refused,
    })
}

/// Whether `arg` is schema SQL (a `.sql` file or a directory) rather than another kind of side.
fn is_sql(arg: &str) -> bool {
    arg != migra_fetch::EMPTY
        && !migra_fetch::is_database(arg)
        && migra_fetch::SqlFiles::from_arg(arg).is_some()
}

/// migra's output: nothing when the schemas are the same or the migration is refused; each
/// statement and a blank line, then the newline migra's print() adds.
fn print_sql(migration: &Migration, allow_unsafe: bool) -> anyhow::Result<Outcome> {
    if migration.is_empty() {
        return Ok(Outcome::Same);
    }
    if migration.has_destructive() && !allow_unsafe {
        eprintln!("{REFUSAL}");
        return Ok(Outcome::Refused);
    }
    write_stdout(&format!("{}\n", migration.sql()))?;
    Ok(Outcome::Printed)
}

fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn migra_flags_parse() {
        let cli = Cli::try_parse_from([
            "migra",
            "--unsafe",
            "--exclude_schema",
            "x",
            "--ignore-extension-versions",
            "--with-privileges",
            "--force-utf8",
            "EMPTY",
            "EMPTY",
        ])
        .unwrap();
        assert!(cli.allow_unsafe && cli.with_privileges && cli.ignore_extension_versions);
        assert_eq!(cli.timeouts.timeouts(), migra_fetch::Timeouts::default());
        let timed = Cli::try_parse_from([
            "migra",
            "--lock-timeout=2s",
            "--statement-timeout",
            "1min",
            "EMPTY",
            "EMPTY",
        ])
        .unwrap();
        assert_eq!(
            timed.timeouts.timeouts(),
            migra_fetch::Timeouts {
                lock: std::time::Duration::from_secs(2),
                statement: std::time::Duration::from_secs(60),
                with_secrets: false,
            }
        );
        assert_eq!(cli.exclude_schema, vec!["x".to_string()]);
    }

    #[test]
    fn usage_errors_are_one_line() {
        let line = |args: &[&str]| {
            let err = Cli::try_parse_from(args).unwrap_err();
            command_line::usage_error_line("migra", &err)
        };
        assert_eq!(
            line(&["migra", "--frobnicate", "EMPTY", "EMPTY"]),
            "migra: error: unexpected argument '--frobnicate' found; see 'migra --help'"
        );
        assert_eq!(
            line(&["migra"]),
            "migra: error: the following required arguments were not provided: <FROM> <TARGET>; \
             see 'migra --help'"
        );
        assert_eq!(
            line(&["migra", "--lock-timeout", "5 seconds", "EMPTY", "EMPTY"]),
            "migra: error: invalid value '5 seconds' for '--lock-timeout <DURATION>': unknown \
             unit: use us, ms, s, min, h or d; write a number with a unit, such as 500ms, 5s or \
             2min, a number of milliseconds, or 0 for no limit; see 'migra --help'"
        );
        assert_eq!(
            line(&["migra", "--format", "xml", "EMPTY", "EMPTY"]),
            "migra: error: invalid value 'xml' for '--format <FORMAT>' \
             [possible values: sql, json, plan, markdown]; see 'migra --help'"
        );
    }
}
