//! Reading a connection string in either of libpq's two forms, a URL (`postgresql://...`, also
//! SQLAlchemy's `postgresql+driver://...` that migra accepted) or `key=value` pairs, into the
//! keywords it gives, in order. Fallbacks and defaults come later (`params.rs`); this module only
//! reads text. Its messages never repeat the user-info part of a URL, where the password lives,
//! nor the word or parameter after a password, which may be the rest of one that needed quoting.

use crate::error::{ConnectError, ConnectErrorKind};

/// The keywords a connection string gives, in order; a later duplicate wins.
pub(crate) type Pairs = Vec<(String, String)>;

const URL_FORM: &str = "postgresql://user:password@host:port/dbname?param=value";

/// What to do when the word after a `password=` pair does not read as a pair of its own. That
/// word is never shown: it may be the rest of a password holding a space (`password=Sup3r
/// Secret`) or a quote (`password='it's'`).
const QUOTE_THE_PASSWORD: &str = "quote a password holding spaces, password='...'";

/// The same for the parameter after a URL's `password` query parameter, which may be the rest of
/// a password holding an `&` (`?password=Sup3r&Secret`).
const ENCODE_THE_PASSWORD: &str =
    "percent-encode special characters in the password (%26 for &, %3D for =)";

fn malformed(message: impl Into<String>) -> ConnectError {
    ConnectError::new(ConnectErrorKind::MalformedUrl, message)
}

/// Whether `text` is a URL (as opposed to a `key=value` string): it starts with a scheme and
/// `://`. Only the start counts, as in libpq: a `key=value` string may hold `://` in a value
/// (`application_name=a://b`, a quoted password), and reading it as a URL would put the
/// password in an "unsupported URL scheme" message.
pub(crate) fn is_url(text: &str) -> bool {
    let Some((scheme, _)) = text.split_once("://") else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Reads a URL or a `key=value` string.
pub(crate) fn parse(text: &str) -> Result<Pairs, ConnectError> {
    let text = text.trim();
    if is_url(text) {
        parse_url(text)
    } else if text.contains('=') {
        parse_key_values(text)
    } else {
        Err(malformed(format!(
            "cannot read connection string: give a URL like {URL_FORM} or libpq key=value pairs"
        )))
    }
}

/// Reads `postgresql://[user[:password]@][host][:port][,...][/dbname][?key=value&...]`.
fn parse_url(url: &str) -> Result<Pairs, ConnectError> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return Err(malformed(format!("not a URL: use {URL_FORM}")));
    };
    let dialect = scheme
        .split_once('+')
        .map_or(scheme, |(dialect, _driver)| dialect);
    if !["postgresql", "postgres"].contains(&dialect.to_ascii_lowercase().as_str()) {
        return Err(malformed(format!(
            "unsupported URL scheme \"{}\": use {URL_FORM}",
            crate::error::clean(scheme)
        )));
    }
    let mut pairs = Pairs::new();
    let (userinfo, rest) = split_userinfo(rest);
    if let Some(userinfo) = userinfo {
        let (user, password) = match userinfo.split_once(':') {
            Some((user, password)) => (user, Some(password)),
            None => (userinfo, None),
        };
        let user = decode(user, "the user name of the URL")?;
        if !user.is_empty() {
            pairs.push(("user".into(), user));
        }
        if let Some(password) = password {
            let password = decode(password, "the password of the URL")?;
            if !password.is_empty() {
                pairs.push(("password".into(), password));
            }
        }
    }
    let hostspec_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (hosts, ports) = parse_hostspec(&rest[..hostspec_end])?;
    if hosts.iter().any(|h| !h.is_empty()) {
        pairs.push(("host".into(), hosts.join(",")));
    }
    if ports.iter().any(|p| !p.is_empty()) {
        pairs.push(("port".into(), ports.join(",")));
    }
    let rest = &rest[hostspec_end..];
    let (path, query) = match rest.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (rest, None),
    };
    if let Some(dbname) = path.strip_prefix('/') {
        let dbname = decode(dbname, "the database name of the URL")?;
        if !dbname.is_empty() {
            pairs.push(("dbname".into(), dbname));
        }
    }
    let mut after_password = false;
    for param in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let Some((key, value)) = param.split_once('=') else {
            if after_password {
                return Err(malformed(format!(
                    "the URL query parameter after the password has no value: {ENCODE_THE_PASSWORD}"
                )));
            }
            return Err(malformed(format!(
                "URL query parameter \"{}\" has no value: write {0}=value",
                crate::error::clean(param)
            )));
        };
        let key = decode(key, "a URL query parameter name")?;
        let what = if after_password {
            "the value of the URL query parameter after the password".to_string()
        } else {
            format!("the value of URL query parameter \"{key}\"")
        };
        let value = decode(value, &what)?;
        if after_password && !crate::params::is_keyword(&key) && key != "ssl" {
            return Err(unknown_after_password(ENCODE_THE_PASSWORD));
        }
        after_password = key == "password";
        if key == "ssl" && value == "true" {
            // libpq reads the JDBC-style `ssl=true` as `sslmode=require`.
            pairs.push(("sslmode".into(), "require".into()));
        } else {
            pairs.push((key, value));
        }
    }
    Ok(pairs)
}

