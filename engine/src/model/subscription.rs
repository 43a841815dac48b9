//! Subscriptions (`pg_subscription`) of the database: logical replication from a publisher.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::is_false;

/// A subscription (`CREATE SUBSCRIPTION`). The options a major lacks are absent, as is what the
/// role that read the catalog may not see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Subscription {
    /// The subscription's name (`subname`), unique in the database.
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(subowner)`).
    pub owner: Text,
    /// The connection string to the publisher (`subconninfo`), without the parameters that hold
    /// secrets (named in `connection_secrets`) unless the fetch was asked for them
    /// (`--with-secrets`, docs/safety.md). Absent when the role that read the catalog may not
    /// read it (`subconninfo` is revoked from PUBLIC; superusers read it): an unknown
    /// connection compares equal to any and is never written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<Text>,
    /// The names of the connection string's parameters left out of `connection` because they
    /// hold secrets (their name contains `pass`, `secret`, `token`, `key` or `cred`; a URI's
    /// password is `password`). Empty when none was left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connection_secrets: Vec<Text>,
    /// The publications subscribed to (`subpublications`), in the catalog's order.
    pub publications: Vec<Text>,
    /// The replication slot's name (`subslotname`); absent for `slot_name = NONE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot_name: Option<Text>,
    /// `enabled` (`subenabled`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub enabled: bool,
    /// The `synchronous_commit` the apply worker uses (`subsynccommit`), e.g. `off`. Absent
    /// when the role that read the catalog may not read it (PostgreSQL 13 grants it to
    /// superusers only): unknown, it compares equal to any and is never written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synchronous_commit: Option<Text>,
    /// `binary` (`subbinary`, PostgreSQL 14+); absent before 14.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binary: Option<bool>,
    /// `streaming` (`substream`, PostgreSQL 14+): `off`, `on` or `parallel` (16+); absent
    /// before 14.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streaming: Option<Text>,
    /// `two_phase` (`subtwophasestate` not `d`, PostgreSQL 15+); absent before 15.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two_phase: Option<bool>,
    /// `disable_on_error` (`subdisableonerr`, PostgreSQL 15+); absent before 15.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_on_error: Option<bool>,
    /// `origin` (`suborigin`, PostgreSQL 16+): `any` or `none`; absent before 16.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Text>,
    /// `password_required` (`subpasswordrequired`, PostgreSQL 16+); absent before 16.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_required: Option<bool>,
    /// `run_as_owner` (`subrunasowner`, PostgreSQL 16+); absent before 16.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_as_owner: Option<bool>,
    /// `failover` (`subfailover`, PostgreSQL 17+); absent before 17.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failover: Option<bool>,
    /// The subscription's comment (`COMMENT ON SUBSCRIPTION`, in the database's `pg_description`); absent when
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
