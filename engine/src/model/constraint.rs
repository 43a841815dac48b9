//! Table constraints (`pg_constraint` with `conrelid <> 0`). NOT NULL constraints (PostgreSQL 18) are
//! folded into the column's `not_null` and never listed here.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;
use super::table::QualifiedName;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Constraint {
    pub schema: Text,
    pub table: Text,
    pub name: Text,
    pub constraint_type: ConstraintType,
    /// As `pg_get_constraintdef` prints it, e.g. `FOREIGN KEY (a) REFERENCES t(id) ON DELETE CASCADE`.
    pub definition: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deferrable: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub initially_deferred: bool,
    /// False for `NOT VALID` constraints not yet validated.
    pub validated: bool,
    /// The index behind a primary key, unique or exclusion constraint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<Text>,
    /// For foreign keys: the referenced table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub references: Option<QualifiedName>,
    /// Inherited from a parent table or partitioned table (`conislocal = false`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub inherited: bool,
    /// Defined on a partitioned table's partition by the parent (`conparentid <> 0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ConstraintType {
    PrimaryKey,
    Unique,
    Check,
    ForeignKey,
    Exclusion,
}