/// Splits `[userinfo@]rest`. libpq's reading first: the user info ends at the last `@` before
/// the first `/` or `?`. migra read URLs with SQLAlchemy, which also accepts a password holding
/// an unencoded `/` or `?` (`user:pa/ss@host`); that reading is used only where libpq's would
/// leave a host part that cannot be parsed.
fn split_userinfo(rest: &str) -> (Option<&str>, &str) {
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    if let Some(at) = rest[..authority_end].rfind('@') {
        return (Some(&rest[..at]), &rest[at + 1..]);
    }
    if parse_hostspec(&rest[..authority_end]).is_ok() {
        return (None, rest);
    }
    if let Some(colon) = rest[..authority_end].find(':') {
        let user = &rest[..colon];
        if !user.contains(['[', ']', ',']) {
            if let Some(at) = rest[colon + 1..].find('@') {
                let at = colon + 1 + at;
                // The host part this reading leaves must look like one: an `@` in the query
                // (`?application_name=me@corp&password=...`) is not the end of a password, and
                // taking it for one would make the rest of the query a host name, shown in
                // messages, password and all.
                let host = &rest[at + 1..];
                let host = &host[..host.find(['/', '?']).unwrap_or(host.len())];
                if !host.contains(['=', '&']) && parse_hostspec(host).is_ok() {
                    return (Some(&rest[..at]), &rest[at + 1..]);
                }
            }
        }
    }
    (None, rest)
}

/// Reads `host[:port][,host[:port]...]`, hosts possibly `[ipv6]` or percent-encoded socket
/// directories. Returns the decoded hosts and the ports, one of each per entry (possibly empty).
fn parse_hostspec(spec: &str) -> Result<(Vec<String>, Vec<String>), ConnectError> {
    let mut hosts = Vec::new();
    let mut ports = Vec::new();
    if spec.is_empty() {
        return Ok((hosts, ports));
    }
    for entry in spec.split(',') {
        let (host, port) = if let Some(bracketed) = entry.strip_prefix('[') {
            let Some((host, after)) = bracketed.split_once(']') else {
                return Err(malformed(format!(
                    "unterminated IPv6 address in the host part of the URL: write [{}]",
                    crate::error::clean(bracketed)
                )));
            };
            let port = match after {
                "" => "",
                after => after.strip_prefix(':').ok_or_else(|| {
                    malformed(
                        "unexpected text after an IPv6 address in the URL: write [address]:port",
                    )
                })?,
            };
            (host.to_string(), port)
        } else {
            let (host, port) = entry.split_once(':').unwrap_or((entry, ""));
            (decode(host, "the host of the URL")?, port)
        };
        if !port.is_empty() && !port.bytes().all(|b| b.is_ascii_digit()) {
            // The text may be part of a password with an unencoded special character, so it is
            // not repeated here.
            return Err(malformed(
                "invalid port in the URL: a port is a number; percent-encode special characters \
                 in the user name and password (%2F for /, %40 for @, %3A for :)",
            ));
        }
        hosts.push(host);
        ports.push(port.to_string());
    }
    Ok((hosts, ports))
}

/// Percent-decodes `text`, which is `what` (for the message). `+` stays `+`, as in libpq.
pub(crate) fn decode(text: &str, what: &str) -> Result<String, ConnectError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            let Some(byte) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) else {
                return Err(malformed(format!(
                    "invalid percent-encoding in {what}: % must be followed by two hex digits (write %25 for %)"
                )));
            };
            if byte == 0 {
                return Err(malformed(format!("forbidden %00 in {what}")));
            }
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| {
        malformed(format!(
            "percent-encoding in {what} does not decode to UTF-8"
        ))
    })
}

