//! `migra --verify`: a migration applied to a scratch copy of FROM, read back and diffed against
//! TARGET. FROM is the scratch database its SQL was loaded into, or, for a database or catalog
//! FROM, a new scratch database brought to FROM by the migration from what a new database holds
//! (read from it, not assumed) to FROM's catalog. The migration runs as it would be run: in one
//! transaction, or, for `--online` output, statement by statement on one session with the output's
//! own `begin;` and `commit;`.

use std::time::{Duration, Instant};

use migra_engine::{Catalog, Migration, Options, SchemaFilter};

use crate::error::{clean, SourceError};
use crate::scratch::{Scratch, ScratchDatabase};
use crate::timeouts::Timeouts;

/// How long the SQL of a failing statement may be in a message before it is cut.
const SHOWN_SQL: usize = 240;

/// What FROM is for [`verify`].
#[derive(Debug)]
pub enum VerifyFrom<'s, 'd> {
    /// The scratch database FROM's SQL was loaded into (the migration is applied there).
    Loaded(&'d ScratchDatabase<'s>),
    /// A catalog (read from a database or a file, or EMPTY's), rebuilt in a new scratch database.
    Catalog(&'d Catalog),
}

/// What applying the migration showed.
#[derive(Debug)]
pub enum Verdict {
    /// It applied, and FROM then diffs to nothing against TARGET.
    Verified,
    /// A statement failed: its number (from 1), its SQL and PostgreSQL's error.
    Failed {
        /// The statement's position in the migration, from 1.
        number: usize,
        /// Its SQL.
        sql: String,
        /// The server's error.
        error: String,
    },
    /// It applied, but FROM still differs from TARGET: the migration that is left.
    StillDiffers(Migration),
}

impl Verdict {
    /// The verdict in one line, as `migra --verify` prints it after `migra: verify: `.
    pub fn describe(&self, total: usize) -> String {
        match self {
            Verdict::Verified => format!(
                "the migration ({total} statement{}) applies and re-diffs to nothing",
                if total == 1 { "" } else { "s" }
            ),
            Verdict::Failed { number, sql, error } => format!(
                "statement {number} of {total} failed: {}: {}",
                shorten(clean(sql).trim_end_matches(';')),
                clean(error)
            ),
            Verdict::StillDiffers(left) => format!(
                "the migration applies, but FROM still differs from TARGET: {} statement{} \
                 left, the first: {}",
                left.statements.len(),
                if left.statements.len() == 1 { "" } else { "s" },
                left.statements
                    .first()
                    .map(|s| shorten(clean(&s.sql).trim_end_matches(';')))
                    .unwrap_or_default()
            ),
        }
    }
}

/// The verdict and how long each step took.
#[derive(Debug)]
pub struct VerifyReport {
    /// What applying the migration showed.
    pub verdict: Verdict,
    /// How long building FROM in a new scratch database took (a database or catalog FROM).
    pub build_time: Option<Duration>,
    /// How long applying the migration took.
    pub apply_time: Duration,
    /// How long reading the result back and diffing it took.
    pub rediff_time: Duration,
}

/// Why verifying could not be done at all (as opposed to a migration that does not verify).
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// The scratch database could not be made or read.
    #[error("{0}")]
    Source(#[from] SourceError),
    /// The engine refused a catalog.
    #[error("{0}")]
    Engine(#[from] migra_engine::Error),
    /// FROM could not be rebuilt in the scratch database from its catalog.
    #[error("cannot build FROM in a scratch database: {0}")]
    BuildFrom(String),
    /// A session in the scratch database failed outside any statement of the migration.
    #[error("scratch database: {0}")]
    Session(String),
}

/// Applies `migration` (the diff of FROM to `target` under `options`) to a scratch copy of FROM
/// and diffs the result against `target` with the same options.
pub fn verify(
    scratch: &Scratch,
    from: VerifyFrom<'_, '_>,
    migration: &Migration,
    target: &Catalog,
    options: &Options,
    filter: &SchemaFilter,
    timeouts: &Timeouts,
) -> Result<VerifyReport, VerifyError> {
    let built;
    let (database, build_time) = match from {
        VerifyFrom::Loaded(database) => (database, None),
        VerifyFrom::Catalog(catalog) => {
            let began = Instant::now();
            built = scratch.database("verify")?;
            build_from(&built, catalog, options, filter, timeouts)?;
            (&built, Some(began.elapsed()))
        }
    };
    let applying = Instant::now();
    let failure = apply(database, &migration.statements, options.online.is_none())?;
    let apply_time = applying.elapsed();
    let rediffing = Instant::now();
    let verdict = match failure {
        Some(failed) => failed,
        None => {
            let after = database.fetch(filter, timeouts)?;
            let rediff_options = Options {
                online: None,
                ..options.clone()
            };
            let left = migra_engine::diff(&after, target, &rediff_options)?;
            if left.is_empty() {
                Verdict::Verified
            } else {
                Verdict::StillDiffers(left)
            }
        }
    };
    Ok(VerifyReport {
        verdict,
        build_time,
        apply_time,
        rediff_time: rediffing.elapsed(),
    })
}

/// Brings a new scratch database to `catalog`: the migration from what it holds (read from it)
/// to the catalog, destructive statements included, in one transaction.
fn build_from(
    database: &ScratchDatabase<'_>,
    catalog: &Catalog,
    options: &Options,
    filter: &SchemaFilter,
    timeouts: &Timeouts,
) -> Result<(), VerifyError> {
    let fresh = database.fetch(filter, timeouts)?;
    let build_options = Options {
        schema: options.schema.clone(),
        exclude_schema: options.exclude_schema.clone(),
        with_privileges: options.with_privileges,
        ..Options::default()
    };
    let build = migra_engine::diff(&fresh, catalog, &build_options)?;
    match apply(database, &build.statements, true)? {
        None => Ok(()),
        Some(failed) => Err(VerifyError::BuildFrom(
            failed.describe(build.statements.len()),
        )),
    }
}

/// Runs `statements` in order on one session, in one transaction when `one_transaction`; the
/// first that fails, if any.
fn apply(
    database: &ScratchDatabase<'_>,
    statements: &[migra_engine::Statement],
    one_transaction: bool,
) -> Result<Option<Verdict>, VerifyError> {
    let mut client = database.connect()?;
    let session = |e: postgres::Error| VerifyError::Session(migra_cluster::postgres_error(&e));
    if one_transaction {
        client.batch_execute("begin").map_err(session)?;
    }
    for (index, statement) in statements.iter().enumerate() {
        if let Err(e) = client.batch_execute(&statement.sql) {
            return Ok(Some(Verdict::Failed {
                number: index + 1,
                sql: statement.sql.clone(),
                error: migra_cluster::postgres_error(&e),
            }));
        }
    }
    if one_transaction {
        client.batch_execute("commit").map_err(session)?;
    }
    let _ = client.close();
    Ok(None)
}

fn shorten(sql: &str) -> String {
    match sql.char_indices().nth(SHOWN_SQL) {
        Some((cut, _)) => format!("{}...", &sql[..cut]),
        None => sql.to_string(),
    }
}
