//! Parsing the command line of both binaries. clap's own `parse()` exits 2 with a usage block on
//! a bad argument, but 2 is `migra`'s "a migration was printed", and both binaries promise one
//! line on stderr for any error: a usage error is reported as any other error, with exit 1.
//! Also what both command lines share: the timeouts of a fetch, whether it reads secrets, and the
//! hint added to a timeout error.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::error::ErrorKind;
use clap::Parser;
use migra_fetch::{FetchErrorKind, Scratch, SourceError, SourceErrorKind, Timeouts};

/// `--shadow`, `--globals` and `--timings`: where `.sql` sides are loaded, and what it took.
#[derive(Debug, Clone, clap::Args)]
pub struct ScratchArgs {
    /// Load .sql sides into scratch databases on this server instead of a throwaway cluster
    ///
    /// A database with a name of its own (migra_scratch_...) is created for each side, loaded,
    /// read and dropped again, also on an error or Ctrl-C. The role needs CREATEDB. Without
    /// --shadow, a throwaway cluster is started (initdb into /tmp, found as $PG_BIN, the initdb on
    /// PATH, or the newest /usr/lib/postgresql/*/bin) and removed when done.
    #[arg(long, value_name = "URL")]
    pub shadow: Option<String>,

    /// SQL run once in the throwaway cluster before any .sql side is loaded: what is
    /// cluster-wide, roles above all (the output of pg_dumpall --roles-only will do)
    #[arg(long, value_name = "FILE", conflicts_with = "shadow")]
    pub globals: Option<PathBuf>,

    /// Print how long each step took (cluster start, load, fetch, ...) on stderr
    #[arg(long)]
    pub timings: bool,
}

impl ScratchArgs {
    /// The server `.sql` sides are loaded on; nothing starts until one is.
    pub fn scratch(&self) -> Scratch {
        match &self.shadow {
            Some(url) => Scratch::existing(url),
            None => Scratch::throwaway(self.globals.clone()),
        }
    }

    /// Prints `PROGRAM: timing: WHAT: N.NN s` on stderr with --timings.
    pub fn timing(&self, program: &str, what: &str, took: Duration) {
        if self.timings {
            eprintln!("{program}: timing: {what}: {:.2} s", took.as_secs_f64());
        }
    }
}

/// `--lock-timeout` and `--statement-timeout`, for every side that is a database.
#[derive(Debug, Clone, clap::Args)]
pub struct TimeoutArgs {
    /// Give up when a lock is not granted within DURATION (0 waits without limit)
    ///
    /// A catalog query waits for a lock only while another session holds an ACCESS EXCLUSIVE
    /// lock (ALTER TABLE, LOCK TABLE, VACUUM FULL, ...) on a relation it reads. DURATION is in
    /// PostgreSQL's syntax: 500ms, 5s, 2min, or a number of milliseconds.
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "5s",
        allow_hyphen_values = true,
        value_parser = duration
    )]
    pub lock_timeout: Duration,

    /// Give up on a catalog query that runs longer than DURATION (0 for no limit)
    ///
    /// Each query of the fetch is limited on its own, time spent waiting for locks included.
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "5min",
        allow_hyphen_values = true,
        value_parser = duration
    )]
    pub statement_timeout: Duration,

    /// Read the passwords of user mappings' options and subscriptions' connections
    ///
    /// Without it, the value of a user mapping's option whose name contains pass, secret, token,
    /// key or cred never leaves the server: the catalog holds the option without its value, a
    /// changed value is no difference, and a mapping created without it is warned about; such
    /// parameters of a subscription's connection string are cut out of it on the server, and a
    /// subscription created or reconnected without them is warned about. With it, the values
    /// are in the catalog (and in any file it is written to) and in the migration's SQL.
    #[arg(long)]
    pub with_secrets: bool,
}

impl TimeoutArgs {
    pub fn timeouts(&self) -> Timeouts {
        Timeouts {
            lock: self.lock_timeout,
            statement: self.statement_timeout,
            with_secrets: self.with_secrets,
        }
    }
}

/// Reads a DURATION argument (PostgreSQL's syntax: 500ms, 5s, 2min, or milliseconds).
pub fn duration(text: &str) -> Result<Duration, String> {
    migra_fetch::parse_duration(text).map_err(|e| e.explanation())
}

/// A source's error, with the flag to change when the server gave up on a timeout.
pub fn with_hint(e: SourceError) -> anyhow::Error {
    let hint = match e.kind() {
        SourceErrorKind::Fetch(FetchErrorKind::LockTimeout) => {
            "raise --lock-timeout to wait longer (0 waits without limit)"
        }
        SourceErrorKind::Fetch(FetchErrorKind::StatementTimeout) => {
            "raise --statement-timeout to let a query run longer (0 for no limit)"
        }
        SourceErrorKind::NoServerBinaries => {
            "or give --shadow URL to load the SQL on a server you have"
        }
        _ => return e.into(),
    };
    anyhow::anyhow!("{e}; {hint}")
}

/// The parsed command line, or the exit code to end with after clap's help or version text
/// (exit 0) or a one-line usage error (exit 1) was printed.
pub fn parse<C: Parser>(program: &str) -> Result<C, ExitCode> {
    C::try_parse().map_err(|err| match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // A closed stdout (`migra --help | head -1`) is not a failure of the help text.
            let _ = err.print();
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{}", usage_error_line(program, &err));
            ExitCode::FAILURE
        }
    })
}

/// `PROGRAM: error: MESSAGE; see 'PROGRAM --help'`, where MESSAGE is the first paragraph of
/// clap's error on one line. The paragraph, not the first line, because clap continues some
/// messages on the next lines: the missing arguments, the possible values.
pub fn usage_error_line(program: &str, err: &clap::Error) -> String {
    // Display of a clap error is its plain text (no ANSI colour), usage block and tips included.
    let rendered = err.to_string();
    let paragraph = rendered
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let message = paragraph
        .strip_prefix("error:")
        .unwrap_or(&paragraph)
        .trim();
    let message = match message {
        "" => err
            .kind()
            .as_str()
            .unwrap_or("invalid arguments")
            .to_string(),
        message => migra_fetch::clean(message),
    };
    format!("{program}: error: {message}; see '{program} --help'")
}
