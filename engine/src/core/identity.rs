//! Identities: how the diff names an object across both catalogs. An [`ObjectId`] is
//! structured (its kind and its identity fields, as the model declares them) and carries its key,
//! the identity written as SQL writes it, formatted once here for every kind, by the shape the
//! table of kinds gives it (`model/declarations.rs`). Nothing reads a key back into fields.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

use crate::model::{IdentityFields, IdentityShape, Listed, ObjectKind, ObjectRef, Text};

use super::sql::{qualified, qualified_call, qualified_member, quote_ident};

/// An object as the diff names it: kind, identity fields, and key.
///
/// Equality, order and hash are those of (kind, key): the fields are a function of the key for
/// a kind, and ties in the planner break on the key, as migra's do.
#[derive(Debug, Clone)]
pub(crate) struct ObjectId {
    pub kind: ObjectKind,
    /// The identity as SQL writes it: `"s"."t"`, `"s"."t"."c"` for a constraint, `"s"."f"(integer)`.
    pub key: String,
    /// The identity's fields; `None` for what is not a catalog object of its own (a column
    /// ordered by itself, a setting), which no list holds and no dependency names.
    pub identity: Option<Identity>,
    /// A setting of the session (`check_function_bodies`), not an object: its steps are
    /// statements of the migration that belong to no change.
    pub setting: bool,
}

/// The fields of an identity, owned: absent ones are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Identity {
    pub schema: Text,
    pub table: Text,
    pub name: Text,
    pub args: Text,
}

impl Identity {
    pub fn fields(&self) -> IdentityFields<'_> {
        IdentityFields {
            schema: &self.schema,
            table: &self.table,
            name: &self.name,
            args: &self.args,
        }
    }
}

impl PartialEq for ObjectId {
    fn eq(&self, other: &ObjectId) -> bool {
        self.kind == other.kind && self.key == other.key
    }
}

impl Eq for ObjectId {}

impl PartialOrd for ObjectId {
    fn partial_cmp(&self, other: &ObjectId) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ObjectId {
    fn cmp(&self, other: &ObjectId) -> Ordering {
        (self.kind, &self.key).cmp(&(other.kind, &other.key))
    }
}

impl Hash for ObjectId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.kind.hash(state);
        self.key.hash(state);
    }
}

/// The identity written as SQL writes it, by its kind's shape. Not inlined: every kind's
/// `Identify` calls it, and one copy keeps the wasm module small.
#[inline(never)]
pub(crate) fn key_of(kind: ObjectKind, fields: IdentityFields) -> String {
    match kind.shape() {
        IdentityShape::Global => quote_ident(fields.name),
        IdentityShape::Qualified => qualified(fields.schema, fields.name),
        IdentityShape::Member => qualified_member(fields.schema, fields.table, fields.name),
        IdentityShape::Call => qualified_call(fields.schema, fields.name, fields.args),
        IdentityShape::Cast => format!("({} as {})", fields.name, fields.args),
        IdentityShape::Mapping => {
            // `"public"` would mean PUBLIC too (no role may be named so); written bare.
            let role = match fields.name {
                "public" => "public".to_string(),
                role => quote_ident(role),
            };
            format!("for {role} server {}", quote_ident(fields.args))
        }
        IdentityShape::Transform => {
            format!("for {} language {}", fields.name, quote_ident(fields.args))
        }
    }
}

impl ObjectId {
    /// The object of this kind with these identity fields. (Not inlined, as [`key_of`].)
    #[inline(never)]
    pub fn of(kind: ObjectKind, fields: IdentityFields) -> ObjectId {
        let fields = shaped(kind, fields);
        ObjectId {
            kind,
            key: key_of(kind, fields),
            identity: Some(Identity {
                schema: fields.schema.into(),
                table: fields.table.into(),
                name: fields.name.into(),
                args: fields.args.into(),
            }),
            setting: false,
        }
    }

    /// A schema-qualified object: `ObjectId::of` with a schema and a name.
    pub fn qualified(kind: ObjectKind, schema: &str, name: &str) -> ObjectId {
        ObjectId::of(
            kind,
            IdentityFields {
                schema,
                name,
                ..IdentityFields::default()
            },
        )
    }

