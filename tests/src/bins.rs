//! Which PostgreSQL binaries the harness runs. The server comes from `$PG_BIN`, else the directory of
//! the `initdb` on `PATH`, else the newest Debian install; `psql` may come from elsewhere, because
//! the npm server bundles used for the version matrix have none.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// The server programs a cluster needs in its bin directory.
const SERVER_PROGRAMS: [&str; 3] = ["initdb", "pg_ctl", "postgres"];

/// The directory holding `initdb`, `pg_ctl` and `postgres`: `$PG_BIN`, else where the `initdb` found
/// on `PATH` really lives, else the newest `/usr/lib/postgresql/*/bin`.
pub fn pg_bin_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("PG_BIN").filter(|v| !v.is_empty()) {
        let dir = PathBuf::from(dir);
        check_server_dir(&dir).with_context(|| format!("PG_BIN={}", dir.display()))?;
        return Ok(dir);
    }
    if let Some(initdb) = find_on_path("initdb") {
        // Debian links /usr/local/bin/initdb and friends to the real directory; initdb itself looks
        // for `postgres` and the share directory next to its resolved path, so use that.
        let real = std::fs::canonicalize(&initdb).unwrap_or(initdb);
        if let Some(dir) = real.parent() {
            if check_server_dir(dir).is_ok() {
                return Ok(dir.to_path_buf());
            }
        }
    }
    if let Some(dir) = newest_debian_dir("initdb") {
        return Ok(dir);
    }
    bail!(
        "no PostgreSQL server binaries found: set PG_BIN to a directory with initdb, pg_ctl and postgres, \
         or install them (`apt-get install -y postgresql postgresql-contrib`, or `just pg-server`)"
    )
}

/// The `psql` to load SQL files with: `$PSQL`, else the one in `bin_dir`, else the newest Debian
/// install, else the one on `PATH`.
pub fn psql_path(bin_dir: &Path) -> Result<PathBuf> {
    if let Some(psql) = std::env::var_os("PSQL").filter(|v| !v.is_empty()) {
        let psql = PathBuf::from(psql);
        if !psql.is_file() {
            bail!("PSQL={} is not a file", psql.display());
        }
        return Ok(psql);
    }
    let candidates = [
        Some(bin_dir.join("psql")),
        newest_debian_dir("psql").map(|d| d.join("psql")),
        find_on_path("psql"),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| p.is_file())
        .ok_or_else(|| {
            anyhow::anyhow!(
                "no psql found next to {}, in /usr/lib/postgresql/*/bin or on PATH: set PSQL, \
             or install it (`apt-get install -y postgresql-client`)",
                bin_dir.display()
            )
        })
}

pub(crate) fn check_server_dir(dir: &Path) -> Result<()> {
    for program in SERVER_PROGRAMS {
        if !dir.join(program).is_file() {
            bail!("{} has no {program}", dir.display());
        }
    }
    Ok(())
}

fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

/// The `bin` directory of the highest major under `/usr/lib/postgresql` that has `program`.
fn newest_debian_dir(program: &str) -> Option<PathBuf> {
    let mut majors: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let major = entry.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = entry.path().join("bin");
            bin.join(program).is_file().then_some((major, bin))
        })
        .collect();
    majors.sort();
    majors.pop().map(|(_, dir)| dir)
}
