//! User-defined types: enums, domains, composite types and range types.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Privilege, TypeRef};
use super::table::QualifiedName;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Enum {
    pub schema: Text,
    pub name: Text,
    pub owner: Text,
    /// Labels in their sort order (`enumsortorder`).
    pub labels: Vec<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Domain {
    pub schema: Text,
    pub name: Text,
    pub owner: Text,
    /// The base type as `format_type` prints it.
    pub base_type: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_type_ref: Option<TypeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Text>,
    pub not_null: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<DomainCheck>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DomainCheck {
    pub name: Text,
    /// As `pg_get_constraintdef` prints it, e.g. `CHECK ((VALUE > 0))`.
    pub definition: Text,
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub validated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CompositeType {
    pub schema: Text,
    pub name: Text,
    pub owner: Text,
    pub attributes: Vec<CompositeAttribute>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CompositeAttribute {
    pub name: Text,
    #[serde(rename = "type")]
    pub type_name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_ref: Option<TypeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RangeType {
    pub schema: Text,
    pub name: Text,
    pub owner: Text,
    pub subtype: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype_opclass: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype_diff: Option<Text>,
    /// The multirange type's name (14+), when it is not the default one PostgreSQL derives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multirange_name: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}
