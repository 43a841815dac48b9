//! Collations (`pg_collation`), normalized across the majors that store the ICU locale differently.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A collation created by a user (`CREATE COLLATION`), outside the system schemas and not an
/// extension's member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Collation {
    /// The schema the collation is in (`pg_namespace.nspname` of `collnamespace`).
    pub schema: Text,
    /// The collation's name (`pg_collation.collname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(collowner)`).
    pub owner: Text,
    /// The provider (`collprovider`): `libc`, `icu` or `builtin` (17+).
    pub provider: Text,
    /// `LC_COLLATE` of a libc collation (`collcollate`); absent for ICU and builtin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lc_collate: Option<Text>,
    /// `LC_CTYPE` of a libc collation (`collctype`); absent for ICU and builtin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lc_ctype: Option<Text>,
    /// The locale of an ICU or builtin collation, wherever the major keeps it: `collcollate`
    /// (13-14), `colliculocale` (15-16), `colllocale` (17+). Absent for libc.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Text>,
    /// ICU tailoring rules (`collicurules`, 16+), as given to `CREATE COLLATION ... (rules = ...)`.
    /// Absent when none, and always before 16.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icu_rules: Option<Text>,
    /// Whether the collation is deterministic (`collisdeterministic`): false for one created
    /// with `deterministic = false`, which compares strings equal that differ in bytes.
    pub deterministic: bool,
    /// The collation's comment (`COMMENT ON COLLATION`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
