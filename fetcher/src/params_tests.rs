//! Tests of connection-string resolution. The environment is always an injected [`ConnectEnv`];
//! `HOME` is unset unless a test sets it, so no real `~/.pgpass` or certificate is read.

use super::*;
use postgres::config::{ChannelBinding, TargetSessionAttrs};

fn env() -> ConnectEnv {
    ConnectEnv::new().os_user("osuser")
}

fn resolve(conninfo: &str, env: &ConnectEnv) -> ConnectParams {
    ConnectParams::resolve(conninfo, env).unwrap_or_else(|e| panic!("{conninfo}: {e}"))
}

fn err(conninfo: &str, env: &ConnectEnv) -> ConnectError {
    match ConnectParams::resolve(conninfo, env) {
        Ok(p) => panic!("{conninfo} resolved to {p:?}"),
        Err(e) => e,
    }
}

fn tcp(host: &str, port: u16) -> Target {
    Target {
        host: Host::Tcp(host.into()),
        hostaddr: None,
        port,
        password: None,
    }
}

fn socket(dir: &str, port: u16) -> Target {
    Target {
        host: Host::Socket(dir.into()),
        hostaddr: None,
        port,
        password: None,
    }
}

fn with_password(mut target: Target, password: &str) -> Target {
    target.password = Some(password.into());
    target
}

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("migra-fetch-params-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[cfg(unix)]
fn private_file(path: &std::path::Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[test]
fn defaults_are_libpqs() {
    let p = resolve("postgresql://", &env());
    assert_eq!(
        p.targets,
        [socket("/var/run/postgresql", 5432), socket("/tmp", 5432)]
    );
    assert_eq!(p.user, "osuser");
    assert_eq!(p.dbname, "osuser", "the database defaults to the user");
    assert_eq!(p.password, None);
    assert_eq!(p.passfile, None, "no HOME, no default password file");
    assert_eq!(p.sslmode, SslMode::Prefer);
    assert_eq!(p.sslrootcert, None);
    assert_eq!(p.client_cert, None);
    assert_eq!(p.connect_timeout, None);
    assert_eq!(p.application_name, None);
    assert_eq!(p.target_session_attrs, TargetSessionAttrs::Any);
    assert_eq!(p.channel_binding, ChannelBinding::Prefer);
    assert!(!p.direct_tls);
}

#[test]
fn url_values() {
    let p = resolve(
        "postgresql+psycopg2://alice:pw@db.example.com:5433/app?sslmode=require&application_name=mig&connect_timeout=7&options=-c%20x%3Dy",
        &env(),
    );
    assert_eq!(
        p.targets,
        [with_password(tcp("db.example.com", 5433), "pw")]
    );
    assert_eq!((p.user.as_str(), p.dbname.as_str()), ("alice", "app"));
    assert_eq!(p.password.as_deref(), Some("pw"));
    assert_eq!(p.sslmode, SslMode::Require);
    assert_eq!(p.application_name.as_deref(), Some("mig"));
    assert_eq!(p.connect_timeout, Some(Duration::from_secs(7)));
    assert_eq!(p.options.as_deref(), Some("-c x=y"));
}

#[test]
fn the_database_defaults_to_the_given_user() {
    let p = resolve("postgresql://bob@h", &env());
    assert_eq!((p.user.as_str(), p.dbname.as_str()), ("bob", "bob"));
    let p = resolve("postgresql://h", &env().var("PGUSER", "carol"));
    assert_eq!((p.user.as_str(), p.dbname.as_str()), ("carol", "carol"));
}

#[test]
fn environment_fills_what_the_url_leaves_out() {
    let env = env()
        .var("PGHOST", "envhost")
        .var("PGPORT", "6000")
        .var("PGUSER", "envuser")
        .var("PGPASSWORD", "envpw")
        .var("PGDATABASE", "envdb")
        .var("PGSSLMODE", "verify-ca")
        .var("PGSSLROOTCERT", "/etc/ca.pem")
        .var("PGAPPNAME", "envapp")
        .var("PGCONNECT_TIMEOUT", "9")
        .var("PGPASSFILE", "/nonexistent/pgpass");
    let p = resolve("postgresql://", &env);
    assert_eq!(p.targets, [with_password(tcp("envhost", 6000), "envpw")]);
    assert_eq!((p.user.as_str(), p.dbname.as_str()), ("envuser", "envdb"));
    assert_eq!(p.sslmode, SslMode::VerifyCa);
    assert_eq!(p.sslrootcert, Some(RootCert::File("/etc/ca.pem".into())));
    assert_eq!(p.application_name.as_deref(), Some("envapp"));
    assert_eq!(p.connect_timeout, Some(Duration::from_secs(9)));
    assert_eq!(p.passfile, Some("/nonexistent/pgpass".into()));

    // The URL wins over every variable.
    let p = resolve(
        "postgresql://u:urlpw@urlhost:7000/urldb?sslmode=disable&application_name=urlapp&connect_timeout=0",
        &env,
    );
    assert_eq!(p.targets, [with_password(tcp("urlhost", 7000), "urlpw")]);
    assert_eq!((p.user.as_str(), p.dbname.as_str()), ("u", "urldb"));
    assert_eq!(p.sslmode, SslMode::Disable);
    assert_eq!(p.application_name.as_deref(), Some("urlapp"));
    assert_eq!(p.connect_timeout, None, "0 waits forever");

    // So do key=value strings.
    let p = resolve("host=/tmp/x dbname=kv", &env);
    assert_eq!(p.targets, [with_password(socket("/tmp/x", 6000), "envpw")]);
    assert_eq!(p.dbname, "kv");
}

#[test]
fn empty_values_mean_unset() {
    let env = env()
        .var("PGHOST", "")
        .var("PGPORT", "")
        .var("PGUSER", "")
        .var("PGSSLMODE", "");
    let p = resolve("postgresql://", &env);
    assert_eq!(
        p.targets,
        [socket("/var/run/postgresql", 5432), socket("/tmp", 5432)]
    );
    assert_eq!(p.user, "osuser");
    assert_eq!(p.sslmode, SslMode::Prefer);
    // An empty host given explicitly hides PGHOST, as in libpq.
    let p = resolve(
        "host='' port=5599",
        &ConnectEnv::new().os_user("u").var("PGHOST", "envhost"),
    );
    assert_eq!(
        p.targets,
        [socket("/var/run/postgresql", 5599), socket("/tmp", 5599)]
    );
}

#[test]
fn sockets() {
    let p = resolve("postgresql://%2Ftmp%2Fpgx:5599/db", &env());
    assert_eq!(p.targets, [socket("/tmp/pgx", 5599)]);
    let p = resolve("postgresql:///db?host=/tmp/pgx&port=5599", &env());
    assert_eq!(p.targets, [socket("/tmp/pgx", 5599)]);
    let p = resolve("postgresql:///db", &env().var("PGHOST", "/run/pg"));
    assert_eq!(p.targets, [socket("/run/pg", 5432)]);
}

#[test]
fn several_hosts_and_hostaddr() {
    let p = resolve("postgresql://a:1,b,[::1]:3/db", &env());
    assert_eq!(p.targets, [tcp("a", 1), tcp("b", 5432), tcp("::1", 3)]);
    let p = resolve("host=a,b port=7", &env());
    assert_eq!(p.targets, [tcp("a", 7), tcp("b", 7)]);
    let p = resolve("hostaddr=127.0.0.1 port=7", &env());
    assert_eq!(p.targets[0].host, Host::Tcp("127.0.0.1".into()));
    assert_eq!(p.targets[0].hostaddr, Some("127.0.0.1".parse().unwrap()));
    let p = resolve("host=db.local hostaddr=10.0.0.1", &env());
    assert_eq!(
        p.targets[0].describe(),
        "\"db.local\" (10.0.0.1), port 5432"
    );
    assert!(err("host=a,b,c port=1,2", &env())
        .message()
        .contains("2 ports for 3 hosts"));
    assert!(err("host=a,b hostaddr=1.1.1.1", &env())
        .message()
        .contains("one hostaddr per host"));
    let e = err("hostaddr=db.local", &env());
    assert!(e.message().contains("hostaddr takes IP addresses"), "{e}");
}

#[test]
fn bad_values_are_named_with_their_origin() {
    let e = err("postgresql://h/db?port=abc", &env());
    assert_eq!(e.kind(), ConnectErrorKind::InvalidParameter);
    assert_eq!(
        e.message(),
        "invalid port \"abc\" (port=): give a number from 1 to 65535"
    );
    let e = err("postgresql://h/db", &env().var("PGPORT", "70000"));
    assert_eq!(
        e.message(),
        "invalid port \"70000\" (PGPORT): give a number from 1 to 65535"
    );
    let e = err("postgresql://h/db", &env().var("PGCONNECT_TIMEOUT", "soon"));
    assert!(
        e.message()
            .starts_with("invalid connect_timeout \"soon\" (PGCONNECT_TIMEOUT)"),
        "{e}"
    );
    assert_eq!(
        resolve("connect_timeout=1", &env()).connect_timeout,
        Some(Duration::from_secs(2))
    );
}

#[test]
fn unknown_and_unsupported_keywords() {
    let e = err("postgresql://h/db?sslmod=require", &env());
    assert_eq!(e.kind(), ConnectErrorKind::InvalidParameter);
    assert!(
        e.message()
            .starts_with("unknown connection parameter \"sslmod\""),
        "{e}"
    );
    let e = err("service=prod", &env());
    assert!(e.message().contains("pg_service.conf"), "{e}");
    // Keywords that change nothing here are accepted.
    resolve(
        "postgresql://h/db?gssencmode=disable&keepalives=1&sslcompression=0",
        &env(),
    );
    assert!(err("client_encoding=LATIN1", &env())
        .message()
        .contains("always reads UTF8"));
    resolve("client_encoding=UTF8", &env());
}

#[test]
fn session_attributes() {
    let p = resolve(
        "target_session_attrs=read-write channel_binding=require sslnegotiation=direct",
        &env(),
    );
    assert_eq!(p.target_session_attrs, TargetSessionAttrs::ReadWrite);
    assert_eq!(p.channel_binding, ChannelBinding::Require);
    assert!(p.direct_tls);
    assert!(err("target_session_attrs=standby", &env())
        .message()
        .contains("not supported"));
    assert!(err("channel_binding=maybe", &env())
        .message()
        .contains("unknown channel_binding"));
}

#[test]
fn sslmode_parsing_and_rootcert() {
    for (text, mode) in [
        ("disable", SslMode::Disable),
        ("allow", SslMode::Allow),
        ("prefer", SslMode::Prefer),
        ("require", SslMode::Require),
        ("verify-ca", SslMode::VerifyCa),
        ("verify-full", SslMode::VerifyFull),
    ] {
        assert_eq!(
            resolve(&format!("postgresql://h?sslmode={text}"), &env()).sslmode,
            mode
        );
    }
    let e = err("postgresql://u:pw@h?sslmode=strict", &env());
    assert_eq!(e.kind(), ConnectErrorKind::UnknownSslMode);
    assert!(e.message().starts_with("unknown sslmode \"strict\""), "{e}");
    let e = err("postgresql://h", &env().var("PGSSLMODE", "on"));
    assert_eq!(e.kind(), ConnectErrorKind::UnknownSslMode);

    // sslrootcert=system trusts the system's roots and makes verify-full the default.
    let p = resolve("postgresql://h?sslrootcert=system", &env());
    assert_eq!(
        (p.sslmode, p.sslrootcert),
        (SslMode::VerifyFull, Some(RootCert::System))
    );
    // HOME gives the default root certificate file, checked only if it exists.
    let p = resolve("postgresql://h", &env().var("HOME", "/nonexistent-home"));
    assert_eq!(
        p.sslrootcert,
        Some(RootCert::File(
            "/nonexistent-home/.postgresql/root.crt".into()
        ))
    );
    assert_eq!(p.passfile, Some("/nonexistent-home/.pgpass".into()));
    assert_eq!(
        p.client_cert, None,
        "no client certificate file, none presented"
    );
}

#[test]
fn client_certificate_when_its_file_exists() {
    let dir = scratch("clientcert");
    std::fs::write(dir.join("c.crt"), "x").unwrap();
    let conninfo = format!("sslcert={0}/c.crt sslkey={0}/c.key", dir.display());
    let p = resolve(&conninfo, &env());
    assert_eq!(
        p.client_cert,
        Some(ClientCert {
            cert: dir.join("c.crt"),
            key: dir.join("c.key")
        })
    );
    let p = resolve(&format!("sslcert={}/missing.crt", dir.display()), &env());
    assert_eq!(p.client_cert, None);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn no_user_anywhere() {
    let e = err("postgresql://h/db", &ConnectEnv::new());
    assert_eq!(e.kind(), ConnectErrorKind::NoUser);
    assert!(e.message().contains("PGUSER"), "{e}");
}

#[cfg(unix)]
#[test]
fn password_file() {
    let dir = scratch("pgpass");
    let file = dir.join("pgpass");
    private_file(
        &file,
        "h:5432:db:alice:for-h\nlocalhost:5432:*:alice:for-socket\n/tmp/pgx:5599:*:alice:for-pgx\n*:*:*:bob:for-bob\n",
    );
    let env = env().var("PGPASSFILE", file.to_str().unwrap());
    let p = resolve("postgresql://alice@h/db", &env);
    assert_eq!(p.targets[0].password.as_deref(), Some("for-h"));
    assert_eq!(p.password, None, "the given password stays unset");
    let p = resolve("postgresql://alice@/db", &env);
    assert_eq!(
        p.targets,
        [
            with_password(socket("/var/run/postgresql", 5432), "for-socket"),
            with_password(socket("/tmp", 5432), "for-socket")
        ]
    );
    let p = resolve("postgresql://alice@/db?host=/tmp/pgx&port=5599", &env);
    assert_eq!(p.targets[0].password.as_deref(), Some("for-pgx"));
    let p = resolve("postgresql://bob@h,k/anything", &env);
    assert_eq!(
        p.targets,
        [
            with_password(tcp("h", 5432), "for-bob"),
            with_password(tcp("k", 5432), "for-bob")
        ]
    );
    // A given password wins over the file; no match leaves none.
    let p = resolve("postgresql://bob:given@h/db", &env);
    assert_eq!(p.targets[0].password.as_deref(), Some("given"));
    let p = resolve("postgresql://carol@h/db", &env);
    assert_eq!(p.targets[0].password, None);
    // The default file is $HOME/.pgpass.
    private_file(&dir.join(".pgpass"), "*:*:*:*:from-home\n");
    let p = resolve(
        "postgresql://h/db",
        &self::env().var("HOME", dir.to_str().unwrap()),
    );
    assert_eq!(p.targets[0].password.as_deref(), Some("from-home"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn debug_output_hides_passwords() {
    let env = env().var("PGPASSWORD", "EnvSecret99");
    let p = resolve("postgresql://u:UrlSecret42@h/db", &env);
    let shown = format!("{p:?} {env:?}");
    assert!(
        !shown.contains("UrlSecret42") && !shown.contains("EnvSecret99"),
        "{shown}"
    );
}

#[test]
fn errors_never_contain_the_password() {
    let secret = "Sup3r%2Fsecret";
    for url in [
        format!("postgresql://u:{secret}@h/db?sslmode=nope"),
        format!("postgresql://u:{secret}@h/db?port=x{secret}"),
        format!("postgresql://u:{secret}@h/db?bogus={secret}"),
        format!("postgresql://u:{secret}@h/db?connect_timeout={secret}"),
        format!("postgresql://u:{secret}@h/db?hostaddr={secret}"),
        format!("postgresql://u:{secret}@h/db?target_session_attrs={secret}"),
        format!("postgresql://u:{secret}@h/db?client_encoding={secret}"),
        "postgresql://u:Sup3r/secret@h:x/db".to_string(),
        format!("password={secret} port={secret}"),
        format!("password='{secret}' sslmode={secret}"),
        // Given twice: the one used is the last, and it is scrubbed too.
        format!("password=Decoy password={secret} port={secret}"),
        format!("postgresql://u:Decoy@h/db?password={secret}&port={secret}"),
    ] {
        let e = err(&url, &env());
        for shown in [e.to_string(), format!("{e:?}")] {
            assert!(!shown.contains("Sup3r"), "{url}: {shown}");
        }
    }
}