/// Reads libpq's `key=value key2='quoted value'` form. Values may be single-quoted; a backslash
/// escapes the next character, quoted or not.
///
/// The word after a `password=` pair is never shown in a message (`QUOTE_THE_PASSWORD`): when
/// it has no `=`, has an unterminated quoted value or is no keyword, it may be part of the
/// password.
fn parse_key_values(text: &str) -> Result<Pairs, ConnectError> {
    let mut pairs = Pairs::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return Ok(pairs);
        }
        let after_password = pairs.last().is_some_and(|(key, _)| key == "password");
        let mut key = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_whitespace()) {
            key.push(c);
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.next() != Some('=') {
            if after_password {
                return Err(malformed(format!(
                    "missing \"=\" after the word following the password in the connection string: {QUOTE_THE_PASSWORD}"
                )));
            }
            return Err(malformed(format!(
                "missing \"=\" after \"{}\" in the connection string: write {0}=value",
                crate::error::clean(&key)
            )));
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next() {
                    None if after_password => {
                        return Err(malformed(format!(
                            "unterminated quoted value after the password in the connection string: {QUOTE_THE_PASSWORD}, and close a quoted value with '"
                        )))
                    }
                    None => {
                        return Err(malformed(format!(
                            "unterminated quoted value for \"{}\" in the connection string: close it with '",
                            crate::error::clean(&key)
                        )))
                    }
                    Some('\'') => break,
                    Some('\\') => value.extend(chars.next()),
                    Some(c) => value.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                if c == '\\' {
                    value.extend(chars.next());
                } else {
                    value.push(c);
                }
            }
        }
        if after_password && !crate::params::is_keyword(&key) {
            return Err(unknown_after_password(QUOTE_THE_PASSWORD));
        }
        pairs.push((key, value));
    }
}

