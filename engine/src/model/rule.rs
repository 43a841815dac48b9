//! Rewrite rules (`pg_rewrite`) but for views' `_RETURN` rules, which are the views themselves.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A rule a user created on a table or view (`CREATE RULE`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Rule {
    /// The schema of the table or view the rule is on (`pg_namespace.nspname` of its
    /// `relnamespace`).
    pub schema: Text,
    /// The name of the table or view the rule is on (`pg_class.relname` of `ev_class`).
    pub table: Text,
    /// The rule's name (`pg_rewrite.rulename`), unique among its relation's rules.
    pub name: Text,
    /// The whole `CREATE RULE` statement as `pg_get_ruledef` prints it, with its closing
    /// semicolon: event, condition, `INSTEAD` or `ALSO`, actions.
    pub definition: Text,
    /// When the rule fires (`ev_enabled`, set by `ALTER TABLE ... ENABLE/DISABLE RULE`, on tables
    /// only): `origin` (the default), `disabled`, `replica` or `always`.
    pub enabled: Text,
    /// The rule's comment (`COMMENT ON RULE`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
