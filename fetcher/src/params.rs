//! From a connection string to everything needed to connect, as libpq decides it: a keyword in
//! the connection string wins, then its `PG*` environment variable (even when set to an empty
//! string), then libpq's default. The environment comes in as a [`ConnectEnv`] value so tests
//! never depend on the real one.

use crate::conninfo;
use crate::error::{ConnectError, ConnectErrorKind};
use crate::pgpass::{self, DEFAULT_SOCKET_DIRS};
use crate::tls::{ClientCert, RootCert, SslMode};
use std::collections::BTreeMap;
use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

/// The connection keywords honoured here, each with the environment variable it falls back to.
const KEYWORDS: &[(&str, Option<&str>)] = &[
    ("host", Some("PGHOST")),
    ("hostaddr", Some("PGHOSTADDR")),
    ("port", Some("PGPORT")),
    ("dbname", Some("PGDATABASE")),
    ("user", Some("PGUSER")),
    ("password", Some("PGPASSWORD")),
    ("passfile", Some("PGPASSFILE")),
    ("sslmode", Some("PGSSLMODE")),
    ("sslrootcert", Some("PGSSLROOTCERT")),
    ("sslcert", Some("PGSSLCERT")),
    ("sslkey", Some("PGSSLKEY")),
    ("sslnegotiation", Some("PGSSLNEGOTIATION")),
    ("application_name", Some("PGAPPNAME")),
    ("fallback_application_name", None),
    ("connect_timeout", Some("PGCONNECT_TIMEOUT")),
    ("options", Some("PGOPTIONS")),
    ("target_session_attrs", Some("PGTARGETSESSIONATTRS")),
    ("channel_binding", Some("PGCHANNELBINDING")),
    ("client_encoding", Some("PGCLIENTENCODING")),
];

/// libpq keywords accepted and ignored: they tune GSSAPI, Kerberos, TCP keepalives, certificate
/// revocation and the like, none of which changes what a short read-only session sees.
const IGNORED: &[&str] = &[
    "gssencmode",
    "gsslib",
    "gssdelegation",
    "krbsrvname",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "sslcompression",
    "sslsni",
    "sslpassword",
    "sslcrl",
    "sslcrldir",
    "sslcertmode",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "requirepeer",
    "load_balance_hosts",
];

/// libpq keywords this client cannot honour; naming one is an error rather than a surprise.
const UNSUPPORTED: &[(&str, &str)] = &[
    ("service", "connection service files (pg_service.conf) are not supported: give the parameters directly"),
    ("replication", "replication connections are not supported: remove the replication parameter"),
    ("require_auth", "require_auth is not supported: remove it"),
];

/// Whether `key` is a libpq keyword: one honoured, ignored or refused here.
pub(crate) fn is_keyword(key: &str) -> bool {
    KEYWORDS.iter().any(|(k, _)| *k == key)
        || IGNORED.contains(&key)
        || UNSUPPORTED.iter().any(|(k, _)| *k == key)
}

/// The environment a connection falls back on: the `PG*` variables, `HOME` (for `~/.pgpass` and
/// `~/.postgresql/`) and the operating system's user name.
#[derive(Clone, Default)]
pub struct ConnectEnv {
    vars: BTreeMap<String, String>,
    os_user: Option<String>,
}

impl ConnectEnv {
    /// An environment with no variables and no OS user.
    pub fn new() -> ConnectEnv {
        ConnectEnv::default()
    }

    /// The process's environment and user, read now.
    pub fn from_process() -> ConnectEnv {
        let mut env = ConnectEnv::new();
        let names = KEYWORDS
            .iter()
            .filter_map(|(_, var)| *var)
            .chain(["HOME", "USER"]);
        for name in names {
            if let Ok(value) = std::env::var(name) {
                env.vars.insert(name.to_string(), value);
            }
        }
        // libpq asks the password database (getpwuid); USER is only a last resort.
        env.os_user = whoami::username()
            .ok()
            .or_else(|| env.vars.get("USER").cloned());
        env
    }

    /// Sets a variable.
    pub fn var(mut self, name: &str, value: &str) -> ConnectEnv {
        self.vars.insert(name.to_string(), value.to_string());
        self
    }

    /// Sets the operating system's user name.
    pub fn os_user(mut self, name: &str) -> ConnectEnv {
        self.os_user = Some(name.to_string());
        self
    }

    /// A variable's value, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(String::as_str)
    }

    fn home_file(&self, relative: &str) -> Option<PathBuf> {
        let home = self.get("HOME").filter(|h| !h.is_empty())?;
        Some(PathBuf::from(home).join(relative))
    }
}

