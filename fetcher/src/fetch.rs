//! Reading a catalog from a connected server: the engine's queries, all in one read-only
//! repeatable-read transaction (one snapshot, so the catalog is consistent) and one round trip,
//! under a lock timeout and a statement timeout set for that transaction only ([`Timeouts`]).
//! Nothing else about the session is changed: in particular `search_path` stays the user's, since
//! `format_type` and friends print names relative to it, as migra's output does.

use crate::error::{FetchError, FetchErrorKind};
use crate::timeouts::{format_duration, millis, Timeouts};
use crate::tls::lower;
use migra_engine::{Catalog, CatalogAssembly, CatalogQuery, SchemaFilter};
use postgres::error::{ErrorPosition, SqlState};
use postgres::{SimpleQueryMessage, SimpleQueryRow};
use std::error::Error as _;
use std::time::{Duration, Instant};

/// The statement that opens the transaction the catalog queries run in.
pub const BEGIN: &str = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

/// Reads the catalog of the database `client` is connected to, keeping only the schemas `filter`
/// keeps, under the default [`Timeouts`] (a lock is waited for 5 s at most, a query may run 5 min).
/// See [`fetch_catalog_with`].
pub fn fetch_catalog(
    client: &mut postgres::Client,
    filter: &SchemaFilter,
) -> Result<Catalog, FetchError> {
    fetch_catalog_with(client, filter, &Timeouts::default())
}

/// Reads the catalog of the database `client` is connected to, keeping only the schemas `filter`
/// keeps. Runs `SHOW server_version_num`, then the engine's queries for that version in one
/// transaction opened by [`begin_read_only`] with `timeouts`, which it commits (or rolls back on
/// failure). When the server gives up on a lock or a query, the error
/// ([`FetchErrorKind::LockTimeout`], [`FetchErrorKind::StatementTimeout`]) names the relations
/// other sessions hold locked, when it can find them.
pub fn fetch_catalog_with(
    client: &mut postgres::Client,
    filter: &SchemaFilter,
    timeouts: &Timeouts,
) -> Result<Catalog, FetchError> {
    let version = server_version_num(client)?;
    let queries = migra_engine::catalog_queries(version)
        .map_err(|e| FetchError::new(FetchErrorKind::Engine, e.message()))?;
    begin_read_only(client, timeouts)?;
    let mut assembly = CatalogAssembly::new(version);
    match run_queries(client, &queries, version, &mut assembly) {
        Ok(()) => {
            client.batch_execute("COMMIT").map_err(|e| {
                query_error(format!(
                    "cannot end the read-only transaction: {}",
                    describe(&e)
                ))
            })?;
        }
        Err(Failed::Named(e)) => {
            let _ = client.batch_execute("ROLLBACK");
            return Err(e);
        }
        Err(Failed::Unnamed(e)) => {
            let _ = client.batch_execute("ROLLBACK");
            return Err(locate_failure(client, &queries, version, timeouts).unwrap_or(e));
        }
        Err(Failed::GaveUp(e, elapsed)) => {
            let _ = client.batch_execute("ROLLBACK");
            return Err(gave_up(client, &e, elapsed, timeouts));
        }
    };
    let mut catalog = assembly
        .finish()
        .map_err(|e| FetchError::new(FetchErrorKind::Engine, e.message()))?;
    catalog.retain_schemas(filter);
    Ok(catalog)
}

/// Opens the transaction a fetch runs in, in one round trip: [`BEGIN`] (repeatable read, so every
/// query sees one snapshot; read only, so nothing in it can write), then `SET LOCAL lock_timeout`
/// and `SET LOCAL statement_timeout` from `timeouts`, which end with the transaction. Every
/// catalog query of [`fetch_catalog_with`] runs in a transaction opened here.
pub fn begin_read_only(
    client: &mut postgres::Client,
    timeouts: &Timeouts,
) -> Result<(), FetchError> {
    client
        .batch_execute(&begin_statements(timeouts))
        .map_err(|e| {
            query_error(format!(
                "cannot start the read-only transaction: {}",
                describe(&e)
            ))
        })
}

