//! Indexes (`pg_index`), on tables and materialized views.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;
use super::table::QualifiedName;

/// An index on a table, partitioned table or materialized view, those behind constraints
/// included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Index {
    /// The schema of the index, which is its table's (`pg_namespace.nspname` of the index's
    /// `relnamespace`).
    pub schema: Text,
    /// The name of the table or materialized view indexed (`pg_class.relname` of `indrelid`),
    /// in the same schema.
    pub table: Text,
    /// The index's name (`pg_class.relname` of `indexrelid`), unique among the schema's
    /// relations.
    pub name: Text,
    /// The whole `CREATE INDEX` statement as `pg_get_indexdef` prints it, e.g.
    /// `CREATE UNIQUE INDEX x ON public.t USING btree (a)`.
    pub definition: Text,
    /// A unique index (`indisunique`), whether made by `CREATE UNIQUE INDEX` or behind a
    /// primary key or unique constraint; absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unique: bool,
    /// The name of the primary key, unique or exclusion constraint this index backs
    /// (`pg_constraint.conindid`), on the same table. Absent for an index made by
    /// `CREATE INDEX`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraint: Option<Text>,
    /// A partial index, with a `WHERE` clause (`indpred` is not null); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub partial: bool,
    /// Indexes at least one expression rather than only plain columns (`indexprs` is not null);
    /// absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub expression: bool,
    /// For an index on a partition: the partitioned table's index it is attached to
    /// (`pg_inherits.inhparent` of the index), which creates and drops it. Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_index: Option<QualifiedName>,
    /// The tablespace the index is in (`pg_tablespace.spcname` of `reltablespace`); absent when
    /// it is the database's default tablespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tablespace: Option<Text>,
    /// The table is clustered on this index (`CLUSTER ON`; `indisclustered`); absent means
    /// false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub clustered: bool,
    /// The table's replica identity is this index (`REPLICA IDENTITY USING INDEX`;
    /// `indisreplident`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub replica_identity: bool,
    /// Statistics targets set on index columns (`ALTER INDEX ... ALTER COLUMN n SET
    /// STATISTICS`; `attstattarget` of the index's attributes), by column number; empty when
    /// none is set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statistics: Vec<IndexColumnStatistics>,
    /// The index's comment (`COMMENT ON INDEX`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// A statistics target set on one column of an index (an expression's, as a rule).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct IndexColumnStatistics {
    /// The index column's number, from 1 (`attnum`).
    pub column: i16,
    /// The target (`attstattarget`), 0 to 10000.
    pub target: i32,
}
