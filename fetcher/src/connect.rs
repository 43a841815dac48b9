//! Opening the connection: one attempt per target until one answers, and every failure turned
//! into a [`ConnectError`] whose message says what failed and what to do. tokio-postgres keeps
//! its error kinds private, so they are told apart by the error's source (an I/O error, a server
//! error, a TLS error) and, where that is not enough, by the kind's fixed text. Messages are built
//! from the target, the user and the server's own words, never from a configuration's `Display`,
//! and the password is scrubbed from them once more.

use crate::error::{ConnectError, ConnectErrorKind};
use crate::params::{ConnectEnv, ConnectParams, Host, Target};
use crate::tls::{self, lower, RootCert, SslMode, Verification};
use postgres::error::SqlState;
use std::error::Error as _;

/// Connects to the database `conninfo` names (a `postgresql://` URL, a SQLAlchemy-style
/// `postgresql+driver://` URL or a libpq `key=value` string), with the process's `PG*`
/// environment variables, password file and OS user as fallbacks, as libpq would.
pub fn connect(conninfo: &str) -> Result<postgres::Client, ConnectError> {
    connect_with_env(conninfo, &ConnectEnv::from_process())
}

/// [`connect`] with the fallbacks taken from `env` instead of the process.
pub fn connect_with_env(
    conninfo: &str,
    env: &ConnectEnv,
) -> Result<postgres::Client, ConnectError> {
    ConnectParams::resolve(conninfo, env)?.connect()
}

impl ConnectParams {
    /// Tries each target in turn and returns the first session that opens. A target that does not
    /// answer is skipped; any other failure (authentication, a missing database, TLS) stops here.
    pub fn connect(&self) -> Result<postgres::Client, ConnectError> {
        let passwords: Vec<&str> = self
            .password
            .iter()
            .chain(self.targets.iter().filter_map(|t| t.password.as_ref()))
            .map(String::as_str)
            .collect();
        let scrub = |e: ConnectError| passwords.iter().fold(e, |e, p| e.scrub(Some(p)));
        let uses_tls = self.sslmode != SslMode::Disable
            && self.targets.iter().any(|t| matches!(t.host, Host::Tcp(_)));
        let connector = if uses_tls {
            let verification =
                tls::verification(self.sslmode, self.sslrootcert.as_ref()).map_err(scrub)?;
            tls::connector(&verification, self.client_cert.as_ref(), self.direct_tls)
        } else {
            tls::connector(&Verification::None, None, false)
        }
        .map_err(scrub)?;
        let mut unreachable = Vec::new();
        // With allow and prefer, libpq tries again without TLS when the TLS attempt fails.
        let plain_fallback = matches!(self.sslmode, SslMode::Allow | SslMode::Prefer);
        for target in &self.targets {
            let mut result = self.attempt(target, &connector, false);
            if let Err(Attempt::Failed(e)) = &result {
                let tls_failed = match self.classify(target, e) {
                    Failure::Fatal(f) => f.kind() == ConnectErrorKind::Tls,
                    Failure::Unreachable(_) => false,
                };
                if tls_failed && plain_fallback {
                    result = self.attempt(target, &connector, true);
                }
            }
            match result {
                Ok(client) => return Ok(client),
                Err(Attempt::TimedOut) => unreachable.push((target, self.timed_out())),
                Err(Attempt::Failed(e)) => match self.classify(target, &e) {
                    Failure::Unreachable(reason) => unreachable.push((target, reason)),
                    Failure::Fatal(e) => return Err(scrub(e)),
                },
            }
        }
        Err(scrub(cannot_connect(&unreachable)))
    }

    /// One connection attempt. With a `connect_timeout` the whole attempt is bounded, as in
    /// libpq; tokio-postgres bounds only the TCP connect, so a server that accepts and then says
    /// nothing would hang forever. The attempt then runs on a thread of its own, which is left to
    /// finish (or not) by itself when the time is up.
    fn attempt(
        &self,
        target: &Target,
        connector: &postgres_native_tls::MakeTlsConnector,
        plain: bool,
    ) -> Result<postgres::Client, Attempt> {
        let config = self.config(target, plain);
        let Some(timeout) = self.connect_timeout else {
            return config.connect(connector.clone()).map_err(Attempt::Failed);
        };
        let (send, receive) = std::sync::mpsc::channel();
        let connector = connector.clone();
        std::thread::Builder::new()
            .name("migra-fetch-connect".into())
            .spawn(move || {
                let _ = send.send(config.connect(connector));
            })
            .map_err(|_| Attempt::TimedOut)?;
        match receive.recv_timeout(timeout) {
            Ok(result) => result.map_err(Attempt::Failed),
            Err(_) => Err(Attempt::TimedOut),
        }
    }

