//! `migra-fetch`: reads a PostgreSQL database's schema into migra-rs catalog JSON.

mod command_line;

use anyhow::Context;
use clap::Parser;
use migra_fetch::SchemaFilter;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Read a PostgreSQL database's schema into migra-rs catalog JSON.
///
/// The catalog is a snapshot of every object migra-rs compares (schemas, tables, views,
/// functions, privileges, ...), read in one read-only transaction. It can be committed to git,
/// diffed later without a database, or fed to the JavaScript package.
#[derive(Debug, Parser)]
#[command(
    name = "migra-fetch",
    version,
    after_long_help = "\
Connection strings are read as libpq reads them: postgresql:// and postgres:// URLs, SQLAlchemy's
postgresql+driver:// URLs, and key=value strings. Parameters left out come from PGHOST, PGPORT,
PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, PGSSLROOTCERT, PGPASSFILE, PGAPPNAME and
PGCONNECT_TIMEOUT, then from libpq's defaults (Unix sockets in /var/run/postgresql or /tmp, the
OS user name, ~/.pgpass).

Exit status: 0 on success, 1 on any error."
)]
struct Cli {
    /// Only read objects in this schema
    #[arg(long, value_name = "SCHEMA")]
    schema: Option<String>,

    /// Leave out objects in this schema (repeatable)
    #[arg(
        long = "exclude-schema",
        visible_alias = "exclude_schema",
        value_name = "SCHEMA"
    )]
    exclude_schema: Vec<String>,

    /// Write the catalog to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    #[command(flatten)]
    timeouts: command_line::TimeoutArgs,

    #[command(flatten)]
    scratch: command_line::ScratchArgs,

    /// The database: a URL or key=value string
    ///
    /// For example postgresql://user:password@host:5432/dbname?sslmode=verify-full, or
    /// "host=/var/run/postgresql dbname=app". A .sql file, or a directory of .sql files applied in
    /// name order, is loaded into a throwaway cluster (or the --shadow server) and read from
    /// there. A catalog JSON file, or EMPTY for an empty catalog, is also accepted and passed
    /// through the schema filter.
    #[arg(value_name = "URL")]
    source: String,
}

fn main() -> ExitCode {
    let cli = match command_line::parse::<Cli>("migra-fetch") {
        Ok(cli) => cli,
        Err(exit) => return exit,
    };
    if let Err(e) = migra_fetch::install_interrupt_handler("migra-fetch") {
        eprintln!("migra-fetch: cannot handle Ctrl-C: {e}");
        return ExitCode::FAILURE;
    }
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            migra_fetch::wait_if_interrupted();
            eprintln!("migra-fetch: {}", migra_fetch::clean(&format!("{err:#}")));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    let filter = SchemaFilter {
        only: cli.schema.clone(),
        exclude: cli.exclude_schema.clone(),
    };
    let scratch = cli.scratch.scratch();
    let loaded = migra_fetch::load_source_in(
        &cli.source,
        &filter,
        &cli.timeouts.timeouts(),
        &scratch,
        "source",
    )
    .map_err(command_line::with_hint)?;
    let timing = |what: &str, took| cli.scratch.timing("migra-fetch", what, took);
    if let Some(took) = scratch.started_in() {
        timing("scratch server start", took);
    }
    if let Some(took) = loaded.load_time {
        timing("load", took);
    }
    timing("fetch", loaded.fetch_time);
    let catalog = loaded.catalog;
    if let Some(database) = loaded.database {
        database.close()?;
    }
    // The notes are in the catalog (every diff of it repeats them); said here too, where the
    // role and the session can still be changed.
    for note in &catalog.notes {
        eprintln!(
            "migra-fetch: warning: {}",
            migra_fetch::clean(&note.message())
        );
    }
    if let Some(summary) = migra_engine::unmodeled_summary(&catalog.unmodeled) {
        eprintln!("migra-fetch: warning: {}", migra_fetch::clean(&summary));
    }
    match &cli.output {
        Some(path) => {
            let write = || -> std::io::Result<()> {
                let mut file = BufWriter::new(std::fs::File::create(path)?);
                catalog.write_json(&mut file)?;
                file.flush()
            };
            write().with_context(|| format!("cannot write catalog to \"{}\"", path.display()))?
        }
        None => {
            let mut stdout = BufWriter::new(std::io::stdout().lock());
            catalog.write_json(&mut stdout)?;
            stdout.flush()?;
        }
    }
    Ok(())
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn flags_parse() {
        let cli = Cli::try_parse_from([
            "migra-fetch",
            "--schema",
            "app",
            "--exclude-schema",
            "a",
            "--exclude_schema",
            "b",
            "-o",
            "out.json",
            "postgresql:///db",
        ])
        .unwrap();
        assert_eq!(cli.schema.as_deref(), Some("app"));
        assert_eq!(cli.exclude_schema, ["a", "b"]);
        assert_eq!(cli.output, Some(PathBuf::from("out.json")));
        assert_eq!(cli.source, "postgresql:///db");
        assert!(Cli::try_parse_from(["migra-fetch"]).is_err());
    }

    #[test]
    fn timeouts_default_to_the_library_defaults_and_parse_postgres_durations() {
        let cli = Cli::try_parse_from(["migra-fetch", "postgresql:///db"]).unwrap();
        assert_eq!(cli.timeouts.timeouts(), migra_fetch::Timeouts::default());
        let cli = Cli::try_parse_from([
            "migra-fetch",
            "--lock-timeout",
            "1500ms",
            "--statement-timeout=0",
            "postgresql:///db",
        ])
        .unwrap();
        assert_eq!(
            cli.timeouts.lock_timeout,
            std::time::Duration::from_millis(1500)
        );
        assert_eq!(cli.timeouts.statement_timeout, std::time::Duration::ZERO);
        let line = |args: &[&str]| {
            let err = Cli::try_parse_from(args).unwrap_err();
            command_line::usage_error_line("migra-fetch", &err)
        };
        assert_eq!(
            line(&["migra-fetch", "--lock-timeout", "abc", "postgresql:///db"]),
            "migra-fetch: error: invalid value 'abc' for '--lock-timeout <DURATION>': not a \
             duration; write a number with a unit, such as 500ms, 5s or 2min, a number of \
             milliseconds, or 0 for no limit; see 'migra-fetch --help'"
        );
        assert!(
            line(&["migra-fetch", "--statement-timeout", "-1", "x"])
                .contains("must not be negative"),
            "{}",
            line(&["migra-fetch", "--statement-timeout", "-1", "x"])
        );
    }

    #[test]
    fn io_errors_on_stdout_are_shown_unless_broken_pipe() {
        let broken = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(is_broken_pipe(&broken));
        let other = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        assert!(!is_broken_pipe(&other.context("writing")));
    }
}
