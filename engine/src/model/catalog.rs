//! The catalog file: every object of one database, in a stable order, as a versioned JSON document.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::*;
use crate::error::{Error, ErrorKind};
use crate::model::json_path;

/// The value of the top-level `format` field.
pub const FORMAT: &str = "migra-catalog";
/// The newest catalog version this engine reads and the one it writes.
pub const VERSION: u32 = 1;

/// Defines [`Catalog`] from the table of kinds, with the lists' shared chores: the empty
/// catalog, sorting every list by identity, giving back spare room.
macro_rules! define_catalog {
    ($(($list:ident, $ty:ident, [$($kind:ident),*], $shape:ident [$($field:ident),+], $schema:ident [$($schema_field:ident)?], $diffed:ident, $create:ident, $drop:ident, [$($doc:literal),*])),+) => {
        /// Everything the diff needs to know about one database's schema.
        ///
        /// Each list is sorted by the objects' identity, so the same database always gives the
        /// same bytes. The lists are declared in `model/declarations.rs`.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct Catalog {
            /// Always `migra-catalog`.
            pub format: String,
            /// Format version; this engine reads versions up to 1.
            pub version: u32,
            /// `server_version_num` of the server the catalog was read from, e.g. 150018; 0 for
            /// an empty catalog.
            pub server_version_num: u32,
            $(
                $(#[doc = $doc])*
                #[serde(default)]
                pub $list: Vec<$ty>,
            )+
            /// "This object needs that one", from `pg_depend` (and `pg_rewrite` for views), at
            /// object granularity: what orders the statements and finds what must be recreated.
            #[serde(default)]
            pub dependencies: Vec<Dependency>,
            /// The casts into each type the tables' columns use, by type: how a column's type
            /// change converts its values (directly, through text, or not at all). Left out
            /// when no table has a column; a catalog without it (an older one) converts every
            /// value directly, as migra does.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub type_casts: Vec<TypeCasts>,
            /// What the fetch noticed that the lists cannot say (a schema of the role's
            /// search_path it may not use, say): every diff of the catalog warns of each.
            /// Left out when there is none.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub notes: Vec<CatalogNote>,
            /// The database's objects that no list models (foreign tables, operators,
            /// publications...; `queries/unmodeled.sql`), named only: every diff of the catalog
            /// warns that they are not migrated. Left out when there is none.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub unmodeled: Vec<UnmodeledObject>,
        }

        impl Catalog {
            /// A catalog with no objects at all: what `EMPTY` means on the command line.
            pub fn empty() -> Catalog {
                Catalog {
                    format: FORMAT.to_string(),
                    version: VERSION,
                    server_version_num: 0,
                    $($list: vec![],)+
                    dependencies: vec![],
                    type_casts: vec![],
                    notes: vec![],
                    unmodeled: vec![],
                }
            }

            /// Sorts every list by its identity fields, compared in place. Unstable, because a
            /// stable sort takes scratch space of up to half the list (8 MB for a 5,000-table
            /// catalog's dependencies); for a file that repeats a key, the order still depends
            /// only on the file. Linear on an already sorted list (a catalog file). Positions
            /// are sorted, not items: see [`sorted_positions`].
            fn sort_lists(&mut self) {
                $(
                    let list = &self.$list;
                    let order = sorted_positions(list.len(), &|i, j| {
                        let (a, b) = (&list[i], &list[j]);
                        ($(&a.$field),+).cmp(&($(&b.$field),+))
                    });
                    if let Some(order) = order {
                        permute(&mut self.$list, order);
                    }
                )+
            }

            /// Gives back what reading overallocated: a list read from JSON grows by doubling,
            /// so up to half of it is spare room, and a catalog is kept whole for the length of
            /// a diff.
            fn shrink_to_fit(&mut self) {
                $(self.$list.shrink_to_fit();)+
                for table in self.tables.iter_mut() {
                    table.columns.shrink_to_fit();
                }
                self.dependencies.shrink_to_fit();
                self.type_casts.shrink_to_fit();
            }
        }
    };
}

