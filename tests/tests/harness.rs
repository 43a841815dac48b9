//! The harness itself: a test that passes here must be able to fail when the cluster is not what
//! the other suites assume.

use std::path::Path;
use std::process::Command;

use migra_tests::{Cluster, TempDir, CORPUS_ROLES, SUPERUSER};

fn query_string(cluster: &Cluster, db: &str, sql: &str) -> String {
    let mut client = cluster.client(db);
    client
        .query_one(sql, &[])
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .get(0)
}

#[test]
fn connects_as_superuser_that_is_not_postgres() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("superuser");
    assert_eq!(
        query_string(cluster, &db, "select current_user::text"),
        SUPERUSER
    );
    assert_eq!(
        query_string(
            cluster,
            &db,
            "select rolsuper::text from pg_roles where rolname = current_user"
        ),
        "true"
    );
    for role in CORPUS_ROLES {
        let sql = format!("select rolsuper::text from pg_roles where rolname = '{role}'");
        assert_eq!(query_string(cluster, &db, &sql), "false", "role {role}");
    }
}

#[test]
fn server_runs_with_fast_settings() {
    let cluster = Cluster::shared();
    for setting in ["fsync", "full_page_writes", "synchronous_commit"] {
        assert_eq!(
            query_string(cluster, "postgres", &format!("show {setting}")),
            "off",
            "{setting}"
        );
    }
    assert_eq!(
        query_string(cluster, "postgres", "show listen_addresses"),
        ""
    );
}

/// The major that `postgres --version` in the chosen bin directory reports is the one running,
/// and `$PG_BIN` is honoured when set (`just test-matrix` relies on it).
#[test]
fn server_comes_from_the_chosen_binaries() {
    let cluster = Cluster::shared();
    if let Some(pg_bin) = std::env::var_os("PG_BIN").filter(|v| !v.is_empty()) {
        assert_eq!(cluster.bin_dir(), Path::new(&pg_bin));
    }
    let output = Command::new(cluster.bin_dir().join("postgres"))
        .arg("--version")
        .output()
        .unwrap();
    let version = String::from_utf8_lossy(&output.stdout);
    let major = version
        .split_whitespace()
        .find_map(|word| word.split('.').next()?.parse::<u32>().ok())
        .unwrap_or_else(|| panic!("no version in {version:?}"));
    assert_eq!(cluster.major(), major, "{version}");
    assert!(cluster.major() >= 13, "{}", cluster.server_version_num());
}

/// The corpus needs citext, hstore, pg_trgm 1.3 and 1.4, and ICU collations.
#[test]
fn contrib_extensions_and_icu_are_available() {
    let cluster = Cluster::shared();
    let db = cluster.create_database("contrib");
    cluster
        .execute(
            &db,
            "create extension citext; create extension hstore; create extension pg_trgm version '1.3';
             alter extension pg_trgm update to '1.4';
             create collation phonebook (provider = icu, locale = 'de-u-co-phonebk');
             select 'a'::citext = 'A'::citext, 'a=>1'::hstore, similarity('abc', 'abd');",
        )
        .unwrap();
    let sql = "select extversion from pg_extension where extname = 'pg_trgm'";
    assert_eq!(query_string(cluster, &db, sql), "1.4");
}

#[test]
fn databases_get_names_of_their_own() {
    let cluster = Cluster::shared();
    let first = cluster.create_database("Same Name!");
    let second = cluster.create_database("Same Name!");
    assert_ne!(first, second);
    assert!(first.starts_with("same_name__"), "{first}");
    for db in [&first, &second] {
        assert_eq!(
            &query_string(cluster, db, "select current_database()::text"),
            db
        );
    }
}

#[test]
fn url_names_the_socket_and_port() {
    let cluster = Cluster::shared();
    let expected = format!(
        "postgresql://migra_test@/x?host={}&port={}",
        cluster.socket_dir().display(),
        cluster.port()
    );
    assert_eq!(cluster.url("x"), expected);
    let socket = cluster
        .socket_dir()
        .join(format!(".s.PGSQL.{}", cluster.port()));
    assert!(socket.exists(), "{}", socket.display());
}

