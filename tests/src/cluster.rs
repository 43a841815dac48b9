//! A throwaway PostgreSQL cluster: `initdb` into a fresh directory under `/tmp`, a server on a unix
//! socket in that directory (and optionally on `localhost` with password authentication and TLS),
//! and a guaranteed teardown.
//!
//! Teardown does not rely on destructors alone. Before anything is created, a small watchdog
//! process (`sh`) starts with its standard input connected to a pipe that only this process holds.
//! When the pipe closes, because the [`Cluster`] was dropped (normally or while a panic unwinds) or
//! because the test process ended in any way at all (statics are never dropped; `abort`; a signal),
//! the watchdog runs `pg_ctl stop -m immediate` and deletes the directory. Dropping a cluster closes
//! the pipe and waits for the watchdog, so the teardown is complete when `drop` returns.

use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use anyhow::{bail, Context, Result};

use crate::bins::{check_server_dir, pg_bin_dir, pg_dump_path, psql_path};
use crate::temp::TempDir;
use crate::tls::TlsFiles;

/// The bootstrap superuser every test connects as. Deliberately not `postgres`: the corpus needs a
/// plain role `postgres` that does not own the objects it creates (see shared/corpus/README.md).
pub const SUPERUSER: &str = "migra_test";

/// Roles every cluster has besides [`SUPERUSER`], because the migra corpus grants to them.
pub const CORPUS_ROLES: [&str; 2] = ["schemainspect_test_role", "postgres"];

/// The account the server runs as when the tests run as root (initdb refuses to run as root).
const SERVER_ACCOUNT: &str = "postgres";

/// Settings for speed: a throwaway cluster never needs to survive a crash.
const FAST_SETTINGS: [(&str, &str); 3] = [
    ("fsync", "off"),
    ("full_page_writes", "off"),
    ("synchronous_commit", "off"),
];

/// The watchdog: waits for its standard input to close, then stops the server and deletes the
/// directory. `$1` is the cluster directory, the remaining arguments the `pg_ctl` command.
const WATCHDOG: &str = r#"trap '' HUP INT TERM QUIT
cat >/dev/null
dir=$1
shift
"$@" stop -D "$dir/data" -m immediate -s >/dev/null 2>&1
rm -rf "$dir"
"#;

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
    /// Uses the server binaries in `dir` instead of [`pg_bin_dir`]'s choice.
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
        let bin_dir = match &self.bin_dir {
            Some(dir) => dir.clone(),
            None => pg_bin_dir()?,
        };
        check_server_dir(&bin_dir)?;
        let psql = psql_path(&bin_dir)?;
        let account = server_account()?;
        let temp = TempDir::new("cluster")?;
        let dir = temp.path().to_path_buf();
        let watchdog = spawn_watchdog(&dir, &bin_dir, account.as_ref())?;
        // The watchdog owns the directory from here on, and `Cluster::drop` ends the watchdog.
        temp.into_path();
        let mut cluster = Cluster {
            dir,
            bin_dir,
            psql,
            account,
            port: 0,
            tcp: self.tcp,
            password: format!(
                "pw-{}-{}",
                std::process::id(),
                NEXT_CLUSTER.fetch_add(1, Ordering::Relaxed)
            ),
            tls: None,
            server_version_num: 0,
            next_database: AtomicUsize::new(0),
            watchdog: Mutex::new(Some(watchdog)),
            pg_dump: OnceLock::new(),
        };
        cluster.init(&self)?;
        cluster.start_server()?;
        cluster.setup().context("preparing the new cluster")?;
        Ok(cluster)
    }
}

static NEXT_CLUSTER: AtomicUsize = AtomicUsize::new(0);