impl fmt::Debug for ConnectEnv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let vars: BTreeMap<&str, &str> = self
            .vars
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str(),
                    if k == "PGPASSWORD" { "***" } else { v.as_str() },
                )
            })
            .collect();
        f.debug_struct("ConnectEnv")
            .field("vars", &vars)
            .field("os_user", &self.os_user)
            .finish()
    }
}

/// Where a server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// A host name or IP address, for TCP.
    Tcp(String),
    /// A directory holding the Unix socket `.s.PGSQL.<port>`.
    Socket(PathBuf),
}

/// One place to try, in order; the first that answers is used.
#[derive(Clone, PartialEq, Eq)]
pub struct Target {
    /// Where to connect.
    pub host: Host,
    /// An IP address to connect to instead of looking `host` up (libpq's `hostaddr`).
    pub hostaddr: Option<IpAddr>,
    /// The port, also the socket's number.
    pub port: u16,
    /// The password for this target: the one given, or the password file's match.
    pub password: Option<String>,
}

impl Target {
    /// The target for messages: `"db.example.com", port 5432` or `socket "/tmp/.s.PGSQL.5432"`.
    pub fn describe(&self) -> String {
        match (&self.host, self.hostaddr) {
            (Host::Socket(dir), _) => {
                format!(
                    "socket \"{}\"",
                    dir.join(format!(".s.PGSQL.{}", self.port)).display()
                )
            }
            (Host::Tcp(host), Some(addr)) if *host != addr.to_string() => {
                format!("\"{host}\" ({addr}), port {}", self.port)
            }
            (Host::Tcp(host), _) => format!("\"{host}\", port {}", self.port),
        }
    }
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Target")
            .field("host", &self.host)
            .field("hostaddr", &self.hostaddr)
            .field("port", &self.port)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .finish()
    }
}

/// Everything needed to connect, after fallbacks and defaults.
#[derive(Clone, PartialEq, Eq)]
pub struct ConnectParams {
    /// The places to try, in order.
    pub targets: Vec<Target>,
    /// The user to log in as.
    pub user: String,
    /// The database.
    pub dbname: String,
    /// The password given in the connection string or `PGPASSWORD` (targets may also have one
    /// from the password file).
    pub password: Option<String>,
    /// The password file consulted when no password was given.
    pub passfile: Option<PathBuf>,
    /// libpq's sslmode.
    pub sslmode: SslMode,
    /// Trusted roots: given, or the default `~/.postgresql/root.crt` (which may not exist).
    pub sslrootcert: Option<RootCert>,
    /// A client certificate to present, when its file exists.
    pub client_cert: Option<ClientCert>,
    /// `sslnegotiation=direct`: TLS from the first byte (PostgreSQL 17 and later).
    pub direct_tls: bool,
    /// Shown in `pg_stat_activity`.
    pub application_name: Option<String>,
    /// Command-line options for the server (`-c name=value ...`).
    pub options: Option<String>,
    /// How long to wait for each target.
    pub connect_timeout: Option<Duration>,
    /// Which kind of server is acceptable.
    pub target_session_attrs: postgres::config::TargetSessionAttrs,
    /// Whether SCRAM channel binding is used.
    pub channel_binding: postgres::config::ChannelBinding,
}

impl fmt::Debug for ConnectParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConnectParams")
            .field("targets", &self.targets)
            .field("user", &self.user)
            .field("dbname", &self.dbname)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("passfile", &self.passfile)
            .field("sslmode", &self.sslmode)
            .field("sslrootcert", &self.sslrootcert)
            .field("client_cert", &self.client_cert)
            .field("direct_tls", &self.direct_tls)
            .field("application_name", &self.application_name)
            .field("options", &self.options)
            .field("connect_timeout", &self.connect_timeout)
            .field("target_session_attrs", &self.target_session_attrs)
            .field("channel_binding", &self.channel_binding)
            .finish()
    }
}

fn invalid(message: impl Into<String>) -> ConnectError {
    ConnectError::new(ConnectErrorKind::InvalidParameter, message)
}

/// A keyword's value and where it came from, for messages.
struct Setting {
    value: String,
    origin: String,
}

