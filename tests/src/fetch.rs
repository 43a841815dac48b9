//! How tests reach the fetcher: the library (`migra_fetch::connect`, `fetch_catalog`) and the
//! built binaries (`migra-fetch`, `migra`).

use std::path::PathBuf;

use anyhow::{anyhow, Result};
use migra_engine::{Catalog, SchemaFilter};

/// Connects with `migra_fetch::connect_with_env` and an empty environment (so stray `PG*`
/// variables cannot change what a test reads) and reads the whole catalog.
pub fn fetch(url: &str) -> Result<Catalog> {
    fetch_filtered(url, &SchemaFilter::default())
}

/// Like [`fetch`], for the schemas `filter` keeps.
pub fn fetch_filtered(url: &str, filter: &SchemaFilter) -> Result<Catalog> {
    let mut client = migra_fetch::connect_with_env(url, &migra_fetch::ConnectEnv::new())
        .map_err(|e| anyhow!("connecting to {url}: {e}"))?;
    migra_fetch::fetch_catalog(&mut client, filter).map_err(|e| anyhow!("fetching from {url}: {e}"))
}

/// The path of a binary of this workspace, e.g. `migra-fetch`: in `$MIGRA_BIN_DIR`, else in the
/// directory of the running test's profile (`target/debug` when the test is
/// `target/debug/deps/main-*`). Cargo does not build other packages' binaries for a test, so
/// run `cargo build -p migra-fetch` first (`just test` does).
pub fn binary(name: &str) -> PathBuf {
    let dir = match std::env::var_os("MIGRA_BIN_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => {
            let exe = std::env::current_exe().expect("the test binary's path");
            let deps = exe.parent().expect("the test binary's directory");
            deps.parent().expect("the profile directory").to_path_buf()
        }
    };
    let path = dir.join(name);
    assert!(
        path.is_file(),
        "{} does not exist: build it first with `cargo build -p migra-fetch --bins` (`just test` does), \
         or set MIGRA_BIN_DIR",
        path.display()
    );
    path
}