    /// The configuration for one attempt at `target`; `plain` turns TLS off.
    fn config(&self, target: &Target, plain: bool) -> postgres::Config {
        let mut config = postgres::Config::new();
        match &target.host {
            Host::Tcp(name) => config.host(name),
            Host::Socket(dir) => config.host_path(dir),
        };
        if let Some(addr) = target.hostaddr {
            config.hostaddr(addr);
        }
        config
            .port(target.port)
            .user(&self.user)
            .dbname(&self.dbname);
        if let Some(password) = &target.password {
            config.password(password);
        }
        if let Some(name) = &self.application_name {
            config.application_name(name);
        }
        if let Some(options) = &self.options {
            config.options(options);
        }
        if let Some(timeout) = self.connect_timeout {
            config.connect_timeout(timeout);
        }
        config.target_session_attrs(self.target_session_attrs);
        config.channel_binding(self.channel_binding);
        if self.direct_tls {
            config.ssl_negotiation(postgres::config::SslNegotiation::Direct);
        }
        // PostgreSQL has no TLS on Unix sockets; libpq does not ask for it there.
        config.ssl_mode(match target.host {
            Host::Socket(_) => postgres::config::SslMode::Disable,
            Host::Tcp(_) if plain => postgres::config::SslMode::Disable,
            Host::Tcp(_) => self.sslmode.wire(),
        });
        config
    }

    fn classify(&self, target: &Target, error: &postgres::Error) -> Failure {
        let at = target.describe();
        let user = &self.user;
        if let Some(db) = error.as_db_error() {
            let said = lower(db.message());
            let code = db.code();
            if *code == SqlState::INVALID_PASSWORD
                || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            {
                return fatal(
                    ConnectErrorKind::AuthenticationFailed,
                    format!(
                        "authentication failed for user \"{user}\" at {at}: {said}; check the user name \
                         and password (URL, PGPASSWORD or the password file) and the server's pg_hba.conf"
                    ),
                );
            }
            if *code == SqlState::INVALID_CATALOG_NAME {
                return fatal(
                    ConnectErrorKind::DatabaseDoesNotExist,
                    format!(
                        "database \"{}\" does not exist at {at}: create it, or name another database \
                         in the URL (postgresql://host/dbname) or PGDATABASE",
                        self.dbname
                    ),
                );
            }
            return fatal(
                ConnectErrorKind::Rejected,
                format!("the server at {at} refused the connection: {said}"),
            );
        }
        let kind = error.to_string();
        let source = error.source();
        if let Some(io) = source.and_then(|s| s.downcast_ref::<std::io::Error>()) {
            return Failure::Unreachable(describe_io(io));
        }
        let cause = source.map(|s| lower(&s.to_string())).unwrap_or_default();
        match kind.as_str() {
            "timeout waiting for server" => Failure::Unreachable(self.timed_out()),
            "error performing TLS handshake" if cause == "server does not support TLS" => fatal(
                ConnectErrorKind::Tls,
                format!(
                    "the server at {at} does not support TLS, which sslmode={} requires: turn ssl on \
                     in the server, or use sslmode=prefer or sslmode=disable",
                    self.sslmode
                ),
            ),
            "error performing TLS handshake" => {
                fatal(ConnectErrorKind::Tls, self.tls_failure(target, &cause))
            }
            "invalid configuration" if cause == "password missing" => {
                let file = match &self.passfile {
                    Some(path) => match crate::pgpass::ignored_because(path) {
                        Some(why) => format!("\"{}\" (now ignored: {why})", path.display()),
                        None => format!("\"{}\"", path.display()),
                    },
                    None => "~/.pgpass".to_string(),
                };
                fatal(
                    ConnectErrorKind::AuthenticationFailed,
                    format!(
                        "the server at {at} asks for a password for user \"{user}\" and none was given: \
                         put it in the URL (postgresql://user:password@host/db), set PGPASSWORD, or add \
                         it to {file}"
                    ),
                )
            }
            "authentication error" => fatal(
                ConnectErrorKind::AuthenticationFailed,
                format!("authentication failed for user \"{user}\" at {at}: {cause}"),
            ),
            _ if cause.is_empty() => fatal(ConnectErrorKind::Rejected, format!("cannot connect to {at}: {kind}")),
            _ => fatal(ConnectErrorKind::Rejected, format!("cannot connect to {at}: {kind}: {cause}")),
        }
    }
}

