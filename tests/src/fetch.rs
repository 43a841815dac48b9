//! How tests reach the fetcher: the library (`migra_fetch::connect`, `fetch_catalog`) and the
//! built binaries (`migra-fetch`, `migra`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use anyhow::{anyhow, bail, Context, Result};
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

/// The path of a binary of this workspace, e.g. `migra-fetch`: in `$MIGRA_BIN_DIR` when set, else
/// in the running test's profile directory (`target/debug` when the test is
/// `target/debug/deps/main-*`). Cargo builds no other package's binaries for a test, so in that
/// case the first call runs `cargo build -p migra-fetch --bins` into that directory (quick when up
/// to date): a test never runs a stale binary.
pub fn binary(name: &str) -> PathBuf {
    let dir = match std::env::var_os("MIGRA_BIN_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => {
            static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
            match BUILT.get_or_init(|| build_binaries().map_err(|e| format!("{e:#}"))) {
                Ok(dir) => dir.clone(),
                Err(e) => panic!("{e}"),
            }
        }
    };
    let path = dir.join(name);
    assert!(path.is_file(), "{} does not exist", path.display());
    path
}

/// Builds the fetcher's binaries with the profile and target directory of the running test and
/// returns the directory they are in.
fn build_binaries() -> Result<PathBuf> {
    let exe = std::env::current_exe().context("the test binary's path")?;
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .context("the profile directory")?;
    let target_dir = profile_dir.parent().context("the target directory")?;
    let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") => "dev",
        Some(other) => other,
        None => bail!("no profile directory above {}", exe.display()),
    };
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml");
    let output = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "-p",
            "migra-fetch",
            "--bins",
            "--profile",
            profile,
        ])
        .arg("--manifest-path")
        .arg(&manifest)
        .arg("--target-dir")
        .arg(target_dir)
        .output()
        .context("running cargo build -p migra-fetch --bins")?;
    if !output.status.success() {
        bail!(
            "cargo build -p migra-fetch --bins failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(profile_dir.to_path_buf())
}
