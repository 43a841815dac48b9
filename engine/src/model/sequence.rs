//! Sequences (`pg_sequence`). Sequences behind identity columns live on their column instead.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Privilege;

/// The options `CREATE SEQUENCE` takes; shared with identity columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SequenceOptions {
    /// The sequence's type (`AS`), as `format_type(seqtypid)` prints it: `smallint`, `integer`
    /// or `bigint`.
    pub data_type: Text,
    /// The first value (`START WITH`; `pg_sequence.seqstart`).
    pub start: i64,
    /// The step between values (`INCREMENT BY`; `seqincrement`), negative for a descending
    /// sequence.
    pub increment: i64,
    /// The lowest value (`MINVALUE`; `seqmin`), the type's default one included.
    pub min_value: i64,
    /// The highest value (`MAXVALUE`; `seqmax`), the type's default one included.
    pub max_value: i64,
    /// How many values are preallocated per session (`CACHE`; `seqcache`), 1 by default.
    pub cache: i64,
    /// Whether the sequence wraps around at its limit (`CYCLE`; `seqcycle`).
    pub cycle: bool,
}

/// A sequence, but for those behind identity columns (which their column describes) and
/// extensions' members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Sequence {
    /// The schema the sequence is in (`pg_namespace.nspname` of `relnamespace`).
    pub schema: Text,
    /// The sequence's name (`pg_class.relname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(relowner)`).
    pub owner: Text,
    /// The sequence's options, from `pg_sequence`; in JSON their fields sit on the sequence
    /// itself.
    #[serde(flatten)]
    pub options: SequenceOptions,
    /// `OWNED BY`: the column whose drop drops the sequence (serial columns,
    /// `ALTER SEQUENCE ... OWNED BY`), from the sequence's automatic `pg_depend` edge to it.
    /// Absent for a sequence owned by no column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<SequenceOwner>,
    /// The sequence's comment (`COMMENT ON SEQUENCE`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the sequence, from `aclexplode(relacl)`, without the entries whose
    /// grantee is the owner; sorted by grantee and privilege. Empty when `relacl` is null (only
    /// the owner's implicit privileges).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// The column a sequence is `OWNED BY`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SequenceOwner {
    /// The schema of the column's table (`pg_namespace.nspname`), which is the sequence's.
    pub schema: Text,
    /// The name of the column's table (`pg_class.relname`).
    pub table: Text,
    /// The column's name (`pg_attribute.attname`).
    pub column: Text,
}
