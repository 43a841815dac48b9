//! A throwaway PostgreSQL cluster: `initdb` into a fresh directory under `/tmp`, a server on a unix
//! socket in that directory (and optionally on `localhost` with password authentication), and a
//! guaranteed teardown.
//!
//! Teardown does not rely on destructors alone. Before anything is created, a small watchdog
//! process (`sh`) starts with its standard input connected to a pipe that only this process holds.
//! When the pipe closes, because the [`Cluster`] was dropped (normally or while a panic unwinds),
//! because [`StopHandle::stop`] was called (from a Ctrl-C handler, say), or because the process
//! ended in any way at all (statics are never dropped; `abort`; a signal), the watchdog runs
//! `pg_ctl stop -m immediate` and deletes the directory. Dropping a cluster closes the pipe and
//! waits for the watchdog, so the teardown is complete when `drop` returns.

use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::bins::{check_server_dir, pg_bin_dir};
use crate::error::{postgres_error, ClusterError, Result};
use crate::temp::TempDir;

/// The account the server runs as when this process runs as root (initdb refuses to run as root).
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

/// Options for a cluster. Start from [`Cluster::builder`].
#[derive(Debug, Clone)]
pub struct ClusterBuilder {
    bin_dir: Option<PathBuf>,
    superuser: String,
    roles: Vec<String>,
    settings: Vec<(String, String)>,
    data_files: Vec<(String, PathBuf)>,
    tcp: bool,
    dir_prefix: String,
}

impl Default for ClusterBuilder {
    fn default() -> Self {
        ClusterBuilder {
            bin_dir: None,
            superuser: "migra".to_string(),
            roles: Vec::new(),
            settings: Vec::new(),
            data_files: Vec::new(),
            tcp: false,
            dir_prefix: "migra".to_string(),
        }
    }
}

impl ClusterBuilder {
    /// Uses the server binaries in `dir` instead of [`pg_bin_dir`]'s choice.
    pub fn bin_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.bin_dir = Some(dir.into());
        self
    }

    /// The bootstrap superuser's name (`migra` unless set), the user of [`Cluster::url`].
    pub fn superuser(mut self, name: &str) -> Self {
        self.superuser = name.to_string();
        self
    }

    /// A plain role created once the server runs (repeatable).
    pub fn role(mut self, name: &str) -> Self {
        self.roles.push(name.to_string());
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

    /// Also listens on `localhost` (TCP), where the superuser must log in with
    /// [`Cluster::password`] (scram-sha-256). The unix socket stays trusted.
    pub fn tcp(mut self) -> Self {
        self.tcp = true;
        self
    }

    /// The directory is `/tmp/<prefix>-<pid>-<n>-cluster` (`migra` unless set).
    pub fn dir_prefix(mut self, prefix: &str) -> Self {
        self.dir_prefix = prefix.to_string();
        self
    }

    /// Starts the cluster.
    pub fn start(self) -> Result<Cluster> {
        let bin_dir = match &self.bin_dir {
            Some(dir) => dir.clone(),
            None => pg_bin_dir()?,
        };
        check_server_dir(&bin_dir)?;
        let account = server_account()?;
        let temp = TempDir::with_prefix(&self.dir_prefix, "cluster")?;
        let dir = temp.path().to_path_buf();
        let watchdog = spawn_watchdog(&dir, &bin_dir, account.as_ref())?;
        // The watchdog owns the directory from here on, and `Cluster::drop` ends the watchdog.
        temp.into_path();
        let mut cluster = Cluster {
            dir,
            bin_dir,
            account,
            port: 0,
            tcp: self.tcp,
            superuser: self.superuser.clone(),
            password: format!(
                "pw-{}-{}",
                std::process::id(),
                NEXT_CLUSTER.fetch_add(1, Ordering::Relaxed)
            ),
            server_version_num: 0,
            watchdog: StopHandle(Arc::new(Mutex::new(Some(watchdog)))),
        };
        cluster.init(&self)?;
        cluster.start_server()?;
        cluster.setup(&self.roles)?;
        Ok(cluster)
    }
}

static NEXT_CLUSTER: AtomicUsize = AtomicUsize::new(0);

/// Stops a [`Cluster`] and deletes its directory, from any thread: what a Ctrl-C handler calls.
/// Stopping twice, or after the cluster was dropped, does nothing.
#[derive(Debug, Clone)]
pub struct StopHandle(Arc<Mutex<Option<Child>>>);

impl StopHandle {
    /// Closes the watchdog's pipe and waits until it has stopped the server and deleted the
    /// directory.
    pub fn stop(&self) {
        let watchdog = match self.0.lock() {
            Ok(mut w) => w.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        };
        if let Some(mut child) = watchdog {
            drop(child.stdin.take());
            let _ = child.wait();
        }
    }
}