/// A running throwaway PostgreSQL server and its data directory; see the module docs for teardown.
#[derive(Debug)]
pub struct Cluster {
    dir: PathBuf,
    bin_dir: PathBuf,
    psql: PathBuf,
    account: Option<Account>,
    port: u16,
    tcp: bool,
    password: String,
    tls: Option<TlsFiles>,
    server_version_num: u32,
    next_database: AtomicUsize,
    watchdog: Mutex<Option<Child>>,
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
        format!(
            "postgresql://{SUPERUSER}@/{db}?host={}&port={}",
            self.dir.display(),
            self.port
        )
    }

    /// A libpq URL for `db` over TCP to `host` (`localhost` or `127.0.0.1`), with the right
    /// password. Only for clusters built with [`ClusterBuilder::tcp`] or [`ClusterBuilder::tls`].
    pub fn tcp_url(&self, host: &str, db: &str) -> String {
        assert!(
            self.tcp,
            "this cluster does not listen on TCP: build it with .tcp()"
        );
        format!(
            "postgresql://{SUPERUSER}:{}@{host}:{}/{db}",
            self.password, self.port
        )
    }

    /// Connects to `db` over the unix socket, with the `postgres` crate and no TLS.
    pub fn client(&self, db: &str) -> postgres::Client {
        self.try_client(db)
            .unwrap_or_else(|e| panic!("connecting to {db}: {e:#}"))
    }

    fn try_client(&self, db: &str) -> Result<postgres::Client> {
        postgres::Config::new()
            .host_path(&self.dir)
            .port(self.port)
            .user(SUPERUSER)
            .dbname(db)
            .application_name("migra-tests")
            .connect(postgres::NoTls)
            .with_context(|| format!("connecting to database {db} on {}", self.dir.display()))
    }

    /// Runs `sql` (any number of statements, simple query protocol) in `db`.
    pub fn execute(&self, db: &str, sql: &str) -> Result<()> {
        let mut client = self.try_client(db)?;
        client
            .batch_execute(sql)
            .map_err(|e| anyhow::anyhow!("{}", postgres_error(&e)))
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
        let mut command = Command::new(&self.psql);
        clear_pg_env(&mut command);
        command
            .arg("-h")
            .arg(&self.dir)
            .arg("-p")
            .arg(self.port.to_string());
        command.args(["-U", SUPERUSER, "-d", db]);
        // Not derived from the locale, which may be C or unset: the corpus files are UTF-8.
        command.env("PGCLIENTENCODING", "UTF8");
        command.stdin(Stdio::null());
        command
    }

    /// The `pg_dump` for this server ([`pg_dump_path`]) and its major, found on first use.
    pub fn pg_dump(&self) -> Result<(&Path, u32)> {
        let found = self.pg_dump.get_or_init(|| {
            pg_dump_path(&self.bin_dir, self.major()).map_err(|e| format!("{e:#}"))
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
            .arg(&self.dir)
            .arg("-p")
            .arg(self.port.to_string())
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
        self.server_version_num
    }

    /// The major version, e.g. 15.
    pub fn major(&self) -> u32 {
        self.server_version_num / 10000
    }

    /// The directory holding the data directory (`data/`), the server log and the unix socket.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the unix socket is: the `host` of [`Cluster::url`].
    pub fn socket_dir(&self) -> &Path {
        &self.dir
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The password of [`SUPERUSER`], needed over TCP only.
    pub fn password(&self) -> &str {
        &self.password
    }

    pub fn bin_dir(&self) -> &Path {
        &self.bin_dir
    }

    /// The `psql` used by [`Cluster::psql_file`].
    pub fn psql(&self) -> &Path {
        &self.psql
    }

    /// The CA and certificates, for clusters built with [`ClusterBuilder::tls`].
    pub fn tls(&self) -> Option<&TlsFiles> {
        self.tls.as_ref()
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir.join("server.log")
    }

    /// The postmaster's process id, from `postmaster.pid`, while the server runs.
    pub fn postmaster_pid(&self) -> Option<u32> {
        let text = std::fs::read_to_string(self.dir.join("data/postmaster.pid")).ok()?;
        text.lines().next()?.trim().parse().ok()
    }

    fn init(&mut self, options: &ClusterBuilder) -> Result<()> {
        if let Some(account) = &self.account {
            account.own(&self.dir)?;
            std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o700))?;
        }
        let pwfile = self.dir.join("pwfile");
        std::fs::write(&pwfile, format!("{}\n", self.password))?;
        if let Some(account) = &self.account {
            account.own(&pwfile)?;
        }
        let data = self.dir.join("data");
        let output = self
            .server_command("initdb")
            .arg("-D")
            .arg(&data)
            .args(["--no-sync", "-U", SUPERUSER, "-E", "UTF8", "--locale=C"])
            .args(["--auth-local=trust", "--auth-host=scram-sha-256"])
            .arg(format!("--pwfile={}", pwfile.display()))
            .output()
            .context("running initdb")?;
        check_output("initdb", &output)?;

        let mut settings: Vec<(String, String)> = vec![
            (
                "listen_addresses".into(),
                if self.tcp { "localhost" } else { "" }.into(),
            ),
            (
                "unix_socket_directories".into(),
                self.dir.display().to_string(),
            ),
            // PostgreSQL 13 still defaults to md5, which would store the password unusable for scram.
            ("password_encryption".into(), "scram-sha-256".into()),
        ];
        settings.extend(
            FAST_SETTINGS
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string())),
        );
        let mut data_files = options.data_files.clone();
        if options.tls {
            let tls_dir = self.dir.join("tls");
            std::fs::create_dir(&tls_dir)?;
            let tls = TlsFiles::generate(&tls_dir, "migra-test-ca")?;
            data_files.push(("server.crt".into(), tls.server_cert.clone()));
            data_files.push(("server.key".into(), tls.server_key.clone()));
            settings.push(("ssl".into(), "on".into()));
            settings.push(("ssl_cert_file".into(), "server.crt".into()));
            settings.push(("ssl_key_file".into(), "server.key".into()));
            self.tls = Some(tls);
        }
        settings.extend(options.settings.iter().cloned());
        for (name, source) in &data_files {
            let target = data.join(name);
            std::fs::copy(source, &target)
                .with_context(|| format!("copying {} into the data directory", source.display()))?;
            std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600))?;
            if let Some(account) = &self.account {
                account.own(&target)?;
            }
        }
        let mut conf = std::fs::OpenOptions::new()
            .append(true)
            .open(data.join("postgresql.conf"))
            .context("opening postgresql.conf")?;
        writeln!(conf, "\n# Added by migra-tests.")?;
        for (name, value) in settings {
            writeln!(conf, "{name} = '{}'", value.replace('\'', "''"))?;
        }
        Ok(())
    }

    fn start_server(&mut self) -> Result<()> {
        // A port taken between choosing and binding it only matters on TCP; try a few.
        let mut last_error = None;
        for _ in 0..3 {
            self.port = free_port()?;
            let output = self
                .server_command("pg_ctl")
                .arg("-D")
                .arg(self.dir.join("data"))
                .arg("-l")
                .arg(self.log_path())
                .args([
                    "-o",
                    &format!("-p {}", self.port),
                    "-w",
                    "-t",
                    "120",
                    "-s",
                    "start",
                ])
                .output()
                .context("running pg_ctl start")?;
            if output.status.success() {
                return Ok(());
            }
            let log = std::fs::read_to_string(self.log_path()).unwrap_or_default();
            let error = check_output("pg_ctl start", &output)
                .unwrap_err()
                .context(format!(
                    "server log {}:\n{}",
                    self.log_path().display(),
                    log.trim_end()
                ));
            if !log.contains("could not bind") {
                return Err(error);
            }
            last_error = Some(error);
        }
        Err(last_error.expect("three attempts failed"))
    }

    fn setup(&mut self) -> Result<()> {
        let mut client = self.try_client("postgres")?;
        let version: String = client
            .query_one("select current_setting('server_version_num')", &[])?
            .get(0);
        self.server_version_num = version.parse().context("parsing server_version_num")?;
        let roles: Vec<String> = CORPUS_ROLES
            .iter()
            .map(|r| format!("create role \"{r}\";"))
            .collect();
        client
            .batch_execute(&roles.join("\n"))
            .map_err(|e| anyhow::anyhow!("{}", postgres_error(&e)))?;
        Ok(())
    }

    /// A server program, run as the server's account when the tests run as root.
    fn server_command(&self, program: &str) -> Command {
        let mut command = match &self.account {
            Some(account) => {
                let mut c = Command::new("runuser");
                c.args(["-u", &account.name, "--"]);
                c.arg(self.bin_dir.join(program));
                c
            }
            None => Command::new(self.bin_dir.join(program)),
        };
        clear_pg_env(&mut command);
        command.current_dir(&self.dir).stdin(Stdio::null());
        command
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let watchdog = match self.watchdog.get_mut() {
            Ok(w) => w.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        };
        if let Some(mut child) = watchdog {
            drop(child.stdin.take());
            let _ = child.wait();
        }
    }
}