/// The text [`begin_read_only`] sends. Both settings take plain numbers as milliseconds; 0 is no
/// limit, which also overrides a limit the session, role or database would otherwise set.
fn begin_statements(timeouts: &Timeouts) -> String {
    let secrets = if timeouts.with_secrets {
        "; SET LOCAL migra.with_secrets = on"
    } else {
        ""
    };
    format!(
        "{BEGIN}; SET LOCAL lock_timeout = {}; SET LOCAL statement_timeout = {}{secrets}",
        millis(timeouts.lock),
        millis(timeouts.statement)
    )
}

/// The server's `server_version_num`, e.g. `150004`.
pub fn server_version_num(client: &mut postgres::Client) -> Result<u32, FetchError> {
    let messages = client
        .simple_query("SHOW server_version_num")
        .map_err(|e| query_error(format!("cannot read the server version: {}", describe(&e))))?;
    let text = messages.iter().find_map(|m| match m {
        SimpleQueryMessage::Row(row) => row.get(0),
        _ => None,
    });
    text.and_then(|t| t.trim().parse::<u32>().ok())
        .ok_or_else(|| {
            FetchError::new(
                FetchErrorKind::Result,
                format!(
                    "cannot read the server version: SHOW server_version_num returned {text:?}"
                ),
            )
        })
}

enum Failed {
    /// The error names the query to blame.
    Named(FetchError),
    /// The batch failed and the error cannot say where.
    Unnamed(FetchError),
    /// The server gave up waiting for a lock, or on a query that ran too long: running the
    /// queries again one by one to find the culprit would wait all over again. With the time
    /// the batch ran.
    GaveUp(postgres::Error, Duration),
}

/// The queries joined into one text, and where each one starts and ends in it, in characters
/// (the unit of PostgreSQL's error positions).
fn join(queries: &[CatalogQuery]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut chars = 0;
    for query in queries {
        let sql = query.sql.trim_end();
        let sql = sql.strip_suffix(';').unwrap_or(sql);
        let len = sql.chars().count();
        spans.push((chars, chars + len));
        text.push_str(sql);
        // The newline ends a trailing `--` comment before the semicolon.
        text.push_str("\n;\n");
        chars += len + 3;
    }
    (text, spans)
}

/// Runs the queries and reads each one's result into `assembly`, letting go of each result once
/// it is read (the server's reply is about as large as the catalog built from it).
fn run_queries(
    client: &mut postgres::Client,
    queries: &[CatalogQuery],
    version: u32,
    assembly: &mut CatalogAssembly,
) -> Result<(), Failed> {
    let (text, spans) = join(queries);
    let start = Instant::now();
    let messages = match client.simple_query(&text) {
        Ok(messages) => messages,
        Err(e) if gave_up_code(&e) => return Err(Failed::GaveUp(e, start.elapsed())),
        Err(e) => {
            let position = e.as_db_error().and_then(|db| match db.position() {
                Some(ErrorPosition::Original(p)) => Some(*p as usize),
                _ => None,
            });
            let Some(position) = position else {
                return Err(Failed::Unnamed(query_error(format!(
                    "catalog queries failed on PostgreSQL {}: {}",
                    display_version(version),
                    describe(&e)
                ))));
            };
            // Positions count characters from 1.
            let index = spans
                .iter()
                .position(|(start, end)| position > *start && position <= *end + 1);
            let Some(index) = index else {
                return Err(Failed::Unnamed(query_error(describe(&e))));
            };
            let before: String = text
                .chars()
                .skip(spans[index].0)
                .take(position - 1 - spans[index].0)
                .collect();
            let line = before.matches('\n').count() + 1;
            return Err(Failed::Named(failed_query(
                &queries[index],
                version,
                &e,
                Some(line),
            )));
        }
    };
    let mut done = 0;
    let mut rows: Vec<SimpleQueryRow> = Vec::new();
    for message in messages {
        match message {
            SimpleQueryMessage::Row(row) => {
                let Some(query) = queries.get(done) else {
                    break;
                };
                if row.len() != 1 {
                    return Err(Failed::Named(bad_result(
                        query,
                        format!("{} columns", row.len()),
                    )));
                }
                rows.push(row);
            }
            SimpleQueryMessage::CommandComplete(_) => {
                let Some(query) = queries.get(done) else {
                    return Err(Failed::Unnamed(FetchError::new(
                        FetchErrorKind::Result,
                        "the catalog queries returned more results than there are queries",
                    )));
                };
                // The engine reads the JSON text itself, straight into the catalog's types.
                let text = match rows.as_slice() {
                    [row] => row.get(0).unwrap_or("null"),
                    rows => {
                        return Err(Failed::Named(bad_result(
                            query,
                            format!("{} rows", rows.len()),
                        )))
                    }
                };
                assembly.add(query.name, text).map_err(|e| {
                    Failed::Named(FetchError::new(FetchErrorKind::Engine, e.message()))
                })?;
                rows.clear();
                done += 1;
            }
            _ => {}
        }
    }
    if done != queries.len() {
        return Err(Failed::Unnamed(FetchError::new(
            FetchErrorKind::Result,
            format!(
                "the catalog queries returned {done} results for {} queries",
                queries.len()
            ),
        )));
    }
    Ok(())
}

