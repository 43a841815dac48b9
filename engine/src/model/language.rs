//! Procedural languages (`pg_language`) and encoding conversions (`pg_conversion`) users created,
//! but for extensions' (`plpgsql`, `plperl`... are the extension's).

use crate::model::{Privilege, Text};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A procedural language (`CREATE LANGUAGE`), made without an extension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Language {
    /// The language's name (`lanname`); languages belong to no schema.
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid`), for `--with-owners`; empty in catalogs
    /// written before it was read.
    #[serde(default)]
    pub owner: Text,
    /// Whether unprivileged users may write functions in it (`TRUSTED`, `lanpltrusted`).
    pub trusted: bool,
    /// Its call handler (`HANDLER`, `lanplcallfoid`), schema-qualified; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler: Option<Text>,
    /// Its inline handler, for `DO` blocks (`INLINE`, `laninline`), schema-qualified; absent
    /// when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inline: Option<Text>,
    /// Its validator (`VALIDATOR`, `lanvalidator`), schema-qualified; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator: Option<Text>,
    /// The language's comment (`COMMENT ON LANGUAGE`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the language (`lanacl`), the owner's own left out; the defaults
    /// (`USAGE` to `PUBLIC`) when never granted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// An encoding conversion (`CREATE CONVERSION`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Conversion {
    /// The conversion's schema (`pg_namespace.nspname` of `connamespace`).
    pub schema: Text,
    /// The conversion's name (`conname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid`), for `--with-owners`; empty in catalogs
    /// written before it was read.
    #[serde(default)]
    pub owner: Text,
    /// The encoding converted from (`conforencoding`, by name): `LATIN1`.
    pub source_encoding: Text,
    /// The encoding converted to (`contoencoding`, by name): `UTF8`.
    pub target_encoding: Text,
    /// The function that converts (`conproc`), schema-qualified.
    pub function: Text,
    /// Whether it is the default conversion between the two encodings (`DEFAULT`,
    /// `condefault`).
    pub default: bool,
    /// The conversion's comment (`COMMENT ON CONVERSION`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