/// A user account on this machine.
#[derive(Debug, Clone)]
struct Account {
    name: String,
    uid: u32,
    gid: u32,
}

impl Account {
    fn own(&self, path: &Path) -> Result<()> {
        std::os::unix::fs::chown(path, Some(self.uid), Some(self.gid))
            .with_context(|| format!("chown {} {}", self.name, path.display()))
    }
}

/// `Some(postgres)` when running as root, `None` otherwise.
fn server_account() -> Result<Option<Account>> {
    let euid = std::fs::metadata("/proc/self")
        .context("reading /proc/self")?
        .uid();
    if euid != 0 {
        return Ok(None);
    }
    let passwd = std::fs::read_to_string("/etc/passwd").context("reading /etc/passwd")?;
    for line in passwd.lines() {
        let fields: Vec<&str> = line.split(':').collect();
        if fields.len() >= 4 && fields[0] == SERVER_ACCOUNT {
            return Ok(Some(Account {
                name: SERVER_ACCOUNT.to_string(),
                uid: fields[2].parse().context("uid in /etc/passwd")?,
                gid: fields[3].parse().context("gid in /etc/passwd")?,
            }));
        }
    }
    bail!(
        "running as root, and initdb refuses root: the server needs a `{SERVER_ACCOUNT}` account \
         (Debian's postgresql package creates it; or `useradd --system {SERVER_ACCOUNT}`)"
    )
}

