//! Triggers on tables and views (`pg_trigger`, user triggers only) and event triggers (`pg_event_trigger`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;

/// A trigger a user created on a table or view. Internal triggers (those of foreign keys, say)
/// and the clones PostgreSQL puts on partitions (`tgparentid <> 0`) are left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Trigger {
    /// The schema of the table the trigger is on (`pg_namespace.nspname` of its `relnamespace`).
    pub schema: Text,
    /// The name of the table or view the trigger is on (`pg_class.relname` of `tgrelid`).
    pub table: Text,
    /// The trigger's name (`pg_trigger.tgname`), unique among its table's triggers.
    pub name: Text,
    /// The whole `CREATE TRIGGER` (or `CREATE CONSTRAINT TRIGGER`) statement as
    /// `pg_get_triggerdef` prints it.
    pub definition: Text,
    /// When the trigger fires (`tgenabled`, set by `ALTER TABLE ... ENABLE/DISABLE TRIGGER`):
    /// `origin` (the default), `disabled`, `replica` or `always`.
    pub enabled: Text,
    /// Made by `CREATE CONSTRAINT TRIGGER` (`tgconstraint <> 0`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub constraint_trigger: bool,
    /// The schema of the function the trigger calls (`pg_namespace.nspname` of its
    /// `pronamespace`).
    pub function_schema: Text,
    /// The name of the function the trigger calls (`pg_proc.proname` of `tgfoid`).
    pub function_name: Text,
    /// The trigger's comment (`COMMENT ON TRIGGER`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// An event trigger (`CREATE EVENT TRIGGER`), database-wide and in no schema, but for
/// extensions' members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EventTrigger {
    /// The event trigger's name (`pg_event_trigger.evtname`), unique in the database.
    pub name: Text,
    /// The event it fires on (`evtevent`): `ddl_command_start`, `ddl_command_end`, `sql_drop`,
    /// `table_rewrite` or `login` (17+).
    pub event: Text,
    /// The command tags it is limited to (`WHEN TAG IN (...)`; `evttags`), e.g.
    /// `CREATE TABLE`. Empty when it fires for every command.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Text>,
    /// The schema of the function the event trigger calls (`pg_namespace.nspname` of its
    /// `pronamespace`).
    pub function_schema: Text,
    /// The name of the function the event trigger calls (`pg_proc.proname` of `evtfoid`).
    pub function_name: Text,
    /// When it fires (`evtenabled`, set by `ALTER EVENT TRIGGER ... ENABLE/DISABLE`): `origin`
    /// (the default), `disabled`, `replica` or `always`.
    pub enabled: Text,
    /// The owning role's name (`pg_get_userbyid(evtowner)`).
    pub owner: Text,
    /// The event trigger's comment (`COMMENT ON EVENT TRIGGER`), from `pg_description`; absent
    /// when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
