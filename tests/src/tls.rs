//! Certificates for TLS tests, made with the `openssl` command: a self-signed CA and a server
//! certificate it signed, valid for the host name `localhost` only (not for `127.0.0.1`), so one
//! server can show both a passing and a failing `sslmode=verify-full`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

/// A CA certificate and a server certificate and key signed by it, as PEM files in one directory.
#[derive(Debug, Clone)]
pub struct TlsFiles {
    /// The CA's certificate: what a client passes as `sslrootcert`.
    pub ca_cert: PathBuf,
    /// The server's certificate, for `ssl_cert_file`; its subject alternative name is `DNS:localhost`.
    pub server_cert: PathBuf,
    /// The server's private key, for `ssl_key_file`.
    pub server_key: PathBuf,
}

impl TlsFiles {
    /// Generates a new CA (named `ca_name` in its subject) and a server certificate for `localhost`
    /// in `dir`, which must exist.
    pub fn generate(dir: &Path, ca_name: &str) -> Result<TlsFiles> {
        let ca_key = dir.join("ca.key");
        let ca_cert = dir.join("ca.crt");
        let server_key = dir.join("server.key");
        let server_csr = dir.join("server.csr");
        let server_cert = dir.join("server.crt");
        let extensions = dir.join("server.ext");
        std::fs::write(
            &extensions,
            "subjectAltName=DNS:localhost\nbasicConstraints=critical,CA:FALSE\n\
             keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
        )
        .with_context(|| format!("writing {}", extensions.display()))?;
        let ec = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
        ];
        let subject = format!("/CN={ca_name}");
        openssl(
            &[
                &["req", "-x509"][..],
                &ec,
                &["-days", "30", "-subj", &subject],
            ]
            .concat(),
            |c| {
                c.arg("-keyout").arg(&ca_key).arg("-out").arg(&ca_cert);
                c.args(["-addext", "basicConstraints=critical,CA:TRUE"]);
                c.args(["-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
            },
        )?;
        openssl(
            &[&["req"][..], &ec, &["-subj", "/CN=localhost"]].concat(),
            |c| {
                c.arg("-keyout")
                    .arg(&server_key)
                    .arg("-out")
                    .arg(&server_csr);
            },
        )?;
        openssl(&["x509", "-req", "-days", "30", "-set_serial", "2"], |c| {
            c.arg("-in").arg(&server_csr);
            c.arg("-CA").arg(&ca_cert).arg("-CAkey").arg(&ca_key);
            c.arg("-extfile").arg(&extensions);
            c.arg("-out").arg(&server_cert);
        })?;
        Ok(TlsFiles {
            ca_cert,
            server_cert,
            server_key,
        })
    }
}

fn openssl(args: &[&str], more: impl FnOnce(&mut Command)) -> Result<()> {
    let mut command = Command::new("openssl");
    command.args(args);
    more(&mut command);
    let output = command
        .output()
        .context("running openssl (is it installed?)")?;
    if !output.status.success() {
        bail!(
            "openssl {} failed ({}): {}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}