/// A running throwaway PostgreSQL server and its data directory; see the module docs for teardown.
#[derive(Debug)]
pub struct Cluster {
    dir: PathBuf,
    bin_dir: PathBuf,
    account: Option<Account>,
    port: u16,
    tcp: bool,
    superuser: String,
    password: String,
    server_version_num: u32,
    watchdog: StopHandle,
}

impl Cluster {
    /// Options for a cluster.
    pub fn builder() -> ClusterBuilder {
        ClusterBuilder::default()
    }

    /// A libpq URL for `db` over the unix socket:
    /// `postgresql://SUPERUSER@/DB?host=SOCKETDIR&port=PORT`.
    pub fn url(&self, db: &str) -> String {
        format!(
            "postgresql://{}@/{db}?host={}&port={}",
            self.superuser,
            self.dir.display(),
            self.port
        )
    }

    /// A libpq URL for `db` over TCP to `host` (`localhost` or `127.0.0.1`), with the right
    /// password, or `None` when the cluster does not listen on TCP ([`ClusterBuilder::tcp`]).
    pub fn tcp_url(&self, host: &str, db: &str) -> Option<String> {
        self.tcp.then(|| {
            format!(
                "postgresql://{}:{}@{host}:{}/{db}",
                self.superuser, self.password, self.port
            )
        })
    }

    /// Connects to `db` over the unix socket as the superuser, with the `postgres` crate and no
    /// TLS.
    pub fn client(&self, db: &str) -> Result<postgres::Client> {
        postgres::Config::new()
            .host_path(&self.dir)
            .port(self.port)
            .user(&self.superuser)
            .dbname(db)
            .application_name("migra-cluster")
            .connect(postgres::NoTls)
            .map_err(|e| {
                ClusterError::Server(format!(
                    "connecting to database {db} on {}: {}",
                    self.dir.display(),
                    postgres_error(&e)
                ))
            })
    }

    /// Runs `sql` (any number of statements, simple query protocol) in `db`.
    pub fn execute(&self, db: &str, sql: &str) -> Result<()> {
        self.client(db)?
            .batch_execute(sql)
            .map_err(|e| ClusterError::Server(postgres_error(&e)))
    }

    /// A `psql` command (the program `psql`) connected to `db` over the unix socket as the
    /// superuser, with no `PG*` variables inherited and standard input closed.
    pub fn psql_command(&self, psql: &Path, db: &str) -> Command {
        let mut command = Command::new(psql);
        clear_pg_env(&mut command);
        command
            .arg("-h")
            .arg(&self.dir)
            .arg("-p")
            .arg(self.port.to_string());
        command.args(["-U", &self.superuser, "-d", db]);
        // Not derived from the locale, which may be C or unset: SQL files are read as UTF-8.
        command.env("PGCLIENTENCODING", "UTF8");
        command.stdin(Stdio::null());
        command
    }

