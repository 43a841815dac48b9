//! Operators users created (`pg_operator`), but for shells (an operator named as another's
//! commutator or negator before it exists, with no function), which are reported as unmodeled.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An operator (`CREATE OPERATOR`): neither built in nor an extension's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Operator {
    /// The operator's schema (`pg_namespace.nspname` of `oprnamespace`).
    pub schema: Text,
    /// The operator's name (`oprname`), its symbol: `===`.
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid`), for `--with-owners`; empty in catalogs
    /// written before it was read.
    #[serde(default)]
    pub owner: Text,
    /// Its operand types as `DROP OPERATOR` takes them: `integer, integer`, `NONE, integer` for
    /// a prefix operator (types as `format_type` prints them). With `schema` and `name` it is
    /// the operator's identity.
    pub identity_arguments: Text,
    /// The left operand's type (`LEFTARG`, `oprleft`); absent for a prefix operator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_type: Option<Text>,
    /// The right operand's type (`RIGHTARG`, `oprright`); absent for a postfix operator (13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right_type: Option<Text>,
    /// The function that implements it (`FUNCTION`, `oprcode`), schema-qualified.
    pub function: Text,
    /// Its commutator (`COMMUTATOR`, `oprcom`) as `OPERATOR(schema.name)`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commutator: Option<Text>,
    /// Its negator (`NEGATOR`, `oprnegate`) as `OPERATOR(schema.name)`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negator: Option<Text>,
    /// The restriction selectivity estimator (`RESTRICT`, `oprrest`), schema-qualified; absent
    /// when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restrict: Option<Text>,
    /// The join selectivity estimator (`JOIN`, `oprjoin`), schema-qualified; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join: Option<Text>,
    /// Whether it can be used in a hash join (`HASHES`, `oprcanhash`).
    pub hashes: bool,
    /// Whether it can be used in a merge join (`MERGES`, `oprcanmerge`).
    pub merges: bool,
    /// The operator's comment (`COMMENT ON OPERATOR`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
