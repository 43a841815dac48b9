//! Text search objects (`pg_ts_parser`, `pg_ts_template`, `pg_ts_dict`, `pg_ts_config`) users
//! created: neither built in nor an extension's. Functions, templates, parsers and dictionaries
//! they name are written schema-qualified (`pg_catalog.simple`), whatever the `search_path`.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A text search parser (`CREATE TEXT SEARCH PARSER`): the functions that split a document
/// into tokens. Only superusers create one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TextSearchParser {
    /// The parser's schema (`pg_namespace.nspname` of `prsnamespace`).
    pub schema: Text,
    /// The parser's name (`prsname`).
    pub name: Text,
    /// The start function (`START`, `prsstart`), schema-qualified: `pg_catalog.prsd_start`.
    pub start: Text,
    /// The next-token function (`GETTOKEN`, `prstoken`), schema-qualified.
    pub get_token: Text,
    /// The end function (`END`, `prsend`), schema-qualified.
    pub end: Text,
    /// The function listing the token types (`LEXTYPES`, `prslextype`), schema-qualified.
    pub lexical_types: Text,
    /// The headline function (`HEADLINE`, `prsheadline`), schema-qualified; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<Text>,
    /// The parser's comment (`COMMENT ON TEXT SEARCH PARSER`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// A text search template (`CREATE TEXT SEARCH TEMPLATE`): the functions behind a kind of
/// dictionary. Only superusers create one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TextSearchTemplate {
    /// The template's schema (`pg_namespace.nspname` of `tmplnamespace`).
    pub schema: Text,
    /// The template's name (`tmplname`).
    pub name: Text,
    /// The initialization function (`INIT`, `tmplinit`), schema-qualified; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub init: Option<Text>,
    /// The lexize function (`LEXIZE`, `tmpllexize`), schema-qualified.
    pub lexize: Text,
    /// The template's comment (`COMMENT ON TEXT SEARCH TEMPLATE`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// A text search dictionary (`CREATE TEXT SEARCH DICTIONARY`): a template with options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TextSearchDictionary {
    /// The dictionary's schema (`pg_namespace.nspname` of `dictnamespace`).
    pub schema: Text,
    /// The dictionary's name (`dictname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid`), for `--with-owners`; empty in catalogs
    /// written before it was read.
    #[serde(default)]
    pub owner: Text,
    /// Its template (`dicttemplate`), schema-qualified: `pg_catalog.snowball`.
    pub template: Text,
    /// Its options (`dictinitoption`), in the order PostgreSQL keeps them (which `ALTER TEXT
    /// SEARCH DICTIONARY` changes: an option it sets goes last).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<TextSearchOption>,
    /// The dictionary's comment (`COMMENT ON TEXT SEARCH DICTIONARY`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// One option of a text search dictionary, as SQL: both parts are written into statements as
/// they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TextSearchOption {
    /// The option's name as PostgreSQL writes it in `dictinitoption` (an identifier, quoted
    /// where it needs to be): `stopwords`.
    pub name: Text,
    /// Its value as a string literal, as `dictinitoption` writes it: `'english'`
    /// (`E'...'` when it holds a backslash).
    pub value: Text,
}

/// A text search configuration (`CREATE TEXT SEARCH CONFIGURATION`): a parser, and for each of
/// its token types the dictionaries consulted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TextSearchConfiguration {
    /// The configuration's schema (`pg_namespace.nspname` of `cfgnamespace`).
    pub schema: Text,
    /// The configuration's name (`cfgname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid`), for `--with-owners`; empty in catalogs
    /// written before it was read.
    #[serde(default)]
    pub owner: Text,
    /// Its parser (`cfgparser`), schema-qualified: `pg_catalog."default"`.
    pub parser: Text,
    /// Its token mappings (`pg_ts_config_map`), in the order of the parser's token types.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mappings: Vec<TextSearchMapping>,
    /// The configuration's comment (`COMMENT ON TEXT SEARCH CONFIGURATION`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// The dictionaries a configuration consults for one token type (`ADD MAPPING FOR`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TextSearchMapping {
    /// The token type's alias, as the parser's `ts_token_type` names it: `asciiword`.
    pub token_type: Text,
    /// The dictionaries, schema-qualified, in the order they are consulted (`mapseqno`).
    pub dictionaries: Vec<Text>,
}
