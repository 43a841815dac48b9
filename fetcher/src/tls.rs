//! libpq's six `sslmode`s on top of native-tls. tokio-postgres knows only whether to ask for TLS
//! (disable, prefer, require); how much of the server's certificate to check is decided here, in
//! the native-tls connector:
//!
//! | sslmode              | asks for TLS | checks                                              |
//! |----------------------|--------------|-----------------------------------------------------|
//! | disable              | never        | -                                                   |
//! | allow, prefer        | if offered   | nothing, or the chain when a root certificate file exists |
//! | require              | always       | nothing, or the chain when a root certificate file exists |
//! | verify-ca            | always       | the chain against the root certificate file         |
//! | verify-full          | always       | the chain and that the certificate names the host   |
//!
//! `allow` (plain first, TLS if refused) is served as `prefer` (TLS first, plain if refused): both
//! accept either outcome. Connections over Unix sockets never use TLS, as with libpq.

use crate::error::{ConnectError, ConnectErrorKind};
use std::path::{Path, PathBuf};

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SslMode {
    /// Plain connections only.
    Disable,
    /// TLS if the server insists (served as `Prefer`).
    Allow,
    /// TLS if the server offers it, without checking its certificate. libpq's default.
    Prefer,
    /// TLS always, without checking the certificate (unless a root certificate file exists).
    Require,
    /// TLS always, the certificate chain checked against the root certificate file.
    VerifyCa,
    /// TLS always, the chain checked and the host name matched against the certificate.
    VerifyFull,
}

impl SslMode {
    /// All modes, in libpq's order from weakest to strongest.
    pub const ALL: [SslMode; 6] = [
        SslMode::Disable,
        SslMode::Allow,
        SslMode::Prefer,
        SslMode::Require,
        SslMode::VerifyCa,
        SslMode::VerifyFull,
    ];

    /// Reads libpq's spelling (`verify-full`, ...).
    pub fn parse(text: &str) -> Result<SslMode, ConnectError> {
        SslMode::ALL.into_iter().find(|m| m.as_str() == text).ok_or_else(|| {
            ConnectError::new(
                ConnectErrorKind::UnknownSslMode,
                format!(
                    "unknown sslmode \"{text}\": use disable, allow, prefer, require, verify-ca or verify-full"
                ),
            )
        })
    }

    /// libpq's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Allow => "allow",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    /// What tokio-postgres is told: whether to ask for TLS and whether it is mandatory.
    pub fn wire(self) -> postgres::config::SslMode {
        match self {
            SslMode::Disable => postgres::config::SslMode::Disable,
            SslMode::Allow | SslMode::Prefer => postgres::config::SslMode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
                postgres::config::SslMode::Require
            }
        }
    }
}

impl std::str::FromStr for SslMode {
    type Err = ConnectError;

    fn from_str(text: &str) -> Result<SslMode, ConnectError> {
        SslMode::parse(text)
    }
}

impl std::fmt::Display for SslMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where trusted root certificates come from: `sslrootcert=FILE` (or the default
/// `~/.postgresql/root.crt`), or `sslrootcert=system`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootCert {
    /// A PEM file of one or more certificates; only these are trusted.
    File(PathBuf),
    /// The system's trusted roots.
    System,
}

/// How the server's certificate is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// Not at all: TLS for privacy against passive listeners only.
    None,
    /// The chain must lead to a trusted root; any host name is accepted.
    Chain(RootCert),
    /// The chain must lead to a trusted root and the certificate must name the host.
    Full(RootCert),
}

/// Decides the certificate check for `mode`, libpq's way. `rootcert` is the root certificate
/// setting in effect: the one given, or the default file, which may not exist.
pub fn verification(
    mode: SslMode,
    rootcert: Option<&RootCert>,
) -> Result<Verification, ConnectError> {
    let existing_file = match rootcert {
        Some(RootCert::File(path)) if path.exists() => Some(RootCert::File(path.clone())),
        _ => None,
    };
    match mode {
        SslMode::Disable => Ok(Verification::None),
        SslMode::Allow | SslMode::Prefer | SslMode::Require => {
            if rootcert == Some(&RootCert::System) {
                return Err(weak_with_system(mode));
            }
            // libpq: "if a root CA file exists, require behaves like verify-ca" (prefer too).
            Ok(existing_file.map_or(Verification::None, Verification::Chain))
        }
        SslMode::VerifyCa | SslMode::VerifyFull => {
            let root = match (rootcert, existing_file) {
                (Some(RootCert::System), _) if mode == SslMode::VerifyCa => {
                    return Err(weak_with_system(mode))
                }
                (Some(RootCert::System), _) => RootCert::System,
                (_, Some(file)) => file,
                (Some(RootCert::File(path)), None) => return Err(missing_root(mode, path)),
                (None, None) => {
                    return Err(missing_root(mode, Path::new("~/.postgresql/root.crt")));
                }
            };
            Ok(if mode == SslMode::VerifyFull {
                Verification::Full(root)
            } else {
                Verification::Chain(root)
            })
        }
    }
}