super::declarations::for_each_list!(define_catalog);

/// The positions `0..len` in the order `compare` gives, or `None` when they are in order already.
/// One sort for every list: a sort called on each list's items is compiled once per item type,
/// about 3 KB of wasm each, while this one takes the comparison as a `dyn` closure.
fn sorted_positions(
    len: usize,
    compare: &dyn Fn(usize, usize) -> std::cmp::Ordering,
) -> Option<Vec<usize>> {
    if (1..len).all(|i| compare(i - 1, i).is_le()) {
        return None;
    }
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&i, &j| compare(i, j));
    Some(order)
}

/// Reorders `list` so that position `i` holds the item that was at `order[i]`, in place, by
/// following each cycle of the permutation.
fn permute<T>(list: &mut [T], mut order: Vec<usize>) {
    for start in 0..list.len() {
        let mut at = start;
        // A position whose entry points to itself is done (or was never moved).
        while order[at] != start && order[at] != at {
            let next = order[at];
            list.swap(at, next);
            order[at] = at;
            at = next;
        }
        order[at] = at;
    }
}
impl Catalog {
    /// Reads a catalog from JSON text. A file of another kind or a newer version gets a message
    /// saying so rather than a field error, and a bad field is named by its JSON path.
    pub fn from_json(text: &str) -> Result<Catalog, Error> {
        Catalog::read(text, TextPositions::Shown)
    }

    /// Like [`Catalog::from_json`], for an already parsed JSON value.
    pub fn from_value(value: serde_json::Value) -> Result<Catalog, Error> {
        // Through text: the catalog's deserializer then exists once (for text), not once more
        // for `Value`, which in the wasm build is a good part of the module's size. The text's
        // line and column would mean nothing to the caller, who never saw it.
        Catalog::read(&value.to_string(), TextPositions::Hidden)
    }

    fn read(text: &str, positions: TextPositions) -> Result<Catalog, Error> {
        // The typed read alone is the common case: a catalog migra-fetch wrote. Tracking the JSON
        // path or skimming the header first would cost as much again, so both happen only once
        // the typed read has failed, to say why.
        match serde_json::from_str::<Catalog>(text) {
            Ok(mut catalog) => {
                check_format_and_version(&catalog.format, catalog.version)?;
                catalog.normalize();
                Ok(catalog)
            }
            Err(_) => Catalog::read_explained(text, positions),
        }
    }

    /// The slow reading, for text the typed read rejected: the header first (not JSON, not a
    /// catalog, a newer version), then the typed read again, naming the JSON path of the bad field.
    fn read_explained(text: &str, positions: TextPositions) -> Result<Catalog, Error> {
        let header: Header = serde_json::from_str(text).map_err(|e| {
            if e.is_data() {
                Error::new(ErrorKind::NotACatalog, NOT_AN_OBJECT.to_string())
            } else {
                Error::new(ErrorKind::Json, format!("invalid JSON: {e}"))
            }
        })?;
        header.check()?;
        let mut catalog: Catalog = serde_json::from_str(text).map_err(|e| {
            let path = json_path::of_error(text, &e);
            let problem = match positions {
                TextPositions::Shown => e.to_string(),
                TextPositions::Hidden => json_path::without_position(&e),
            };
            Error::new(
                ErrorKind::InvalidCatalog,
                format!("invalid catalog at {path}: {problem}"),
            )
        })?;
        catalog.normalize();
        Ok(catalog)
    }

