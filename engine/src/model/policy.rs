//! Row-level security policies (`pg_policy`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Policy {
    pub schema: Text,
    pub table: Text,
    pub name: Text,
    /// `ALL`, `SELECT`, `INSERT`, `UPDATE` or `DELETE`.
    pub command: Text,
    pub permissive: bool,
    /// Role names, `PUBLIC` for everyone; sorted.
    pub roles: Vec<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub using: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_check: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
