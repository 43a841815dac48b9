//! Any text as a password file: `host:port:dbname:user:password` lines with `*`, `\` escapes and
//! `#` comments. The parser is private to migra-fetch, so the file is read the public way: a
//! private (0600) temporary file named by `passfile=` in a connection string. The first line of
//! the input picks the connection (host, port, dbname, user as a `key=value` string); the rest
//! is the file.
//!
//! When migra-fetch exposes `pgpass::find(text, host, port, dbname, user)` (suggested name:
//! `migra_fetch::pgpass_password`), call it directly instead of writing a file; the checks stay.
#![no_main]

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use migra_fetch::{ConnectEnv, ConnectParams};
use migra_fuzz::assert_one_line;

fn file() -> &'static PathBuf {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("migra-fuzz-pgpass-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        dir.join("pgpass")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (first, contents) = text.split_once('\n').unwrap_or(("", text));
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(file())
        .expect("the scratch password file");
    out.write_all(contents.as_bytes()).expect("written");
    drop(out);
    // Only the connection's own fields from the first line, quoted, so it cannot name
    // another file.
    let fields: Vec<&str> = first.splitn(4, ':').collect();
    let field = |i: usize| fields.get(i).copied().unwrap_or("");
    let quote = |s: &str| s.replace('\\', "\\\\").replace('\'', "\\'");
    let conninfo = format!(
        "host='{}' port='{}' dbname='{}' user='{}' passfile='{}'",
        quote(field(0)),
        quote(field(1)),
        quote(field(2)),
        quote(field(3)),
        file().display()
    );
    match ConnectParams::resolve(&conninfo, &ConnectEnv::new().os_user("fuzz")) {
        Ok(params) => {
            for target in &params.targets {
                if let Some(password) = &target.password {
                    // A password comes from one line of the file: it holds no line break.
                    assert!(!password.contains('\n'), "{password:?}");
                }
            }
        }
        Err(e) => assert_one_line(&e.to_string()),
    }
});