impl ConnectParams {
    /// A failed handshake in words; certificate rejections say which check failed and how to
    /// satisfy it, instead of OpenSSL's error stack.
    fn tls_failure(&self, target: &Target, cause: &str) -> String {
        let at = target.describe();
        let mode = self.sslmode;
        let Some(reason) = certificate_rejection(cause) else {
            return format!(
                "TLS handshake with {at} failed (sslmode={mode}): {cause}; check sslmode and sslrootcert"
            );
        };
        if reason.contains("hostname mismatch") {
            let name = match &target.host {
                Host::Tcp(name) => name.as_str(),
                Host::Socket(_) => "",
            };
            return format!(
                "the certificate of the server at {at} does not name \"{name}\" (sslmode={mode}): \
                 connect with a host name the certificate lists, or use sslmode=verify-ca"
            );
        }
        let roots = match &self.sslrootcert {
            Some(RootCert::File(path)) => {
                format!("the root certificate file \"{}\"", path.display())
            }
            Some(RootCert::System) => "the system's trusted roots".to_string(),
            None => "the trusted roots".to_string(),
        };
        let note = match mode {
            SslMode::VerifyCa | SslMode::VerifyFull => String::new(),
            _ => format!(
                "; with a root certificate file present, sslmode={mode} checks the chain as verify-ca does"
            ),
        };
        format!(
            "the certificate of the server at {at} is not signed by {roots} ({reason}, sslmode={mode}): \
             give the certificate of the CA that signed it with sslrootcert=FILE{note}"
        )
    }
}

/// OpenSSL's reason for rejecting a certificate, from its error text
/// (`error:...:certificate verify failed:...: (hostname mismatch)`).
fn certificate_rejection(cause: &str) -> Option<&str> {
    if !cause.contains("certificate verify failed") {
        return None;
    }
    let reason = cause.trim_end().strip_suffix(')')?.rsplit_once('(')?.1;
    Some(reason)
}

impl ConnectParams {
    fn timed_out(&self) -> String {
        match self.connect_timeout {
            Some(t) => format!("no answer within connect_timeout={}", t.as_secs()),
            None => "timed out".into(),
        }
    }
}

enum Attempt {
    /// The time given by `connect_timeout` ran out.
    TimedOut,
    Failed(postgres::Error),
}

enum Failure {
    /// Nobody answered there; the next target may do better.
    Unreachable(String),
    /// An answer that settles it.
    Fatal(ConnectError),
}

fn fatal(kind: ConnectErrorKind, message: String) -> Failure {
    Failure::Fatal(ConnectError::new(kind, message))
}

fn cannot_connect(unreachable: &[(&Target, String)]) -> ConnectError {
    let message = match unreachable {
        [] => "cannot connect: no host to connect to".to_string(),
        [(target, reason)] => {
            let check = match target.host {
                Host::Tcp(_) if reason.starts_with(UNRESOLVED) => "check the host name",
                Host::Tcp(_) => {
                    "check that the server is running there and accepts TCP/IP connections"
                }
                Host::Socket(_) => {
                    "check that the server is running locally and listens on that socket"
                }
            };
            let at = match target.host {
                Host::Tcp(_) => format!("at {}", target.describe()),
                Host::Socket(_) => format!("on {}", target.describe()),
            };
            format!("cannot connect to the server {at}: {reason}; {check}")
        }
        many => {
            let tried: Vec<String> = many
                .iter()
                .map(|(t, reason)| format!("{}: {reason}", t.describe()))
                .collect();
            format!(
                "cannot connect to the server: {}; check that it is running and that the host and port \
                 (URL, PGHOST, PGPORT) are right",
                tried.join("; ")
            )
        }
    };
    ConnectError::new(ConnectErrorKind::CannotConnect, message)
}

const UNRESOLVED: &str = "cannot resolve the host name";

/// An I/O error in words, without the `(os error N)` suffix and in lowercase.
pub(crate) fn describe_io(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::ConnectionRefused => "connection refused".into(),
        ErrorKind::NotFound => "no such file or directory".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::TimedOut => "timed out".into(),
        // tokio-util's codec, when the peer hangs up in the middle of a message.
        _ if error.to_string() == "bytes remaining on stream" => {
            "the connection was closed in the middle of a message".into()
        }
        ErrorKind::ConnectionReset => "connection reset by the server".into(),
        ErrorKind::UnexpectedEof => "the server closed the connection unexpectedly".into(),
        _ => {
            let text = error.to_string();
            let text = match text.rfind(" (os error ") {
                Some(i) if text.ends_with(')') => text[..i].to_string(),
                _ => text,
            };
            match text.strip_prefix("failed to lookup address information: ") {
                Some(why) => format!("{UNRESOLVED}: {}", lower(why)),
                None => lower(&text),
            }
        }
    }
}

#[cfg(test)]
#[path = "connect_tests.rs"]
mod tests;