/// The parameter after the password is no keyword: a misspelt one, or the rest of a password
/// that needed quoting or encoding, so it is not named.
fn unknown_after_password(advice: &str) -> ConnectError {
    ConnectError::new(
        ConnectErrorKind::InvalidParameter,
        format!(
            "unknown connection parameter after the password: check its spelling against libpq's parameter keywords, or {advice}"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn p(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn full_url() {
        assert_eq!(
            pairs("postgresql://alice:s3cret@db.example.com:5433/app?sslmode=require&application_name=x"),
            p(&[
                ("user", "alice"),
                ("password", "s3cret"),
                ("host", "db.example.com"),
                ("port", "5433"),
                ("dbname", "app"),
                ("sslmode", "require"),
                ("application_name", "x"),
            ])
        );
    }

    #[test]
    fn schemes() {
        for scheme in [
            "postgresql",
            "postgres",
            "postgresql+psycopg2",
            "postgresql+anydriver",
            "POSTGRESQL",
        ] {
            assert_eq!(
                pairs(&format!("{scheme}://h/d")),
                p(&[("host", "h"), ("dbname", "d")])
            );
        }
        let e = parse("mysql://h/d").unwrap_err();
        assert_eq!(e.kind(), ConnectErrorKind::MalformedUrl);
        assert!(
            e.message().contains("unsupported URL scheme \"mysql\""),
            "{e}"
        );
    }

    /// Found by the property tests (fetcher/tests/parsers.rs): `://` inside a value made a
    /// `key=value` string a URL, whose "unsupported scheme" message then held the password.
    #[test]
    fn key_values_holding_a_scheme_separator() {
        assert_eq!(
            pairs("host=db password=x application_name=a://b"),
            p(&[
                ("host", "db"),
                ("password", "x"),
                ("application_name", "a://b")
            ])
        );
        assert_eq!(
            pairs("password=Zq7 host='://'"),
            p(&[("password", "Zq7"), ("host", "://")])
        );
    }

    /// Found by the property tests: with a port that does not parse, the SQLAlchemy reading
    /// took the `@` of the query for the end of a password, and the rest of the query
    /// (`corp&password=...`) for a host name.
    #[test]
    fn at_sign_in_the_query_is_not_user_info() {
        let e =
            parse("postgresql://h:5432x/db?application_name=me@corp&password=hunter2").unwrap_err();
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }

    #[test]
    fn minimal_urls() {
        assert_eq!(pairs("postgresql://"), p(&[]));
        assert_eq!(pairs("postgresql:///db"), p(&[("dbname", "db")]));
        assert_eq!(pairs("postgresql://h"), p(&[("host", "h")]));
        assert_eq!(pairs("postgresql://h/"), p(&[("host", "h")]));
        assert_eq!(
            pairs("postgresql://:5433/db"),
            p(&[("port", "5433"), ("dbname", "db")])
        );
        assert_eq!(
            pairs("postgresql://u@/db"),
            p(&[("user", "u"), ("dbname", "db")])
        );
        assert_eq!(
            pairs("postgresql://u:@h"),
            p(&[("user", "u"), ("host", "h")])
        );
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(
            pairs("postgresql://us%40er:p%3Aa%2Fs%25s+@h/d%20b"),
            p(&[
                ("user", "us@er"),
                ("password", "p:a/s%s+"),
                ("host", "h"),
                ("dbname", "d b")
            ])
        );
        assert_eq!(
            pairs("postgresql://h/%C3%A9"),
            p(&[("host", "h"), ("dbname", "é")])
        );
        assert!(parse("postgresql://h/a%zz").is_err());
        assert!(parse("postgresql://h/a%2").is_err());
        assert!(parse("postgresql://h/a%00").is_err());
        assert!(parse("postgresql://h/a%FF").is_err());
    }

    #[test]
    fn socket_directories() {
        assert_eq!(
            pairs("postgresql://%2Fvar%2Frun%2Fpostgresql/db"),
            p(&[("host", "/var/run/postgresql"), ("dbname", "db")])
        );
        assert_eq!(
            pairs("postgresql:///db?host=/tmp/sock&port=5599"),
            p(&[("dbname", "db"), ("host", "/tmp/sock"), ("port", "5599")])
        );
        assert_eq!(
            pairs("postgresql://u@%2Ftmp%2Fpg:5599/db"),
            p(&[
                ("user", "u"),
                ("host", "/tmp/pg"),
                ("port", "5599"),
                ("dbname", "db")
            ])
        );
        assert_eq!(
            pairs("postgresql:///db?host=%2Ftmp"),
            p(&[("dbname", "db"), ("host", "/tmp")])
        );
    }

    #[test]
    fn ipv6_and_multiple_hosts() {
        assert_eq!(
            pairs("postgresql://[::1]:5433/db"),
            p(&[("host", "::1"), ("port", "5433"), ("dbname", "db")])
        );
        assert_eq!(
            pairs("postgresql://[fe80::1]/db"),
            p(&[("host", "fe80::1"), ("dbname", "db")])
        );
        assert_eq!(
            pairs("postgresql://a:1,b,c:3/db"),
            p(&[("host", "a,b,c"), ("port", "1,,3"), ("dbname", "db")])
        );
        assert!(parse("postgresql://[::1/db").is_err());
    }

    #[test]
    fn query_parameters() {
        assert_eq!(
            pairs("postgresql://h/d?user=bob&password=pw&dbname=other&connect_timeout=5&ssl=true"),
            p(&[
                ("host", "h"),
                ("dbname", "d"),
                ("user", "bob"),
                ("password", "pw"),
                ("dbname", "other"),
                ("connect_timeout", "5"),
                ("sslmode", "require"),
            ])
        );
        assert_eq!(
            pairs("postgresql://h?sslrootcert=%2Fetc%2Fca.pem&application_name=a%20b"),
            p(&[
                ("host", "h"),
                ("sslrootcert", "/etc/ca.pem"),
                ("application_name", "a b")
            ])
        );
        let e = parse("postgresql://h/d?sslmode").unwrap_err();
        assert!(e.message().contains("\"sslmode\" has no value"), "{e}");
    }

    #[test]
    fn sqlalchemy_passwords_with_unencoded_specials() {
        assert_eq!(
            pairs("postgresql+psycopg2://u:pa/ss?w@h:5432/db"),
            p(&[
                ("user", "u"),
                ("password", "pa/ss?w"),
                ("host", "h"),
                ("port", "5432"),
                ("dbname", "db")
            ])
        );
        assert_eq!(
            pairs("postgresql://u:p@ss@h/db"),
            p(&[
                ("user", "u"),
                ("password", "p@ss"),
                ("host", "h"),
                ("dbname", "db")
            ])
        );
        // libpq's reading wins where it works.
        assert_eq!(
            pairs("postgresql://h:5432/db?application_name=a@b"),
            p(&[
                ("host", "h"),
                ("port", "5432"),
                ("dbname", "db"),
                ("application_name", "a@b")
            ])
        );
    }

    #[test]
    fn bad_port_does_not_echo_it() {
        let e = parse("postgresql://u:hunter2/x/db").unwrap_err();
        assert_eq!(e.kind(), ConnectErrorKind::MalformedUrl);
        assert!(!e.message().contains("hunter2"), "{e}");
        assert!(e.message().contains("invalid port"), "{e}");
    }

    #[test]
    fn key_values() {
        assert_eq!(
            pairs("host=/tmp port = 5599 dbname='my db' password='it\\'s' user=a\\ b"),
            p(&[
                ("host", "/tmp"),
                ("port", "5599"),
                ("dbname", "my db"),
                ("password", "it's"),
                ("user", "a b"),
            ])
        );
        assert_eq!(pairs("  dbname=x  "), p(&[("dbname", "x")]));
        assert_eq!(pairs("password=''"), p(&[("password", "")]));
        assert!(parse("dbname=x host").is_err());
        assert!(parse("password='abc")
            .unwrap_err()
            .message()
            .contains("unterminated"));
    }

    /// The word after a `password=` pair may be the rest of the password (unquoted with a space,
    /// or quoted with an unescaped quote): whatever is wrong with it, no message names it.
    #[test]
    fn word_after_the_password_is_never_shown() {
        for (input, says) in [
            (
                "password=Sup3r Secret host=h",
                "missing \"=\" after the word following the password",
            ),
            (
                "host=h password=Sup3r Secret",
                "missing \"=\" after the word following the password",
            ),
            (
                "password='it's Secret' host=h",
                "missing \"=\" after the word following the password",
            ),
            (
                "password=Sup3r Secret='x host=h",
                "unterminated quoted value after the password",
            ),
            (
                "password=Sup3r Secret== host=h",
                "unknown connection parameter after the password",
            ),
        ] {
            let e = parse(input).unwrap_err();
            assert!(e.message().contains(says), "{input}: {e}");
            assert!(e.message().contains("password='...'"), "{input}: {e}");
            assert!(!e.message().contains("Secret"), "{input}: {e}");
        }
        // A misspelt keyword after the password is not named either; elsewhere it is.
        let e = parse("password=x hots=h").unwrap_err();
        assert_eq!(e.kind(), ConnectErrorKind::InvalidParameter);
        assert!(!e.message().contains("hots"), "{e}");
        assert!(parse("host=h Secret")
            .unwrap_err()
            .message()
            .contains("\"Secret\""));
        // Keywords after the password read as they always did.
        assert_eq!(
            pairs("password=x sslmode=require keepalives=1"),
            p(&[
                ("password", "x"),
                ("sslmode", "require"),
                ("keepalives", "1")
            ])
        );
    }

    /// The same for the query parameter after a URL's `password` parameter: the rest of a
    /// password holding an unencoded `&`.
    #[test]
    fn parameter_after_a_url_password_is_never_shown() {
        for (input, says) in [
            ("postgresql://h/d?password=Sup3r&Secret", "the URL query parameter after the password has no value"),
            ("postgresql://h/d?password=Sup3r&Secret=x", "unknown connection parameter after the password"),
            ("postgresql://h/d?password=Sup3r&Secret=%zz", "invalid percent-encoding in the value of the URL query parameter after the password"),
        ] {
            let e = parse(input).unwrap_err();
            assert!(e.message().contains(says), "{input}: {e}");
            assert!(!e.message().contains("Secret"), "{input}: {e}");
        }
        assert_eq!(
            pairs("postgresql://h?password=x&ssl=true&sslmode=verify-full"),
            p(&[
                ("host", "h"),
                ("password", "x"),
                ("sslmode", "require"),
                ("sslmode", "verify-full")
            ])
        );
    }

    #[test]
    fn neither_form() {
        let e = parse("just-a-name").unwrap_err();
        assert_eq!(e.kind(), ConnectErrorKind::MalformedUrl);
        assert!(e.message().contains("postgresql://"), "{e}");
    }
}
