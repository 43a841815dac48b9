//! migra-fetch: reads a live PostgreSQL database into a migra-rs [`Catalog`].
//!
//! This crate is the only one that talks to PostgreSQL. It connects the way libpq does (URLs,
//! `key=value` strings, the `PG*` environment variables, the password file, `sslmode`, Unix
//! sockets), runs the engine's catalog queries in one read-only repeatable-read transaction and
//! hands the results to [`migra_engine::assemble`]. It holds no diff logic.
//!
//! # Brief overview
//!
//! - [`connect`] opens a [`postgres::Client`] from a connection string; [`ConnectParams`] is what
//!   a connection string resolves to, and [`ConnectEnv`] the environment it falls back on.
//! - [`fetch_catalog`] reads the catalog of a connected database, in one read-only transaction
//!   opened by [`begin_read_only`]; [`fetch_catalog_with`] takes the [`Timeouts`] (how long a
//!   lock is waited for, how long a query may run), which [`parse_duration`] reads in
//!   PostgreSQL's syntax.
//! - [`load_source`] is one side of a diff as the `migra` command takes it: `EMPTY`, a database,
//!   schema SQL, or a catalog JSON file ([`load_source_with`]: with [`Timeouts`]).
//! - [`load_source_in`] loads schema SQL ([`SqlFiles`]: a `.sql` file or a directory of them)
//!   into a [`ScratchDatabase`] of a [`Scratch`] server, a throwaway cluster or a `--shadow` one,
//!   removed on drop and on Ctrl-C ([`install_interrupt_handler`], [`on_interrupt`]).
//! - [`verify`] applies a migration to a scratch copy of FROM and diffs the result against
//!   TARGET (`migra --verify`).
//! - [`ConnectError`], [`FetchError`] and [`SourceError`] carry one-line messages that never
//!   contain the password, and a kind to match on.
//!
//! # Example
//!
//! ```no_run
//! use migra_engine::SchemaFilter;
//!
//! let mut client = migra_fetch::connect("postgresql://app@localhost/app?sslmode=require")?;
//! let catalog = migra_fetch::fetch_catalog(&mut client, &SchemaFilter::default())?;
//! println!("{}", catalog.to_json());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

pub use connect::{connect, connect_with_env};
pub use error::{
    clean, ConnectError, ConnectErrorKind, FetchError, FetchErrorKind, SourceError, SourceErrorKind,
};
pub use fetch::{begin_read_only, fetch_catalog, fetch_catalog_with, server_version_num, BEGIN};
pub use interrupt::{
    install_interrupt_handler, interrupted, on_interrupt, wait_if_interrupted, InterruptGuard,
};
pub use migra_engine::{Catalog, SchemaFilter};
pub use params::{ConnectEnv, ConnectParams, Host, Target};
pub use scratch::{Scratch, ScratchDatabase};
pub use source::{
    is_database, load_file, load_source, load_source_in, load_source_with, Loaded, EMPTY,
};
pub use sql_files::SqlFiles;
pub use timeouts::{format_duration, parse_duration, DurationError, Timeouts, MAX_TIMEOUT_MS};
pub use tls::{verification, ClientCert, RootCert, SslMode, Verification};
pub use verify::{verify, Verdict, VerifyError, VerifyFrom, VerifyReport};

mod connect;
mod conninfo;
mod error;
mod fetch;
mod interrupt;
mod params;
mod pgpass;
mod scratch;
mod source;
mod sql_files;
mod timeouts;
mod tls;
mod verify;
