//! Indexes (`pg_index`), on tables and materialized views.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;
use super::table::QualifiedName;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Index {
    pub schema: Text,
    /// The table or materialized view indexed.
    pub table: Text,
    pub name: Text,
    /// As `pg_get_indexdef` prints it: `CREATE UNIQUE INDEX x ON public.t USING btree (a)`.
    pub definition: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub unique: bool,
    /// The constraint this index backs (primary key, unique, exclusion), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraint: Option<Text>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub partial: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub expression: bool,
    /// For an index on a partition: the partitioned index it is attached to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_index: Option<QualifiedName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tablespace: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
