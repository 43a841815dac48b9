//! Reading a catalog from a connected server: the engine's queries, all in one read-only
//! repeatable-read transaction (one snapshot, so the catalog is consistent) and one round trip.
//! Nothing about the session is changed: in particular `search_path` stays the user's, since
//! `format_type` and friends print names relative to it, as migra's output does.

use crate::error::{FetchError, FetchErrorKind};
use crate::tls::lower;
use migra_engine::{Catalog, CatalogAssembly, CatalogQuery, SchemaFilter};
use postgres::error::ErrorPosition;
use postgres::{SimpleQueryMessage, SimpleQueryRow};
use std::error::Error as _;

/// The statement that opens the transaction the catalog queries run in.
pub const BEGIN: &str = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

/// Reads the catalog of the database `client` is connected to, keeping only the schemas `filter`
/// keeps. Runs `SHOW server_version_num`, then the engine's queries for that version in one
/// transaction opened with [`BEGIN`], which it commits (or rolls back on failure).
pub fn fetch_catalog(
    client: &mut postgres::Client,
    filter: &SchemaFilter,
) -> Result<Catalog, FetchError> {
    let version = server_version_num(client)?;
    let queries = migra_engine::catalog_queries(version)
        .map_err(|e| FetchError::new(FetchErrorKind::Engine, e.message()))?;
    client.batch_execute(BEGIN).map_err(|e| {
        query_error(format!(
            "cannot start the read-only transaction: {}",
            describe(&e)
        ))
    })?;
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
            return Err(locate_failure(client, &queries, version).unwrap_or(e));
        }
    };
    let mut catalog = assembly
        .finish()
        .map_err(|e| FetchError::new(FetchErrorKind::Engine, e.message()))?;
    catalog.retain_schemas(filter);
    Ok(catalog)
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
    let messages = match client.simple_query(&text) {
        Ok(messages) => messages,
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
) -> Option<FetchError> {
    client.batch_execute(BEGIN).ok()?;
    let found = queries.iter().find_map(|query| {
        client
            .simple_query(&query.sql)
            .err()
            .map(|e| failed_query(query, version, &e, None))
    });
    let _ = client.batch_execute("ROLLBACK");
    found
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
    fn begin_is_exactly_what_migra_sends() {
        assert_eq!(BEGIN, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
}
