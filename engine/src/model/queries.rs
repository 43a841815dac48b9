//! The catalog queries, as data. Each returns one JSON value built on the server;
//! [`CatalogAssembly`](crate::CatalogAssembly) turns the values into a [`Catalog`](crate::Catalog). Any client in any language can run them: it only has to send the
//! text and hand back the single value each query returns.
//!
//! A line ending in `-- [pg15+]` is kept only for servers of major 15 and later, one ending in
//! `-- [pg<15]` only for servers before 15, one ending in `-- [pg15-16]` only for majors 15 and 16.
//! A `{{name arg | arg}}` is replaced by the fragment `queries/fragments/name.sql` with `$1`, `$2`...
//! replaced by the arguments: the pieces every query needs (privileges, type references,
//! collations) are written once. That is the whole templating language.

use crate::error::{Error, ErrorKind};

/// One catalog query: its name (the catalog field it fills) and its text for a given server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogQuery {
    /// The catalog field the query's result fills (`tables`, `dependencies`, ...).
    pub name: &'static str,
    /// The query's text for the server it was made for.
    pub sql: String,
}

/// The query sources, in the order the catalog lists the fields they fill: one per list of the
/// table of kinds (`queries/<list>.sql`), then the dependencies, the casts into the columns' types,
/// the fetch's notes and the objects no list models.
macro_rules! sources {
    ($(($list:ident, $ty:ident, [$($kind:ident),*], $shape:ident [$($field:ident),+], $schema:ident [$($schema_field:ident)?], $diffed:ident, $create:ident, $drop:ident, [$($doc:literal),*])),+) => {
        const SOURCES: &[(&str, &str)] = &[
            $((
                stringify!($list),
                include_str!(concat!("../../queries/", stringify!($list), ".sql")),
            ),)+
            (
                "dependencies",
                include_str!("../../queries/dependencies.sql"),
            ),
            (
                "type_casts",
                include_str!("../../queries/type_casts.sql"),
            ),
            ("notes", include_str!("../../queries/notes.sql")),
            ("unmodeled", include_str!("../../queries/unmodeled.sql")),
        ];
    };
}

super::declarations::for_each_list!(sources);

/// Pieces several queries share, used as `{{name arg | arg}}`.
const FRAGMENTS: &[(&str, &str)] = &[
    // Whether a schema name (`$1`) is the user's: not the system's, a TOAST or a temporary one.
    (
        "user_schema",
        include_str!("../../queries/fragments/user_schema.sql"),
    ),
    (
        "privileges",
        include_str!("../../queries/fragments/privileges.sql"),
    ),
    (
        "type_ref",
        include_str!("../../queries/fragments/type_ref.sql"),
    ),
    (
        "collation",
        include_str!("../../queries/fragments/collation.sql"),
    ),
    // A column's type, collation and comment as joins, for queries over many columns (a
    // subquery per column costs several times more): the joins after `from pg_attribute a`,
    // then the two values in the select list.
    (
        "column_type_joins",
        include_str!("../../queries/fragments/column_type_joins.sql"),
    ),
    (
        "column_type_ref",
        include_str!("../../queries/fragments/column_type_ref.sql"),
    ),
    // Options of foreign data (`ftoptions`, `attfdwoptions`): `name=value` texts as
    // `[{name, value}]`, split at the first `=`, in the catalog's order.
    (
        "foreign_options",
        include_str!("../../queries/fragments/foreign_options.sql"),
    ),
    // A storage letter (`attstorage`, `typstorage`) as ALTER COLUMN SET STORAGE spells it.
    (
        "storage",
        include_str!("../../queries/fragments/storage.sql"),
    ),
    // The members of operator families and classes, by the family or class they belong to.
    (
        "operator_members",
        include_str!("../../queries/fragments/operator_members.sql"),
    ),
    (
        "column_collation",
        include_str!("../../queries/fragments/column_collation.sql"),
    ),
];

/// The oldest server the queries are written for.
pub const MIN_SERVER_VERSION_NUM: u32 = 130000;

