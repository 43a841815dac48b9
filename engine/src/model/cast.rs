//! Casts users created (`pg_cast`), and the casts PostgreSQL knows into the types a catalog's
//! columns use, which decide how a column changes type.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A cast a user created (`CREATE CAST`): a `pg_cast` row that is neither built in (`oid` below
/// 16384) nor an extension's member. Its identity is its two types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Cast {
    /// The type cast from, as `format_type(castsource, NULL)` prints it (qualified only when not
    /// visible on the session's `search_path`), e.g. `integer` or `money_amount`.
    pub source: Text,
    /// The type cast to, as `format_type(casttarget, NULL)` prints it.
    pub target: Text,
    /// How the value is converted (`castmethod`): `function` (`WITH FUNCTION`), `binary`
    /// (`WITHOUT FUNCTION`, the types are binary-coercible) or `inout` (`WITH INOUT`, through
    /// the types' text forms).
    pub method: CastMethod,
    /// The function that converts, for a `function` cast (`castfunc`); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<CastFunction>,
    /// Where the cast applies by itself (`castcontext`): `explicit` (only `CAST` or `::`),
    /// `assignment` (also when a value is stored in a column) or `implicit` (anywhere).
    pub context: CastContext,
    /// The cast's comment (`COMMENT ON CAST`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// The function a cast calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CastFunction {
    /// The function's schema (`pg_namespace.nspname` of its `pronamespace`).
    pub schema: Text,
    /// The function's name (`pg_proc.proname`).
    pub name: Text,
    /// Its identity arguments, as `pg_get_function_identity_arguments` prints them: the same text
    /// as the function's `identity_arguments`.
    pub identity_arguments: Text,
}

/// How a cast converts, from `pg_cast.castmethod`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CastMethod {
    /// Calls a function (`f`).
    Function,
    /// Relabels the value: the types are binary-coercible (`b`).
    Binary,
    /// Prints the value with the source type's output function and reads it with the target
    /// type's input function (`i`).
    Inout,
}

/// Where a cast applies without being asked for, from `pg_cast.castcontext`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CastContext {
    /// Only in an explicit `CAST` or `::` (`e`).
    Explicit,
    /// Also when a value is assigned to a column (`a`).
    Assignment,
    /// In any expression (`i`).
    Implicit,
}

/// The casts PostgreSQL has into one type that a column of the catalog uses (for an array, its
/// element type; for a domain, its base type): what decides how a column changes type when the
/// migration cannot ask the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TypeCasts {
    /// The type as `format_type(oid, NULL)` prints it, without modifiers: `integer`,
    /// `character varying`, `timestamp with time zone`, `mood`.
    #[serde(rename = "type")]
    pub type_name: Text,
    /// Its `pg_type.typcategory`: `S` for the string types (`text`, `character varying`,
    /// `character`, `name`, and an extension's such as `citext`), which every type casts to and
    /// from through its text form; `E` enums, `C` composites, `R` ranges, `N` numbers, ...
    pub category: Text,
    /// The other types with a cast into it (`pg_cast`, any context, built in, an extension's or
    /// a user's), as `format_type(castsource, NULL)` prints them, sorted; the string types left
    /// out (every type reads from them), and empty for a string type (every type casts to it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from: Vec<Text>,
}
