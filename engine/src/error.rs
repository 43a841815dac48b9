//! The engine's one error type. The engine fails only on input it cannot read; a schema it cannot
//! fully migrate still gives a migration, with warnings.

/// What went wrong, for callers that react differently to each case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is not JSON at all, or is truncated.
    Json,
    /// JSON, but not a catalog (no or another `format`).
    NotACatalog,
    /// A catalog of a format version this build does not read.
    UnsupportedVersion,
    /// A catalog whose contents do not match the format.
    InvalidCatalog,
    /// A catalog query returned something the engine cannot assemble.
    QueryResult,
    /// An option that cannot be honoured, e.g. a schema filter naming no schema.
    InvalidOption,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
/// Why a catalog could not be read or a diff could not start: its [`ErrorKind`] and a message
/// naming the offending value (and, for a catalog, the JSON path of the bad field).
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    /// Control characters in `message` (a field name or value quoted from the input may hold a
    /// newline) are written as escapes, so that the message stays one line.
    pub(crate) fn new(kind: ErrorKind, message: String) -> Error {
        let message = if message.contains(char::is_control) {
            message
                .chars()
                .map(|c| {
                    if c.is_control() {
                        c.escape_default().to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        } else {
            message
        };
        Error { kind, message }
    }

    /// What went wrong, for callers that react differently to each case.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message, one line, without a trailing period.
    pub fn message(&self) -> &str {
        &self.message
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_stay_on_one_line() {
        let e = Error::new(
            ErrorKind::InvalidCatalog,
            "unknown field `a\nb\u{1b}`".into(),
        );
        assert_eq!(e.message(), "unknown field `a\\nb\\u{1b}`");
    }
}
