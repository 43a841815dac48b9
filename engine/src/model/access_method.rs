//! Access methods (`pg_am`) and transforms (`pg_transform`) users created, but for extensions'
//! (`bloom`'s access method, `hstore_plperl`'s transforms are the extension's). Neither has an
//! owner in PostgreSQL.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An access method (`CREATE ACCESS METHOD`): a table or an index access method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AccessMethod {
    /// The access method's name (`amname`); access methods belong to no schema.
    pub name: Text,
    /// What it is for (`TYPE`, `amtype`): `table` or `index`.
    pub method_type: Text,
    /// Its handler function (`HANDLER`, `amhandler`), schema-qualified.
    pub handler: Text,
    /// The access method's comment (`COMMENT ON ACCESS METHOD`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// A transform (`CREATE TRANSFORM`): how a procedural language converts a type's values to and
/// from its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Transform {
    /// The type transformed (`trftype`, as `format_type` writes it). With `language` it is the
    /// transform's identity.
    pub data_type: Text,
    /// The language it is for (`trflang`, by name).
    pub language: Text,
    /// The function converting the type to the language's value (`FROM SQL WITH FUNCTION`,
    /// `trffromsql`), written as a function's identity is, every name quoted:
    /// `"pg_catalog"."f"(internal)`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_sql: Option<Text>,
    /// The function converting the language's value to the type (`TO SQL WITH FUNCTION`,
    /// `trftosql`), written as `from_sql` is; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_sql: Option<Text>,
    /// The transform's comment (`COMMENT ON TRANSFORM`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
