//! Foreign data: wrappers (`pg_foreign_data_wrapper`), servers (`pg_foreign_server`) and user
//! mappings (`pg_user_mappings`), and the options all three carry.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One option of a wrapper, server or user mapping (`OPTIONS (name 'value')`), split from the
/// catalog's `name=value` text at the first `=`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ForeignOption {
    /// The option's name, e.g. `host` or `password`.
    pub name: Text,
    /// The option's value. Absent when the fetch did not read it: a user mapping's option whose
    /// name says it holds a secret (it contains `pass`, `secret`, `token`, `key` or `cred`), read
    /// only with `--with-secrets` (docs/safety.md). An absent value is unknown: it compares
    /// equal to any value and is never written into a statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Text>,
}

/// A function a wrapper names as its handler or validator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ForeignFunction {
    /// The function's schema (`pg_namespace.nspname`).
    pub schema: Text,
    /// The function's name (`pg_proc.proname`).
    pub name: Text,
    /// Its identity arguments, as `pg_get_function_identity_arguments` prints them.
    pub identity_arguments: Text,
}

/// A foreign-data wrapper (`CREATE FOREIGN DATA WRAPPER`) that no extension owns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ForeignDataWrapper {
    /// The wrapper's name (`fdwname`), unique in the database.
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(fdwowner)`); empty in a catalog written before owners
    /// were read: unknown, never migrated.
    #[serde(default)]
    pub owner: Text,
    /// The handler function (`fdwhandler`); absent for a wrapper without one (`NO HANDLER`),
    /// whose foreign tables can be created but not read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler: Option<ForeignFunction>,
    /// The validator function (`fdwvalidator`); absent when none (`NO VALIDATOR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator: Option<ForeignFunction>,
    /// The wrapper's options (`fdwoptions`), in the catalog's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ForeignOption>,
    /// The wrapper's comment (`COMMENT ON FOREIGN DATA WRAPPER`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// A foreign server (`CREATE SERVER`) that no extension owns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ForeignServer {
    /// The server's name (`srvname`), unique in the database.
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(srvowner)`); empty in a catalog written before owners
    /// were read: unknown, never migrated.
    #[serde(default)]
    pub owner: Text,
    /// The wrapper the server uses (`srvfdw`, by name).
    pub wrapper: Text,
    /// The server's type (`srvtype`, `CREATE SERVER ... TYPE 'type'`); absent when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_type: Option<Text>,
    /// The server's version (`srvversion`, `VERSION 'version'`); absent when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Text>,
    /// The server's options (`srvoptions`), in the catalog's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ForeignOption>,
    /// The server's comment (`COMMENT ON SERVER`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// A user mapping (`CREATE USER MAPPING FOR role SERVER server`), read from the
/// `pg_user_mappings` view, which any role may read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct UserMapping {
    /// The role mapped (`usename`), or `public` for the mapping of every role (`FOR PUBLIC`).
    pub role: Text,
    /// The server the mapping is for (`srvname`).
    pub server: Text,
    /// The mapping's options (`umoptions`), in the catalog's order; the values of those that
    /// hold secrets are left out unless the fetch was asked for them ([`ForeignOption::value`]).
    /// Absent when the role that read the catalog may not see them: PostgreSQL shows a
    /// mapping's options only to its own role and to the server's owner (or a superuser). A
    /// mapping whose options are unknown is never altered because of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ForeignOption>>,
}
