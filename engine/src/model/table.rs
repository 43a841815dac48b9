//! Tables and their columns (`pg_class` relkind `r` and `p`, `pg_attribute`).

use crate::model::Text;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{is_false, Privilege, TypeRef};
use super::sequence::SequenceOptions;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Table {
    pub schema: Text,
    pub name: Text,
    pub owner: Text,
    /// UNLOGGED (`relpersistence = 'u'`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub unlogged: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub rls_enabled: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub rls_forced: bool,
    /// For a partitioned table: its key as `pg_get_partkeydef` prints it, e.g. `RANGE (created_at)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_key: Option<Text>,
    /// For a partition: its parent and bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_of: Option<PartitionOf>,
    /// Inheritance parents (`INHERITS`), in `inhseqno` order. Partitions list their parent in `partition_of` only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inherits: Vec<QualifiedName>,
    /// Storage parameters, `name=value`, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reloptions: Vec<Text>,
    /// Absent when the table lives in the database's default tablespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tablespace: Option<Text>,
    /// Table access method, when not the default `heap`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_method: Option<Text>,
    pub columns: Vec<Column>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct QualifiedName {
    pub schema: Text,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PartitionOf {
    pub parent: QualifiedName,
    /// As `pg_get_expr(relpartbound)` prints it, e.g. `FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')`.
    pub bound: Text,
}

// The parts most columns lack are boxed: columns are the most numerous objects of a catalog,
// and inline those parts made each one 344 bytes instead of 160 (bench/PROFILE.md, round 5).
/// A column, in attribute order. Dropped columns are never listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Column {
    pub name: Text,
    /// As `format_type` prints it: `integer`, `character varying(10)`, `shipping_status`, `numeric(10,2)[]`.
    #[serde(rename = "type")]
    pub type_name: Text,
    /// Set when the type (or the element type of an array) is user-defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_ref: Option<Box<TypeRef>>,
    /// Set only when it differs from the type's default collation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<Box<QualifiedName>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Text>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_null: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Box<Identity>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<Box<Generated>>,
    /// Inherited from a parent (`attislocal = false`); such columns are not created by the child.
    #[serde(default, skip_serializing_if = "is_false")]
    pub inherited: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Identity {
    /// `always` or `by_default`.
    pub generation: IdentityGeneration,
    /// The options of the sequence behind the column. Absent on partitions (17+), which share the parent's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence: Option<SequenceOptions>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IdentityGeneration {
    Always,
    ByDefault,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Generated {
    /// As `pg_get_expr(adbin)` prints it.
    pub expression: Text,
    pub kind: GeneratedKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GeneratedKind {
    Stored,
    /// PostgreSQL 18.
    Virtual,
}
