//! What can go wrong starting, using or finding a cluster, as one typed error.

use std::path::PathBuf;

/// An error of this crate. Every message is one line (a server log or a program's output is added
/// on the lines after it only where it says why a start failed).
#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    /// No directory with `initdb`, `pg_ctl` and `postgres` was found.
    #[error(
        "no PostgreSQL server binaries found: set PG_BIN to a directory with initdb, pg_ctl and \
         postgres, or install them (apt-get install postgresql)"
    )]
    NoServerBinaries,
    /// `$PG_BIN` (or a directory given) lacks one of the server programs.
    #[error("{dir} has no {program}: set PG_BIN to a directory with initdb, pg_ctl and postgres")]
    MissingProgram {
        /// The directory looked in.
        dir: PathBuf,
        /// The program it lacks.
        program: &'static str,
    },
    /// No client program (`psql`, `pg_dump`) was found, or the one named is unusable.
    #[error("{0}")]
    NoClient(String),
    /// Running as root, and there is no `postgres` account to run the server as.
    #[error(
        "running as root, and initdb refuses root: the server needs a `postgres` account \
         (Debian's postgresql package creates it; or `useradd --system postgres`)"
    )]
    NoServerAccount,
    /// A file or directory operation failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// Why it failed.
        source: std::io::Error,
    },
    /// A server program (`initdb`, `pg_ctl`, ...) failed; its output follows the first line.
    #[error("{what} failed ({status}):\n{output}")]
    Program {
        /// The program and what it did.
        what: String,
        /// Its exit status.
        status: std::process::ExitStatus,
        /// Its standard output and error.
        output: String,
    },
    /// The server refused or failed a statement, or could not be connected to.
    #[error("{0}")]
    Server(String),
}

impl ClusterError {
    pub(crate) fn io(what: impl Into<String>, source: std::io::Error) -> ClusterError {
        ClusterError::Io {
            what: what.into(),
            source,
        }
    }
}

/// This crate's results.
pub type Result<T, E = ClusterError> = std::result::Result<T, E>;

/// The server's message with its detail and hint, rather than `db error`.
pub fn postgres_error(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut text = format!("{}: {}", db.severity(), db.message());
            if let Some(detail) = db.detail() {
                text.push_str(&format!("\nDETAIL: {detail}"));
            }
            if let Some(hint) = db.hint() {
                text.push_str(&format!("\nHINT: {hint}"));
            }
            text
        }
        None => e.to_string(),
    }
}
