//! Connecting through `migra_fetch::connect`: the URL forms migra users have, unix sockets, TCP
//! with passwords, TLS in every sslmode that matters, and the errors for each way it can fail.
//! Most tests pass an empty environment (`connect_with_env`) so that stray `PG*` variables of the
//! machine running the tests cannot change the outcome.

use std::sync::OnceLock;

use migra_fetch::{ConnectEnv, ConnectError, ConnectErrorKind};
use migra_tests::{Cluster, TempDir, TlsFiles, SUPERUSER};

fn no_env() -> ConnectEnv {
    ConnectEnv::new()
}

fn connect(conninfo: &str) -> Result<postgres::Client, ConnectError> {
    migra_fetch::connect_with_env(conninfo, &no_env())
}

fn query_string(client: &mut postgres::Client, sql: &str) -> String {
    client
        .query_one(sql, &[])
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .get(0)
}

fn current_database(client: &mut postgres::Client) -> String {
    query_string(client, "select current_database()::text")
}

/// Whether the session is encrypted, as the server sees it.
fn uses_tls(client: &mut postgres::Client) -> bool {
    client
        .query_one(
            "select ssl from pg_stat_ssl where pid = pg_backend_pid()",
            &[],
        )
        .unwrap()
        .get(0)
}

#[track_caller]
fn expect_error(result: Result<postgres::Client, ConnectError>, kind: ConnectErrorKind) -> String {
    match result {
        Ok(_) => panic!("connected, expected a {kind:?} error"),
        Err(e) => {
            assert_eq!(e.kind(), kind, "{e}");
            assert!(!e.to_string().contains('\n'), "one line: {e}");
            e.to_string()
        }
    }
}

/// A cluster listening on TCP with password authentication, without TLS.
fn tcp_cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(|| Cluster::builder().tcp().start())
}

/// A cluster with TLS (and still accepting plain connections), certificate for `localhost` only.
fn tls_cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(|| Cluster::builder().tls().start())
}

fn ca_cert() -> String {
    tls_cluster().tls().unwrap().ca_cert.display().to_string()
}

#[test]
fn unix_socket_url() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("socket_url");
    let mut client = connect(&cluster.url(&db)).unwrap();
    assert_eq!(current_database(&mut client), db);
    // The process's own environment works too (this is what the binaries use).
    let mut client = migra_fetch::connect(&cluster.url(&db)).unwrap();
    assert_eq!(current_database(&mut client), db);
}

#[test]
fn percent_encoded_socket_directory_as_host() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("socket_pct");
    let host = cluster
        .socket_dir()
        .display()
        .to_string()
        .replace('/', "%2F");
    let url = format!("postgresql://{SUPERUSER}@{host}:{}/{db}", cluster.port());
    let mut client = connect(&url).unwrap();
    assert_eq!(current_database(&mut client), db);
}

#[test]
fn key_value_conninfo_and_sqlalchemy_url() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("conninfo");
    let dir = cluster.socket_dir().display();
    let key_value = format!(
        "host={dir} port={} user={SUPERUSER} dbname={db}",
        cluster.port()
    );
    assert_eq!(current_database(&mut connect(&key_value).unwrap()), db);
    let sqlalchemy = format!(
        "postgresql+psycopg2://{SUPERUSER}@/{db}?host={dir}&port={}",
        cluster.port()
    );
    assert_eq!(current_database(&mut connect(&sqlalchemy).unwrap()), db);
}

#[test]
fn pg_environment_variables_fill_in() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("pgenv");
    let env = no_env()
        .var("PGHOST", &cluster.socket_dir().display().to_string())
        .var("PGPORT", &cluster.port().to_string())
        .var("PGUSER", SUPERUSER)
        .var("PGDATABASE", &db);
    let mut client = migra_fetch::connect_with_env("postgresql://", &env).unwrap();
    assert_eq!(current_database(&mut client), db);
    assert_eq!(
        query_string(&mut client, "select current_user::text"),
        SUPERUSER
    );
}

#[test]
fn tcp_with_password() {
    let cluster = tcp_cluster();
    let mut client = connect(&cluster.tcp_url("127.0.0.1", "postgres")).unwrap();
    assert_eq!(
        query_string(&mut client, "select inet_server_addr()::text"),
        "127.0.0.1/32"
    );
    assert!(!uses_tls(&mut client));
    // PGPASSWORD serves when the URL has none.
    let url = format!(
        "postgresql://{SUPERUSER}@127.0.0.1:{}/postgres",
        cluster.port()
    );
    let env = no_env().var("PGPASSWORD", cluster.password());
    migra_fetch::connect_with_env(&url, &env).unwrap();
}

#[test]
fn wrong_password_is_refused_without_showing_it() {
    let cluster = tcp_cluster();
    let password = "Wr0ng-Pa55word";
    let url = format!(
        "postgresql://{SUPERUSER}:{password}@127.0.0.1:{}/postgres",
        cluster.port()
    );
    let message = expect_error(connect(&url), ConnectErrorKind::AuthenticationFailed);
    assert!(!message.contains(password), "{message}");
    assert!(message.contains(SUPERUSER), "names the user: {message}");
    let url = format!(
        "postgresql://{SUPERUSER}@127.0.0.1:{}/postgres",
        cluster.port()
    );
    let env = no_env().var("PGPASSWORD", password);
    let message = expect_error(
        migra_fetch::connect_with_env(&url, &env),
        ConnectErrorKind::AuthenticationFailed,
    );
    assert!(!message.contains(password), "{message}");
}

