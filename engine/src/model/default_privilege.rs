//! Default privileges (`pg_default_acl`): what `ALTER DEFAULT PRIVILEGES` set up.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DefaultPrivilege {
    /// The role whose future objects get the privilege (`FOR ROLE`).
    pub role: Text,
    /// `IN SCHEMA`, when limited to one schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<Text>,
    /// `tables`, `sequences`, `functions`, `types`, `schemas` or `large_objects`.
    pub object_type: Text,
    pub grantee: Text,
    pub privilege: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub grantable: bool,
}