impl ConnectParams {
    /// Reads `conninfo` (a URL or `key=value` string) and fills in what it leaves out from `env`
    /// and libpq's defaults. Consults the password file when no password is given.
    pub fn resolve(conninfo: &str, env: &ConnectEnv) -> Result<ConnectParams, ConnectError> {
        let pairs = conninfo::parse(conninfo)?;
        // Every one given: the last is the one used, and any may be repeated in another value.
        let passwords_given: Vec<String> = pairs
            .iter()
            .filter(|(k, _)| k == "password")
            .map(|(_, v)| v.clone())
            .collect();
        resolve_pairs(pairs, env).map_err(|e| {
            passwords_given
                .iter()
                .fold(e, |e, password| e.scrub(Some(password)))
        })
    }
}

fn resolve_pairs(pairs: conninfo::Pairs, env: &ConnectEnv) -> Result<ConnectParams, ConnectError> {
    let mut given: BTreeMap<String, String> = BTreeMap::new();
    for (key, value) in pairs {
        if let Some((_, why)) = UNSUPPORTED.iter().find(|(k, _)| *k == key) {
            return Err(invalid(*why));
        }
        if !KEYWORDS.iter().any(|(k, _)| *k == key) && !IGNORED.contains(&key.as_str()) {
            return Err(invalid(format!(
                "unknown connection parameter \"{key}\": check its spelling against libpq's parameter keywords, or remove it"
            )));
        }
        given.insert(key, value);
    }
    let setting = |key: &str| -> Option<Setting> {
        if let Some(value) = given.get(key) {
            return Some(Setting {
                value: value.clone(),
                origin: format!("{key}="),
            });
        }
        let (_, var) = KEYWORDS.iter().find(|(k, _)| *k == key)?;
        let var = (*var)?;
        env.get(var).map(|value| Setting {
            value: value.to_string(),
            origin: var.to_string(),
        })
    };
    let value = |key: &str| setting(key).map(|s| s.value).filter(|v| !v.is_empty());

    let user = match value("user").or_else(|| env.os_user.clone()) {
        Some(user) => user,
        None => {
            return Err(ConnectError::new(
                ConnectErrorKind::NoUser,
                "cannot tell which user to connect as: give one in the URL (postgresql://user@host/db) or set PGUSER",
            ))
        }
    };
    let dbname = value("dbname").unwrap_or_else(|| user.clone());
    let password = value("password");
    let passfile = value("passfile")
        .map(PathBuf::from)
        .or_else(|| env.home_file(".pgpass"));

    let sslrootcert = match value("sslrootcert") {
        Some(s) if s == "system" => Some(RootCert::System),
        Some(path) => Some(RootCert::File(path.into())),
        None => env.home_file(".postgresql/root.crt").map(RootCert::File),
    };
    let sslmode = match setting("sslmode").filter(|s| !s.value.is_empty()) {
        Some(s) => SslMode::parse(&s.value)?,
        None if sslrootcert == Some(RootCert::System) => SslMode::VerifyFull,
        None => SslMode::Prefer,
    };
    let cert = value("sslcert")
        .map(PathBuf::from)
        .or_else(|| env.home_file(".postgresql/postgresql.crt"));
    let key = value("sslkey")
        .map(PathBuf::from)
        .or_else(|| env.home_file(".postgresql/postgresql.key"));
    // libpq presents a client certificate only when its file exists.
    let client_cert = match (cert, key) {
        (Some(cert), Some(key)) if cert.exists() => Some(ClientCert { cert, key }),
        _ => None,
    };
    let direct_tls = match value("sslnegotiation").as_deref() {
        None | Some("postgres") => false,
        Some("direct") => true,
        Some(other) => {
            return Err(invalid(format!(
                "unknown sslnegotiation \"{other}\": use postgres or direct"
            )))
        }
    };
    let connect_timeout = match setting("connect_timeout").filter(|s| !s.value.is_empty()) {
        None => None,
        Some(s) => match s.value.trim().parse::<i64>() {
            // As libpq: zero or less waits forever; one second is raised to two.
            Ok(secs) if secs <= 0 => None,
            Ok(secs) => Some(Duration::from_secs(secs.max(2) as u64)),
            Err(_) => {
                return Err(invalid(format!(
                    "invalid connect_timeout \"{}\" ({}): give a whole number of seconds",
                    s.value, s.origin
                )))
            }
        },
    };
    let target_session_attrs = match value("target_session_attrs").as_deref() {
        None | Some("any") => postgres::config::TargetSessionAttrs::Any,
        Some("read-write") => postgres::config::TargetSessionAttrs::ReadWrite,
        Some("read-only") => postgres::config::TargetSessionAttrs::ReadOnly,
        Some(other) => {
            let message = format!(
                "target_session_attrs \"{other}\" is not supported: use any, read-write or read-only"
            );
            return Err(invalid(message));
        }
    };
    let channel_binding = match value("channel_binding").as_deref() {
        None | Some("prefer") => postgres::config::ChannelBinding::Prefer,
        Some("disable") => postgres::config::ChannelBinding::Disable,
        Some("require") => postgres::config::ChannelBinding::Require,
        Some(other) => {
            return Err(invalid(format!(
                "unknown channel_binding \"{other}\": use disable, prefer or require"
            )))
        }
    };
    if let Some(encoding) = value("client_encoding") {
        let utf8 = ["utf8", "utf-8", "unicode", "auto"]
            .iter()
            .any(|e| encoding.eq_ignore_ascii_case(e));
        if !utf8 {
            return Err(invalid(format!(
                "client_encoding \"{encoding}\" is not supported: migra-rs always reads UTF8; remove it"
            )));
        }
    }

    let mut targets = targets(setting("host"), setting("hostaddr"), setting("port"))?;
    for target in &mut targets {
        target.password = password.clone().or_else(|| {
            let file = passfile.as_ref()?;
            let host = match (&target.host, target.hostaddr) {
                (Host::Socket(dir), _) => dir.to_string_lossy().into_owned(),
                (Host::Tcp(host), _) => host.clone(),
            };
            pgpass::lookup(file, &host, target.port, &dbname, &user)
        });
    }
    Ok(ConnectParams {
        targets,
        user,
        dbname,
        password,
        passfile,
        sslmode,
        sslrootcert,
        client_cert,
        direct_tls,
        application_name: value("application_name").or_else(|| value("fallback_application_name")),
        options: value("options"),
        connect_timeout,
        target_session_attrs,
        channel_binding,
    })
}

