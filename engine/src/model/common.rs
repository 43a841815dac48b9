//! Pieces shared by several object kinds: privileges, owners, references to other objects.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One privilege held by one grantee on one object, as `aclexplode` reports it.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct Privilege {
    /// Role name, or `PUBLIC`.
    pub grantee: Text,
    /// `SELECT`, `INSERT`, `USAGE`, `EXECUTE`, ...
    pub privilege: Text,
    /// WITH GRANT OPTION.
    #[serde(default, skip_serializing_if = "is_false")]
    pub grantable: bool,
}

/// What kind of object a dependency edge points at.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ObjectKind {
    Schema,
    Extension,
    Collation,
    Enum,
    Domain,
    CompositeType,
    RangeType,
    Sequence,
    Table,
    View,
    MaterializedView,
    Constraint,
    Index,
    Function,
    Aggregate,
    Trigger,
    EventTrigger,
    Policy,
}

impl ObjectKind {
    /// The kind's name as it appears in JSON and in change lists.
    pub fn as_str(self) -> &'static str {
        match self {
            ObjectKind::Schema => "schema",
            ObjectKind::Extension => "extension",
            ObjectKind::Collation => "collation",
            ObjectKind::Enum => "enum",
            ObjectKind::Domain => "domain",
            ObjectKind::CompositeType => "composite_type",
            ObjectKind::RangeType => "range_type",
            ObjectKind::Sequence => "sequence",
            ObjectKind::Table => "table",
            ObjectKind::View => "view",
            ObjectKind::MaterializedView => "materialized_view",
            ObjectKind::Constraint => "constraint",
            ObjectKind::Index => "index",
            ObjectKind::Function => "function",
            ObjectKind::Aggregate => "aggregate",
            ObjectKind::Trigger => "trigger",
            ObjectKind::EventTrigger => "event_trigger",
            ObjectKind::Policy => "policy",
        }
    }
}

/// A reference to a catalog object, precise enough to find it among the catalog's objects.
///
/// Objects that live on a table (constraints, indexes are tables' own relations, triggers,
/// policies) carry the table; functions and aggregates carry their identity arguments; a
/// reference to a single column carries the column.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct ObjectRef {
    pub kind: ObjectKind,
    /// Absent for schemas, extensions and event triggers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<Text>,
    /// For constraints, triggers and policies: the table they are on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<Text>,
    pub name: Text,
    /// Identity arguments of functions and aggregates, as `pg_get_function_identity_arguments` prints them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Text>,
    /// Set when the edge involves one column of a table or view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<Text>,
}

/// "`dependent` needs `referenced` to exist", from `pg_depend` (and `pg_rewrite` for views).
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct Dependency {
    pub dependent: ObjectRef,
    pub referenced: ObjectRef,
}

/// A type used by a column, a domain, an argument: enough to tell which user-defined type it is.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct TypeRef {
    pub schema: Text,
    pub name: Text,
    /// The kind of user-defined type, when it is one: enum, domain, composite_type, range_type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ObjectKind>,
}

pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}
