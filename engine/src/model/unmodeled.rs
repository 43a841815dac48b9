//! Objects of a database that no catalog list models: read by name only, so that every diff can
//! say they are not migrated instead of passing them over (`queries/unmodeled.sql`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Text;

/// One object no catalog list describes, named as PostgreSQL's `pg_identify_object` names it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnmodeledObject {
    /// The object's type as `pg_identify_object` gives it (`foreign table`, `operator class`,
    /// `publication`...); `<catalog> entry` for a row of a system catalog the fetch does not
    /// know (one a newer PostgreSQL added), named by its oid.
    pub kind: Text,
    /// The schema it lives in; absent for objects in no schema (and for rules, which
    /// `pg_identify_object` names by their table).
    #[serde(default)]
    pub schema: Option<Text>,
    /// Its identity as `pg_identify_object` writes it (`s.ft`, `r on s.t`,
    /// `(s.comp AS pg_catalog.text)`); the oid for an entry of an unknown catalog.
    pub name: Text,
}

/// What [`Catalog::unmodeled`](super::Catalog::unmodeled) holds, counted by kind in one line
/// (`3 objects no catalog list models: 2 foreign tables, 1 publication`); `None` when empty.
pub fn unmodeled_summary(objects: &[UnmodeledObject]) -> Option<String> {
    if objects.is_empty() {
        return None;
    }
    let mut kinds: Vec<&str> = objects.iter().map(|o| o.kind.as_str()).collect();
    kinds.sort_unstable();
    let mut counts: Vec<String> = vec![];
    for group in kinds.chunk_by(|a, b| a == b) {
        counts.push(counted(group.len(), group[0]));
    }
    Some(format!(
        "{} that no catalog list models, so that no diff migrates them (each diff names them): {}",
        counted(objects.len(), "object"),
        counts.join(", ")
    ))
}

/// `1 foreign table`, `2 operator families`, `3 access methods`, `2 pg_foo entries`.
pub(crate) fn counted(n: usize, kind: &str) -> String {
    if n == 1 {
        return format!("1 {kind}");
    }
    let plural = if let Some(stem) = kind.strip_suffix('y') {
        format!("{stem}ies")
    } else if kind.ends_with('s') {
        format!("{kind}es")
    } else {
        format!("{kind}s")
    };
    format!("{n} {plural}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_counted_in_one_line() {
        let object = |kind: &str| UnmodeledObject {
            kind: kind.into(),
            schema: None,
            name: "x".into(),
        };
        assert_eq!(unmodeled_summary(&[]), None);
        let objects = [
            object("foreign table"),
            object("publication"),
            object("foreign table"),
        ];
        assert_eq!(
            unmodeled_summary(&objects).as_deref(),
            Some(
                "3 objects that no catalog list models, so that no diff migrates them (each diff \
                 names them): 2 foreign tables, 1 publication"
            )
        );
        assert_eq!(counted(2, "access method"), "2 access methods");
        assert_eq!(counted(3, "pg_foo entry"), "3 pg_foo entries");
        assert_eq!(counted(2, "operator class"), "2 operator classes");
    }
}
