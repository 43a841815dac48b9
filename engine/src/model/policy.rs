//! Row-level security policies (`pg_policy`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A row-level security policy on a table (`CREATE POLICY`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Policy {
    /// The schema of the table the policy is on (`pg_namespace.nspname` of its `relnamespace`).
    pub schema: Text,
    /// The name of the table the policy is on (`pg_class.relname` of `polrelid`).
    pub table: Text,
    /// The policy's name (`pg_policy.polname`), unique among its table's policies.
    pub name: Text,
    /// The command the policy applies to (`polcmd`): `ALL`, `SELECT`, `INSERT`, `UPDATE` or
    /// `DELETE`.
    pub command: Text,
    /// True for `AS PERMISSIVE` (the default), false for `AS RESTRICTIVE` (`polpermissive`).
    pub permissive: bool,
    /// The roles the policy applies to (`polroles`), by name, `PUBLIC` for everyone; sorted.
    pub roles: Vec<Text>,
    /// The `USING` expression, as `pg_get_expr(polqual, polrelid)` prints it; absent when the
    /// policy has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub using: Option<Text>,
    /// The `WITH CHECK` expression, as `pg_get_expr(polwithcheck, polrelid)` prints it; absent
    /// when the policy has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with_check: Option<Text>,
    /// The policy's comment (`COMMENT ON POLICY`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
