//! migra-cluster: throwaway PostgreSQL clusters, shared by the `migra` binaries (which load `.sql`
//! schema files into one, and verify migrations there) and the migra-tests suites.
//!
//! A [`Cluster`] is one `initdb`'d data directory under `/tmp` with one running server that
//! listens on a unix socket inside that directory; it is stopped and deleted when the value is
//! dropped, during a panic too, and by a watchdog process when the process dies without running
//! destructors (`abort`, a signal, Ctrl-C). The server binaries are found as the tests find them
//! ([`pg_bin_dir`]): `$PG_BIN`, the `initdb` on `PATH`, the newest Debian install.
//!
//! # Example
//!
//! ```no_run
//! let cluster = migra_cluster::Cluster::builder().start()?;
//! cluster.execute("postgres", "create database scratch")?;
//! println!("{}", cluster.url("scratch"));
//! # Ok::<(), migra_cluster::ClusterError>(())
//! ```

#![deny(missing_docs)]

mod bins;
mod cluster;
mod error;
mod temp;

pub use bins::{check_server_dir, pg_bin_dir, pg_dump_path, psql_path};
pub use cluster::{check_output, clear_pg_env, Cluster, ClusterBuilder, StopHandle};
pub use error::{postgres_error, ClusterError, Result};
pub use temp::TempDir;
