//! Property tests of the connection-string parsers (issue 18, part 3), through the public
//! [`ConnectParams::resolve`]: URLs, libpq `key=value` strings and the password file.
//!
//! - Nothing panics, whatever the text; every error is one line without control characters.
//! - No error shows the password: not `PGPASSWORD`, not a `password=` pair, not the password of
//!   a URL (percent-encoded, or with the characters people forget to encode), not a URL's
//!   `?password=` parameter, wherever the rest of the string goes wrong. Nor any part of it,
//!   where a password that needed quoting or encoding was cut short (`password=Sup3r Secret`,
//!   `?password=Sup3r&Secret`) and the next word read as something else. A resolved
//!   `ConnectParams`' `Debug` does not show it either.
//! - The password file: any contents read without panicking, and a generated file gives the
//!   password of its first matching line, as libpq's matching says (`*`, `\` escapes, comments).
//!
//! proptest rather than cargo-fuzz for these: it runs on the stable toolchain inside
//! `cargo test` and builds structured strings (a well-formed password among broken pairs) that
//! state exactly when a password must not appear. The long, coverage-guided runs are the
//! cargo-fuzz targets in fuzz/ (`just fuzz`, nightly).
//!
//! The environment is always built here (`ConnectEnv::new()`), never the process's: no `HOME`,
//! so no `~/.pgpass` or certificate is read, and no `passfile=` but the tests' own. A longer
//! run: `PROPTEST_CASES=100000 cargo test --release -p migra-fetch --test parsers`; proptest
//! keeps a failure's seed in `parsers.proptest-regressions` beside this file (commit it).

use migra_fetch::{ConnectEnv, ConnectError, ConnectParams};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;

/// Cases per property unless `PROPTEST_CASES` says otherwise.
fn config(cases: u32) -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    // Beside this file (tests/NAME.proptest-regressions): the default looks for a lib.rs,
    // which an integration test has not, and would keep nothing.
    config.failure_persistence = Some(Box::new(
        proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
    ));
    config
}

fn env() -> ConnectEnv {
    ConnectEnv::new().os_user("osuser")
}

/// What a property returns: `Err` fails the case (and proptest shrinks it) without the noise
/// of a panic at every shrinking step.
type Checked = Result<(), TestCaseError>;

/// An error message as migra-fetch promises them: one line, not empty, no control character.
fn assert_clean(input: &str, e: &ConnectError) -> Checked {
    let message = e.to_string();
    prop_assert!(
        !message.trim().is_empty(),
        "an empty message for {:?}",
        input
    );
    prop_assert!(
        !message.chars().any(char::is_control),
        "a control character in the message for {:?}: {:?}",
        input,
        message
    );
    prop_assert_eq!(&message, e.message());
    Ok(())
}

/// The parts of `secret` a parser may cut it into where it needed quoting or encoding (at a
/// space, a quote, an `&`, an `=`) and that the generators mark: each starts with `Zq`.
fn parts(secret: &str) -> impl Iterator<Item = &str> {
    secret
        .split([' ', '\'', '&', '='])
        .filter(|part| part.starts_with("Zq"))
}

/// Resolves `input`: an error must be clean and must not hold `secret` nor any of its
/// [`parts`], nor may the `Debug` of what resolved.
fn assert_hidden(input: &str, env: &ConnectEnv, secret: &str) -> Checked {
    let shown = match ConnectParams::resolve(input, env) {
        Ok(params) => format!("{params:?}"),
        Err(e) => {
            assert_clean(input, &e)?;
            e.message().to_string()
        }
    };
    for hidden in std::iter::once(secret).chain(parts(secret)) {
        prop_assert!(
            !shown.contains(hidden),
            "{:?} of the password {:?} shows for {:?}: {}",
            hidden,
            secret,
            input,
            shown
        );
    }
    Ok(())
}

/// Bits of connection strings: keywords (every one but `passfile`, which would name a file to
/// read), punctuation of both forms, values each keyword checks, and characters that have
/// broken parsers: escapes, quotes, percent signs, control characters, multi-byte characters.
const PIECES: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "sslmode",
    "sslrootcert",
    "sslnegotiation",
    "application_name",
    "connect_timeout",
    "options",
    "target_session_attrs",
    "channel_binding",
    "client_encoding",
    "service",
    "replication",
    "keepalives",
    "=",
    " ",
    " ",
    "'",
    "\\",
    "://",
    "postgresql",
    "postgres+psycopg2",
    "mysql",
    "@",
    ":",
    "/",
    "?",
    "&",
    ",",
    "[",
    "]",
    "%",
    "%2F",
    "%40",
    "%3A",
    "%00",
    "%FF",
    "%zz",
    "::1",
    "127.0.0.1",
    "5432",
    "0",
    "65536",
    "-1",
    "require",
    "verify-full",
    "direct",
    "system",
    "read-write",
    "\n",
    "\t",
    "\u{0}",
    "\u{1b}",
    "é",
    "🦀",
    "#",
    "*",
];