    /// Writes [`Catalog::to_json`]'s text to `out` as it goes, without holding all of it: the
    /// text of a 5,000-table catalog is 37 MB.
    pub fn write_json(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut out, self)?;
        out.write_all(b"\n")
    }

    /// The catalog as pretty-printed JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        // Serializing plain data structures with string keys cannot fail.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Sorts every list by identity so that equal schemas give equal values and equal bytes.
    pub fn normalize(&mut self) {
        self.sort_lists();
        // Equal dependencies are identical, so which of them comes first is invisible.
        self.dependencies.sort_unstable();
        self.dependencies.dedup();
        for casts in self.type_casts.iter_mut() {
            casts.from.sort_unstable();
            casts.from.dedup();
        }
        self.type_casts
            .sort_unstable_by(|a, b| a.type_name.cmp(&b.type_name));
        self.type_casts.dedup_by(|a, b| a.type_name == b.type_name);
        self.unmodeled.sort_unstable();
        self.shrink_to_fit();
    }
}

/// Whether a reading error names its line and column: not for text the caller never saw.
#[derive(Clone, Copy)]
enum TextPositions {
    Shown,
    Hidden,
}

const NOT_AN_OBJECT: &str =
    "not a catalog: expected a JSON object with \"format\": \"migra-catalog\"";

/// The two fields that say what a document is; everything else is skipped on the first pass.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    version: Option<serde_json::Value>,
}

impl Header {
    fn check(self) -> Result<(), Error> {
        let mut object = serde_json::Map::new();
        if let Some(format) = self.format {
            object.insert("format".into(), format);
        }
        if let Some(version) = self.version {
            object.insert("version".into(), version);
        }
        check_header(&serde_json::Value::Object(object))
    }
}

fn check_header(value: &serde_json::Value) -> Result<(), Error> {
    let object = value
        .as_object()
        .ok_or_else(|| Error::new(ErrorKind::NotACatalog, NOT_AN_OBJECT.to_string()))?;
    let Some(format) = object.get("format").and_then(|f| f.as_str()) else {
        return Err(Error::new(
            ErrorKind::NotACatalog,
            format!("not a catalog: no \"format\": \"{FORMAT}\" field (make one with migra-fetch)"),
        ));
    };
    if format == FORMAT {
        if let Some(version) = object.get("version").and_then(|v| v.as_u64()) {
            return check_format_and_version(format, version);
        }
        return Err(Error::new(
            ErrorKind::NotACatalog,
            "not a catalog: \"version\" is missing or not a number".to_string(),
        ));
    }
    check_format_and_version(format, 0u64)
}

/// The checks of [`check_header`] on fields already read.
fn check_format_and_version(format: &str, version: impl Into<u64>) -> Result<(), Error> {
    if format != FORMAT {
        return Err(Error::new(
            ErrorKind::NotACatalog,
            format!("not a catalog: format is {format:?}, expected \"{FORMAT}\""),
        ));
    }
    match version.into() {
        v if v >= 1 && v <= u64::from(VERSION) => Ok(()),
        v => Err(Error::new(
            ErrorKind::UnsupportedVersion,
            format!(
                "catalog format version {v} is not supported: this build reads versions 1 to {VERSION}; upgrade migra-rs"
            ),
        )),
    }
}