/// The queries to run against a server whose `server_version_num` is given, in a fixed order.
pub fn catalog_queries(server_version_num: u32) -> Result<Vec<CatalogQuery>, Error> {
    if server_version_num < MIN_SERVER_VERSION_NUM {
        return Err(Error::new(
            ErrorKind::InvalidOption,
            format!(
                "PostgreSQL {} is not supported: migra-rs reads PostgreSQL 13 and later",
                major(server_version_num)
            ),
        ));
    }
    Ok(SOURCES
        .iter()
        .map(|(name, text)| CatalogQuery {
            name,
            sql: expand_fragments(&select_for_version(text, server_version_num)),
        })
        .collect())
}

fn major(server_version_num: u32) -> u32 {
    server_version_num / 10000
}

fn select_for_version(text: &str, server_version_num: u32) -> String {
    let major = major(server_version_num);
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if let Some(keep) = version_condition(line, major) {
            if !keep {
                continue;
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Replaces each `{{name arg | arg}}` with its fragment. The sources are ours and checked by the
/// tests below, so an unknown name or an unclosed `{{` is left as it is and fails on the server.
fn expand_fragments(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        let call = &rest[start + 2..start + len];
        let (name, args) = call.split_once(' ').unwrap_or((call, ""));
        let Some((_, fragment)) = FRAGMENTS.iter().find(|(n, _)| *n == name) else {
            break;
        };
        out.push_str(&rest[..start]);
        let mut body = fragment.trim_end().to_string();
        for (i, arg) in args.split('|').enumerate() {
            body = body.replace(&format!("${}", i + 1), arg.trim());
        }
        out.push_str(&body);
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

/// `Some(true/false)` for a line carrying a version marker, `None` for an ordinary line.
fn version_condition(line: &str, major: u32) -> Option<bool> {
    let marker = line.trim_end().rsplit_once("-- [pg")?.1.strip_suffix(']')?;
    if let Some(min) = marker.strip_suffix('+') {
        return min.parse::<u32>().ok().map(|min| major >= min);
    }
    if let Some(below) = marker.strip_prefix('<') {
        return below.parse::<u32>().ok().map(|below| major < below);
    }
    let (low, high) = marker.split_once('-')?;
    Some(low.parse::<u32>().ok()? <= major && major <= high.parse::<u32>().ok()?)
}

/// The names of the queries, in the order the catalog lists the fields they fill.
pub(crate) fn query_names() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_markers_select_lines() {
        let text = "a\nb -- [pg15+]\nc -- [pg<15]\nd -- [pg15-16]\n";
        assert_eq!(select_for_version(text, 140010), "a\nc -- [pg<15]\n");
        assert_eq!(
            select_for_version(text, 150002),
            "a\nb -- [pg15+]\nd -- [pg15-16]\n"
        );
        assert_eq!(select_for_version(text, 170002), "a\nb -- [pg15+]\n");
    }

    #[test]
    fn fragments_expand_with_their_arguments() {
        let sql = expand_fragments("select {{collation a.attcollation | a.atttypid}} from x");
        assert!(sql.contains("coll.oid = a.attcollation"), "{sql}");
        assert!(sql.contains("coll_type.oid = a.atttypid"), "{sql}");
        for major in 13..=18 {
            for query in catalog_queries(major * 10000).unwrap() {
                // A fragment's argument left as `$1`; notes.sql's `'$user'` is a literal.
                let argument = query
                    .sql
                    .split('$')
                    .skip(1)
                    .any(|after| after.starts_with(|c: char| c.is_ascii_digit()));
                assert!(
                    !query.sql.contains("{{") && !argument,
                    "{}: unexpanded",
                    query.name
                );
            }
        }
    }

    #[test]
    fn old_servers_are_refused() {
        let err = catalog_queries(120005).unwrap_err();
        assert!(err.message().contains("PostgreSQL 12"), "{err}");
    }

    #[test]
    fn every_query_names_a_catalog_field() {
        let schema: serde_json::Value = serde_json::from_str(&crate::model::json_schema()).unwrap();
        for (name, _) in SOURCES {
            assert!(
                schema["properties"].get(name).is_some(),
                "{name} is not a catalog field"
            );
        }
    }
}
