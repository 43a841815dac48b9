//! Test support for migra-rs: throwaway PostgreSQL clusters, the conformance corpus, and the way
//! tests reach the fetcher.
//!
//! Every suite talks to a real server that it starts itself (DESIGN.md: a test never needs a server
//! set up by hand). A [`Cluster`] is one `initdb`'d data directory under `/tmp` with one running
//! server that listens on a unix socket inside that directory; it is stopped and deleted when the
//! value is dropped, during a panic too, and by a watchdog process when the test process dies
//! without running destructors (a static, `abort`, a signal).
//!
//! # Brief overview
//!
//! - [`Cluster::shared`]: the one cluster of a test binary, started on first use; give every case
//!   a database of its own with [`Cluster::create_database`].
//! - [`Cluster::builder`]: a cluster of a test's own, with extra settings, TCP with password
//!   authentication, TLS with a generated CA ([`TlsFiles`]), or other server binaries.
//! - [`pg_bin_dir`], [`psql_path`] and [`pg_dump_path`]: which binaries are used (`$PG_BIN`,
//!   `$PSQL`, `$PG_DUMP`).
//! - [`corpus`]: the migra conformance cases in `shared/corpus` (`$MIGRA_CORPUS`).
//! - [`fetch`]: a catalog from a URL through `migra_fetch`, and where the built binaries are.
//!
//! # Example
//!
//! ```no_run
//! let cluster = migra_tests::Cluster::shared();
//! let db = cluster.create_database("example");
//! cluster.execute(&db, "create table t (id int primary key)").unwrap();
//! let catalog = migra_tests::fetch::fetch(&cluster.url(&db)).unwrap();
//! assert_eq!(catalog.tables.len(), 1);
//! ```

mod cluster;
pub mod corpus;
pub mod fetch;
mod temp;
mod tls;

pub use cluster::{Cluster, ClusterBuilder, CORPUS_ROLES, SUPERUSER};
pub use migra_cluster::{pg_bin_dir, pg_dump_path, psql_path};
pub use temp::TempDir;
pub use tls::TlsFiles;
