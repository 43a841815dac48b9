//! Triggers on tables and views (`pg_trigger`, user triggers only) and event triggers (`pg_event_trigger`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Trigger {
    pub schema: Text,
    pub table: Text,
    pub name: Text,
    /// As `pg_get_triggerdef` prints it.
    pub definition: Text,
    /// `origin` (the default), `disabled`, `replica` or `always`.
    pub enabled: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub constraint_trigger: bool,
    /// The function the trigger calls.
    pub function_schema: Text,
    pub function_name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EventTrigger {
    pub name: Text,
    /// `ddl_command_start`, `ddl_command_end`, `sql_drop`, `table_rewrite` or `login`.
    pub event: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Text>,
    pub function_schema: Text,
    pub function_name: Text,
    /// `origin`, `disabled`, `replica` or `always`.
    pub enabled: Text,
    pub owner: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
