//! Identities: how the diff names an object across both catalogs, for matching, ordering and
//! the change list.

use crate::model::{ObjectKind, ObjectRef, Text};

use super::sql::{qualified, qualified_call, qualified_member, quote_ident};

/// An object as the planner sees it: its kind and its quoted identity.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct ObjectId {
    pub kind: ObjectKind,
    pub key: String,
}

impl ObjectId {
    pub fn new(kind: ObjectKind, key: impl Into<String>) -> ObjectId {
        ObjectId {
            kind,
            key: key.into(),
        }
    }
}

impl ObjectId {
    /// One column of a table as an object of its own, for steps that must be ordered by
    /// themselves rather than with everything else that happens to the table.
    pub fn column(schema: &str, table: &str, column: &str) -> ObjectId {
        ObjectId::new(
            ObjectKind::Table,
            format!("{}.{}", qualified(schema, table), quote_ident(column)),
        )
    }
}

/// The fields of a reference that its identity is made of, and only those (not the column, not
/// what [`object_id`] ignores for its kind; absent reads as empty, as there). Identities are
/// injective in these fields, so equal keys mean equal identities and the other way round.
pub(crate) type RefKey<'a> = (ObjectKind, &'a str, &'a str, &'a str, &'a str);

pub(crate) fn ref_key(r: &ObjectRef) -> RefKey<'_> {
    fn field(f: &Option<Text>) -> &str {
        f.as_deref().unwrap_or_default()
    }
    let (schema, table, args) = match r.kind {
        ObjectKind::Schema | ObjectKind::Extension | ObjectKind::EventTrigger => ("", "", ""),
        ObjectKind::Function | ObjectKind::Aggregate => (field(&r.schema), "", field(&r.args)),
        ObjectKind::Constraint | ObjectKind::Trigger | ObjectKind::Policy => {
            (field(&r.schema), field(&r.table), "")
        }
        _ => (field(&r.schema), "", ""),
    };
    (r.kind, schema, table, r.name.as_str(), args)
}

/// The planner's identity for a referenced object; the same text the kinds use as keys.
pub(crate) fn object_id(r: &ObjectRef) -> ObjectId {
    let schema = r.schema.as_deref().unwrap_or_default();
    let key = match r.kind {
        ObjectKind::Schema | ObjectKind::Extension | ObjectKind::EventTrigger => {
            quote_ident(&r.name)
        }
        ObjectKind::Function | ObjectKind::Aggregate => {
            qualified_call(schema, &r.name, r.args.as_deref().unwrap_or_default())
        }
        ObjectKind::Constraint | ObjectKind::Trigger | ObjectKind::Policy => {
            qualified_member(schema, r.table.as_deref().unwrap_or_default(), &r.name)
        }
        _ => qualified(schema, &r.name),
    };
    ObjectId::new(r.kind, key)
}

/// The fields [`object_id`] formats, read back from its text (absent ones empty, as in
/// [`RefKey`]). `None` for text it cannot have written, which no edge names.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct IdentityParts {
    pub schema: String,
    pub table: String,
    pub name: String,
    pub args: String,
}

impl IdentityParts {
    pub fn key(&self, kind: ObjectKind) -> RefKey<'_> {
        (kind, &self.schema, &self.table, &self.name, &self.args)
    }

    pub fn parse(id: &ObjectId) -> Option<IdentityParts> {
        let mut parts = IdentityParts::default();
        let rest = id.key.as_str();
        let rest = match id.kind {
            ObjectKind::Schema | ObjectKind::Extension | ObjectKind::EventTrigger => {
                read_quoted(rest, &mut parts.name)?
            }
            ObjectKind::Function | ObjectKind::Aggregate => {
                let rest = read_quoted(rest, &mut parts.schema)?;
                let rest = read_quoted(rest.strip_prefix('.')?, &mut parts.name)?;
                let args = rest.strip_prefix('(')?.strip_suffix(')')?;
                parts.args.push_str(args);
                ""
            }
            ObjectKind::Constraint | ObjectKind::Trigger | ObjectKind::Policy => {
                let rest = read_quoted(rest, &mut parts.schema)?;
                let rest = read_quoted(rest.strip_prefix('.')?, &mut parts.table)?;
                read_quoted(rest.strip_prefix('.')?, &mut parts.name)?
            }
            _ => {
                let rest = read_quoted(rest, &mut parts.schema)?;
                read_quoted(rest.strip_prefix('.')?, &mut parts.name)?
            }
        };
        rest.is_empty().then_some(parts)
    }
}

/// Reads one quoted identifier (`"a""b"` is `a"b`) from the start of `text` into `into`;
/// returns what follows it.
fn read_quoted<'t>(text: &'t str, into: &mut String) -> Option<&'t str> {
    let mut rest = text.strip_prefix('"')?;
    loop {
        let end = rest.find('"')?;
        into.push_str(&rest[..end]);
        rest = &rest[end + 1..];
        match rest.strip_prefix('"') {
            Some(after) => {
                into.push('"');
                rest = after;
            }
            None => return Some(rest),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn reference(kind: ObjectKind, schema: &str, table: &str, name: &str, args: &str) -> ObjectRef {
        let some = |s: &str| (!s.is_empty()).then(|| Text::from(s));
        ObjectRef {
            kind,
            schema: some(schema),
            table: some(table),
            name: name.into(),
            args: some(args),
            column: None,
        }
    }

    #[test]
    fn identities_parse_back_to_their_fields() {
        let references = [
            reference(ObjectKind::Schema, "", "", "a\"b", ""),
            reference(ObjectKind::Table, "s p", "", "t.\"x\"", ""),
            reference(ObjectKind::Constraint, "s", "t", "c\"\"", ""),
            reference(ObjectKind::Function, "s", "", "f", "a integer, b \"t\"[]"),
            reference(ObjectKind::Function, "s", "", "g", ""),
        ];
        for r in &references {
            let id = object_id(r);
            let parts = IdentityParts::parse(&id).expect("parses");
            assert_eq!(parts.key(id.kind), ref_key(r), "{id:?}");
        }
        for unknown in ["check_function_bodies", "\"s\"", "\"s\".\"t\"x", "\"s"] {
            assert_eq!(
                IdentityParts::parse(&ObjectId::new(ObjectKind::Table, unknown)),
                None
            );
        }
    }
}
