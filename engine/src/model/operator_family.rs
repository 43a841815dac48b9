//! Operator families and operator classes (`pg_opfamily`, `pg_opclass`) users created, with
//! their members (`pg_amop`, `pg_amproc`): what lets an index access method use a type's
//! operators and support functions.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An operator family (`CREATE OPERATOR FAMILY`), with the members that belong to it rather
/// than to one of its classes (added by `ALTER OPERATOR FAMILY ... ADD`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OperatorFamily {
    /// The family's schema (`pg_namespace.nspname` of `opfnamespace`).
    pub schema: Text,
    /// The family's name (`opfname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid`), for `--with-owners`; empty in catalogs
    /// written before it was read.
    #[serde(default)]
    pub owner: Text,
    /// The index access method it is for (`pg_am.amname` of `opfmethod`): `btree`. With
    /// `schema` and `name` it is the family's identity.
    pub access_method: Text,
    /// The members that depend on the family itself, sorted by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<OperatorMember>,
    /// The family's comment (`COMMENT ON OPERATOR FAMILY`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// An operator class (`CREATE OPERATOR CLASS`), with its members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OperatorClass {
    /// The class's schema (`pg_namespace.nspname` of `opcnamespace`).
    pub schema: Text,
    /// The class's name (`opcname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid`), for `--with-owners`; empty in catalogs
    /// written before it was read.
    #[serde(default)]
    pub owner: Text,
    /// The index access method it is for (`pg_am.amname` of `opcmethod`). With `schema` and
    /// `name` it is the class's identity.
    pub access_method: Text,
    /// Its family (`opcfamily`), schema-qualified (one of the same name is created with the
    /// class when `CREATE OPERATOR CLASS` names none).
    pub family: Text,
    /// The data type it indexes (`FOR TYPE`, `opcintype`), as `format_type` prints it.
    pub data_type: Text,
    /// Whether it is the type's default class for the access method (`DEFAULT`, `opcdefault`).
    pub default: bool,
    /// The type stored in the index (`STORAGE`, `opckeytype`); absent when the data type itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<Text>,
    /// Its operators and support functions, sorted by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<OperatorMember>,
    /// The class's comment (`COMMENT ON OPERATOR CLASS`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// One operator or support function of a family or class, as SQL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OperatorMember {
    /// What `ALTER OPERATOR FAMILY ... DROP` names it by: `OPERATOR 1 (integer, integer)`,
    /// `FUNCTION 1 (integer, integer)` (strategy or support number, then the operand types).
    pub name: Text,
    /// The clause that adds it: `OPERATOR 1 pg_catalog.<(integer, integer)` (with `FOR ORDER BY
    /// family` for an ordering operator), `FUNCTION 1 (integer, integer)
    /// pg_catalog.btint4cmp(integer, integer)`.
    pub definition: Text,
}

/// A member a user added (`ALTER OPERATOR FAMILY ... ADD`) to an operator family no list holds: a
/// built-in family such as `integer_ops`, or an extension's, when the member's operator or
/// function is the user's (an extension's script adds members of its own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FamilyAddition {
    /// The family's schema (`pg_namespace.nspname` of `opfnamespace`), e.g. `pg_catalog`.
    pub family_schema: Text,
    /// The family's name (`opfname`), e.g. `integer_ops`.
    pub family: Text,
    /// The family's index access method (`pg_am.amname` of `opfmethod`).
    pub access_method: Text,
    /// The member as `ALTER OPERATOR FAMILY ... DROP` names it, e.g. `FUNCTION 1 (integer,
    /// bigint)`; with the family and access method it is the entry's identity.
    pub name: Text,
    /// The clause that adds it, as [`OperatorMember::definition`].
    pub definition: Text,
    /// The operator or function it is, as a dependency names it: the member goes before it is
    /// dropped and comes back after it is created.
    pub uses: super::ObjectRef,
}
