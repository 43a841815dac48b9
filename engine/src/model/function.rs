//! Functions and procedures of every language (`pg_proc` prokind `f`, `p`, `w`), and aggregates (`a`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{is_false, Privilege};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Function {
    pub schema: Text,
    pub name: Text,
    /// As `pg_get_function_identity_arguments` prints it (procedures: leading `IN ` stripped).
    pub identity_arguments: Text,
    /// As `pg_get_function_arguments` prints it, defaults included.
    pub arguments: Text,
    /// As `pg_get_function_result` prints it; absent for procedures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Text>,
    pub kind: FunctionKind,
    pub language: Text,
    /// `immutable`, `stable` or `volatile`.
    pub volatility: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub strict: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub security_definer: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub leakproof: bool,
    /// `safe`, `restricted` or `unsafe`.
    pub parallel: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub returns_set: bool,
    /// `SET` clauses (`proconfig`), `name=value`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub config: Vec<Text>,
    /// The full `CREATE OR REPLACE ...` text from `pg_get_functiondef`.
    pub definition: Text,
    pub owner: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FunctionKind {
    Function,
    Procedure,
    Window,
}

/// An aggregate (`pg_aggregate`). Model only for now: the diff reports but does not yet create or alter them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Aggregate {
    pub schema: Text,
    pub name: Text,
    pub identity_arguments: Text,
    pub transition_function: Text,
    pub state_type: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_function: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combine_function: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_condition: Option<Text>,
    /// `normal`, `ordered_set` or `hypothetical`.
    pub aggregate_kind: Text,
    pub owner: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}
