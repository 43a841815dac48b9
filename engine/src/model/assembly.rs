//! A catalog built from what the catalog queries returned, one query's result at a time.
//!
//! Each result is read straight into its field, so a client can let go of a result as soon as it
//! is read: a fetch then never holds the server's whole reply, a copy of it and a catalog at once
//! (bench/PROFILE.md, round 5).

use serde::de::DeserializeOwned;

use crate::error::{Error, ErrorKind};
use crate::model::json_path;
use crate::model::queries::query_names;
use crate::model::Catalog;

/// A catalog being filled, query by query.
pub struct CatalogAssembly {
    catalog: Catalog,
    /// Per query, in [`query_names`] order: whether its result was read.
    read: Vec<bool>,
}

impl CatalogAssembly {
    /// An assembly for the results of a server whose `server_version_num` is given.
    pub fn new(server_version_num: u32) -> CatalogAssembly {
        let mut catalog = Catalog::empty();
        catalog.server_version_num = server_version_num;
        CatalogAssembly {
            catalog,
            read: vec![false; query_names().count()],
        }
    }

    /// Reads the JSON text the query `name` returned into its field. `null` (an aggregate over no
    /// rows) or an empty text counts as an empty list.
    pub fn add(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let Some(slot) = query_names().position(|known| known == name) else {
            return Err(Error::new(
                ErrorKind::QueryResult,
                format!("result for unknown catalog query {name:?}"),
            ));
        };
        let text = text.trim();
        let text = if text.is_empty() || text == "null" {
            "[]"
        } else {
            text
        };
        read_field(&mut self.catalog, name, text)?;
        self.read[slot] = true;
        Ok(())
    }

    /// The catalog, once every query's result is read, its lists sorted as [`Catalog::normalize`]
    /// sorts them.
    pub fn finish(self) -> Result<Catalog, Error> {
        if let Some((name, _)) = query_names().zip(&self.read).find(|(_, read)| !**read) {
            return Err(Error::new(
                ErrorKind::QueryResult,
                format!("no result for catalog query {name:?}"),
            ));
        }
        let mut catalog = self.catalog;
        catalog.normalize();
        Ok(catalog)
    }
}

/// Builds a catalog from the value each query returned, given as `(query name, value)` pairs.
/// A `null` value (an aggregate over no rows) counts as an empty list.
pub fn assemble(
    server_version_num: u32,
    results: impl IntoIterator<Item = (String, serde_json::Value)>,
) -> Result<Catalog, Error> {
    let mut assembly = CatalogAssembly::new(server_version_num);
    for (name, value) in results {
        assembly.add(&name, &value.to_string())?;
    }
    assembly.finish()
}

/// Like [`assemble`], for the JSON text each query returned (what a client gets from the server
/// before parsing it): the catalog is built straight from the text, without an intermediate tree.
pub fn assemble_json(
    server_version_num: u32,
    results: impl IntoIterator<Item = (String, String)>,
) -> Result<Catalog, Error> {
    let mut assembly = CatalogAssembly::new(server_version_num);
    for (name, text) in results {
        assembly.add(&name, &text)?;
    }
    assembly.finish()
}

/// Reads `text` into the catalog field `name`, which the caller has checked is a query's.
fn read_field(catalog: &mut Catalog, name: &str, text: &str) -> Result<(), Error> {
    macro_rules! fields {
        ($($field:ident)*) => {
            match name {
                $(stringify!($field) => catalog.$field = read_list(name, text)?,)*
                _ => {
                    return Err(Error::new(
                        ErrorKind::QueryResult,
                        format!("catalog query {name:?} fills no catalog field"),
                    ))
                }
            }
        };
    }
    fields!(
        schemas extensions collations enums domains composite_types range_types base_types shell_types sequences tables
        views constraints indexes statistics functions aggregates casts languages conversions access_methods transforms operators operator_families
        operator_classes family_additions text_search_parsers
        text_search_templates text_search_dictionaries text_search_configurations foreign_data_wrappers
        foreign_servers user_mappings triggers event_triggers policies rules default_privileges
        publications subscriptions dependencies type_casts notes unmodeled
    );
    Ok(())
}

fn read_list<T: DeserializeOwned>(name: &str, text: &str) -> Result<Vec<T>, Error> {
    serde_json::from_str(text).map_err(|e| {
        // The path inside the list, written after the field's name: `tables[3].columns[0].name`.
        let path = json_path::of_error(text, &e);
        let path = if path == "." { "" } else { path.as_str() };
        // A position in a text the caller never saw would mean nothing to them.
        let problem = json_path::without_position(&e);
        Error::new(
            ErrorKind::QueryResult,
            format!("catalog queries returned unexpected data: invalid catalog at {name}{path}: {problem}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty_results() -> Vec<(String, String)> {
        query_names()
            .map(|name| (name.to_string(), "null".to_string()))
            .collect()
    }

    #[test]
    fn every_query_fills_a_field() {
        let catalog = assemble_json(150004, empty_results()).unwrap();
        assert_eq!(catalog.server_version_num, 150004);
        let mut expected = Catalog::empty();
        expected.server_version_num = 150004;
        assert_eq!(catalog, expected);
    }

    #[test]
    fn results_are_read_into_their_fields_and_sorted() {
        let mut results = empty_results();
        for (name, text) in &mut results {
            if name == "schemas" {
                *text = r#"[{"name" : "b", "owner" : "o"}, {"name" : "a", "owner" : "o"}]"#.into();
            }
        }
        let catalog = assemble_json(150004, results).unwrap();
        let names: Vec<&str> = catalog.schemas.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
    }

    #[test]
    fn a_missing_or_unknown_result_is_named() {
        let mut results = empty_results();
        results.retain(|(name, _)| name != "indexes");
        let err = assemble_json(150004, results).unwrap_err();
        assert_eq!(err.message(), "no result for catalog query \"indexes\"");

        let mut results = empty_results();
        results.push(("tablez".into(), "[]".into()));
        let err = assemble_json(150004, results).unwrap_err();
        assert_eq!(err.message(), "result for unknown catalog query \"tablez\"");
    }

    #[test]
    fn a_bad_value_is_named_by_its_path_without_a_position() {
        let mut assembly = CatalogAssembly::new(150004);
        let err = assembly
            .add(
                "schemas",
                r#"[{"name": "a", "owner": "o"}, {"name": 7, "owner": "o"}]"#,
            )
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::QueryResult);
        assert_eq!(
            err.message(),
            "catalog queries returned unexpected data: invalid catalog at schemas[1].name: \
             invalid type: integer `7`, expected a string"
        );
        let err = assembly.add("tables", "{}").unwrap_err();
        assert!(
            err.message().starts_with(
                "catalog queries returned unexpected data: invalid catalog at tables: "
            ),
            "{err}"
        );
    }
}
