//! How long a fetch may wait: for a lock (`lock_timeout`) and for any one catalog query
//! (`statement_timeout`). Both are set with `SET LOCAL` inside the fetch's transaction, so they
//! hold for the catalog queries and nothing else, and win over whatever the session, the role or
//! a connection string's `options` set. Durations are written as PostgreSQL writes them.

use std::fmt;
use std::time::Duration;

/// The limits a fetch runs under, and what it may read: [`Duration::ZERO`] means no limit, as `0`
/// does in PostgreSQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// How long to wait for any one lock (`lock_timeout`). A catalog query waits for a lock only
    /// while another session holds an `ACCESS EXCLUSIVE` lock on a relation it deparses (an
    /// `ALTER TABLE`, `LOCK TABLE`, `VACUUM FULL`, `REINDEX`, `REFRESH MATERIALIZED VIEW` in an
    /// open transaction), or on a system catalog.
    pub lock: Duration,
    /// How long any one catalog query may run (`statement_timeout`), waiting included.
    pub statement: Duration,
    /// Whether the fetch reads the values of user mappings' options that hold secrets
    /// (`--with-secrets`; docs/safety.md, "Secrets"): the transaction sets `migra.with_secrets`
    /// to `on`, which `engine/queries/user_mappings.sql` reads. Off by default: the values never
    /// leave the server.
    pub with_secrets: bool,
}

impl Timeouts {
    /// The default lock timeout, 5 s: a fetch behind a migration or a forgotten open transaction
    /// gives up quickly, instead of hanging a CI job and queueing every later query on that
    /// relation behind it.
    pub const DEFAULT_LOCK: Duration = Duration::from_secs(5);
    /// The default statement timeout, 5 min: a whole fetch of 10,000 tables takes about 4 s
    /// (bench/results.md), so only a server in trouble reaches it, and a CI job still ends.
    pub const DEFAULT_STATEMENT: Duration = Duration::from_secs(300);
    /// No limit at all, as before these settings existed.
    pub const NONE: Timeouts = Timeouts {
        lock: Duration::ZERO,
        statement: Duration::ZERO,
        with_secrets: false,
    };
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            lock: Timeouts::DEFAULT_LOCK,
            statement: Timeouts::DEFAULT_STATEMENT,
            with_secrets: false,
        }
    }
}

/// The largest value PostgreSQL takes for either setting: `INT_MAX` milliseconds (about 24 days).
pub const MAX_TIMEOUT_MS: u64 = i32::MAX as u64;

/// Milliseconds, as PostgreSQL takes them (the durations are whole milliseconds by construction).
pub(crate) fn millis(d: Duration) -> u64 {
    d.as_millis().min(u128::from(MAX_TIMEOUT_MS)) as u64
}

/// A duration in PostgreSQL's syntax for time settings: a number with a unit (`us`, `ms`, `s`,
/// `min`, `h`, `d`; a space between them is allowed, a fraction too: `1.5s`), or a plain number
/// of milliseconds. `0` means no limit. The result is whole milliseconds: a value that is not is
/// rounded to the nearest, and a value under 1 ms other than 0 is refused rather than turned into
/// "no limit".
pub fn parse_duration(text: &str) -> Result<Duration, DurationError> {
    let err = |reason: &'static str| DurationError {
        text: text.to_string(),
        reason,
    };
    let trimmed = text.trim();
    let number_end = trimmed
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(trimmed.len());
    let (number, unit) = trimmed.split_at(number_end);
    let unit = unit.trim_start();
    if number.is_empty() || number == "." || number.matches('.').count() > 1 {
        return Err(err(if trimmed.starts_with('-') {
            "it must not be negative"
        } else {
            "not a duration"
        }));
    }
    let per_unit_ms: f64 = match unit {
        "" | "ms" => 1.0,
        "us" => 0.001,
        "s" => 1_000.0,
        "min" => 60_000.0,
        "h" => 3_600_000.0,
        "d" => 86_400_000.0,
        _ => return Err(err("unknown unit: use us, ms, s, min, h or d")),
    };
    let value: f64 = number.parse().map_err(|_| err("not a duration"))?;
    let ms = (value * per_unit_ms).round();
    if value > 0.0 && ms < 1.0 {
        return Err(err("less than 1ms: give 0 for no limit, or at least 1ms"));
    }
    if ms > MAX_TIMEOUT_MS as f64 {
        return Err(err(
            "too long: at most 2147483647ms (about 24 days), or 0 for no limit",
        ));
    }
    Ok(Duration::from_millis(ms as u64))
}