#[test]
fn psql_file_loads_in_one_transaction_and_stops_at_the_first_error() {
    let cluster = Cluster::shared();
    let dir = TempDir::new("psql_file_loads_in_one_transaction").unwrap();
    let good = dir.path().join("good.sql");
    std::fs::write(
        &good,
        "create table loaded (id int);\ninsert into loaded values (1);\n",
    )
    .unwrap();
    let bad = dir.path().join("bad.sql");
    std::fs::write(
        &bad,
        "create table half (id int);\nselect 1/0;\ncreate table never (id int);\n",
    )
    .unwrap();

    let db = cluster.create_database("psql");
    cluster.psql_file(&db, &good).unwrap();
    assert_eq!(
        query_string(cluster, &db, "select count(*)::text from loaded"),
        "1"
    );

    let error = format!("{:#}", cluster.psql_file(&db, &bad).unwrap_err());
    assert!(error.contains("division by zero"), "{error}");
    let sql = "select count(*)::text from pg_class where relname in ('half', 'never')";
    assert_eq!(
        query_string(cluster, &db, sql),
        "0",
        "psql -1 must roll the whole file back"
    );
}

#[test]
fn execute_reports_the_server_message() {
    let cluster = Cluster::shared();
    let error = format!(
        "{:#}",
        cluster
            .execute("postgres", "select * from no_such_table")
            .unwrap_err()
    );
    assert!(
        error.contains("relation \"no_such_table\" does not exist"),
        "{error}"
    );
}

#[test]
fn extra_settings_reach_the_server() {
    let cluster = Cluster::builder()
        .setting("work_mem", "7MB")
        .setting("cluster_name", "it's a test")
        .start();
    assert_eq!(query_string(&cluster, "postgres", "show work_mem"), "7MB");
    assert_eq!(
        query_string(&cluster, "postgres", "show cluster_name"),
        "it's a test"
    );
}

#[test]
fn tcp_needs_the_password() {
    let cluster = Cluster::builder().tcp().start();
    let connect = |password: &str| {
        postgres::Config::new()
            .host("127.0.0.1")
            .port(cluster.port())
            .user(SUPERUSER)
            .password(password)
            .dbname("postgres")
            .connect(postgres::NoTls)
    };
    let mut client = connect(cluster.password()).unwrap();
    let addr: String = client
        .query_one("select inet_server_addr()::text", &[])
        .unwrap()
        .get(0);
    assert_eq!(addr, "127.0.0.1/32");
    let error = connect("not-the-password")
        .err()
        .expect("a wrong password must be refused");
    let message = error
        .as_db_error()
        .map_or_else(|| error.to_string(), |db| db.message().to_string());
    assert!(
        message.contains("password authentication failed"),
        "{message}"
    );
}

#[test]
fn unknown_bin_dir_is_reported() {
    let error = Cluster::builder()
        .bin_dir("/nonexistent/pg/bin")
        .try_start()
        .unwrap_err();
    assert!(
        format!("{error:#}").contains("/nonexistent/pg/bin has no initdb"),
        "{error:#}"
    );
}

fn is_running(pid: u32) -> bool {
    // A zombie waiting for its parent to reap it is not running either.
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

#[test]
fn drop_stops_the_server_and_removes_the_directory() {
    let cluster = Cluster::start();
    let dir = cluster.dir().to_path_buf();
    let pid = cluster.postmaster_pid().expect("postmaster.pid");
    assert!(is_running(pid));
    assert!(dir.join("data/PG_VERSION").is_file());
    drop(cluster);
    assert!(!dir.exists(), "{} is still there", dir.display());
    assert!(!is_running(pid), "postmaster {pid} still runs");
}

#[test]
fn a_panic_tears_the_cluster_down_too() {
    let (send, receive) = std::sync::mpsc::channel();
    let outcome = std::thread::spawn(move || {
        let cluster = Cluster::start();
        send.send((
            cluster.dir().to_path_buf(),
            cluster.postmaster_pid().unwrap(),
        ))
        .unwrap();
        panic!("a failing test");
    })
    .join();
    assert!(outcome.is_err());
    let (dir, pid) = receive.recv().unwrap();
    assert!(!dir.exists(), "{} is still there", dir.display());
    assert!(!is_running(pid), "postmaster {pid} still runs");
}
