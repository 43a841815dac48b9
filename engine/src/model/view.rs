//! Views and materialized views (`pg_class` relkind `v` and `m`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{is_false, Privilege, TypeRef};
use super::table::QualifiedName;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct View {
    pub schema: Text,
    pub name: Text,
    pub owner: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub materialized: bool,
    /// As `pg_get_viewdef(oid)` prints it (leading space and trailing semicolon included).
    pub definition: Text,
    /// The output columns, in order; used to decide whether `CREATE OR REPLACE VIEW` can work.
    pub columns: Vec<ViewColumn>,
    /// `reloptions` other than the check option, e.g. `security_invoker=true`, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Text>,
    /// `local` or `cascaded` for `WITH ... CHECK OPTION` views.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_option: Option<Text>,
    /// Materialized views only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tablespace: Option<Text>,
    /// Materialized views only: created `WITH NO DATA` and never refreshed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unpopulated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ViewColumn {
    pub name: Text,
    #[serde(rename = "type")]
    pub type_name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_ref: Option<TypeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}
