//! Tests of connecting and of what connection failures say. Servers here are fakes that speak
//! just enough of the protocol to fail in one way; real servers are the integration tests' job.

use super::*;
use crate::params::ConnectEnv;

fn env() -> ConnectEnv {
    ConnectEnv::new().os_user("tester")
}

fn fail(conninfo: &str, env: &ConnectEnv) -> ConnectError {
    match connect_with_env(conninfo, env) {
        Ok(_) => panic!("{conninfo} connected"),
        Err(e) => e,
    }
}

#[test]
fn refused_tcp_names_host_and_port_and_hides_password() {
    // Port 1 on localhost: nothing listens there.
    let e = fail(
        "postgresql://u:Sup3rSecret@127.0.0.1:1/db?connect_timeout=5",
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::CannotConnect, "{e}");
    assert!(
        e.message()
            .starts_with("cannot connect to the server at \"127.0.0.1\", port 1: "),
        "{e}"
    );
    assert!(
        e.message().contains("check that the server is running"),
        "{e}"
    );
    assert!(!e.message().contains("Sup3rSecret"), "{e}");
    assert!(!format!("{e:?}").contains("Sup3rSecret"), "{e:?}");
}

#[test]
fn missing_sockets_list_every_directory_tried() {
    let e = fail("postgresql:///db?host=/nonexistent/dir&port=1", &env());
    assert_eq!(e.kind(), ConnectErrorKind::CannotConnect);
    assert_eq!(
        e.message(),
        "cannot connect to the server on socket \"/nonexistent/dir/.s.PGSQL.1\": no such file or \
         directory; check that the server is running locally and listens on that socket"
    );
    let e = fail("port=1", &env());
    assert!(
        e.message()
            .contains("socket \"/var/run/postgresql/.s.PGSQL.1\""),
        "{e}"
    );
    assert!(e.message().contains("socket \"/tmp/.s.PGSQL.1\""), "{e}");
}

#[test]
fn verify_full_without_root_fails_before_connecting() {
    let e = fail(
        "postgresql://u:pw12345@127.0.0.1:1/db?sslmode=verify-full",
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::Tls, "{e}");
    assert!(e.message().contains("sslmode=verify-full"), "{e}");
    // Over a Unix socket there is no TLS, so no root certificate is needed.
    let e = fail("host=/nonexistent port=1 sslmode=verify-full", &env());
    assert_eq!(e.kind(), ConnectErrorKind::CannotConnect, "{e}");
}

#[test]
fn io_descriptions() {
    use std::io::{Error, ErrorKind};
    assert_eq!(
        describe_io(&Error::from(ErrorKind::ConnectionRefused)),
        "connection refused"
    );
    assert_eq!(
        describe_io(&Error::from_raw_os_error(113)),
        "no route to host"
    );
    assert_eq!(
        describe_io(&Error::other("Name or service not known")),
        "name or service not known"
    );
}

/// A one-connection server on a free port: answers an SSLRequest with `ssl_reply` (if any),
/// reads the startup message, sends `reply` and hangs up.
fn fake_server(ssl_reply: Option<u8>, reply: Vec<u8>) -> u16 {
    fake_sessions(vec![(ssl_reply, reply)])
}

/// A server for one connection per session, in order; see [`fake_server`].
fn fake_sessions(sessions: Vec<(Option<u8>, Vec<u8>)>) -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let read_message = |stream: &mut std::net::TcpStream| -> Option<Vec<u8>> {
        let mut len = [0u8; 4];
        stream.read_exact(&mut len).ok()?;
        let mut body = vec![0u8; u32::from_be_bytes(len) as usize - 4];
        stream.read_exact(&mut body).ok()?;
        Some(body)
    };
    std::thread::spawn(move || {
        for (ssl_reply, reply) in sessions {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            stream
                .set_read_timeout(Some(std::time::Duration::from_secs(10)))
                .unwrap();
            let Some(mut first) = read_message(&mut stream) else {
                continue;
            };
            if first[..4] == 80877103u32.to_be_bytes() {
                let Some(byte) = ssl_reply else { continue };
                stream.write_all(&[byte]).unwrap();
                if byte == b'S' {
                    // Hang up instead of a TLS handshake.
                    continue;
                }
                let Some(next) = read_message(&mut stream) else {
                    continue;
                };
                first = next;
            }
            assert_eq!(
                first[..4],
                196608u32.to_be_bytes(),
                "a protocol 3.0 startup message"
            );
            let _ = stream.write_all(&reply);
            let _ = stream.shutdown(std::net::Shutdown::Write);
            let _ = stream.read_to_end(&mut Vec::new());
        }
    });
    port
}

/// An ErrorResponse message.
fn error_response(code: &str, message: &str) -> Vec<u8> {
    let mut fields = Vec::new();
    for (tag, value) in [
        (b'S', "FATAL"),
        (b'V', "FATAL"),
        (b'C', code),
        (b'M', message),
    ] {
        fields.push(tag);
        fields.extend_from_slice(value.as_bytes());
        fields.push(0);
    }
    fields.push(0);
    let mut out = vec![b'E'];
    out.extend_from_slice(&(fields.len() as u32 + 4).to_be_bytes());
    out.extend_from_slice(&fields);
    out
}

