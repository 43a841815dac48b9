//! The migra conformance corpus (shared/corpus/README.md): one directory per case with `a.sql`,
//! `b.sql`, `expected.sql`, `additions.sql`, `expected2.sql`, `flags` and maybe `SKIP`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The corpus root, the directory holding `README.md` and `migra/`: `$MIGRA_CORPUS`, else
/// `shared/corpus` beside the repository (`<workspace>/../shared/corpus`).
pub fn root() -> PathBuf {
    match std::env::var_os("MIGRA_CORPUS").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"),
    }
}

/// One case of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub name: String,
    pub dir: PathBuf,
}

impl Case {
    /// The path of one of the case's files, e.g. `a.sql`.
    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    /// The text of one of the case's files; a missing file reads as empty.
    pub fn read(&self, file: &str) -> Result<String> {
        match std::fs::read_to_string(self.path(file)) {
            Ok(text) => Ok(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
            Err(e) => Err(e).with_context(|| format!("reading {}", self.path(file).display())),
        }
    }

    /// The command-line flags migra's suite used for this case.
    pub fn flags(&self) -> Result<Vec<String>> {
        Ok(self
            .read("flags")?
            .split_whitespace()
            .map(str::to_string)
            .collect())
    }

    /// Why the case is not run by default, when it has a `SKIP` file.
    pub fn skip_reason(&self) -> Result<Option<String>> {
        if !self.path("SKIP").exists() {
            return Ok(None);
        }
        Ok(Some(self.read("SKIP")?.trim().to_string()))
    }
}

/// The cases of `<root>/migra`, sorted by name. Fails when there are none, so a wrong path can
/// never pass as an empty corpus.
pub fn migra_cases() -> Result<Vec<Case>> {
    let dir = root().join("migra");
    let entries = std::fs::read_dir(&dir).with_context(|| {
        format!(
            "reading the corpus at {} (set MIGRA_CORPUS to the corpus root)",
            dir.display()
        )
    })?;
    let mut cases = Vec::new();
    for entry in entries {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            cases.push(Case {
                name: entry.file_name().to_string_lossy().into_owned(),
                dir: entry.path(),
            });
        }
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    anyhow::ensure!(!cases.is_empty(), "no cases in {}", dir.display());
    Ok(cases)
}