/// Text made of [`PIECES`] and short runs of letters and digits.
fn conninfo_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => select(PIECES).prop_map(str::to_string),
            1 => "[a-z0-9]{1,4}",
        ],
        0..24,
    )
    .prop_map(|pieces| pieces.concat())
}

/// Any text, text made of pieces, and URLs made of pieces.
fn any_input() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        conninfo_like(),
        conninfo_like().prop_map(|rest| format!("postgresql://{rest}")),
    ]
}

/// A password: a prefix nothing else holds, then anything a password may hold.
fn secret() -> impl Strategy<Value = String> {
    "[A-Za-z0-9 '\"\\\\:@/?#%&=,é]{4,12}".prop_map(|rest| format!("Zq7{rest}"))
}

/// A password with no character that needs quoting or encoding.
fn plain_secret() -> impl Strategy<Value = String> {
    "[A-Za-z0-9]{4,12}".prop_map(|rest| format!("Zq7{rest}"))
}

/// The words after the first of a password that needed quoting or encoding (`Zq7ab Zq8cd`, or
/// `Zq7ab&Zq8cd` in a URL), each marked `Zq8`, and some holding an `=` (a base64 password's
/// padding), so that they read as a `key=value` pair.
fn more_words() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec("Zq8[A-Za-z0-9]{1,5}(=[A-Za-z0-9=]{0,3})?", 1..3)
}

/// A `password=` pair whose password needed quoting and is cut short: written unquoted with
/// spaces (`password=Zq7ab Zq8cd`), or quoted with a quote inside left unescaped
/// (`password='Zq7ab'Zq8cd'`). Then the pair and the password.
fn password_needing_quotes() -> impl Strategy<Value = (String, String)> {
    (
        "Zq7[A-Za-z0-9]{1,6}",
        more_words(),
        any::<bool>(),
        select(&["=", " = ", "= "][..]),
    )
        .prop_map(|(first, more, quoted, equals)| {
            if quoted {
                let secret = format!("{first}'{}", more.join(" "));
                (format!("password{equals}'{secret}'"), secret)
            } else {
                let secret = format!("{first} {}", more.join(" "));
                (format!("password{equals}{secret}"), secret)
            }
        })
}

/// `value` as a `key=value` value: quoted, `'` and `\` escaped.
fn quoted(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// `text` percent-encoded as a URL component.
fn percent_encoded(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A `key=value` pair that reads as a pair, whatever its key or value is worth: the keyword
/// may be unknown and the value invalid for it.
fn whole_pair() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            select(&PIECES[..18]).prop_map(str::to_string),
            "[a-z_]{1,8}",
        ],
        prop_oneof![conninfo_like(), any::<String>()],
    )
        .prop_map(|(key, value)| format!("{key}={}", quoted(&value)))
}

/// The key=value strings a password must stay hidden in: whole pairs before it, the password
/// pair (plain or quoted), then anything at all.
fn key_values_with_password() -> impl Strategy<Value = (String, String)> {
    (
        prop::collection::vec(whole_pair(), 0..4),
        prop_oneof![
            plain_secret().prop_map(|s| (format!("password={s}"), s)),
            secret().prop_map(|s| (format!("password={}", quoted(&s)), s)),
            secret().prop_map(|s| (format!("password = {}", quoted(&s)), s)),
            password_needing_quotes(),
        ],
        prop::collection::vec(prop_oneof![whole_pair(), conninfo_like()], 0..4),
    )
        .prop_map(|(before, (pair, secret), after)| {
            let mut words = before;
            words.push(pair);
            words.extend(after);
            (words.join(" "), secret)
        })
}

