//! Where `.sql` sides are loaded and migrations verified: a throwaway cluster of this process
//! (`migra_cluster`, started on first use, removed on drop, on error and on Ctrl-C), or an
//! existing server (`--shadow URL`) where each side gets a scratch database, created with a unique
//! name and dropped again.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use migra_cluster::{Cluster, ClusterError};
use migra_engine::{Catalog, SchemaFilter};

use crate::error::{SourceError, SourceErrorKind};
use crate::fetch::fetch_catalog_with;
use crate::interrupt::{on_interrupt, InterruptGuard};
use crate::params::{ConnectEnv, ConnectParams, Host};
use crate::sql_files::{run_psql, SqlFiles};
use crate::timeouts::Timeouts;
use crate::tls::RootCert;

/// Where scratch databases are made: a throwaway cluster or a `--shadow` server. Nothing is
/// started or connected until the first [`Scratch::database`] (or [`Scratch::start`]).
#[derive(Debug)]
pub struct Scratch {
    kind: Kind,
    server: OnceLock<Result<Server, SourceError>>,
    started_in: OnceLock<Duration>,
    next: AtomicUsize,
}

#[derive(Debug)]
enum Kind {
    Throwaway { globals: Option<PathBuf> },
    Existing { url: String },
}

enum Server {
    Throwaway {
        cluster: Cluster,
        psql: Result<PathBuf, String>,
        _interrupt: InterruptGuard,
    },
    Existing {
        // Boxed: the resolved connection is several times the size of the other variant.
        params: Box<ConnectParams>,
        admin: Mutex<postgres::Client>,
        server_version_num: u32,
        psql: Result<PathBuf, String>,
    },
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Server::Throwaway { cluster, .. } => f
                .debug_struct("Throwaway")
                .field("dir", &cluster.dir())
                .finish(),
            Server::Existing { params, .. } => {
                f.debug_struct("Existing").field("params", params).finish()
            }
        }
    }
}

impl Scratch {
    /// A throwaway cluster of this process, found as [`migra_cluster::pg_bin_dir`] finds the
    /// server binaries. `globals`, when given, is SQL run once in the new cluster before anything
    /// else is loaded: what is cluster-wide, roles above all (`pg_dumpall --roles-only`).
    pub fn throwaway(globals: Option<PathBuf>) -> Scratch {
        Scratch::new(Kind::Throwaway { globals })
    }

    /// An existing server, reached as `url` says (its database is where scratch databases are
    /// created and dropped from); the role needs CREATEDB.
    pub fn existing(url: &str) -> Scratch {
        Scratch::new(Kind::Existing {
            url: url.to_string(),
        })
    }

    fn new(kind: Kind) -> Scratch {
        Scratch {
            kind,
            server: OnceLock::new(),
            started_in: OnceLock::new(),
            next: AtomicUsize::new(0),
        }
    }

    /// Starts the cluster or connects to the server now, if not yet done.
    pub fn start(&self) -> Result<(), SourceError> {
        self.server().map(|_| ())
    }

    /// How long starting the cluster (or connecting to the server) took, once it is done.
    pub fn started_in(&self) -> Option<Duration> {
        self.started_in.get().copied()
    }

    fn server(&self) -> Result<&Server, SourceError> {
        let server = self.server.get_or_init(|| {
            let began = Instant::now();
            let server = match &self.kind {
                Kind::Throwaway { globals } => start_throwaway(globals.as_deref()),
                Kind::Existing { url } => connect_existing(url),
            };
            let _ = self.started_in.set(began.elapsed());
            server
        });
        server.as_ref().map_err(Clone::clone)
    }

    /// A new, empty database named after `label` (`from`, `target`, ...), dropped again when the
    /// value is dropped (on a `--shadow` server) or with the cluster (a throwaway one).
    pub fn database(&self, label: &str) -> Result<ScratchDatabase<'_>, SourceError> {
        let server = self.server()?;
        let name = format!(
            "migra_scratch_{}_{}_{label}",
            std::process::id(),
            self.next.fetch_add(1, Ordering::Relaxed)
        );
        let create = format!("create database \"{name}\" template template0");
        let (params, interrupt) = match server {
            Server::Throwaway { cluster, .. } => {
                cluster
                    .execute("postgres", &create)
                    .map_err(|e| scratch_error(format!("creating database {name}: {e}")))?;
                let url = format!("{}&sslmode=disable", cluster.url(&name));
                let params = ConnectParams::resolve(&url, &ConnectEnv::new())?;
                (params, None)
            }
            Server::Existing {
                params,
                admin,
                server_version_num,
                ..
            } => {
                let mut admin = admin.lock().unwrap_or_else(|p| p.into_inner());
                admin.batch_execute(&create).map_err(|e| {
                    scratch_error(format!(
                        "--shadow server: creating database {name}: {}",
                        migra_cluster::postgres_error(&e)
                    ))
                })?;
                let drop = drop_statement(&name, *server_version_num);
                let admin_params = (**params).clone();
                let guard = on_interrupt(move || {
                    if let Ok(mut client) = admin_params.connect() {
                        let _ = client.batch_execute(&drop);
                    }
                });
                let mut params = (**params).clone();
                params.dbname = name.clone();
                (params, Some(guard))
            }
        };
        Ok(ScratchDatabase {
            server,
            name,
            params,
            _interrupt: interrupt,
            dropped: false,
        })
    }
}