    /// One column of a table as an object of its own, for steps that must be ordered by
    /// themselves rather than with everything else that happens to the table.
    pub fn column(schema: &str, table: &str, column: &str) -> ObjectId {
        ObjectId {
            kind: ObjectKind::Table,
            key: format!("{}.{}", qualified(schema, table), quote_ident(column)),
            identity: None,
            setting: false,
        }
    }

    /// Something a step sets rather than an object (`check_function_bodies`), named as such.
    pub fn setting(kind: ObjectKind, name: &str) -> ObjectId {
        ObjectId {
            kind,
            key: name.to_string(),
            identity: None,
            setting: true,
        }
    }
}

/// What every catalog object answers from its declaration: its identity and key.
pub(crate) trait Identify {
    fn id(&self) -> ObjectId;
    fn key(&self) -> String;
}

impl<T: Listed> Identify for T {
    fn id(&self) -> ObjectId {
        id_of(self)
    }

    fn key(&self) -> String {
        key_of_listed(self)
    }
}

/// [`Identify::id`] once for all kinds (through `dyn`, so that the wasm module holds one copy).
pub(crate) fn id_of(object: &dyn Listed) -> ObjectId {
    ObjectId::of(object.object_kind(), object.identity())
}

/// [`Identify::key`] once for all kinds.
pub(crate) fn key_of_listed(object: &dyn Listed) -> String {
    key_of(object.object_kind(), object.identity())
}

/// A reference's kind and the fields its identity is made of, and only those (not the column,
/// not fields its kind's shape leaves out; absent ones empty). Identities are injective in
/// these, so equal keys mean equal identities and the other way round.
pub(crate) type RefKey<'a> = (ObjectKind, IdentityFields<'a>);

pub(crate) fn ref_key(r: &ObjectRef) -> RefKey<'_> {
    fn field(f: &Option<Text>) -> &str {
        f.as_deref().unwrap_or_default()
    }
    let fields = IdentityFields {
        schema: field(&r.schema),
        table: field(&r.table),
        name: &r.name,
        args: field(&r.args),
    };
    (r.kind, shaped(r.kind, fields))
}

/// Only the fields `kind`'s shape is made of; the others empty.
pub(crate) fn shaped(kind: ObjectKind, f: IdentityFields) -> IdentityFields {
    let none = IdentityFields::default();
    match kind.shape() {
        IdentityShape::Global => IdentityFields {
            name: f.name,
            ..none
        },
        IdentityShape::Qualified => IdentityFields {
            schema: f.schema,
            name: f.name,
            ..none
        },
        IdentityShape::Member => IdentityFields { args: "", ..f },
        IdentityShape::Call => IdentityFields { table: "", ..f },
        IdentityShape::Cast | IdentityShape::Mapping | IdentityShape::Transform => IdentityFields {
            name: f.name,
            args: f.args,
            ..none
        },
    }
}

/// The identity of a referenced object.
pub(crate) fn object_id(r: &ObjectRef) -> ObjectId {
    let (kind, fields) = ref_key(r);
    ObjectId::of(kind, fields)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::Text;

    /// A reference for tests; empty fields are absent.
    pub(crate) fn reference(
        kind: ObjectKind,
        schema: &str,
        table: &str,
        name: &str,
        args: &str,
    ) -> ObjectRef {
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
    fn identities_are_their_fields_and_keys_are_written_from_them() {
        let references = [
            reference(ObjectKind::Schema, "", "", "a\"b", ""),
            reference(ObjectKind::Table, "s p", "", "t.\"x\"", ""),
            reference(ObjectKind::Constraint, "s", "t", "c\"\"", ""),
            reference(ObjectKind::Function, "s", "", "f", "a integer, b \"t\"[]"),
            reference(ObjectKind::Function, "s", "", "g", ""),
        ];
        for r in &references {
            let id = object_id(r);
            let identity = id.identity.as_ref().expect("an object's identity");
            assert_eq!((id.kind, identity.fields()), ref_key(r), "{id:?}");
            assert_eq!(id.key, key_of(id.kind, identity.fields()));
        }
        // Keys are formatted as SQL quotes identifiers, quotes doubled.
        let id = object_id(&reference(ObjectKind::Constraint, "s", "t", "c\"\"", ""));
        assert_eq!(id.key, r#""s"."t"."c""""""#);
    }
}
