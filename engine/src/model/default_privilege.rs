//! Default privileges (`pg_default_acl`): what `ALTER DEFAULT PRIVILEGES` set up.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;

/// One privilege a `pg_default_acl` entry changes for the objects the role creates later: one
/// it grants, or (`revoked`) one of the built-in defaults it takes away. An entry for all
/// schemas replaces the built-in defaults (`acldefault`), so it is read as its difference from
/// them; an entry `IN SCHEMA` only adds, and is read whole, the role's own privileges included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DefaultPrivilege {
    /// The role whose future objects get the privilege (`FOR ROLE`), by name
    /// (`pg_get_userbyid(defaclrole)`).
    pub role: Text,
    /// The schema the entry is limited to (`IN SCHEMA`; `pg_namespace.nspname` of
    /// `defaclnamespace`). Absent for an entry that applies in every schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<Text>,
    /// The kind of objects the entry applies to (`defaclobjtype`): `tables`, `sequences`,
    /// `functions`, `types`, `schemas` or `large_objects` (18+).
    pub object_type: Text,
    /// The role granted the privilege, by name (`pg_get_userbyid` of `aclexplode`'s `grantee`),
    /// or `PUBLIC` for grantee 0.
    pub grantee: Text,
    /// The privilege as `aclexplode` names it (`privilege_type`), e.g. `SELECT` or `EXECUTE`.
    pub privilege: Text,
    /// Granted `WITH GRANT OPTION` (`aclexplode`'s `is_grantable`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub grantable: bool,
    /// A built-in default privilege the entry takes away (`ALTER DEFAULT PRIVILEGES REVOKE
    /// EXECUTE ON FUNCTIONS FROM PUBLIC`) rather than one it grants; absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub revoked: bool,
}