fn weak_with_system(mode: SslMode) -> ConnectError {
    ConnectError::new(
        ConnectErrorKind::InvalidParameter,
        format!("sslmode={mode} cannot be used with sslrootcert=system: use sslmode=verify-full"),
    )
}

fn missing_root(mode: SslMode, path: &Path) -> ConnectError {
    ConnectError::new(
        ConnectErrorKind::Tls,
        format!(
            "root certificate file \"{}\" does not exist, and sslmode={mode} needs one to check the \
             server: give one with sslrootcert=FILE, trust the system's roots with \
             sslrootcert=system, or use sslmode=require",
            path.display()
        ),
    )
}

/// A client certificate and its key, PEM files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientCert {
    /// The certificate (`sslcert`).
    pub cert: PathBuf,
    /// Its private key (`sslkey`).
    pub key: PathBuf,
}

/// The native-tls connector that checks what `verification` asks for and presents `client`.
pub(crate) fn connector(
    verification: &Verification,
    client: Option<&ClientCert>,
    direct: bool,
) -> Result<postgres_native_tls::MakeTlsConnector, ConnectError> {
    let mut builder = native_tls::TlsConnector::builder();
    let root = match verification {
        Verification::None => {
            builder.danger_accept_invalid_certs(true);
            builder.danger_accept_invalid_hostnames(true);
            None
        }
        Verification::Chain(root) => {
            builder.danger_accept_invalid_hostnames(true);
            Some(root)
        }
        Verification::Full(root) => Some(root),
    };
    if let Some(RootCert::File(path)) = root {
        builder.disable_built_in_roots(true);
        for cert in read_roots(path)? {
            builder.add_root_certificate(cert);
        }
    }
    if let Some(client) = client {
        builder.identity(read_identity(client)?);
    }
    if direct {
        postgres_native_tls::set_postgresql_alpn(&mut builder);
    }
    let connector = builder.build().map_err(|e| {
        ConnectError::new(
            ConnectErrorKind::Tls,
            format!("cannot set up TLS: {}", lower(&e.to_string())),
        )
    })?;
    Ok(postgres_native_tls::MakeTlsConnector::new(connector))
}

fn read_roots(path: &Path) -> Result<Vec<native_tls::Certificate>, ConnectError> {
    let pem = std::fs::read(path).map_err(|e| {
        ConnectError::new(
            ConnectErrorKind::Tls,
            format!(
                "cannot read root certificate file \"{}\": {}; check sslrootcert",
                path.display(),
                crate::connect::describe_io(&e)
            ),
        )
    })?;
    match native_tls::Certificate::stack_from_pem(&pem) {
        Ok(certs) if !certs.is_empty() => Ok(certs),
        Ok(_) => Err(ConnectError::new(
            ConnectErrorKind::Tls,
            format!(
                "root certificate file \"{}\" holds no certificate: sslrootcert needs a PEM file",
                path.display()
            ),
        )),
        Err(e) => Err(ConnectError::new(
            ConnectErrorKind::Tls,
            format!(
                "cannot read root certificate file \"{}\": {}; sslrootcert needs a PEM file",
                path.display(),
                lower(&e.to_string())
            ),
        )),
    }
}

fn read_identity(client: &ClientCert) -> Result<native_tls::Identity, ConnectError> {
    let read = |path: &Path, what: &str| {
        std::fs::read(path).map_err(|e| {
            ConnectError::new(
                ConnectErrorKind::Tls,
                format!(
                    "cannot read client {what} file \"{}\": {}; check ssl{what}",
                    path.display(),
                    crate::connect::describe_io(&e)
                ),
            )
        })
    };
    let cert = read(&client.cert, "cert")?;
    let key = read(&client.key, "key")?;
    native_tls::Identity::from_pkcs8(&cert, &key).map_err(|e| {
        ConnectError::new(
            ConnectErrorKind::Tls,
            format!(
                "cannot use client certificate \"{}\" with key \"{}\": {}; both must be PEM files",
                client.cert.display(),
                client.key.display(),
                lower(&e.to_string())
            ),
        )
    })
}

