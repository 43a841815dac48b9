//! Publications (`pg_publication`) with the tables and schemas they publish.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;

/// A publication (`CREATE PUBLICATION`), for logical replication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Publication {
    /// The publication's name (`pubname`), unique in the database.
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(pubowner)`); empty in a catalog written before owners
    /// were read: unknown, never migrated.
    #[serde(default)]
    pub owner: Text,
    /// `FOR ALL TABLES` (`puballtables`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub all_tables: bool,
    /// The operations published (`publish`: `pubinsert`, `pubupdate`, `pubdelete`,
    /// `pubtruncate`), in that order, e.g. `["insert", "update"]`.
    #[serde(default)]
    pub publish: Vec<Text>,
    /// `publish_via_partition_root` (`pubviaroot`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub via_partition_root: bool,
    /// `publish_generated_columns` (`pubgencols`, PostgreSQL 18): `stored` when stored
    /// generated columns are published; absent for `none`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated_columns: Option<Text>,
    /// The tables published by name (`pg_publication_rel`), sorted by schema and name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<PublicationTable>,
    /// The schemas whose tables are published (`TABLES IN SCHEMA`; `pg_publication_namespace`,
    /// PostgreSQL 15+), sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemas: Vec<Text>,
    /// The publication's comment (`COMMENT ON PUBLICATION`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// One table a publication names, with its column list and row filter (PostgreSQL 15+).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub struct PublicationTable {
    /// The table's schema.
    pub schema: Text,
    /// The table's name.
    pub name: Text,
    /// The columns published (`prattrs`), in the table's order; absent for all of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<Text>>,
    /// The row filter (`WHERE`; `pg_get_expr(prqual, prrelid)`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row_filter: Option<Text>,
}