/// Runs the queries one at a time, in a transaction of their own, to find which one fails.
fn locate_failure(
    client: &mut postgres::Client,
    queries: &[CatalogQuery],
    version: u32,
    timeouts: &Timeouts,
) -> Option<FetchError> {
    begin_read_only(client, timeouts).ok()?;
    let found = queries.iter().find_map(|query| {
        client
            .simple_query(&query.sql)
            .err()
            .map(|e| failed_query(query, version, &e, None))
    });
    let _ = client.batch_execute("ROLLBACK");
    found
}

/// Whether the server cancelled a statement for a lock timeout (55P03, also NOWAIT) or a
/// statement timeout (57014, also a cancel request).
fn gave_up_code(e: &postgres::Error) -> bool {
    matches!(
        e.code(),
        Some(c) if *c == SqlState::LOCK_NOT_AVAILABLE || *c == SqlState::QUERY_CANCELED
    )
}

/// The error for a fetch the server gave up on: what was waited for and for how long, the
/// relations other sessions hold (or are queued to take) an `ACCESS EXCLUSIVE` lock on, which is
/// the only lock mode the fetch's `ACCESS SHARE` locks conflict with, then the server's message.
/// PostgreSQL's own message names no relation, and once the statement is cancelled nothing says
/// which lock it was queued for, so the relations are found after the fact, on the same session.
///
/// A statement timeout is told from a cancel request by the server's message, or, since a
/// timeout that fires as one statement of the batch ends is reported as "due to user request",
/// by the batch having run at least as long as the statement timeout (each statement is timed
/// on its own, so a shorter batch cannot have reached it).
fn gave_up(
    client: &mut postgres::Client,
    e: &postgres::Error,
    elapsed: Duration,
    timeouts: &Timeouts,
) -> FetchError {
    let server = describe(e);
    let lock_timeout = e.code() == Some(&SqlState::LOCK_NOT_AVAILABLE);
    let says_statement_timeout = server.contains("statement timeout");
    let statement_timeout = !lock_timeout
        && (says_statement_timeout
            || (!timeouts.statement.is_zero() && elapsed >= timeouts.statement));
    if !lock_timeout && !statement_timeout {
        // Cancelled by request (pg_cancel_backend, a shutdown): nothing was waited for.
        return query_error(format!("catalog queries cancelled: {server}"));
    }
    let locks = exclusive_locks(client).unwrap_or_default();
    let listed = describe_locks(&locks);
    if lock_timeout {
        let on = if listed.is_empty() {
            String::new()
        } else {
            format!(" on {listed}")
        };
        FetchError::new(
            FetchErrorKind::LockTimeout,
            format!(
                "gave up after {} waiting for a lock{on}: {server}",
                format_duration(timeouts.lock)
            ),
        )
    } else {
        let server = if says_statement_timeout {
            server
        } else {
            format!("statement timeout (the server said: {server})")
        };
        let waiting = if listed.is_empty() {
            String::new()
        } else {
            format!("; it may have been waiting for a lock on {listed}")
        };
        FetchError::new(
            FetchErrorKind::StatementTimeout,
            format!(
                "gave up after {} on a catalog query: {server}{waiting}",
                format_duration(timeouts.statement)
            ),
        )
    }
}

