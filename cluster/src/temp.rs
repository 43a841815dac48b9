//! Temporary directories under `/tmp`, removed on drop. Under `/tmp` rather than `$TMPDIR` or the
//! target directory because the server runs as the `postgres` user when the tests run as root, and
//! that user must be able to traverse every directory above its data.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{ClusterError, Result};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A fresh, empty directory `/tmp/<prefix>-<pid>-<n>-<label>`, deleted with its contents on drop.
/// Tests name it after themselves, so a leftover says where it came from.
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// A directory `/tmp/migra-test-<pid>-<n>-<label>`, the tests' prefix.
    pub fn new(label: &str) -> Result<TempDir> {
        TempDir::with_prefix("migra-test", label)
    }

    /// A directory `/tmp/<prefix>-<pid>-<n>-<label>`.
    pub fn with_prefix(prefix: &str, label: &str) -> Result<TempDir> {
        let pid = std::process::id();
        loop {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let path = PathBuf::from(format!("/tmp/{prefix}-{pid}-{n}-{label}"));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(TempDir { path }),
                // A leftover of an earlier process that had the same pid: take the next number.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(ClusterError::io(format!("creating {}", path.display()), e)),
            }
        }
    }

    /// Where the directory is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Gives up ownership: the directory is no longer removed on drop.
    pub fn into_path(self) -> PathBuf {
        let path = self.path.clone();
        std::mem::forget(self);
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
