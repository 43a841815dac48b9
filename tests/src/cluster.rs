//! The tests' throwaway cluster: a [`migra_cluster::Cluster`] (initdb into `/tmp`, a server on a
//! unix socket, teardown by a watchdog whatever happens to the process) with what only tests need:
//! the corpus roles, one cluster shared per test binary, TLS with a generated CA, numbered
//! databases, panicking helpers and the `pg_dump` for the oracle.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use anyhow::{bail, Context, Result};
use migra_cluster::{check_output, clear_pg_env, pg_dump_path, psql_path};

use crate::temp::TempDir;
use crate::tls::TlsFiles;

/// The bootstrap superuser every test connects as. Deliberately not `postgres`: the corpus needs a
/// plain role `postgres` that does not own the objects it creates (see shared/corpus/README.md).
pub const SUPERUSER: &str = "migra_test";

/// Roles every cluster has besides [`SUPERUSER`], because the migra corpus grants to them.
pub const CORPUS_ROLES: [&str; 2] = ["schemainspect_test_role", "postgres"];

/// Options for a cluster of a test's own. Start from [`Cluster::builder`].
#[derive(Debug, Clone, Default)]
pub struct ClusterBuilder {
    bin_dir: Option<PathBuf>,
    settings: Vec<(String, String)>,
    data_files: Vec<(String, PathBuf)>,
    tcp: bool,
    tls: bool,
}

impl ClusterBuilder {
    /// Uses the server binaries in `dir` instead of [`crate::pg_bin_dir`]'s choice.
    pub fn bin_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.bin_dir = Some(dir.into());
        self
    }

    /// Adds a server setting (written to `postgresql.conf`, quoted as needed).
    pub fn setting(mut self, name: &str, value: &str) -> Self {
        self.settings.push((name.to_string(), value.to_string()));
        self
    }

    /// Copies `source` into the data directory as `name`, owned by the server's account with mode
    /// 0600, as PostgreSQL requires of key files; refer to it in a setting by its bare name.
    pub fn data_file(mut self, name: &str, source: impl Into<PathBuf>) -> Self {
        self.data_files.push((name.to_string(), source.into()));
        self
    }

    /// Also listens on `localhost` (TCP), where [`SUPERUSER`] must log in with
    /// [`Cluster::password`] (scram-sha-256). The unix socket stays trusted.
    pub fn tcp(mut self) -> Self {
        self.tcp = true;
        self
    }

    /// TCP with TLS: generates a CA and a server certificate for `localhost` ([`Cluster::tls`])
    /// and starts the server with `ssl=on`. Clients may still connect without TLS.
    pub fn tls(mut self) -> Self {
        self.tcp = true;
        self.tls = true;
        self
    }

    /// Starts the cluster, panicking with the reason (and the server log) when it cannot.
    pub fn start(self) -> Cluster {
        self.try_start()
            .unwrap_or_else(|e| panic!("cannot start a PostgreSQL cluster: {e:#}"))
    }

    /// Starts the cluster.
    pub fn try_start(self) -> Result<Cluster> {
        let mut builder = migra_cluster::Cluster::builder()
            .superuser(SUPERUSER)
            .dir_prefix("migra-test");
        for role in CORPUS_ROLES {
            builder = builder.role(role);
        }
        if let Some(dir) = &self.bin_dir {
            builder = builder.bin_dir(dir);
        }
        if self.tcp {
            builder = builder.tcp();
        }
        let mut tls = None;
        if self.tls {
            let dir = TempDir::new("tls")?;
            let files = TlsFiles::generate(dir.path(), "migra-test-ca")?;
            builder = builder
                .data_file("server.crt", &files.server_cert)
                .data_file("server.key", &files.server_key)
                .setting("ssl", "on")
                .setting("ssl_cert_file", "server.crt")
                .setting("ssl_key_file", "server.key");
            tls = Some((files, dir));
        }
        for (name, source) in &self.data_files {
            builder = builder.data_file(name, source);
        }
        for (name, value) in &self.settings {
            builder = builder.setting(name, value);
        }
        let inner = builder.start()?;
        let psql = psql_path(inner.bin_dir())?;
        Ok(Cluster {
            inner,
            psql,
            tls,
            next_database: AtomicUsize::new(0),
            pg_dump: OnceLock::new(),
        })
    }
}

/// A running throwaway PostgreSQL server and its data directory, torn down on drop (and by its
/// watchdog when the process dies).
#[derive(Debug)]
pub struct Cluster {
    inner: migra_cluster::Cluster,
    psql: PathBuf,
    /// The certificates and the directory holding them, for clusters built with `tls()`.
    tls: Option<(TlsFiles, TempDir)>,
    next_database: AtomicUsize,
    /// The `pg_dump` for this server and its major, found on first use ([`Cluster::pg_dump`]):
    /// most suites never need one, and the npm server bundles have none beside the server.
    pg_dump: OnceLock<Result<(PathBuf, u32), String>>,
}

impl Cluster {
    /// Options for a cluster of a test's own.
    pub fn builder() -> ClusterBuilder {
        ClusterBuilder::default()
    }

    /// Starts a cluster with the default binaries and settings (unix socket only).
    pub fn start() -> Cluster {
        Cluster::builder().start()
    }