/// Another session's `ACCESS EXCLUSIVE` lock on a relation of this database.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ExclusiveLock {
    schema: String,
    name: String,
    pid: String,
    /// Held (true), or queued behind other locks (false; the fetch queues behind it all the same).
    granted: bool,
    user: Option<String>,
    application: Option<String>,
    /// `active`, `idle in transaction`, ...; hidden from roles that may not see the session.
    state: Option<String>,
    /// The start of the session's current or last statement, hidden likewise.
    query: Option<String>,
}

/// At most this many relations are named; the rest are counted.
const LISTED_LOCKS: usize = 3;

/// The `ACCESS EXCLUSIVE` locks other sessions hold or wait for on relations of this database
/// (and on the shared catalogs), system catalogs included, temporary relations and relations not
/// yet committed (which the fetch's snapshot cannot see, and never waits for) left out. Runs in a
/// transaction of its own under short limits of its own; `None` when that fails.
fn exclusive_locks(client: &mut postgres::Client) -> Option<Vec<ExclusiveLock>> {
    const LOOKUP: &str = "BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY; \
        SET LOCAL lock_timeout = 1000; SET LOCAL statement_timeout = 5000; \
        SELECT n.nspname, c.relname, l.pid::text, l.granted::text, a.usename, \
               nullif(a.application_name, ''), a.state, left(a.query, 200) \
        FROM pg_catalog.pg_locks l \
        JOIN pg_catalog.pg_class c ON c.oid = l.relation \
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
        LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid \
        WHERE l.locktype = 'relation' AND l.mode = 'AccessExclusiveLock' \
          AND l.pid IS DISTINCT FROM pg_catalog.pg_backend_pid() \
          AND l.database IN (0, (SELECT oid FROM pg_catalog.pg_database \
                                 WHERE datname = pg_catalog.current_database())) \
          AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%' \
        ORDER BY l.granted DESC, n.nspname, c.relname, l.pid \
        LIMIT 20; \
        COMMIT";
    let messages = match client.simple_query(LOOKUP) {
        Ok(messages) => messages,
        Err(_) => {
            let _ = client.batch_execute("ROLLBACK");
            return None;
        }
    };
    let text = |row: &SimpleQueryRow, i: usize| row.get(i).map(str::to_string);
    let locks = messages
        .iter()
        .filter_map(|m| match m {
            SimpleQueryMessage::Row(row) if row.len() == 8 => Some(ExclusiveLock {
                schema: text(row, 0)?,
                name: text(row, 1)?,
                pid: text(row, 2).unwrap_or_default(),
                granted: row.get(3) == Some("true"),
                user: text(row, 4),
                application: text(row, 5),
                state: text(row, 6),
                query: text(row, 7),
            }),
            _ => None,
        })
        .collect();
    Some(locks)
}

