//! Sequences (`pg_sequence`). Sequences behind identity columns live on their column instead.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Privilege;

/// The options `CREATE SEQUENCE` takes; shared with identity columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SequenceOptions {
    /// `smallint`, `integer` or `bigint`.
    pub data_type: Text,
    pub start: i64,
    pub increment: i64,
    pub min_value: i64,
    pub max_value: i64,
    pub cache: i64,
    pub cycle: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Sequence {
    pub schema: Text,
    pub name: Text,
    pub owner: Text,
    #[serde(flatten)]
    pub options: SequenceOptions,
    /// `OWNED BY`: the column whose drop drops the sequence (serial columns, `ALTER SEQUENCE ... OWNED BY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<SequenceOwner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SequenceOwner {
    pub schema: Text,
    pub table: Text,
    pub column: Text,
}