    /// Stops the server and deletes the directory from any thread (a Ctrl-C handler).
    pub fn stop_handle(&self) -> StopHandle {
        self.watchdog.clone()
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

    /// The port, also the number in the socket's name.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The bootstrap superuser's name.
    pub fn superuser(&self) -> &str {
        &self.superuser
    }

    /// The superuser's password, needed over TCP only.
    pub fn password(&self) -> &str {
        &self.password
    }

    /// Where `initdb`, `pg_ctl` and `postgres` are.
    pub fn bin_dir(&self) -> &Path {
        &self.bin_dir
    }

    /// The server's log file.
    pub fn log_path(&self) -> PathBuf {
        self.dir.join("server.log")
    }

    /// The postmaster's process id, from `postmaster.pid`, while the server runs.
    pub fn postmaster_pid(&self) -> Option<u32> {
        let text = std::fs::read_to_string(self.dir.join("data/postmaster.pid")).ok()?;
        text.lines().next()?.trim().parse().ok()
    }

    fn init(&mut self, options: &ClusterBuilder) -> Result<()> {
        let io = |what: &str| {
            let what = what.to_string();
            move |e| ClusterError::io(what, e)
        };
        if let Some(account) = &self.account {
            account.own(&self.dir)?;
            std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o700))
                .map_err(io("chmod of the cluster directory"))?;
        }
        let pwfile = self.dir.join("pwfile");
        std::fs::write(&pwfile, format!("{}\n", self.password))
            .map_err(io("writing the password file"))?;
        if let Some(account) = &self.account {
            account.own(&pwfile)?;
        }
        let data = self.dir.join("data");
        let output = self
            .server_command("initdb")
            .arg("-D")
            .arg(&data)
            .args([
                "--no-sync",
                "-U",
                &self.superuser,
                "-E",
                "UTF8",
                "--locale=C",
            ])
            .args(["--auth-local=trust", "--auth-host=scram-sha-256"])
            .arg(format!("--pwfile={}", pwfile.display()))
            .output()
            .map_err(io("running initdb"))?;
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
        settings.extend(options.settings.iter().cloned());
        for (name, source) in &options.data_files {
            let target = data.join(name);
            std::fs::copy(source, &target).map_err(io(&format!(
                "copying {} into the data directory",
                source.display()
            )))?;
            std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600))
                .map_err(io(&format!("chmod of {}", target.display())))?;
            if let Some(account) = &self.account {
                account.own(&target)?;
            }
        }
        let mut conf = std::fs::OpenOptions::new()
            .append(true)
            .open(data.join("postgresql.conf"))
            .map_err(io("opening postgresql.conf"))?;
        let mut text = String::from("\n# Added by migra-cluster.\n");
        for (name, value) in settings {
            text.push_str(&format!("{name} = '{}'\n", value.replace('\'', "''")));
        }
        conf.write_all(text.as_bytes())
            .map_err(io("writing postgresql.conf"))
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
                .map_err(|e| ClusterError::io("running pg_ctl start", e))?;
            if output.status.success() {
                return Ok(());
            }
            let log = std::fs::read_to_string(self.log_path()).unwrap_or_default();
            let bind_failed = log.contains("could not bind");
            let error = ClusterError::Program {
                what: "pg_ctl start".to_string(),
                status: output.status,
                output: format!(
                    "{}{}server log {}:\n{}",
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr),
                    self.log_path().display(),
                    log.trim_end()
                ),
            };
            if !bind_failed {
                return Err(error);
            }
            last_error = Some(error);
        }
        Err(last_error.unwrap_or(ClusterError::Server("pg_ctl start failed".into())))
    }

    fn setup(&mut self, roles: &[String]) -> Result<()> {
        let mut client = self.client("postgres")?;
        let server = |e: postgres::Error| ClusterError::Server(postgres_error(&e));
        let version: String = client
            .query_one("select current_setting('server_version_num')", &[])
            .map_err(server)?
            .get(0);
        self.server_version_num = version.parse().map_err(|_| {
            ClusterError::Server(format!("server_version_num is {version:?}, not a number"))
        })?;
        let roles: Vec<String> = roles
            .iter()
            .map(|r| format!("create role \"{}\";", r.replace('"', "\"\"")))
            .collect();
        client.batch_execute(&roles.join("\n")).map_err(server)
    }

    /// A server program, run as the server's account when this process runs as root.
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
        self.watchdog.stop();
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
            .map_err(|e| ClusterError::io(format!("chown {} {}", self.name, path.display()), e))
    }
}

/// `Some(postgres)` when running as root, `None` otherwise.
fn server_account() -> Result<Option<Account>> {
    let euid = std::fs::metadata("/proc/self")
        .map_err(|e| ClusterError::io("reading /proc/self", e))?
        .uid();
    if euid != 0 {
        return Ok(None);
    }
    let passwd = std::fs::read_to_string("/etc/passwd")
        .map_err(|e| ClusterError::io("reading /etc/passwd", e))?;
    for line in passwd.lines() {
        let fields: Vec<&str> = line.split(':').collect();
        if fields.len() >= 4 && fields[0] == SERVER_ACCOUNT {
            if let (Ok(uid), Ok(gid)) = (fields[2].parse(), fields[3].parse()) {
                return Ok(Some(Account {
                    name: SERVER_ACCOUNT.to_string(),
                    uid,
                    gid,
                }));
            }
        }
    }
    Err(ClusterError::NoServerAccount)
}

fn spawn_watchdog(dir: &Path, bin_dir: &Path, account: Option<&Account>) -> Result<Child> {
    // By path: a PATH without /bin must not keep the cluster from being torn down.
    let mut command = Command::new("/bin/sh");
    command
        .arg("-c")
        .arg(WATCHDOG)
        .arg("migra-cluster-watchdog")
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
        .map_err(|e| ClusterError::io("starting the cluster watchdog (sh)", e))
}

/// A port nobody listens on right now.
fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")
        .map_err(|e| ClusterError::io("finding a free port", e))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| ClusterError::io("finding a free port", e))
}

/// Removes every `PG*` variable from `command`'s environment: stray ones (PGHOST, PGDATA,
/// PGOPTIONS, ...) would change what the programs do.
pub fn clear_pg_env(command: &mut Command) {
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PG") {
            command.env_remove(key);
        }
    }
}

/// Fails with the program's output unless it exited 0.
pub fn check_output(what: &str, output: &Output) -> Result<()> {
    if output.status.success() {
        return Ok(());
    }
    Err(ClusterError::Program {
        what: what.to_string(),
        status: output.status,
        output: format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    })
}