/// `"public"."t", held by pid 42 (user alice, application psql, idle in transaction, statement
/// ALTER TABLE)`, for up to [`LISTED_LOCKS`] relations joined with `and`, then how many more.
fn describe_locks(locks: &[ExclusiveLock]) -> String {
    let mut parts: Vec<String> = locks
        .iter()
        .take(LISTED_LOCKS)
        .map(|lock| {
            let how = if lock.granted {
                "held by"
            } else {
                "queued for by"
            };
            let mut about = Vec::new();
            if let Some(user) = &lock.user {
                about.push(format!("user {user}"));
            }
            if let Some(application) = &lock.application {
                about.push(format!("application {application}"));
            }
            if let Some(state) = &lock.state {
                about.push(state.clone());
            }
            if let Some(words) = lock.query.as_deref().and_then(command_words) {
                about.push(format!("statement {words}"));
            }
            let about = if about.is_empty() {
                String::new()
            } else {
                format!(" ({})", about.join(", "))
            };
            format!(
                "{}.{}, {how} pid {}{about}",
                quote_ident(&lock.schema),
                quote_ident(&lock.name),
                lock.pid
            )
        })
        .collect();
    if locks.len() > LISTED_LOCKS {
        parts.push(format!("{} more", locks.len() - LISTED_LOCKS));
    }
    match parts.len() {
        0 | 1 => parts.concat(),
        n => format!("{} and {}", parts[..n - 1].join(", "), parts[n - 1]),
    }
}

