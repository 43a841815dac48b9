//! Any text as a libpq `key=value` connection string: resolves or gives a one-line error that
//! never shows the password, whether it came from `PGPASSWORD` or from a `password=` pair
//! planted before the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use migra_fuzz::{check_resolve, env, holds_secret, names_a_file, SECRET};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if holds_secret(text) || names_a_file(text) {
        return;
    }
    let env = env();
    // As given (a URL too, when it holds "://"), then with a password pair in front: it ends at
    // the space, so whatever the text does after it, the password is the planted one.
    check_resolve(text, &env);
    check_resolve(&format!("password={SECRET} {text}"), &env);
    check_resolve(&format!("password='{SECRET}' {text}"), &env);
    // If migra-fetch makes conninfo::parse public (fuzz/README.md), call it here too.
});