/// libpq's host, hostaddr and port lists, paired up. An empty host means the default socket
/// directories, tried in turn.
fn targets(
    host: Option<Setting>,
    hostaddr: Option<Setting>,
    port: Option<Setting>,
) -> Result<Vec<Target>, ConnectError> {
    let split = |s: &Option<Setting>| -> Vec<String> {
        match s {
            Some(s) if !s.value.is_empty() => {
                s.value.split(',').map(|v| v.trim().to_string()).collect()
            }
            _ => vec![],
        }
    };
    let hosts = split(&host);
    let addrs = split(&hostaddr)
        .into_iter()
        .map(|a| match a.as_str() {
            "" => Ok(None),
            text => text.parse::<IpAddr>().map(Some).map_err(|_| {
                invalid(format!(
                    "invalid hostaddr \"{a}\" ({}): hostaddr takes IP addresses; use host for names",
                    hostaddr.as_ref().map_or("", |s| s.origin.as_str())
                ))
            }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let count = hosts.len().max(addrs.len()).max(1);
    if !hosts.is_empty() && !addrs.is_empty() && hosts.len() != addrs.len() {
        return Err(invalid(format!(
            "{} hosts but {} hostaddrs: give one hostaddr per host",
            hosts.len(),
            addrs.len()
        )));
    }
    let port_origin = port.as_ref().map_or(String::new(), |s| s.origin.clone());
    let ports = split(&port)
        .into_iter()
        .map(|p| match p.as_str() {
            "" => Ok(5432),
            text => text.parse::<u16>().ok().filter(|p| *p != 0).ok_or_else(|| {
                invalid(format!(
                    "invalid port \"{text}\" ({port_origin}): give a number from 1 to 65535"
                ))
            }),
        })
        .collect::<Result<Vec<u16>, _>>()?;
    if ports.len() > 1 && ports.len() != count {
        return Err(invalid(format!(
            "{} ports for {count} hosts: give one port, or one per host",
            ports.len()
        )));
    }
    let mut targets = Vec::new();
    for i in 0..count {
        let port = ports.get(i).or(ports.first()).copied().unwrap_or(5432);
        let addr = addrs.get(i).copied().flatten();
        let host = hosts.get(i).map(String::as_str).unwrap_or("");
        let target = |host| Target {
            host,
            hostaddr: addr,
            port,
            password: None,
        };
        match (host, addr) {
            ("", Some(addr)) => targets.push(target(Host::Tcp(addr.to_string()))),
            ("", None) => {
                for dir in DEFAULT_SOCKET_DIRS {
                    targets.push(target(Host::Socket(dir.into())));
                }
            }
            (dir, _) if dir.starts_with('/') => targets.push(target(Host::Socket(dir.into()))),
            (name, _) => targets.push(target(Host::Tcp(name.to_string()))),
        }
    }
    Ok(targets)
}

#[cfg(test)]
#[path = "params_tests.rs"]
mod tests;
