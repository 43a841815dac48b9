//! Schemas (`pg_namespace`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Privilege;

/// A schema, but for the system's own (`pg_catalog`, `information_schema`, `pg_toast*`,
/// `pg_temp_*`) and those an extension created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Schema {
    /// The schema's name (`pg_namespace.nspname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(nspowner)`).
    pub owner: Text,
    /// The schema's comment (`COMMENT ON SCHEMA`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the schema, from `aclexplode` of `nspacl` (of
    /// `acldefault('n', owner)` when it is null), without the entries whose grantee is the
    /// owner; sorted by grantee and privilege. Empty when only the owner holds privileges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}