fn start_throwaway(globals: Option<&Path>) -> Result<Server, SourceError> {
    let cluster = Cluster::builder().start().map_err(|e| match e {
        ClusterError::NoServerBinaries | ClusterError::MissingProgram { .. } => {
            SourceError::new(SourceErrorKind::NoServerBinaries, e.to_string())
        }
        e => scratch_error(format!("cannot start a throwaway PostgreSQL cluster: {e}")),
    })?;
    let stop = cluster.stop_handle();
    let interrupt = on_interrupt(move || stop.stop());
    let psql = migra_cluster::psql_path(cluster.bin_dir()).map_err(|e| e.to_string());
    if let Some(globals) = globals {
        let command = cluster.psql_command(psql_or_error(&psql)?, "postgres");
        run_psql(
            command,
            &[globals.to_path_buf()],
            "create it in the --globals file",
        )?;
    }
    Ok(Server::Throwaway {
        cluster,
        psql,
        _interrupt: interrupt,
    })
}

fn connect_existing(url: &str) -> Result<Server, SourceError> {
    let shadow = |e: SourceError| SourceError::new(e.kind(), format!("--shadow server: {e}"));
    let params =
        ConnectParams::resolve(url, &ConnectEnv::from_process()).map_err(|e| shadow(e.into()))?;
    let mut admin = params.connect().map_err(|e| shadow(e.into()))?;
    let row = admin
        .query_one(
            "select r.rolsuper or r.rolcreatedb, current_user::text, \
             current_setting('server_version_num')::int \
             from pg_catalog.pg_roles r where r.rolname = current_user",
            &[],
        )
        .map_err(|e| {
            scratch_error(format!(
                "--shadow server: {}",
                migra_cluster::postgres_error(&e)
            ))
        })?;
    let (can_create, role, version): (bool, String, i32) = (row.get(0), row.get(1), row.get(2));
    if !can_create {
        return Err(scratch_error(format!(
            "--shadow server: role \"{role}\" cannot create databases, which --shadow needs for \
             its scratch databases: ALTER ROLE \"{role}\" CREATEDB, or connect as a role that \
             has it, or leave out --shadow to use a throwaway cluster"
        )));
    }
    let bin_dir = migra_cluster::pg_bin_dir().unwrap_or_default();
    let psql = migra_cluster::psql_path(&bin_dir).map_err(|e| e.to_string());
    Ok(Server::Existing {
        params: Box::new(params),
        admin: Mutex::new(admin),
        server_version_num: u32::try_from(version).unwrap_or(0),
        psql,
    })
}

/// One scratch database; see [`Scratch::database`].
#[derive(Debug)]
pub struct ScratchDatabase<'a> {
    server: &'a Server,
    name: String,
    params: ConnectParams,
    _interrupt: Option<InterruptGuard>,
    dropped: bool,
}

impl ScratchDatabase<'_> {
    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Runs the `.sql` files in it, in order, through psql; the error names the file and line.
    pub fn load(&self, sql: &SqlFiles) -> Result<(), SourceError> {
        let (psql, hint) = match self.server {
            Server::Throwaway { cluster, psql, .. } => (
                cluster.psql_command(psql_or_error(psql)?, &self.name),
                "roles are cluster-wide: create them in a file given with --globals",
            ),
            Server::Existing { psql, .. } => (
                psql_for(psql_or_error(psql)?, &self.params),
                "roles are cluster-wide: create it on the --shadow server first",
            ),
        };
        run_psql(psql, &sql.files, hint).map_err(|e| {
            SourceError::new(
                e.kind(),
                format!("cannot load \"{}\": {e}", sql.origin.display()),
            )
        })
    }

    /// A new session in the database.
    pub fn connect(&self) -> Result<postgres::Client, SourceError> {
        Ok(self.params.connect()?)
    }

    /// Reads the database's catalog, as a database side is read.
    pub fn fetch(
        &self,
        filter: &SchemaFilter,
        timeouts: &Timeouts,
    ) -> Result<Catalog, SourceError> {
        let mut client = self.connect()?;
        let catalog = fetch_catalog_with(&mut client, filter, timeouts)?;
        let _ = client.close();
        Ok(catalog)
    }

    /// Drops the database now (on a `--shadow` server; a throwaway cluster's go with it), with
    /// the error when it cannot be. Dropping the value does the same, ignoring errors.
    pub fn close(mut self) -> Result<(), SourceError> {
        self.dropped = true;
        self.drop_database()
    }

    fn drop_database(&self) -> Result<(), SourceError> {
        let Server::Existing {
            admin,
            server_version_num,
            ..
        } = self.server
        else {
            return Ok(());
        };
        let mut admin = admin.lock().unwrap_or_else(|p| p.into_inner());
        admin
            .batch_execute(&drop_statement(&self.name, *server_version_num))
            .map_err(|e| {
                scratch_error(format!(
                    "--shadow server: dropping scratch database {}: {}",
                    self.name,
                    migra_cluster::postgres_error(&e)
                ))
            })
    }
}

