//! What the fuzz targets check, shared between them. Every check panics on a violation, which
//! libFuzzer reports as a crash with the input that caused it.
//!
//! - The catalog reader: any text gives a catalog or an error whose message is one line.
//! - The diff of any two catalogs that read: no panic, the same output twice, no empty
//!   statement, and nothing at all between a catalog and itself.
//! - The connection-string parsers: any text resolves or gives a one-line error, and an error
//!   never shows the password (`PGPASSWORD` from the environment, or a password percent-encoded
//!   in the URL's user info).

use std::sync::OnceLock;

use migra_engine::{diff, Catalog, Migration, Online, Options};
use migra_fetch::{ConnectEnv, ConnectParams};

/// A catalog every input is also diffed against, both ways: the example "after" schema (tables,
/// views, functions, enums, policies, privileges, dependencies).
pub fn fixture() -> &'static Catalog {
    static FIXTURE: OnceLock<Catalog> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        Catalog::from_json(include_str!("../../examples/after.json"))
            .expect("examples/after.json reads")
    })
}

/// Reads `text` as a catalog; an error must be one non-empty line.
pub fn read_catalog(text: &str) -> Option<Catalog> {
    match Catalog::from_json(text) {
        Ok(catalog) => Some(catalog),
        Err(e) => {
            assert_engine_message(&e.to_string());
            None
        }
    }
}

/// An engine error message: one line (`migra_engine::Error::message`), not empty.
pub fn assert_engine_message(message: &str) {
    assert!(!message.trim().is_empty(), "an empty error message");
    assert!(
        !message.contains(['\n', '\r']),
        "an error message of more than one line: {:?}",
        message.chars().take(400).collect::<String>()
    );
}

/// Diffs `from` and `to`: a migration with no empty statement. With `twice`, a second diff
/// must give the same result.
pub fn check_diff(from: &Catalog, to: &Catalog, options: &Options, twice: bool) -> Migration {
    let first = diff(from, to, options);
    if twice {
        let second = diff(from, to, options);
        assert!(
            first == second,
            "the same diff twice gave different results"
        );
    }
    match first {
        Ok(migration) => {
            if let Some(i) = migration
                .statements
                .iter()
                .position(|s| s.sql.trim().is_empty())
            {
                panic!("statement {i} is empty in:\n{}", migration.sql());
            }
            migration
        }
        // The diff fails only on lists it cannot sort, which a catalog read from JSON never
        // has: an error here is a bug.
        Err(e) => panic!("diff failed: {e}"),
    }
}

/// A catalog diffed with itself gives no statement at all.
pub fn check_self_diff(catalog: &Catalog, options: &Options) {
    let migration = check_diff(catalog, catalog, options, false);
    assert!(
        migration.statements.is_empty(),
        "a catalog diffed with itself gave statements:\n{}",
        migration.sql()
    );
}

/// Options from the bits of a byte, and the schema filter from text after it.
pub fn options(flags: u8, schema: &str) -> Options {
    Options {
        schema: (flags & 1 != 0).then(|| schema.to_string()),
        exclude_schema: if flags & 2 != 0 {
            vec![schema.to_string()]
        } else {
            vec![]
        },
        create_extensions_only: flags & 4 != 0,
        ignore_extension_versions: flags & 8 != 0,
        with_privileges: flags & 16 != 0,
        with_owners: flags & 64 != 0,
        online: (flags & 32 != 0).then(Online::default),
    }
}

/// The password the connection checks plant; inputs that already hold it are skipped.
pub const SECRET: &str = "Zq7SeCrEt9";

/// Whether `text` could spell [`SECRET`] by itself: as is, percent-decoded, or once messages
/// have dropped its control characters. Such inputs are skipped.
pub fn holds_secret(text: &str) -> bool {
    let visible: String = text.chars().filter(|c| !c.is_control()).collect();
    [text.to_string(), visible.clone(), percent_decoded(&visible)]
        .iter()
        .any(|t| {
            t.to_ascii_lowercase()
                .contains(&SECRET.to_ascii_lowercase())
        })
}

/// A connection error message: one line, not empty, no control character (migra-fetch's
/// messages promise all three).
pub fn assert_one_line(message: &str) {
    assert!(!message.trim().is_empty(), "an empty error message");
    assert!(
        !message.chars().any(char::is_control),
        "an error message with a line break or control character: {message:?}"
    );
}

/// Whether resolving `text` could read a file named in it (`passfile=`, also percent-encoded in
/// a URL): a fuzzer that guessed `passfile=/proc/kcore` would read it whole. Such inputs are
/// skipped; the password file's parsing has its own target, on a file of its own.
pub fn names_a_file(text: &str) -> bool {
    let decoded = percent_decoded(text).to_ascii_lowercase();
    decoded.contains("passfile") || decoded.contains("pgpassfile")
}

fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The environment of the connection checks: no `HOME` (so no `~/.pgpass` nor certificate is
/// looked for), an OS user, and `PGPASSWORD` set to [`SECRET`].
pub fn env() -> ConnectEnv {
    ConnectEnv::new().os_user("fuzz").var("PGPASSWORD", SECRET)
}

/// Resolves `text`; an error must be one line and must not show [`SECRET`] unless `text`
/// itself holds it outside the password.
pub fn check_resolve(text: &str, env: &ConnectEnv) {
    if let Err(e) = ConnectParams::resolve(text, env) {
        let message = e.to_string();
        assert_one_line(&message);
        assert_eq!(message, e.message());
        assert!(
            !message.contains(SECRET),
            "the password is in the error for {text:?}: {message}"
        );
    }
}

/// `text` percent-encoded as a URL component (everything but unreserved characters).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