/// The URLs a password must stay hidden in: its user info (encoded, or holding `/`, `?`, `@`,
/// `:` unencoded as SQLAlchemy allowed) or a `password` query parameter (encoded, or holding an
/// unencoded `&` before [`more_words`]), and anything at all for the host part, the database
/// and the other parameters.
fn urls_with_password() -> impl Strategy<Value = (String, String)> {
    (
        select(&["postgresql", "postgres", "postgresql+psycopg2", "POSTGRES"][..]),
        "[a-z]{0,4}",
        prop_oneof![secret(), plain_secret()],
        0..4u8,
        more_words(),
        conninfo_like(),
        prop::collection::vec(
            prop_oneof![
                (select(&PIECES[..18]), conninfo_like())
                    .prop_map(|(k, v)| format!("{k}={}", percent_encoded(&v))),
                conninfo_like(),
            ],
            0..3,
        ),
    )
        .prop_map(|(scheme, user, secret, form, more, rest, params)| {
            let mut params = params;
            let userinfo = match form {
                0 => format!("{user}:{}@", percent_encoded(&secret)),
                1 => format!("{user}:{}@", secret.replace(['%', ' ', '#'], "x")),
                _ => {
                    // No `@` before the planted parameter: after a host part that does not
                    // parse, `host?a@b/...` is SQLAlchemy's user info with an unencoded `?`
                    // (`user:pa?ss@host`, which migra accepted), and what follows it is a
                    // database name, not a query: the input would not say where the password
                    // is. An `@` in a query after a good host part is url_with_an_at_sign_in_its_query.
                    params = params.iter().map(|p| p.replace('@', "")).collect();
                    params.push(format!("password={}", percent_encoded(&secret)));
                    if form == 3 {
                        // The password holds an `&` left unencoded: its rest reads as more
                        // parameters.
                        params.extend(more.iter().cloned());
                    }
                    String::new()
                }
            };
            // The rest must not bring a query of its own, or the planted parameter would be
            // part of the value of the rest's last one.
            let rest = rest.replace(['?', '&'], "");
            let secret = match form {
                1 => secret.replace(['%', ' ', '#'], "x"),
                3 => format!("{secret}&{}", more.join("&")),
                _ => secret,
            };
            let query = if params.is_empty() {
                String::new()
            } else {
                format!("?{}", params.join("&"))
            };
            (format!("{scheme}://{userinfo}{rest}{query}"), secret)
        })
}

proptest! {
    #![proptest_config(config(10_000))]

    /// Anything resolves or gives a clean error, and `PGPASSWORD` never shows in one.
    #[test]
    fn any_text_resolves_or_gives_a_clean_error(input in any_input(), secret in secret()) {
        let env = env().var("PGPASSWORD", &secret);
        assert_hidden(&input, &env, &secret)?;
    }
}

proptest! {
    #![proptest_config(config(5_000))]

    /// A `password=` pair stays hidden whatever the pairs around it and the text after it do.
    #[test]
    fn key_value_password_stays_hidden((input, secret) in key_values_with_password()) {
        assert_hidden(&input, &env(), &secret)?;
    }

    /// A URL's password stays hidden whatever the rest of the URL does.
    #[test]
    fn url_password_stays_hidden((input, secret) in urls_with_password()) {
        assert_hidden(&input, &env(), &secret)?;
    }
}

/// The shortest inputs of the failures the properties above found: a URL whose port is not a
/// number and whose query holds an `@` (`application_name=me@corp`) is read, through the
/// fallback for unencoded passwords, with the rest of its query as the host, password and all.
#[test]
fn url_with_an_at_sign_in_its_query() -> Checked {
    for input in [
        "postgresql://h:5432x/db?application_name=me@corp&password=hunter2",
        "postgresql://::1?@&password=hunter2",
    ] {
        assert_hidden(input, &env(), "hunter2")?;
    }
    Ok(())
}

/// The shortest inputs of the failures the properties above found: a `key=value` string whose
/// values hold `://` (an `options` or `application_name` value, or the password itself) is
/// still a `key=value` string, and its password stays hidden.
#[test]
fn key_values_holding_a_scheme_separator() -> Checked {
    for (input, secret) in [
        (
            "host=db user=alice password=hunter2 application_name=a://b",
            "hunter2",
        ),
        ("host=db password=hunter2 options='-c x=y://z'", "hunter2"),
        ("password='hunter2://x' host=db", "hunter2://x"),
    ] {
        assert_hidden(input, &env(), secret)?;
        // Nor the part before the `://` of a password that holds one.
        let first = secret.split("://").next().unwrap_or(secret);
        if let Err(e) = ConnectParams::resolve(input, &env()) {
            prop_assert!(!e.message().contains(first), "{:?}: {}", input, e);
        }
    }
    Ok(())
}

