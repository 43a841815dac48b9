//! Collations (`pg_collation`), normalized across the majors that store the ICU locale differently.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Collation {
    pub schema: Text,
    pub name: Text,
    pub owner: Text,
    /// `libc`, `icu` or `builtin`.
    pub provider: Text,
    /// LC_COLLATE for libc; absent for ICU and builtin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lc_collate: Option<Text>,
    /// LC_CTYPE for libc; absent for ICU and builtin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lc_ctype: Option<Text>,
    /// The ICU or builtin locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Text>,
    /// ICU tailoring rules (16+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icu_rules: Option<Text>,
    pub deterministic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