/// The command a statement starts with, `ALTER TABLE` for `alter table t add ...`: up to two
/// leading words of letters. Only these, never the rest of another session's statement, which
/// may hold anything (a password in `ALTER ROLE`, data in an `INSERT`).
fn command_words(query: &str) -> Option<String> {
    let mut query = query.trim_start();
    // `BEGIN; ALTER TABLE ...` sent as one string: the statement after the transaction's start.
    let first: String = query
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    if ["begin", "start"].contains(&first.to_ascii_lowercase().as_str()) {
        if let Some((_, rest)) = query.split_once(';') {
            if !rest.trim().is_empty() {
                query = rest.trim_start();
            }
        }
    }
    // The second word only when it is part of the command (`ALTER TABLE`, `VACUUM FULL`), not
    // a name (`LOCK t`).
    const SECOND: [&str; 20] = [
        "TABLE",
        "INDEX",
        "VIEW",
        "MATERIALIZED",
        "SEQUENCE",
        "FULL",
        "TYPE",
        "SCHEMA",
        "FUNCTION",
        "PROCEDURE",
        "ROLE",
        "DATABASE",
        "TRIGGER",
        "POLICY",
        "EXTENSION",
        "DOMAIN",
        "ON",
        "CONCURRENTLY",
        "RULE",
        "AGGREGATE",
    ];
    let mut words = Vec::new();
    for word in query.split_whitespace().take(2) {
        let letters: String = word
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect::<String>()
            .to_ascii_uppercase();
        if letters.is_empty() || (!words.is_empty() && !SECOND.contains(&letters.as_str())) {
            break;
        }
        let whole = letters.len() == word.len();
        words.push(letters);
        if !whole {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn failed_query(
    query: &CatalogQuery,
    version: u32,
    e: &postgres::Error,
    line: Option<usize>,
) -> FetchError {
    let at = line
        .map(|l| format!(" (line {l} of the query)"))
        .unwrap_or_default();
    query_error(format!(
        "catalog query \"{}\" failed on PostgreSQL {}: {}{at}",
        query.name,
        display_version(version),
        describe(e)
    ))
}

fn bad_result(query: &CatalogQuery, got: String) -> FetchError {
    FetchError::new(
        FetchErrorKind::Result,
        format!(
            "catalog query \"{}\" returned {got}, expected one row with one JSON value",
            query.name
        ),
    )
}

fn query_error(message: String) -> FetchError {
    FetchError::new(FetchErrorKind::Query, message)
}

/// `150004` as `15.4`, `90624` as `9.6.24`.
fn display_version(num: u32) -> String {
    if num >= 100_000 {
        format!("{}.{}", num / 10_000, num % 10_000)
    } else {
        format!("{}.{}.{}", num / 10_000, num / 100 % 100, num % 100)
    }
}

/// A postgres error in words: the server's message (and hint), or what broke and why.
pub(crate) fn describe(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        let mut text = lower(db.message());
        if let Some(hint) = db.hint() {
            text.push_str(&format!(" (hint: {})", lower(hint)));
        }
        return text;
    }
    match e.source() {
        Some(source) => match source.downcast_ref::<std::io::Error>() {
            Some(io) => format!("{e}: {}", crate::connect::describe_io(io)),
            None => format!("{e}: {}", lower(&source.to_string())),
        },
        None => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(name: &'static str, sql: &str) -> CatalogQuery {
        CatalogQuery {
            name,
            sql: sql.to_string(),
        }
    }

    #[test]
    fn join_ends_comments_and_drops_semicolons() {
        let (text, spans) = join(&[
            q("a", "select 1 -- [pg15+]\n"),
            q("b", "select 2;\n\n"),
            q("c", "sélect"),
        ]);
        assert_eq!(text, "select 1 -- [pg15+]\n;\nselect 2\n;\nsélect\n;\n");
        assert_eq!(spans, [(0, 19), (22, 30), (33, 39)]);
    }

    #[test]
    fn versions_display() {
        assert_eq!(display_version(150004), "15.4");
        assert_eq!(display_version(130000), "13.0");
        assert_eq!(display_version(90624), "9.6.24");
    }

    #[test]
    fn begin_sets_both_timeouts_for_the_transaction_only() {
        assert_eq!(
            begin_statements(&Timeouts::default()),
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL lock_timeout = 5000; \
             SET LOCAL statement_timeout = 300000"
        );
        assert_eq!(
            begin_statements(&Timeouts::NONE),
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL lock_timeout = 0; \
             SET LOCAL statement_timeout = 0"
        );
    }

    #[test]
    fn only_the_command_of_another_session_is_shown() {
        assert_eq!(
            command_words("alter table t add column x int").as_deref(),
            Some("ALTER TABLE")
        );
        assert_eq!(command_words("  LOCK t").as_deref(), Some("LOCK"));
        assert_eq!(command_words("lock table t").as_deref(), Some("LOCK TABLE"));
        assert_eq!(
            command_words("refresh materialized view m").as_deref(),
            Some("REFRESH MATERIALIZED")
        );
        assert_eq!(command_words("vacuum (full) t").as_deref(), Some("VACUUM"));
        assert_eq!(command_words("lock;").as_deref(), Some("LOCK"));
        assert_eq!(
            command_words("begin; alter role r password 'secret'").as_deref(),
            Some("ALTER ROLE")
        );
        assert_eq!(command_words("BEGIN;").as_deref(), Some("BEGIN"));
        assert_eq!(
            command_words("start transaction;vacuum full t").as_deref(),
            Some("VACUUM FULL")
        );
        assert_eq!(command_words("<insufficient privilege>"), None);
        assert_eq!(command_words(""), None);
        assert_eq!(command_words("-- comment\nselect"), None);
    }

    #[test]
    fn locks_are_listed_with_their_sessions() {
        let lock = |name: &str, granted: bool, full: bool| ExclusiveLock {
            schema: "public".into(),
            name: name.into(),
            pid: "42".into(),
            granted,
            user: Some("alice".into()),
            application: full.then(|| "psql".into()),
            state: full.then(|| "idle in transaction".into()),
            query: full.then(|| "alter table t add x int".into()),
        };
        assert_eq!(describe_locks(&[]), "");
        assert_eq!(
            describe_locks(&[lock("t", true, true)]),
            "\"public\".\"t\", held by pid 42 (user alice, application psql, idle in \
             transaction, statement ALTER TABLE)"
        );
        assert_eq!(
            describe_locks(&[lock("a\"b", true, false), lock("u", false, false)]),
            "\"public\".\"a\"\"b\", held by pid 42 (user alice) and \"public\".\"u\", queued for \
             by pid 42 (user alice)"
        );
        let many: Vec<ExclusiveLock> = ["a", "b", "c", "d", "e"]
            .iter()
            .map(|n| lock(n, true, false))
            .collect();
        assert!(describe_locks(&many)
            .ends_with(", \"public\".\"c\", held by pid 42 (user alice) and 2 more"));
    }

    #[test]
    fn begin_is_exactly_what_migra_sends() {
        assert_eq!(BEGIN, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
}
