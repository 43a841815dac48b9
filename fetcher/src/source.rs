//! One side of a diff as the `migra` command names it: `EMPTY`, a database, schema SQL (a `.sql`
//! file or a directory of them, loaded into a scratch database), or a catalog file.

use crate::connect::{connect, describe_io};
use crate::error::{SourceError, SourceErrorKind};
use crate::fetch::fetch_catalog_with;
use crate::scratch::{Scratch, ScratchDatabase};
use crate::sql_files::SqlFiles;
use crate::timeouts::Timeouts;
use migra_engine::{Catalog, SchemaFilter};
use std::path::Path;
use std::time::{Duration, Instant};

/// The word that stands for a database with nothing in it, as in migra.
pub const EMPTY: &str = "EMPTY";

/// Whether `arg` names a database rather than a catalog file: a URL (it contains `://`), or a
/// libpq `key=value` string (it contains `=` and is not the name of an existing file).
pub fn is_database(arg: &str) -> bool {
    arg.contains("://") || (arg.contains('=') && !Path::new(arg).is_file())
}

/// Loads a catalog: [`EMPTY`] gives [`Catalog::empty`]; a database URL or `key=value` string is
/// connected to and read with [`fetch_catalog`](crate::fetch_catalog), under the default
/// [`Timeouts`]; anything else is the path of a catalog JSON file. Only the schemas `filter`
/// keeps are kept.
pub fn load_source(arg: &str, filter: &SchemaFilter) -> Result<Catalog, SourceError> {
    load_source_with(arg, filter, &Timeouts::default())
}

/// [`load_source`], reading a database under `timeouts`. Schema SQL is loaded into a throwaway
/// cluster started for this call ([`load_source_in`] shares one).
pub fn load_source_with(
    arg: &str,
    filter: &SchemaFilter,
    timeouts: &Timeouts,
) -> Result<Catalog, SourceError> {
    let scratch = Scratch::throwaway(None);
    let loaded = load_source_in(arg, filter, timeouts, &scratch, "side")?;
    Ok(loaded.catalog)
}

/// One side read by [`load_source_in`].
#[derive(Debug)]
pub struct Loaded<'a> {
    /// The side's catalog, filtered.
    pub catalog: Catalog,
    /// The scratch database schema SQL was loaded into; `None` for other sides.
    pub database: Option<ScratchDatabase<'a>>,
    /// How long loading the SQL took, for schema SQL.
    pub load_time: Option<Duration>,
    /// How long reading the catalog took (from a database, a scratch one or a file).
    pub fetch_time: Duration,
}

/// Reads one side of a diff: [`EMPTY`]; a database URL or `key=value` string; a `.sql` file, or a
/// directory whose `.sql` files are applied in name order, loaded into a database of `scratch`
/// named after `label`, then read like a database; or a catalog JSON file.
pub fn load_source_in<'a>(
    arg: &str,
    filter: &SchemaFilter,
    timeouts: &Timeouts,
    scratch: &'a Scratch,
    label: &str,
) -> Result<Loaded<'a>, SourceError> {
    let began = Instant::now();
    let read = |catalog: Catalog| Loaded {
        catalog,
        database: None,
        load_time: None,
        fetch_time: began.elapsed(),
    };
    if arg == EMPTY {
        return Ok(read(Catalog::empty()));
    }
    if is_database(arg) {
        let mut client = connect(arg)?;
        let catalog = fetch_catalog_with(&mut client, filter, timeouts)?;
        // Closing politely; the catalog is already read, so a failure here changes nothing.
        let _ = client.close();
        return Ok(read(catalog));
    }
    if let Some(sql) = SqlFiles::from_arg(arg) {
        let sql = sql?;
        let database = scratch.database(label)?;
        let loading = Instant::now();
        database.load(&sql)?;
        let load_time = loading.elapsed();
        let fetching = Instant::now();
        let catalog = database.fetch(filter, timeouts)?;
        return Ok(Loaded {
            catalog,
            database: Some(database),
            load_time: Some(load_time),
            fetch_time: fetching.elapsed(),
        });
    }
    load_file(Path::new(arg), filter).map(read)
}

/// Reads a catalog JSON file, keeping only the schemas `filter` keeps.
pub fn load_file(path: &Path, filter: &SchemaFilter) -> Result<Catalog, SourceError> {
    let shown = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::NotFound {
            "; give a database URL (postgresql://user@host/dbname), a .sql file or a directory of them, a catalog JSON file or EMPTY"
        } else {
            ""
        };
        SourceError::new(
            SourceErrorKind::ReadFile,
            format!(
                "cannot read catalog file \"{shown}\": {}{hint}",
                describe_io(&e)
            ),
        )
    })?;
    let mut catalog = Catalog::from_json(&text).map_err(|e| {
        SourceError::new(
            SourceErrorKind::CatalogFile,
            format!("catalog file \"{shown}\": {}", e.message()),
        )
    })?;
    catalog.retain_schemas(filter);
    Ok(catalog)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("migra-fetch-source-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn empty_is_the_empty_catalog() {
        let catalog = load_source("EMPTY", &SchemaFilter::default()).unwrap();
        assert_eq!(catalog.to_json(), Catalog::empty().to_json());
    }

    #[test]
    fn database_or_file() {
        assert!(is_database("postgresql://h/db"));
        assert!(is_database("postgresql+psycopg2://h/db"));
        assert!(is_database("host=/tmp dbname=x"));
        assert!(!is_database("schema.json"));
        assert!(!is_database("EMPTY"));
        let dir = scratch("eq");
        let file = dir.join("a=b.json");
        std::fs::write(&file, "{}").unwrap();
        assert!(!is_database(file.to_str().unwrap()));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn catalog_files_round_trip() {
        let dir = scratch("roundtrip");
        let file = dir.join("catalog.json");
        std::fs::write(&file, Catalog::empty().to_json()).unwrap();
        let catalog = load_source(file.to_str().unwrap(), &SchemaFilter::default()).unwrap();
        assert_eq!(catalog.to_json(), Catalog::empty().to_json());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn file_errors_name_the_file() {
        let e = load_source("/nonexistent/catalog.json", &SchemaFilter::default()).unwrap_err();
        assert_eq!(e.kind(), SourceErrorKind::ReadFile);
        assert!(
            e.message().starts_with("cannot read catalog file \"/nonexistent/catalog.json\": no such file or directory; give a database URL"),
            "{e}"
        );
        let dir = scratch("bad");
        let file = dir.join("bad.json");
        std::fs::write(&file, "{\"format\": \"something-else\"}").unwrap();
        let e = load_source(file.to_str().unwrap(), &SchemaFilter::default()).unwrap_err();
        assert_eq!(e.kind(), SourceErrorKind::CatalogFile);
        assert!(
            e.message()
                .starts_with(&format!("catalog file \"{}\": ", file.display())),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn database_errors_keep_their_kind() {
        let e = load_source(
            "postgresql://u:pw@127.0.0.1:1/db?sslmode=bogus",
            &SchemaFilter::default(),
        )
        .unwrap_err();
        assert_eq!(
            e.kind(),
            SourceErrorKind::Connect(crate::ConnectErrorKind::UnknownSslMode)
        );
    }
}
