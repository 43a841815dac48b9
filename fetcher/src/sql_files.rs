//! Schema kept as SQL: a `.sql` file, or a directory whose `.sql` files are applied in name order,
//! loaded with `psql -X -q -v ON_ERROR_STOP=1` (a psql script may hold meta-commands, and psql
//! names the file and line of a failing statement). A failure is one line: the file, the line and
//! PostgreSQL's message.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::connect::describe_io;
use crate::error::{SourceError, SourceErrorKind};

/// The `.sql` files one side of a diff is made of, in the order they are applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlFiles {
    /// The argument as given: the file, or the directory.
    pub origin: PathBuf,
    /// The files: the one file, or the directory's `*.sql` files sorted by name.
    pub files: Vec<PathBuf>,
}

impl SqlFiles {
    /// `Some` when `arg` names SQL: an existing directory, or a path ending in `.sql`
    /// (any case); `None` for anything else. The `Err` says why the SQL cannot be used: the file
    /// is missing, the directory unreadable or without a `.sql` file.
    pub fn from_arg(arg: &str) -> Option<Result<SqlFiles, SourceError>> {
        let path = Path::new(arg);
        if path.is_dir() {
            return Some(list_directory(path));
        }
        if !arg.to_ascii_lowercase().ends_with(".sql") {
            return None;
        }
        Some(match std::fs::metadata(path) {
            Ok(_) => Ok(SqlFiles {
                origin: path.to_path_buf(),
                files: vec![path.to_path_buf()],
            }),
            Err(e) => Err(SourceError::new(
                SourceErrorKind::SqlFiles,
                format!("cannot read SQL file \"{arg}\": {}", describe_io(&e)),
            )),
        })
    }
}

fn list_directory(dir: &Path) -> Result<SqlFiles, SourceError> {
    let error = |what: String| SourceError::new(SourceErrorKind::SqlFiles, what);
    let entries = std::fs::read_dir(dir).map_err(|e| {
        error(format!(
            "cannot read directory \"{}\": {}",
            dir.display(),
            describe_io(&e)
        ))
    })?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| {
            error(format!(
                "cannot read directory \"{}\": {}",
                dir.display(),
                describe_io(&e)
            ))
        })?;
        let path = entry.path();
        let is_sql = path
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| x.eq_ignore_ascii_case("sql"));
        if is_sql && path.is_file() {
            files.push(path);
        }
    }
    if files.is_empty() {
        return Err(error(format!(
            "directory \"{}\" has no .sql file; give a directory of .sql files, a .sql file, a \
             database URL, a catalog JSON file or EMPTY",
            dir.display()
        )));
    }
    // Name order, byte by byte (`01_schema.sql` before `02_tables.sql`), whatever the locale.
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(SqlFiles {
        origin: dir.to_path_buf(),
        files,
    })
}

/// Runs `files` in order through `psql` (a command already connected to the database, with its
/// environment set), stopping at the first error, which becomes one line naming the file and line.
/// `role_hint` is added when PostgreSQL says a role does not exist.
pub(crate) fn run_psql(
    mut psql: Command,
    files: &[PathBuf],
    role_hint: &str,
) -> Result<(), SourceError> {
    psql.args(["-X", "-q", "-v", "ON_ERROR_STOP=1"]);
    for file in files {
        psql.arg("-f").arg(file);
    }
    let program = psql.get_program().to_string_lossy().into_owned();
    let output = psql.output().map_err(|e| {
        SourceError::new(
            SourceErrorKind::Scratch,
            format!("cannot run {program}: {}", describe_io(&e)),
        )
    })?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut message = psql_error_line(&stderr);
    if message.contains("role \"") && message.contains("\" does not exist") {
        message.push_str("; ");
        message.push_str(role_hint);
    }
    Err(SourceError::new(SourceErrorKind::SqlLoad, message))
}

/// psql's report of the first error, on one line: `FILE:LINE: ERROR: MESSAGE`, with its DETAIL
/// and HINT, without psql's `LINE n:` excerpt and caret. psql writes
/// `psql:FILE:LINE: ERROR:  MESSAGE`; anything else it says (a connection failure) is kept whole.
pub(crate) fn psql_error_line(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let Some(start) = lines
        .iter()
        .position(|l| l.contains("ERROR:") || l.contains("FATAL:"))
    else {
        return crate::error::clean(stderr);
    };
    let first = lines[start].strip_prefix("psql:").unwrap_or(lines[start]);
    let mut parts = vec![first
        .replace("ERROR:  ", "ERROR: ")
        .replace("FATAL:  ", "FATAL: ")];
    for line in &lines[start + 1..] {
        if line.starts_with("psql:") {
            break;
        }
        for label in ["DETAIL:", "HINT:"] {
            if let Some(rest) = line.strip_prefix(label) {
                parts.push(format!("{label} {}", rest.trim()));
            }
        }
    }
    crate::error::clean(&parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn psql_errors_become_one_line() {
        let stderr = "psql:schema/b.sql:3: ERROR:  syntax error at or near \"tabel\"\n\
                      LINE 1: create tabel t ();\n               ^\n";
        assert_eq!(
            psql_error_line(stderr),
            "schema/b.sql:3: ERROR: syntax error at or near \"tabel\""
        );
        let stderr =
            "psql:a.sql:12: NOTICE:  x\npsql:a.sql:14: ERROR:  insert or update violates\n\
                      DETAIL:  Key (id)=(1) is not present.\nHINT:  Do this.\n";
        assert_eq!(
            psql_error_line(stderr),
            "a.sql:14: ERROR: insert or update violates; DETAIL: Key (id)=(1) is not present.; \
             HINT: Do this."
        );
        assert_eq!(
            psql_error_line("psql: error: connection to server failed\n\tno such file\n"),
            "psql: error: connection to server failed no such file"
        );
    }

    #[test]
    fn directories_list_sql_files_in_name_order() {
        let dir = std::env::temp_dir().join(format!("migra-sql-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["10_b.sql", "02_a.SQL", "notes.txt", "01_z.sql"] {
            std::fs::write(dir.join(name), "").unwrap();
        }
        let listed = SqlFiles::from_arg(dir.to_str().unwrap()).unwrap().unwrap();
        let names: Vec<_> = listed
            .files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["01_z.sql", "02_a.SQL", "10_b.sql"]);
        assert!(SqlFiles::from_arg("catalog.json").is_none());
        let missing = SqlFiles::from_arg("/nonexistent/x.sql")
            .unwrap()
            .unwrap_err();
        assert_eq!(missing.kind(), SourceErrorKind::SqlFiles);
        let empty = dir.join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        let none = SqlFiles::from_arg(empty.to_str().unwrap())
            .unwrap()
            .unwrap_err();
        assert!(none.message().contains("has no .sql file"), "{none}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