impl Drop for ScratchDatabase<'_> {
    fn drop(&mut self) {
        if !self.dropped {
            let _ = self.drop_database();
        }
    }
}

/// `drop database`, with `force` (PostgreSQL 13 and later) so that a session left behind by an
/// interrupted load or fetch cannot keep it.
fn drop_statement(name: &str, server_version_num: u32) -> String {
    let force = if server_version_num >= 130000 {
        " with (force)"
    } else {
        ""
    };
    format!("drop database if exists \"{name}\"{force}")
}

fn psql_or_error(psql: &Result<PathBuf, String>) -> Result<&Path, SourceError> {
    psql.as_deref()
        .map_err(|e| SourceError::new(SourceErrorKind::NoServerBinaries, e.clone()))
}

fn scratch_error(message: String) -> SourceError {
    SourceError::new(SourceErrorKind::Scratch, message)
}

/// psql connected as `params` say: a libpq `key=value` string on the command line, the password
/// (never on the command line, where `ps` shows it) in `PGPASSWORD`, and no other `PG*` variable.
fn psql_for(psql: &Path, params: &ConnectParams) -> Command {
    let mut command = Command::new(psql);
    migra_cluster::clear_pg_env(&mut command);
    command.arg("-d").arg(libpq_conninfo(params));
    let password = params
        .password
        .as_ref()
        .or_else(|| params.targets.iter().find_map(|t| t.password.as_ref()));
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    command.env("PGCLIENTENCODING", "UTF8").stdin(Stdio::null());
    command
}

/// `params` as libpq's `key=value` string, without the password.
fn libpq_conninfo(params: &ConnectParams) -> String {
    let quote = |v: &str| format!("'{}'", v.replace('\\', "\\\\").replace('\'', "\\'"));
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let hosts: Vec<String> = params
        .targets
        .iter()
        .map(|t| match &t.host {
            Host::Tcp(name) => name.clone(),
            Host::Socket(dir) => dir.display().to_string(),
        })
        .collect();
    pairs.push(("host", hosts.join(",")));
    if params.targets.iter().any(|t| t.hostaddr.is_some()) {
        let addrs: Vec<String> = params
            .targets
            .iter()
            .map(|t| t.hostaddr.map(|a| a.to_string()).unwrap_or_default())
            .collect();
        pairs.push(("hostaddr", addrs.join(",")));
    }
    let ports: Vec<String> = params.targets.iter().map(|t| t.port.to_string()).collect();
    pairs.push(("port", ports.join(",")));
    pairs.push(("user", params.user.clone()));
    pairs.push(("dbname", params.dbname.clone()));
    pairs.push(("sslmode", params.sslmode.as_str().to_string()));
    if let Some(passfile) = &params.passfile {
        pairs.push(("passfile", passfile.display().to_string()));
    }
    match &params.sslrootcert {
        Some(RootCert::File(file)) => pairs.push(("sslrootcert", file.display().to_string())),
        Some(RootCert::System) => pairs.push(("sslrootcert", "system".to_string())),
        None => {}
    }
    if let Some(cert) = &params.client_cert {
        pairs.push(("sslcert", cert.cert.display().to_string()));
        pairs.push(("sslkey", cert.key.display().to_string()));
    }
    if params.direct_tls {
        pairs.push(("sslnegotiation", "direct".to_string()));
    }
    if let Some(name) = &params.application_name {
        pairs.push(("application_name", name.clone()));
    }
    if let Some(options) = &params.options {
        pairs.push(("options", options.clone()));
    }
    if let Some(timeout) = params.connect_timeout {
        pairs.push(("connect_timeout", timeout.as_secs().max(1).to_string()));
    }
    if params.target_session_attrs == postgres::config::TargetSessionAttrs::ReadWrite {
        pairs.push(("target_session_attrs", "read-write".to_string()));
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", quote(v)))
        .collect::<Vec<_>>()
        .join(" ")
}