fn spawn_watchdog(dir: &Path, bin_dir: &Path, account: Option<&Account>) -> Result<Child> {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(WATCHDOG)
        .arg("migra-test-watchdog")
        .arg(dir);
    if let Some(account) = account {
        command.args(["runuser", "-u", &account.name, "--"]);
    }
    command.arg(bin_dir.join("pg_ctl"));
    clear_pg_env(&mut command);
    command
        .current_dir("/")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // Its own process group, so a Ctrl-C in the terminal leaves it to clean up.
        .process_group(0);
    command
        .spawn()
        .context("starting the cluster watchdog (sh)")
}

/// A port nobody listens on right now.
fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").context("finding a free port")?;
    Ok(listener.local_addr()?.port())
}

/// Stray `PG*` variables (PGHOST, PGDATA, PGOPTIONS, ...) would change what the programs do.
fn clear_pg_env(command: &mut Command) {
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PG") {
            command.env_remove(key);
        }
    }
}

fn check_output(what: &str, output: &Output) -> Result<()> {
    if output.status.success() {
        return Ok(());
    }
    bail!(
        "{what} failed ({}):\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The server's message with its detail, hint and position, rather than `db error`.
fn postgres_error(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut text = format!("{}: {}", db.severity(), db.message());
            if let Some(detail) = db.detail() {
                text.push_str(&format!("\nDETAIL: {detail}"));
            }
            if let Some(hint) = db.hint() {
                text.push_str(&format!("\nHINT: {hint}"));
            }
            text
        }
        None => e.to_string(),
    }
}
