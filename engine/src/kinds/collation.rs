//! Collations (`pg_collation`), normalized across the majors that store the ICU locale differently.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Collation {
    pub schema: String,
    pub name: String,
    pub owner: String,
    /// `libc`, `icu` or `builtin`.
    pub provider: String,
    /// LC_COLLATE for libc; absent for ICU and builtin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lc_collate: Option<String>,
    /// LC_CTYPE for libc; absent for ICU and builtin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lc_ctype: Option<String>,
    /// The ICU or builtin locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// ICU tailoring rules (16+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icu_rules: Option<String>,
    pub deterministic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}