/// A duration as PostgreSQL shows one: the largest unit that divides it (`5s`, `2min`, `1500ms`),
/// and `0` for none.
pub fn format_duration(d: Duration) -> String {
    let ms = millis(d);
    if ms == 0 {
        return "0".to_string();
    }
    for (unit, size) in [
        ("d", 86_400_000),
        ("h", 3_600_000),
        ("min", 60_000),
        ("s", 1_000),
    ] {
        if ms % size == 0 {
            return format!("{}{unit}", ms / size);
        }
    }
    format!("{ms}ms")
}

/// A duration that cannot be read: the text and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationError {
    text: String,
    reason: &'static str,
}

impl DurationError {
    /// Why the text is not a duration and how to write one, without the text itself (for a
    /// message that quotes it already, as a command line's usage error does).
    pub fn explanation(&self) -> String {
        format!(
            "{}; write a number with a unit, such as 500ms, 5s or 2min, a number of \
             milliseconds, or 0 for no limit",
            self.reason
        )
    }
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid duration {:?}: {}",
            self.text,
            self.explanation()
        )
    }
}

impl std::error::Error for DurationError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(text: &str) -> u64 {
        millis(parse_duration(text).unwrap_or_else(|e| panic!("{e}")))
    }

    #[test]
    fn postgres_units() {
        assert_eq!(ms("5s"), 5_000);
        assert_eq!(ms("500ms"), 500);
        assert_eq!(ms("2min"), 120_000);
        assert_eq!(ms("1h"), 3_600_000);
        assert_eq!(ms("1d"), 86_400_000);
        assert_eq!(ms("1500us"), 2);
        assert_eq!(ms("1000us"), 1);
        assert_eq!(ms("250"), 250);
        assert_eq!(ms(" 5 s "), 5_000);
        assert_eq!(ms("1.5s"), 1_500);
        assert_eq!(ms("0"), 0);
        assert_eq!(ms("0s"), 0);
        assert_eq!(ms("2147483647"), MAX_TIMEOUT_MS);
    }

    #[test]
    fn bad_durations_say_why() {
        let why = |text: &str| parse_duration(text).unwrap_err().to_string();
        assert!(why("abc").starts_with("invalid duration \"abc\": not a duration; write a number with a unit, such as 500ms"), "{}", why("abc"));
        assert!(why("").contains("not a duration"));
        assert!(why("-1s").contains("must not be negative"));
        assert!(why("5 seconds").contains("unknown unit"));
        assert!(
            why("5S").contains("unknown unit"),
            "units are case-sensitive, as in PostgreSQL"
        );
        assert!(why("1.2.3s").contains("not a duration"));
        assert!(why("100us").contains("less than 1ms"));
        assert!(why("25d").contains("too long"));
        assert!(why("s").contains("not a duration"));
    }

    #[test]
    fn durations_display_as_postgres_shows_them() {
        let show = |ms: u64| format_duration(Duration::from_millis(ms));
        assert_eq!(show(0), "0");
        assert_eq!(show(5_000), "5s");
        assert_eq!(show(300_000), "5min");
        assert_eq!(show(1_500), "1500ms");
        assert_eq!(show(7_200_000), "2h");
        assert_eq!(show(86_400_000), "1d");
        assert_eq!(show(1), "1ms");
    }

    #[test]
    fn defaults_never_wait_without_limit() {
        let t = Timeouts::default();
        assert_eq!(format_duration(t.lock), "5s");
        assert_eq!(format_duration(t.statement), "5min");
        assert!(t.lock <= Duration::from_secs(10));
    }
}
