//! Default privileges (`pg_default_acl`): what `ALTER DEFAULT PRIVILEGES` set up.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DefaultPrivilege {
    /// The role whose future objects get the privilege (`FOR ROLE`).
    pub role: String,
    /// `IN SCHEMA`, when limited to one schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// `tables`, `sequences`, `functions`, `types`, `schemas` or `large_objects`.
    pub object_type: String,
    pub grantee: String,
    pub privilege: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub grantable: bool,
}
