//! Any text after `postgresql://` (and as a whole URL): resolves or gives a one-line error that
//! never shows the password, whether it came from `PGPASSWORD` or from the URL's user info.
#![no_main]

use libfuzzer_sys::fuzz_target;
use migra_fuzz::{check_resolve, env, holds_secret, names_a_file, percent_encode, SECRET};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if holds_secret(text) || names_a_file(text) {
        return;
    }
    let env = env();
    check_resolve(&format!("postgresql://{text}"), &env);
    check_resolve(&format!("postgres+driver://{text}"), &env);
    if text.contains("://") {
        check_resolve(text, &env);
    }
    // A password in the user info: percent-encoded as it should be, plain, and holding the `/`
    // and `?` that SQLAlchemy let people leave unencoded; the text is the rest of the URL.
    let encoded = percent_encode(&format!("{SECRET}/?#@:"));
    check_resolve(&format!("postgresql://u:{encoded}@{text}"), &env);
    check_resolve(&format!("postgresql://u:{SECRET}@{text}"), &env);
    check_resolve(&format!("postgresql://u:{SECRET}/?x@{text}"), &env);
    // A password parameter of its own, after `&` when the text already has a query.
    let separator = if text.contains('?') { '&' } else { '?' };
    check_resolve(
        &format!("postgresql://{text}{separator}password={encoded}"),
        &env,
    );
});