#[test]
fn wrong_password_is_an_authentication_failure() {
    let port = fake_server(
        None,
        error_response("28P01", "password authentication failed for user \"alice\""),
    );
    let e = fail(
        &format!("postgresql://alice:Hunter2pw@127.0.0.1:{port}/app?sslmode=disable"),
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::AuthenticationFailed, "{e}");
    assert_eq!(
        e.message(),
        format!(
            "authentication failed for user \"alice\" at \"127.0.0.1\", port {port}: password authentication \
             failed for user \"alice\"; check the user name and password (URL, PGPASSWORD or the password \
             file) and the server's pg_hba.conf"
        )
    );
}

#[test]
fn missing_database_is_named() {
    let port = fake_server(
        None,
        error_response("3D000", "database \"app\" does not exist"),
    );
    let e = fail(
        &format!("host=127.0.0.1 port={port} user=alice dbname=app sslmode=disable"),
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::DatabaseDoesNotExist, "{e}");
    assert!(
        e.message().starts_with(&format!(
            "database \"app\" does not exist at \"127.0.0.1\", port {port}: create it"
        )),
        "{e}"
    );
}

#[test]
fn other_refusals_quote_the_server() {
    let port = fake_server(
        None,
        error_response("53300", "sorry, too many clients already"),
    );
    let e = fail(
        &format!("host=127.0.0.1 port={port} sslmode=disable"),
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::Rejected, "{e}");
    assert_eq!(
        e.message(),
        format!("the server at \"127.0.0.1\", port {port} refused the connection: sorry, too many clients already")
    );
}

#[test]
fn server_text_is_cleaned_and_scrubbed() {
    let port = fake_server(
        None,
        error_response("28000", "Bad\n\u{1b}[31mHunter2pw\u{7}"),
    );
    let e = fail(
        &format!("postgresql://u:Hunter2pw@127.0.0.1:{port}/db?sslmode=disable"),
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::AuthenticationFailed, "{e}");
    assert!(e.message().contains(": bad [31m***; check"), "{e}");
}

#[test]
fn password_requested_but_none_given() {
    // AuthenticationCleartextPassword.
    let port = fake_server(None, vec![b'R', 0, 0, 0, 8, 0, 0, 0, 3]);
    let env = env().var("PGPASSFILE", "/nonexistent/pgpass");
    let e = fail(
        &format!("postgresql://alice@127.0.0.1:{port}/db?sslmode=disable"),
        &env,
    );
    assert_eq!(e.kind(), ConnectErrorKind::AuthenticationFailed, "{e}");
    assert!(
        e.message()
            .contains("asks for a password for user \"alice\" and none was given"),
        "{e}"
    );
    assert!(
        e.message()
            .contains("set PGPASSWORD, or add it to \"/nonexistent/pgpass\""),
        "{e}"
    );
}

#[test]
fn require_against_a_server_without_tls() {
    let port = fake_server(Some(b'N'), vec![]);
    let e = fail(
        &format!("postgresql://u:pw123456@127.0.0.1:{port}/db?sslmode=require"),
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::Tls, "{e}");
    assert!(
        e.message()
            .contains("does not support TLS, which sslmode=require requires"),
        "{e}"
    );
}

#[test]
fn connect_timeout_bounds_the_whole_attempt() {
    // Accepts (the kernel completes the handshake) but never answers the startup message.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let start = std::time::Instant::now();
    let e = fail(
        &format!("host=127.0.0.1 port={port} sslmode=disable connect_timeout=2"),
        &env(),
    );
    assert!(
        start.elapsed() < std::time::Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(e.kind(), ConnectErrorKind::CannotConnect, "{e}");
    assert!(
        e.message().contains("no answer within connect_timeout=2"),
        "{e}"
    );
    drop(listener);
}

#[test]
fn a_peer_that_hangs_up_mid_message_is_unreachable() {
    let port = fake_server(None, vec![b'E', 0, 0]);
    let e = fail(
        &format!("host=127.0.0.1 port={port} sslmode=disable"),
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::CannotConnect, "{e}");
}

#[test]
fn prefer_falls_back_to_plain_when_tls_fails() {
    let too_many = error_response("53300", "sorry, too many clients already");
    // The TLS attempt fails, the plain one reaches the server (which then refuses).
    let port = fake_sessions(vec![(Some(b'S'), vec![]), (None, too_many.clone())]);
    let e = fail(
        &format!("host=127.0.0.1 port={port} sslmode=prefer"),
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::Rejected, "{e}");
    // require does not.
    let port = fake_sessions(vec![(Some(b'S'), vec![]), (None, too_many)]);
    let e = fail(
        &format!("host=127.0.0.1 port={port} sslmode=require"),
        &env(),
    );
    assert_eq!(e.kind(), ConnectErrorKind::Tls, "{e}");
    assert!(
        e.message().starts_with(&format!(
            "TLS handshake with \"127.0.0.1\", port {port} failed (sslmode=require): "
        )),
        "{e}"
    );
}
