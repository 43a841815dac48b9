//! Two catalogs and the options of their diff in one input: `from`, a NUL byte, `to`, and
//! optionally a NUL byte, a byte of option flags (see `migra_fuzz::options`) and a schema name
//! for `--schema`/`--exclude-schema`. JSON text never holds a raw NUL, so the split is
//! unambiguous. Without a NUL the input is both catalogs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use migra_engine::Catalog;
use migra_fuzz::{check_diff, check_self_diff, options, read_catalog};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.splitn(3, '\0');
    let from_text = parts.next().unwrap_or_default();
    let to_text = parts.next().unwrap_or(from_text);
    let (flags, schema) = match parts.next() {
        Some(rest) => {
            let mut chars = rest.chars();
            let flags = chars.next().map_or(0, |c| c as u32 as u8);
            (flags, chars.as_str())
        }
        None => (0, ""),
    };
    let options = options(flags, schema);
    let from = read_catalog(from_text);
    let to = read_catalog(to_text);
    let empty = Catalog::empty();
    match (&from, &to) {
        (Some(from), Some(to)) => {
            check_diff(from, to, &options, true);
            check_self_diff(from, &options);
            check_self_diff(to, &options);
        }
        (Some(one), None) | (None, Some(one)) => {
            check_diff(one, &empty, &options, false);
            check_diff(&empty, one, &options, false);
            check_self_diff(one, &options);
        }
        (None, None) => {}
    }
});
