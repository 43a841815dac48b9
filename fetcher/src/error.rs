//! The crate's error types. Each is an opaque struct holding a finished one-line message and a
//! `#[non_exhaustive]` kind for callers that react differently to each case. Messages are
//! lowercase, carry no trailing period, contain no control characters and never the password:
//! they are built from parts that cannot hold it and scrubbed once more on the way out.

use std::fmt;

/// What went wrong while connecting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConnectErrorKind {
    /// The connection string is not a URL or `key=value` string that can be read.
    MalformedUrl,
    /// An `sslmode` other than libpq's six.
    UnknownSslMode,
    /// A parameter with a value that cannot be used (a port that is not a number, an unknown
    /// keyword, a feature this client does not have).
    InvalidParameter,
    /// No user name was given and the operating system's cannot be found.
    NoUser,
    /// No server answered at any of the hosts tried (refused, unreachable, timed out).
    CannotConnect,
    /// The server refused the user or the password, or asked for a password none was given for.
    AuthenticationFailed,
    /// The server has no database of that name.
    DatabaseDoesNotExist,
    /// Setting up or performing TLS failed: certificate files, the handshake, verification, or a
    /// server without TLS when the sslmode demands it.
    Tls,
    /// The server turned the connection down for another reason (too many connections, starting
    /// up, ...).
    Rejected,
}

/// Connecting to a server failed; the message names what failed and what to do.
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ConnectError {
    kind: ConnectErrorKind,
    message: String,
}

impl ConnectError {
    pub(crate) fn new(kind: ConnectErrorKind, message: impl Into<String>) -> ConnectError {
        ConnectError {
            kind,
            message: clean(&message.into()),
        }
    }

    /// Removes every occurrence of `password` (and its percent-encoded form) from the message.
    pub(crate) fn scrub(mut self, password: Option<&str>) -> ConnectError {
        self.message = scrub(&self.message, password);
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ConnectErrorKind {
        self.kind
    }

    /// The one-line message, the same as `Display`.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Debug for ConnectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConnectError")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .finish()
    }
}

/// What went wrong while reading a catalog from a connected server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FetchErrorKind {
    /// The server version is too old for the catalog queries, or the engine refused the results.
    Engine,
    /// A statement failed on the server (a catalog query, `BEGIN`, `SHOW`) or the connection broke.
    Query,
    /// A query returned something other than one row holding one JSON value.
    Result,
    /// The server gave up waiting for a lock (`lock_timeout`, SQLSTATE 55P03): another session
    /// holds an `ACCESS EXCLUSIVE` lock on a relation the fetch reads. The message names the
    /// relations and sessions when they can be found.
    LockTimeout,
    /// A catalog query ran longer than the statement timeout (`statement_timeout`, SQLSTATE
    /// 57014), waiting for locks included.
    StatementTimeout,
}

/// Reading the catalog failed; the message names the query when one is to blame.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FetchError {
    kind: FetchErrorKind,
    message: String,
}

impl FetchError {
    pub(crate) fn new(kind: FetchErrorKind, message: impl Into<String>) -> FetchError {
        FetchError {
            kind,
            message: clean(&message.into()),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> FetchErrorKind {
        self.kind
    }

    /// The one-line message, the same as `Display`.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// What went wrong while loading one side of a diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SourceErrorKind {
    /// Connecting to the database failed.
    Connect(ConnectErrorKind),
    /// Reading the catalog from the connected database failed.
    Fetch(FetchErrorKind),
    /// The catalog file cannot be read.
    ReadFile,
    /// The catalog file was read but is not a catalog this build understands.
    CatalogFile,
    /// A `.sql` file or directory cannot be read, or the directory has no `.sql` file.
    SqlFiles,
    /// The SQL failed on the server: the message names the file and line.
    SqlLoad,
    /// No PostgreSQL server binaries for a throwaway cluster (give `--shadow`, or install them).
    NoServerBinaries,
    /// The throwaway cluster or the `--shadow` server's scratch database could not be set up.
    Scratch,
}

/// Loading a source (`EMPTY`, a database URL or a catalog JSON file) failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SourceError {
    kind: SourceErrorKind,
    message: String,
}

impl SourceError {
    pub(crate) fn new(kind: SourceErrorKind, message: impl Into<String>) -> SourceError {
        SourceError {
            kind,
            message: clean(&message.into()),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> SourceErrorKind {
        self.kind
    }

    /// The one-line message, the same as `Display`.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl From<ConnectError> for SourceError {
    fn from(e: ConnectError) -> SourceError {
        SourceError {
            kind: SourceErrorKind::Connect(e.kind),
            message: e.message,
        }
    }
}

impl From<FetchError> for SourceError {
    fn from(e: FetchError) -> SourceError {
        SourceError {
            kind: SourceErrorKind::Fetch(e.kind),
            message: e.message,
        }
    }
}

/// One line for a terminal: line breaks and tabs become spaces, other control characters go,
/// runs of spaces left behind collapse, and the ends are trimmed.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => continue,
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out
}

/// `text` with the password replaced by `***`, also where it appears percent-encoded.
pub(crate) fn scrub(text: &str, password: Option<&str>) -> String {
    let Some(password) = password.filter(|p| !p.is_empty()) else {
        return text.to_string();
    };
    let mut out = text.replace(password, "***");
    let encoded = percent_encode(password);
    if encoded != password {
        out = out.replace(&encoded, "***");
    }
    out
}

fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_makes_one_line() {
        assert_eq!(clean("a\nb\r\n\tc\u{1b}[31md  "), "a b c[31md");
        assert_eq!(clean("  lead"), "lead");
    }

    #[test]
    fn scrub_removes_plain_and_encoded_password() {
        assert_eq!(scrub("x s3cr:t y s3cr%3At", Some("s3cr:t")), "x *** y ***");
        assert_eq!(scrub("nothing", Some("")), "nothing");
        assert_eq!(scrub("nothing", None), "nothing");
    }

    #[test]
    fn messages_are_cleaned_on_construction() {
        let e = ConnectError::new(ConnectErrorKind::Rejected, "a\nb");
        assert_eq!(e.to_string(), "a b");
        let e =
            ConnectError::new(ConnectErrorKind::Rejected, "pw hunter2 here").scrub(Some("hunter2"));
        assert_eq!(e.message(), "pw *** here");
    }
}
