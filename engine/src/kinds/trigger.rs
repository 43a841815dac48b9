//! Triggers on tables and views (`pg_trigger`, user triggers only) and event triggers (`pg_event_trigger`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Trigger {
    pub schema: String,
    pub table: String,
    pub name: String,
    /// As `pg_get_triggerdef` prints it.
    pub definition: String,
    /// `origin` (the default), `disabled`, `replica` or `always`.
    pub enabled: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub constraint_trigger: bool,
    /// The function the trigger calls.
    pub function_schema: String,
    pub function_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EventTrigger {
    pub name: String,
    /// `ddl_command_start`, `ddl_command_end`, `sql_drop`, `table_rewrite` or `login`.
    pub event: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    pub function_schema: String,
    pub function_name: String,
    /// `origin`, `disabled`, `replica` or `always`.
    pub enabled: String,
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}
