//! Which PostgreSQL binaries the harness runs. The server comes from `$PG_BIN`, else the directory of
//! the `initdb` on `PATH`, else the newest Debian install; `psql` and `pg_dump` may come from
//! elsewhere, because the npm server bundles used for the version matrix have neither.

use std::path::{Path, PathBuf};

use crate::error::{ClusterError, Result};

/// The server programs a cluster needs in its bin directory.
const SERVER_PROGRAMS: [&str; 3] = ["initdb", "pg_ctl", "postgres"];

/// The directory holding `initdb`, `pg_ctl` and `postgres`: `$PG_BIN`, else where the `initdb` found
/// on `PATH` really lives, else the newest `/usr/lib/postgresql/*/bin`.
pub fn pg_bin_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("PG_BIN").filter(|v| !v.is_empty()) {
        let dir = PathBuf::from(dir);
        check_server_dir(&dir)?;
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
    Err(ClusterError::NoServerBinaries)
}

/// The `psql` to load SQL files with: `$PSQL`, else the one in `bin_dir`, else the newest Debian
/// install, else the one on `PATH`.
pub fn psql_path(bin_dir: &Path) -> Result<PathBuf> {
    if let Some(psql) = std::env::var_os("PSQL").filter(|v| !v.is_empty()) {
        let psql = PathBuf::from(psql);
        if !psql.is_file() {
            return Err(ClusterError::NoClient(format!(
                "PSQL={} is not a file",
                psql.display()
            )));
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
            ClusterError::NoClient(format!(
                "no psql found next to {}, in /usr/lib/postgresql/*/bin or on PATH: set PSQL, \
                 or install it (apt-get install postgresql-client)",
                bin_dir.display()
            ))
        })
}

/// The `pg_dump` for a server of major `server_major` whose binaries are in `bin_dir`, with its
/// major: `$PG_DUMP`, else the one in `bin_dir`, else the Debian install of the lowest major not
/// older than the server's. pg_dump dumps servers of its own major and older ones (never newer:
/// it refuses them), so the same major is taken when there is one and the nearest newer one
/// otherwise; docs/pg-dump-oracle.md says why either is a sound oracle.
pub fn pg_dump_path(bin_dir: &Path, server_major: u32) -> Result<(PathBuf, u32)> {
    let chosen = if let Some(path) = std::env::var_os("PG_DUMP").filter(|v| !v.is_empty()) {
        let path = PathBuf::from(path);
        if !path.is_file() {
            return Err(ClusterError::NoClient(format!(
                "PG_DUMP={} is not a file",
                path.display()
            )));
        }
        path
    } else if bin_dir.join("pg_dump").is_file() {
        bin_dir.join("pg_dump")
    } else {
        debian_dirs("pg_dump")
            .into_iter()
            .find(|(major, _)| *major >= server_major)
            .map(|(_, dir)| dir.join("pg_dump"))
            .ok_or_else(|| {
                ClusterError::NoClient(format!(
                    "no pg_dump of PostgreSQL {server_major} or newer next to {} or in \
                     /usr/lib/postgresql/*/bin: set PG_DUMP, or run `just pg-matrix {server_major}`, \
                     which installs one beside the server",
                    bin_dir.display()
                ))
            })?
    };
    let output = std::process::Command::new(&chosen)
        .arg("--version")
        .output()
        .map_err(|e| ClusterError::io(format!("running {} --version", chosen.display()), e))?;
    let version = String::from_utf8_lossy(&output.stdout);
    // "pg_dump (PostgreSQL) 18.6", or "15.18 (Debian 15.18-0+deb12u1)".
    let major = version
        .split_whitespace()
        .nth(2)
        .and_then(|v| v.split('.').next())
        .and_then(|v| v.parse::<u32>().ok())
        .ok_or_else(|| {
            ClusterError::NoClient(format!(
                "{} --version printed {version:?}",
                chosen.display()
            ))
        })?;
    if major < server_major {
        return Err(ClusterError::NoClient(format!(
            "{} is pg_dump {major}, older than the server ({server_major}), which it cannot dump",
            chosen.display()
        )));
    }
    Ok((chosen, major))
}

/// Fails unless `dir` has `initdb`, `pg_ctl` and `postgres`.
pub fn check_server_dir(dir: &Path) -> Result<()> {
    for program in SERVER_PROGRAMS {
        if !dir.join(program).is_file() {
            return Err(ClusterError::MissingProgram {
                dir: dir.to_path_buf(),
                program,
            });
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
    debian_dirs(program).pop().map(|(_, dir)| dir)
}

/// The `bin` directories under `/usr/lib/postgresql` that have `program`, with their majors,
/// oldest first.
fn debian_dirs(program: &str) -> Vec<(u32, PathBuf)> {
    let Ok(entries) = std::fs::read_dir("/usr/lib/postgresql") else {
        return Vec::new();
    };
    let mut majors: Vec<(u32, PathBuf)> = entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let major = entry.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = entry.path().join("bin");
            bin.join(program).is_file().then_some((major, bin))
        })
        .collect();
    majors.sort();
    majors
}