/// The shortest inputs of the failures the properties above found once they planted passwords
/// cut short (the issue's `password=Sup3r Secret host=h`): the word after the password was named
/// in a "missing =" or "has no value" message.
#[test]
fn word_after_a_password_cut_short() -> Checked {
    for (input, secret) in [
        ("password=Zq7a Zq8A", "Zq7a Zq8A"),
        ("password=Zq7a Zq8A host=h", "Zq7a Zq8A"),
        (
            "postgresql://?password=Zq7%5C%C3%A9%5C%25&Zq80",
            "Zq7\\é\\%&Zq80",
        ),
    ] {
        assert_hidden(input, &env(), secret)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The password file

#[cfg(unix)]
mod password_file {
    use super::*;
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A private (0600) file holding `text`, as libpq wants a password file; one per call,
    /// removed by the caller.
    fn private_file(text: &str) -> PathBuf {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "migra-fetch-parsers-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&path)
            .expect("a password file");
        file.write_all(text.as_bytes()).expect("written");
        path
    }

    /// The password `resolve` finds in a file holding `text` for the connection.
    fn password_from_file(
        text: &str,
        host: &str,
        port: u16,
        dbname: &str,
        user: &str,
    ) -> Result<Option<String>, ConnectError> {
        let path = private_file(text);
        let conninfo = format!(
            "host={} port={port} dbname={} user={} passfile={}",
            quoted(host),
            quoted(dbname),
            quoted(user),
            quoted(&path.display().to_string())
        );
        let result = ConnectParams::resolve(&conninfo, &env());
        std::fs::remove_file(&path).expect("removed");
        result.map(|params| params.targets[0].password.clone())
    }

    /// A field of a password file line: `*`, or a value to match exactly.
    #[derive(Debug, Clone)]
    enum Field {
        Any,
        Exactly(String),
    }

    impl Field {
        fn written(&self) -> String {
            match self {
                Field::Any => "*".to_string(),
                // `*` alone would be the wildcard: escaped, it is a star.
                Field::Exactly(v) if v == "*" => "\\*".to_string(),
                Field::Exactly(v) => escaped(v),
            }
        }

        fn matches(&self, value: &str) -> bool {
            match self {
                Field::Any => true,
                Field::Exactly(v) => v == value,
            }
        }
    }

    fn escaped(value: &str) -> String {
        value.replace('\\', "\\\\").replace(':', "\\:")
    }

    fn field(values: &'static [&'static str]) -> impl Strategy<Value = Field> {
        prop_oneof![
            1 => Just(Field::Any),
            3 => select(values).prop_map(|v| Field::Exactly(v.to_string())),
        ]
    }

    const HOSTS: &[&str] = &[
        "h",
        "localhost",
        "db.example.com",
        "h:colon",
        "back\\slash",
        "*",
        "é",
    ];
    const PORTS: &[&str] = &["5432", "5433", "05432", "*"];
    const DBNAMES: &[&str] = &["d", "app", "d:b", "*", "a b"];
    const USERS: &[&str] = &["u", "alice", "\\", "*", "u:x"];

    /// A line of a password file: an entry, or a line that never matches (a comment, a blank
    /// line, a line of four fields).
    #[derive(Debug, Clone)]
    enum Line {
        Entry([Field; 4], String),
        Never(String),
    }

    fn line() -> impl Strategy<Value = Line> {
        prop_oneof![
            4 => (
                [field(HOSTS), field(PORTS), field(DBNAMES), field(USERS)],
                "[a-zA-Z0-9 :\\\\*#'é]{0,10}",
            )
                .prop_map(|(fields, password)| Line::Entry(fields, password)),
            1 => prop_oneof![
                Just("# *:*:*:*:comment".to_string()),
                Just(String::new()),
                Just("*:*:*:four-fields".to_string()),
                Just("\\:*:*:*:x".to_string()),
            ]
            .prop_map(Line::Never),
        ]
    }

    impl Line {
        fn written(&self) -> String {
            match self {
                Line::Entry(fields, password) => {
                    let fields: Vec<String> = fields.iter().map(Field::written).collect();
                    format!("{}:{}", fields.join(":"), escaped(password))
                }
                Line::Never(text) => text.clone(),
            }
        }
    }

    proptest! {
        #![proptest_config(config(1_000))]

        /// Any contents read without panicking; a password read holds no line break.
        #[test]
        fn any_file_reads(
            text in prop_oneof![any::<String>(), conninfo_like(), "[a-z*:\\\\#\n\r ]{0,80}"],
            host in select(HOSTS),
            user in select(USERS),
        ) {
            match password_from_file(&text, host, 5432, "d", user) {
                Ok(Some(password)) => prop_assert!(!password.contains('\n')),
                Ok(None) => {}
                Err(e) => assert_clean(&text, &e)?,
            }
        }

        /// The first line whose four fields match gives the password, `*` matching anything
        /// and `\` escaping `:`, `\` and `*`; comments, blank lines and short lines never match.
        #[test]
        fn first_matching_line_gives_the_password(
            lines in prop::collection::vec(line(), 0..6),
            crlf in any::<bool>(),
            host in select(&HOSTS[..5]),
            port in select(&[5432u16, 5433][..]),
            dbname in select(DBNAMES),
            user in select(USERS),
        ) {
            let end = if crlf { "\r\n" } else { "\n" };
            let text: String = lines.iter().map(|l| l.written() + end).collect();
            let expected = lines.iter().find_map(|line| match line {
                Line::Entry([h, p, d, u], password)
                    if h.matches(host)
                        && p.matches(&port.to_string())
                        && d.matches(dbname)
                        && u.matches(user) =>
                {
                    Some(password.clone())
                }
                _ => None,
            });
            let found = password_from_file(&text, host, port, dbname, user);
            prop_assert_eq!(found, Ok(expected), "password file:\n{}", text);
        }
    }
}
