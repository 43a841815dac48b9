//! Extensions (`pg_extension`). Their member objects never appear elsewhere in the catalog.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An installed extension (`CREATE EXTENSION`), but for `plpgsql`, which every database has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Extension {
    /// The extension's name (`pg_extension.extname`), unique in the database.
    pub name: Text,
    /// The schema the extension's objects were installed in (`WITH SCHEMA`;
    /// `pg_namespace.nspname` of `extnamespace`).
    pub schema: Text,
    /// The installed version (`extversion`), e.g. `1.6`.
    pub version: Text,
    /// The extension's comment (`COMMENT ON EXTENSION`, usually set by its script), from
    /// `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
