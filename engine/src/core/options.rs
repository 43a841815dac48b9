//! The options of a diff: migra's command-line flags that change what is compared.

/// migra's options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Only this schema (`--schema`).
    pub schema: Option<String>,
    /// Never these schemas (`--exclude-schema`).
    pub exclude_schema: Vec<String>,
    /// Only create the extensions the target has and the source lacks (`--create-extensions-only`).
    pub create_extensions_only: bool,
    /// Do not update extensions whose version differs (`--ignore-extension-versions`).
    pub ignore_extension_versions: bool,
    /// Also diff privileges (`--with-privileges`).
    pub with_privileges: bool,
    /// Also migrate owners (`--with-owners`): `ALTER ... OWNER TO` for every object created and
    /// every object whose owner differs (concerns/owners.rs has the rule).
    pub with_owners: bool,
    /// Make the migration safe to run on a live database (`--online`): see [`Online`].
    pub online: Option<Online>,
}

/// The settings of an online migration: indexes built and dropped `CONCURRENTLY` outside the
/// transaction, foreign keys and checks added `NOT VALID` and validated after the main
/// transaction commits, `SET NOT NULL` through a validated check, and these time limits set first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Online {
    /// `lock_timeout`: how long a statement waits for a lock before the migration gives up
    /// (PostgreSQL's syntax, `5s`). A statement queued behind a lock blocks every query queued
    /// behind it, so the wait is kept short.
    pub lock_timeout: String,
    /// `statement_timeout` for the statements in transactions (`15min`); the concurrent index
    /// builds, which block no writes, run without one.
    pub statement_timeout: String,
}

impl Default for Online {
    fn default() -> Online {
        Online {
            lock_timeout: "5s".to_string(),
            statement_timeout: "15min".to_string(),
        }
    }
}
