//! Extended statistics (`pg_statistic_ext`, `CREATE STATISTICS`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An extended statistics object on a table's columns or expressions, but for extensions'
/// members and those on extensions' tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Statistics {
    /// The schema the statistics object is in (`pg_namespace.nspname` of `stxnamespace`), which
    /// need not be its table's.
    pub schema: Text,
    /// The statistics object's name (`pg_statistic_ext.stxname`), unique in its schema.
    pub name: Text,
    /// The `CREATE STATISTICS` statement as `pg_get_statisticsobjdef` prints it, without a
    /// semicolon: the object's name schema-qualified, its kinds when not all of them, its columns
    /// and (14+) expressions, the table it is on, qualified when not visible on the
    /// `search_path`, e.g.
    /// `CREATE STATISTICS public.s (ndistinct) ON a, b FROM t`.
    pub definition: Text,
    /// The statistics target set by `ALTER STATISTICS ... SET STATISTICS` (`stxstattarget`);
    /// absent for the default (-1 on 13 to 16, null on 17 and later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics_target: Option<i32>,
    /// The owning role's name (`pg_get_userbyid(stxowner)`).
    pub owner: Text,
    /// The statistics object's comment (`COMMENT ON STATISTICS`), from `pg_description`; absent
    /// when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