/// `text` with its first letter lowercased, for library messages that start with a capital.
pub(crate) fn lower(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !chars.as_str().starts_with(|c: char| c.is_uppercase()) => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use postgres::config::SslMode as Wire;

    #[test]
    fn parse_every_mode() {
        for mode in SslMode::ALL {
            assert_eq!(SslMode::parse(mode.as_str()).unwrap(), mode);
            assert_eq!(mode.as_str().parse::<SslMode>().unwrap(), mode);
        }
        let e = SslMode::parse("verify_full").unwrap_err();
        assert_eq!(e.kind(), ConnectErrorKind::UnknownSslMode);
        assert_eq!(
            e.message(),
            "unknown sslmode \"verify_full\": use disable, allow, prefer, require, verify-ca or verify-full"
        );
        assert!(
            SslMode::parse("REQUIRE").is_err(),
            "libpq's sslmode is case-sensitive"
        );
    }

    #[test]
    fn wire_mapping() {
        let wire: Vec<Wire> = SslMode::ALL.iter().map(|m| m.wire()).collect();
        assert_eq!(
            wire,
            [
                Wire::Disable,
                Wire::Prefer,
                Wire::Prefer,
                Wire::Require,
                Wire::Require,
                Wire::Require
            ]
        );
    }

    #[test]
    fn verification_per_mode() {
        let missing = RootCert::File("/nonexistent/root.crt".into());
        let present = RootCert::File(std::env::temp_dir());
        for mode in [
            SslMode::Disable,
            SslMode::Allow,
            SslMode::Prefer,
            SslMode::Require,
        ] {
            assert_eq!(
                verification(mode, None).unwrap(),
                Verification::None,
                "{mode}"
            );
            assert_eq!(
                verification(mode, Some(&missing)).unwrap(),
                Verification::None,
                "{mode}"
            );
        }
        assert_eq!(
            verification(SslMode::Disable, Some(&present)).unwrap(),
            Verification::None
        );
        // A root certificate file that exists makes require (and prefer) check the chain.
        for mode in [
            SslMode::Allow,
            SslMode::Prefer,
            SslMode::Require,
            SslMode::VerifyCa,
        ] {
            assert_eq!(
                verification(mode, Some(&present)).unwrap(),
                Verification::Chain(present.clone())
            );
        }
        assert_eq!(
            verification(SslMode::VerifyFull, Some(&present)).unwrap(),
            Verification::Full(present.clone())
        );
        assert_eq!(
            verification(SslMode::VerifyFull, Some(&RootCert::System)).unwrap(),
            Verification::Full(RootCert::System)
        );
    }

    #[test]
    fn verify_modes_need_a_root() {
        let missing = RootCert::File("/nonexistent/root.crt".into());
        for mode in [SslMode::VerifyCa, SslMode::VerifyFull] {
            let e = verification(mode, Some(&missing)).unwrap_err();
            assert_eq!(e.kind(), ConnectErrorKind::Tls);
            assert!(
                e.message()
                    .contains("\"/nonexistent/root.crt\" does not exist"),
                "{e}"
            );
            assert!(e.message().contains("sslrootcert=system"), "{e}");
            let e = verification(mode, None).unwrap_err();
            assert!(e.message().contains("~/.postgresql/root.crt"), "{e}");
        }
    }

    #[test]
    fn system_roots_need_verify_full() {
        for mode in [SslMode::Prefer, SslMode::Require, SslMode::VerifyCa] {
            let e = verification(mode, Some(&RootCert::System)).unwrap_err();
            assert_eq!(e.kind(), ConnectErrorKind::InvalidParameter);
            assert!(e.message().contains("use sslmode=verify-full"), "{e}");
        }
    }

    #[test]
    fn connectors_build() {
        assert!(connector(&Verification::None, None, false).is_ok());
        assert!(connector(&Verification::Full(RootCert::System), None, true).is_ok());
        let e = connector(
            &Verification::Chain(RootCert::File("/nonexistent.pem".into())),
            None,
            false,
        )
        .err()
        .unwrap();
        assert_eq!(e.kind(), ConnectErrorKind::Tls);
        assert!(
            e.message()
                .starts_with("cannot read root certificate file \"/nonexistent.pem\""),
            "{e}"
        );
    }

    #[test]
    fn lower_keeps_acronyms() {
        assert_eq!(lower("Connection refused"), "connection refused");
        assert_eq!(lower("TLS failed"), "TLS failed");
        assert_eq!(lower(""), "");
    }
}