#[test]
fn missing_password_over_tcp() {
    let cluster = tcp_cluster();
    let url = format!(
        "postgresql://{SUPERUSER}@127.0.0.1:{}/postgres",
        cluster.port()
    );
    expect_error(connect(&url), ConnectErrorKind::AuthenticationFailed);
}

#[test]
fn nonexistent_database() {
    let cluster = Cluster::shared();
    let message = expect_error(
        connect(&cluster.url("no_such_database")),
        ConnectErrorKind::DatabaseDoesNotExist,
    );
    assert!(message.contains("no_such_database"), "{message}");
}

#[test]
fn unreachable_port_and_socket() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let url = format!("postgresql://{SUPERUSER}:x@127.0.0.1:{port}/postgres");
    let message = expect_error(connect(&url), ConnectErrorKind::CannotConnect);
    assert!(
        message.contains(&port.to_string()),
        "names the port: {message}"
    );
    let dir = TempDir::new("unreachable_port_and_socket").unwrap();
    let url = format!(
        "postgresql://{SUPERUSER}@/postgres?host={}&port=5432",
        dir.path().display()
    );
    let message = expect_error(connect(&url), ConnectErrorKind::CannotConnect);
    assert!(
        message.contains(&dir.path().display().to_string()),
        "names the socket directory: {message}"
    );
}

#[test]
fn malformed_urls() {
    expect_error(
        connect("postgresql://host:notaport/db"),
        ConnectErrorKind::MalformedUrl,
    );
    expect_error(
        connect("host=localhost port=notaport user=u dbname=db"),
        ConnectErrorKind::InvalidParameter,
    );
    expect_error(
        connect("postgresql://u@host/db?no_such_keyword=1"),
        ConnectErrorKind::InvalidParameter,
    );
    // No user anywhere: not in the URL, no PGUSER, no operating system user.
    expect_error(connect("postgresql://host/db"), ConnectErrorKind::NoUser);
    expect_error(
        connect("postgresql://u@/db?sslmode=sometimes"),
        ConnectErrorKind::UnknownSslMode,
    );
}

#[test]
fn tls_sslmode_require_encrypts_without_checking() {
    let cluster = tls_cluster();
    let mut client = connect(&format!(
        "{}?sslmode=require",
        cluster.tcp_url("127.0.0.1", "postgres")
    ))
    .unwrap();
    assert!(uses_tls(&mut client));
}

#[test]
fn tls_sslmode_prefer_is_the_default_and_disable_turns_it_off() {
    let cluster = tls_cluster();
    let mut client = connect(&cluster.tcp_url("127.0.0.1", "postgres")).unwrap();
    assert!(uses_tls(&mut client), "libpq's default sslmode is prefer");
    let mut client = connect(&format!(
        "{}?sslmode=disable",
        cluster.tcp_url("127.0.0.1", "postgres")
    ))
    .unwrap();
    assert!(!uses_tls(&mut client));
}

#[test]
fn tls_verify_ca_checks_the_chain_but_not_the_name() {
    let cluster = tls_cluster();
    let url = format!(
        "{}?sslmode=verify-ca&sslrootcert={}",
        cluster.tcp_url("127.0.0.1", "postgres"),
        ca_cert()
    );
    assert!(uses_tls(&mut connect(&url).unwrap()));
}

#[test]
fn tls_verify_full_checks_the_host_name() {
    let cluster = tls_cluster();
    let url = format!(
        "{}?sslmode=verify-full&sslrootcert={}",
        cluster.tcp_url("localhost", "postgres"),
        ca_cert()
    );
    assert!(uses_tls(&mut connect(&url).unwrap()));
    let url = format!(
        "{}?sslmode=verify-full&sslrootcert={}",
        cluster.tcp_url("127.0.0.1", "postgres"),
        ca_cert()
    );
    let message = expect_error(connect(&url), ConnectErrorKind::Tls);
    assert!(!message.contains(cluster.password()), "{message}");
}

#[test]
fn tls_refuses_a_certificate_from_another_ca() {
    let cluster = tls_cluster();
    let other = TempDir::new("tls_refuses_a_certificate_from_another_ca").unwrap();
    let other_ca = TlsFiles::generate(other.path(), "another-ca")
        .unwrap()
        .ca_cert;
    for mode in ["verify-ca", "verify-full", "require"] {
        // With a root certificate file, libpq's `require` checks the chain as verify-ca does.
        let url = format!(
            "{}?sslmode={mode}&sslrootcert={}",
            cluster.tcp_url("localhost", "postgres"),
            other_ca.display()
        );
        expect_error(connect(&url), ConnectErrorKind::Tls);
    }
}

#[test]
fn tls_verify_needs_a_root_certificate() {
    let cluster = tls_cluster();
    // No sslrootcert and no HOME: there is no ~/.postgresql/root.crt to fall back on.
    let url = format!(
        "{}?sslmode=verify-full",
        cluster.tcp_url("localhost", "postgres")
    );
    let message = expect_error(connect(&url), ConnectErrorKind::Tls);
    assert!(
        message.contains("sslrootcert"),
        "says how to give one: {message}"
    );
}

#[test]
fn tls_required_but_server_has_none() {
    let cluster = tcp_cluster();
    let url = format!(
        "{}?sslmode=require",
        cluster.tcp_url("127.0.0.1", "postgres")
    );
    expect_error(connect(&url), ConnectErrorKind::Tls);
}