    /// The cluster shared by all tests of this test binary, started on first use and torn down
    /// by its watchdog when the process exits. Give each case its own database.
    pub fn shared() -> &'static Cluster {
        static SHARED: OnceLock<Result<Cluster, String>> = OnceLock::new();
        let started =
            SHARED.get_or_init(|| Cluster::builder().try_start().map_err(|e| format!("{e:#}")));
        match started {
            Ok(cluster) => cluster,
            Err(e) => panic!("cannot start the shared PostgreSQL cluster: {e}"),
        }
    }

    /// The library's cluster underneath.
    pub fn inner(&self) -> &migra_cluster::Cluster {
        &self.inner
    }

    /// Creates an empty database with a name of its own, starting with `prefix` (sanitized), and
    /// returns that name. Names never repeat within a cluster, so tests can run in parallel.
    pub fn create_database(&self, prefix: &str) -> String {
        let n = self.next_database.fetch_add(1, Ordering::Relaxed);
        let clean: String = prefix
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(48)
            .collect();
        let name = format!("{clean}_{n}");
        self.execute("postgres", &format!("create database \"{name}\""))
            .unwrap_or_else(|e| panic!("creating database {name}: {e:#}"));
        name
    }

    /// A libpq URL for `db` over the unix socket:
    /// `postgresql://migra_test@/DB?host=SOCKETDIR&port=PORT`.
    pub fn url(&self, db: &str) -> String {
        self.inner.url(db)
    }

    /// A libpq URL for `db` over TCP to `host` (`localhost` or `127.0.0.1`), with the right
    /// password. Only for clusters built with [`ClusterBuilder::tcp`] or [`ClusterBuilder::tls`].
    pub fn tcp_url(&self, host: &str, db: &str) -> String {
        self.inner
            .tcp_url(host, db)
            .expect("this cluster does not listen on TCP: build it with .tcp()")
    }

    /// Connects to `db` over the unix socket, with the `postgres` crate and no TLS.
    pub fn client(&self, db: &str) -> postgres::Client {
        self.inner
            .client(db)
            .unwrap_or_else(|e| panic!("connecting to {db}: {e:#}"))
    }

    /// Runs `sql` (any number of statements, simple query protocol) in `db`.
    pub fn execute(&self, db: &str, sql: &str) -> Result<()> {
        Ok(self.inner.execute(db, sql)?)
    }

    /// Loads a SQL file into `db` as the corpus runner does: `psql -X -1 -v ON_ERROR_STOP=1 -f`.
    /// The error carries psql's standard error.
    pub fn psql_file(&self, db: &str, path: &Path) -> Result<()> {
        let output = self
            .psql_command(db)
            .args(["-X", "-1", "-q", "-v", "ON_ERROR_STOP=1", "-f"])
            .arg(path)
            .output()
            .with_context(|| format!("running {}", self.psql.display()))?;
        if !output.status.success() {
            bail!(
                "psql -f {} into {db} failed ({}):\n{}",
                path.display(),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim_end()
            );
        }
        Ok(())
    }

    /// A `psql` command connected to `db` over the unix socket, with no `PG*` variables inherited.
    pub fn psql_command(&self, db: &str) -> Command {
        self.inner.psql_command(&self.psql, db)
    }

    /// The `pg_dump` for this server ([`pg_dump_path`]) and its major, found on first use.
    pub fn pg_dump(&self) -> Result<(&Path, u32)> {
        let found = self.pg_dump.get_or_init(|| {
            pg_dump_path(self.bin_dir(), self.major()).map_err(|e| format!("{e:#}"))
        });
        match found {
            Ok((path, major)) => Ok((path, *major)),
            Err(e) => bail!("{e}"),
        }
    }

    /// `pg_dump --schema-only` of `db`, with `args` added, over the unix socket as [`SUPERUSER`]
    /// with no `PG*` variables inherited: the dump's text, or an error with pg_dump's message.
    pub fn pg_dump_schema(&self, db: &str, args: &[String]) -> Result<String> {
        let (pg_dump, _) = self.pg_dump()?;
        let mut command = Command::new(pg_dump);
        clear_pg_env(&mut command);
        command
            .arg("-h")
            .arg(self.dir())
            .arg("-p")
            .arg(self.port().to_string())
            .args(["-U", SUPERUSER, "--schema-only"])
            .args(args)
            .arg(db)
            .env("PGCLIENTENCODING", "UTF8")
            .stdin(Stdio::null());
        let output = command
            .output()
            .with_context(|| format!("running {}", pg_dump.display()))?;
        check_output(&format!("pg_dump of {db}"), &output)?;
        String::from_utf8(output.stdout).with_context(|| format!("pg_dump of {db}: not UTF-8"))
    }

    /// `server_version_num`, e.g. 150018.
    pub fn server_version_num(&self) -> u32 {
        self.inner.server_version_num()
    }

    /// The major version, e.g. 15.
    pub fn major(&self) -> u32 {
        self.inner.major()
    }

    /// The directory holding the data directory (`data/`), the server log and the unix socket.
    pub fn dir(&self) -> &Path {
        self.inner.dir()
    }

    /// Where the unix socket is: the `host` of [`Cluster::url`].
    pub fn socket_dir(&self) -> &Path {
        self.inner.socket_dir()
    }

    pub fn port(&self) -> u16 {
        self.inner.port()
    }

    /// The password of [`SUPERUSER`], needed over TCP only.
    pub fn password(&self) -> &str {
        self.inner.password()
    }

    pub fn bin_dir(&self) -> &Path {
        self.inner.bin_dir()
    }

    /// The `psql` used by [`Cluster::psql_file`].
    pub fn psql(&self) -> &Path {
        &self.psql
    }

    /// The CA and certificates, for clusters built with [`ClusterBuilder::tls`].
    pub fn tls(&self) -> Option<&TlsFiles> {
        self.tls.as_ref().map(|(files, _)| files)
    }

    pub fn log_path(&self) -> PathBuf {
        self.inner.log_path()
    }

    /// The postmaster's process id, from `postmaster.pid`, while the server runs.
    pub fn postmaster_pid(&self) -> Option<u32> {
        self.inner.postmaster_pid()
    }
}
