//! Views and materialized views (`pg_class` relkind `v` and `m`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{is_false, Privilege, TypeRef};
use super::table::QualifiedName;

/// A view or materialized view, but for extensions' members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct View {
    /// The schema the view is in (`pg_namespace.nspname` of `relnamespace`).
    pub schema: Text,
    /// The view's name (`pg_class.relname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(relowner)`).
    pub owner: Text,
    /// A materialized view (relkind `m`) rather than a view (`v`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub materialized: bool,
    /// The query as `pg_get_viewdef(oid)` prints it (leading space and trailing semicolon
    /// included), names qualified only as the session's `search_path` requires.
    pub definition: Text,
    /// The output columns (`pg_attribute` of the view) in order; used to decide whether
    /// `CREATE OR REPLACE VIEW` can work.
    pub columns: Vec<ViewColumn>,
    /// `reloptions` other than the check option, each `name=value`, sorted, e.g.
    /// `security_invoker=true`, or a materialized view's storage parameters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Text>,
    /// `local` or `cascaded` for `WITH ... CHECK OPTION` views (the `check_option` entry of
    /// `reloptions`); absent for views without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_option: Option<Text>,
    /// Materialized views only: the tablespace they are in (`pg_tablespace.spcname` of
    /// `reltablespace`); absent when it is the database's default tablespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tablespace: Option<Text>,
    /// Materialized views only: created `WITH NO DATA` and never refreshed (`NOT
    /// relispopulated`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unpopulated: bool,
    /// The view's comment (`COMMENT ON VIEW` or `COMMENT ON MATERIALIZED VIEW`), from
    /// `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the view, from `aclexplode(relacl)`, without the entries whose
    /// grantee is the owner; sorted by grantee and privilege. Empty when `relacl` is null (only
    /// the owner's implicit privileges). Column-level grants are on the columns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// One output column of a view or materialized view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ViewColumn {
    /// The column's name (`pg_attribute.attname`).
    pub name: Text,
    /// The type as `format_type(atttypid, atttypmod)` prints it, modifiers included, e.g.
    /// `integer` or `character varying(10)`.
    #[serde(rename = "type")]
    pub type_name: Text,
    /// The type (for an array, its element type) by schema, name and kind, when it is outside
    /// `pg_catalog` and `information_schema`: which user-defined type (or row type of a table or
    /// view) the column has, which `type` alone cannot tell. Absent for built-in types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_ref: Option<TypeRef>,
    /// The column's collation (`attcollation`), set only when it differs from the type's
    /// default collation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    /// The column's comment (`COMMENT ON COLUMN`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Column-level privileges, from `aclexplode(attacl)`, without the entries whose grantee is
    /// the view's owner; sorted by grantee and privilege. Empty when `attacl` is null (no
    /// column-level grant).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}
