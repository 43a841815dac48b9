//! The password file, `PGPASSFILE` or `~/.pgpass`, read as libpq reads it: lines of
//! `host:port:dbname:user:password`, `*` matching anything, `\` escaping `:` and `\`, `#` starting
//! a comment line, the first matching line winning. Like libpq, a file that is not a regular file
//! or that its group or others may access is ignored (libpq warns; we stay quiet).

use std::path::Path;

/// The socket directories a `localhost` line in the password file stands for. libpq maps its
/// compiled-in default socket directory to `localhost`; we try two default directories, so
/// both map.
pub(crate) const DEFAULT_SOCKET_DIRS: [&str; 2] = ["/var/run/postgresql", "/tmp"];

/// The password for a connection, if the file at `path` has one.
///
/// `host` is a host name, an IP address or a socket directory (starting with `/`); an empty
/// `host` or a default socket directory matches `localhost` lines.
pub(crate) fn lookup(
    path: &Path,
    host: &str,
    port: u16,
    dbname: &str,
    user: &str,
) -> Option<String> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() || !private(&metadata) {
        return None;
    }
    let text = std::fs::read(path).ok()?;
    find(&String::from_utf8_lossy(&text), host, port, dbname, user)
}

/// Why the file at `path` is skipped although it exists, for messages.
pub(crate) fn ignored_because(path: &Path) -> Option<&'static str> {
    let metadata = std::fs::metadata(path).ok()?;
    if !metadata.is_file() {
        Some("it is not a regular file")
    } else if !private(&metadata) {
        Some("its group or others may access it; chmod 600 it")
    } else {
        None
    }
}

#[cfg(unix)]
fn private(metadata: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    metadata.permissions().mode() & 0o077 == 0
}

#[cfg(not(unix))]
fn private(_: &std::fs::Metadata) -> bool {
    true
}

/// The first line of `text` that matches, as [`lookup`] describes.
pub(crate) fn find(text: &str, host: &str, port: u16, dbname: &str, user: &str) -> Option<String> {
    let host = if host.is_empty() || DEFAULT_SOCKET_DIRS.contains(&host) {
        "localhost"
    } else {
        host
    };
    let port = port.to_string();
    for line in text.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let rest = [host, port.as_str(), dbname, user]
            .iter()
            .try_fold(line, |rest, token| matches_field(rest, token));
        if let Some(rest) = rest {
            return Some(unescape_password(rest));
        }
    }
    None
}

/// libpq's `pwdfMatchesString`: if the field at the start of `line` matches `token`, the text
/// after its terminating `:`.
fn matches_field<'a>(line: &'a str, token: &str) -> Option<&'a str> {
    if let Some(rest) = line.strip_prefix("*:") {
        return Some(rest);
    }
    let mut chars = line.char_indices();
    let mut token = token.chars();
    while let Some((i, c)) = chars.next() {
        let (c, escaped) = if c == '\\' {
            match chars.next() {
                Some((_, next)) => (next, true),
                None => return None,
            }
        } else {
            (c, false)
        };
        if c == ':' && !escaped {
            return token.next().is_none().then(|| &line[i + 1..]);
        }
        if token.next() != Some(c) {
            return None;
        }
    }
    None
}

/// The password field: up to the first unescaped `:`, backslashes removed.
fn unescape_password(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        match c {
            ':' => break,
            '\\' => match chars.next() {
                Some(next) => out.push(next),
                None => out.push('\\'),
            },
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
# comment:*:*:*:nope
db.example.com:5432:app:alice:first
db.example.com:*:*:alice:second
*:5433:*:bob:third\\:with\\\\escapes:ignored
localhost:5432:*:carol:socket
/tmp/pgx:5599:*:carol:custom-dir
host\\:colon:5432:*:dave:escaped-host
*:*:*:*:fallback
";

    fn f(host: &str, port: u16, db: &str, user: &str) -> Option<String> {
        find(FILE, host, port, db, user)
    }

    #[test]
    fn first_match_wins() {
        assert_eq!(
            f("db.example.com", 5432, "app", "alice").as_deref(),
            Some("first")
        );
        assert_eq!(
            f("db.example.com", 5432, "other", "alice").as_deref(),
            Some("second")
        );
        assert_eq!(
            f("db.example.com", 6000, "app", "alice").as_deref(),
            Some("second")
        );
    }

    #[test]
    fn wildcards_and_escapes() {
        assert_eq!(
            f("anywhere", 5433, "x", "bob").as_deref(),
            Some("third:with\\escapes")
        );
        assert_eq!(
            f("host:colon", 5432, "x", "dave").as_deref(),
            Some("escaped-host")
        );
        assert_eq!(f("other", 1, "x", "zed").as_deref(), Some("fallback"));
    }

    #[test]
    fn comments_are_skipped() {
        assert_eq!(find("# a:*:*:*:x\n", "a", 5432, "d", "u"), None);
        assert_eq!(find("", "a", 5432, "d", "u"), None);
    }

    #[test]
    fn sockets_match_localhost_or_their_directory() {
        assert_eq!(f("", 5432, "d", "carol").as_deref(), Some("socket"));
        assert_eq!(
            f("/var/run/postgresql", 5432, "d", "carol").as_deref(),
            Some("socket")
        );
        assert_eq!(f("/tmp", 5432, "d", "carol").as_deref(), Some("socket"));
        assert_eq!(
            f("/tmp/pgx", 5599, "d", "carol").as_deref(),
            Some("custom-dir")
        );
        assert_eq!(
            f("/tmp/pgx", 5432, "d", "carol").as_deref(),
            Some("fallback")
        );
    }

    #[test]
    fn partial_fields_do_not_match() {
        assert_eq!(
            find("db:5432:app:alice:pw\n", "db", 5432, "app", "alic"),
            None
        );
        assert_eq!(
            find("db:5432:app:alice:pw\n", "db", 5432, "ap", "alice"),
            None
        );
        assert_eq!(
            find("db:5432:app:alice\n", "db", 5432, "app", "alice"),
            None
        );
        assert_eq!(
            find("db:5432:app:alice:\n", "db", 5432, "app", "alice").as_deref(),
            Some("")
        );
        assert_eq!(
            find("db:5432:app:alice:pw\r\n", "db", 5432, "app", "alice").as_deref(),
            Some("pw")
        );
    }

    #[cfg(unix)]
    #[test]
    fn group_or_world_readable_files_are_ignored() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("migra-fetch-pgpass-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("pgpass");
        std::fs::write(&path, "*:*:*:*:secret\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(
            lookup(&path, "h", 5432, "d", "u").as_deref(),
            Some("secret")
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert_eq!(lookup(&path, "h", 5432, "d", "u"), None);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o604)).unwrap();
        assert_eq!(lookup(&path, "h", 5432, "d", "u"), None);
        assert!(ignored_because(&path).unwrap().contains("chmod 600"));
        assert_eq!(lookup(&dir, "h", 5432, "d", "u"), None);
        assert_eq!(ignored_because(&dir), Some("it is not a regular file"));
        assert_eq!(lookup(&dir.join("missing"), "h", 5432, "d", "u"), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
