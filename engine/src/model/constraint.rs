//! Table constraints (`pg_constraint` with `conrelid <> 0`). NOT NULL constraints (PostgreSQL 18) are
//! folded into the column's `not_null` and never listed here.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;
use super::table::QualifiedName;

/// A primary key, unique, check, foreign key or exclusion constraint on a table or partitioned
/// table. Constraint triggers are listed as triggers, domain constraints on their domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Constraint {
    /// The schema of the table the constraint is on (`pg_namespace.nspname` of `relnamespace`).
    pub schema: Text,
    /// The name of the table the constraint is on (`pg_class.relname` of `conrelid`).
    pub table: Text,
    /// The constraint's name (`pg_constraint.conname`), unique among its table's constraints.
    pub name: Text,
    /// What the constraint is (`contype`).
    pub constraint_type: ConstraintType,
    /// The constraint's clause as `pg_get_constraintdef` prints it, without the name and
    /// `CONSTRAINT` keyword, e.g. `FOREIGN KEY (a) REFERENCES t(id) ON DELETE CASCADE`.
    pub definition: Text,
    /// `DEFERRABLE` (`condeferrable`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deferrable: bool,
    /// `INITIALLY DEFERRED` (`condeferred`); absent means false (`INITIALLY IMMEDIATE`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub initially_deferred: bool,
    /// Whether the constraint is validated (`convalidated`): false for one added `NOT VALID` and
    /// not yet validated with `VALIDATE CONSTRAINT`.
    pub validated: bool,
    /// The name of the index behind a primary key, unique or exclusion constraint (`conindid`),
    /// in the table's schema. Absent for check and foreign key constraints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<Text>,
    /// For foreign keys: the referenced table (`confrelid`), by schema and name. Absent for
    /// every other type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub references: Option<QualifiedName>,
    /// True when the constraint is not defined locally on this table (`NOT conislocal`): it
    /// comes from an inheritance parent or from the partitioned table this is a partition of,
    /// and goes with that parent's constraint. One both inherited and declared locally is not.
    #[serde(default, skip_serializing_if = "is_false")]
    pub inherited: bool,
    /// The name of the constraint this one was derived from (`conname` of `conparentid`): for a
    /// partition's constraint, the constraint of the partitioned parent table it was cloned
    /// from; for the per-partition copies PostgreSQL makes of a foreign key that references a
    /// partitioned table, that foreign key, on the same table. Absent for a constraint declared
    /// on its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Text>,
    /// The constraint's comment (`COMMENT ON CONSTRAINT`), from `pg_description`; absent when
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// The type of a table constraint, from `pg_constraint.contype`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ConstraintType {
    /// `PRIMARY KEY` (contype `p`).
    PrimaryKey,
    /// `UNIQUE` (contype `u`).
    Unique,
    /// `CHECK` (contype `c`).
    Check,
    /// `FOREIGN KEY ... REFERENCES` (contype `f`).
    ForeignKey,
    /// `EXCLUDE` (contype `x`).
    Exclusion,
}
