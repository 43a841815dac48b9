//! Any bytes as a catalog file: `Catalog::from_json` gives a catalog or a one-line error. A
//! catalog that reads is diffed with itself (nothing to do) and with the example schema, both
//! ways (no panic, the same result twice, no empty statement).
#![no_main]

use libfuzzer_sys::fuzz_target;
use migra_engine::Options;
use migra_fuzz::{check_diff, check_self_diff, fixture, read_catalog};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(catalog) = read_catalog(text) else {
        return;
    };
    let options = Options::default();
    check_self_diff(&catalog, &options);
    check_diff(&catalog, fixture(), &options, true);
    check_diff(fixture(), &catalog, &options, false);
});