/// The JSON Schema of the catalog format, generated from the Rust types. The committed copy
/// (`engine/catalog.schema.json`) is checked against this by a test.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Catalog);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The properties of a JSON Schema (at any depth) that have no description, as paths: a test
/// of each published schema (the catalog's, the migration report's) fails on any.
#[cfg(test)]
pub(crate) fn undescribed_properties(
    value: &serde_json::Value,
    path: &str,
    missing: &mut Vec<String>,
) {
    match value {
        serde_json::Value::Object(object) => {
            if let Some(serde_json::Value::Object(properties)) = object.get("properties") {
                for (name, property) in properties {
                    let described = property.get("description").is_some()
                        || property
                            .get("allOf")
                            .and_then(|all| all.get(0))
                            .is_some_and(|first| first.get("description").is_some());
                    if !described {
                        missing.push(format!("{path}.{name}"));
                    }
                }
            }
            for (key, child) in object {
                undescribed_properties(child, &format!("{path}/{key}"), missing);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                undescribed_properties(item, path, missing);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMITTED_SCHEMA: &str = include_str!("../../catalog.schema.json");

    #[test]
    fn sorting_positions_then_permuting_sorts() {
        // Every permutation of up to six items (cycles of every length), with repeated values.
        fn permutations(items: Vec<u8>) -> Vec<Vec<u8>> {
            if items.len() <= 1 {
                return vec![items];
            }
            let mut all = vec![];
            for i in 0..items.len() {
                let mut rest = items.clone();
                let first = rest.remove(i);
                for mut tail in permutations(rest) {
                    tail.insert(0, first);
                    all.push(tail);
                }
            }
            all
        }
        for items in [
            vec![0, 1, 2, 3, 4, 5],
            vec![3, 1, 3, 0, 1, 2],
            vec![],
            vec![7],
        ] {
            for mut list in permutations(items.clone()) {
                let mut want = list.clone();
                want.sort_unstable();
                let order = sorted_positions(list.len(), &|i, j| list[i].cmp(&list[j]));
                assert_eq!(order.is_none(), list == want, "{list:?}");
                if let Some(order) = order {
                    permute(&mut list, order);
                }
                assert_eq!(list, want);
            }
        }
    }

    #[test]
    fn committed_json_schema_is_current() {
        let current = json_schema();
        assert!(
            current == COMMITTED_SCHEMA,
            "engine/catalog.schema.json is stale: run `cargo run -q -p migra-engine --example catalog_schema > engine/catalog.schema.json` and commit it"
        );
    }

    /// The JSON Schema is the format's documentation: every property says what it holds.
    #[test]
    fn every_json_schema_property_is_described() {
        let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
        let mut missing = vec![];
        undescribed_properties(&schema, "", &mut missing);
        assert!(
            missing.is_empty(),
            "undocumented properties (add a /// comment to the field): {missing:#?}"
        );
    }

    #[test]
    fn reading_rejects_what_is_not_a_current_catalog() {
        let err =
            Catalog::from_json("{\"format\": \"migra-catalog\", \"version\": 1, ").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Json);
        let err = Catalog::from_json("[1, 2]").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::NotACatalog);
        let err = Catalog::from_json("{\"format\": \"pg_dump\", \"version\": 1}").unwrap_err();
        assert!(err.message().contains("pg_dump"), "{err}");
        let err =
            Catalog::from_json("{\"format\": \"migra-catalog\", \"version\": 2}").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnsupportedVersion);
        assert!(err.message().contains("version 2"), "{err}");
        let err = Catalog::from_json(
            "{\"format\": \"migra-catalog\", \"version\": 1, \"server_version_num\": 150000, \"tables\": [{\"schema\": \"s\"}]}",
        )
        .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidCatalog);
        assert!(err.message().contains("tables[0]"), "{err}");
    }

    #[test]
    fn a_value_is_read_as_its_text_is_without_text_positions() {
        let value = serde_json::json!({
            "format": "migra-catalog", "version": 1, "server_version_num": 150000,
            "tables": [{"schema": "s"}],
        });
        let err = Catalog::from_value(value).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidCatalog);
        assert!(
            err.message()
                .starts_with("invalid catalog at tables[0]: missing field"),
            "{err}"
        );
        assert!(!err.message().contains(" line "), "{err}");
        let empty = serde_json::to_value(Catalog::empty()).unwrap();
        assert_eq!(Catalog::from_value(empty).unwrap(), Catalog::empty());
    }

    #[test]
    fn written_json_is_the_json_text() {
        let catalog =
            Catalog::from_json(include_str!("../../benches/fixtures/from-50.json")).unwrap();
        let mut written = vec![];
        catalog.write_json(&mut written).unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), catalog.to_json());
    }

    #[test]
    fn empty_catalog_round_trips() {
        let empty = Catalog::empty();
        assert_eq!(Catalog::from_json(&empty.to_json()).unwrap(), empty);
    }
}
