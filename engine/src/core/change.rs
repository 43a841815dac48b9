//! What a step does to its object, as the change list reports it, and the hazards a statement
//! carries.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
/// What a change does to its object.
pub enum Action {
    /// The object is new in the target.
    Create,
    /// The target lacks the object.
    Drop,
    /// The object stays and is changed in place.
    Alter,
    /// Dropped and created again, because PostgreSQL cannot alter it in place or because something
    /// it depends on is replaced.
    Replace,
}

/// Where a statement runs. Only an online migration (`Options::online`) has statements outside
/// its main transaction; every statement of any other migration is `transaction`.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    /// In a transaction with the statements around it (`psql -1`, or the online migration's
    /// `begin; ... commit;` blocks).
    #[default]
    Transaction,
    /// On its own, outside any transaction: `CREATE INDEX CONCURRENTLY`, `DROP INDEX
    /// CONCURRENTLY`.
    OutsideTransaction,
    /// After the main work has committed, in a last transaction: `VALIDATE CONSTRAINT` (which
    /// does not block writes) and what needs it.
    AfterCommit,
}

/// Something a statement does that a reviewer should know about.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Hazard {
    /// Rows or values are lost: a table or column dropped, a column's type changed.
    DropsData,
    /// An object other than data is removed (a view, a function, an index, a privilege...).
    DropsObject,
    /// The table is rewritten (type change, SET LOGGED/UNLOGGED, a stored generated column added).
    RewritesTable,
    /// Takes an ACCESS EXCLUSIVE lock on a table that exists before the migration.
    AccessExclusiveLock,
    /// Scans the whole table while holding a lock (SET NOT NULL, VALIDATE CONSTRAINT, CREATE INDEX).
    ScansTable,
    /// An object with privileges granted on it is dropped and created again without them: only
    /// `--with-privileges` grants them back.
    PrivilegesLost,
    /// The statement can fail on rows the table already has: a type that cannot hold every old
    /// value (`varchar(20)` → `varchar(10)`, `text` → `integer`), a NOT NULL over NULLs.
    MayFailOnExistingRows,
    /// A value added to an enum cannot be used in the same transaction before PostgreSQL 12, and a
    /// few statements (`psql -1` included) must not use it before commit.
    EnumValueNotUsableInTransaction,
}

impl Hazard {
    /// The hazard in a few words, for people: `rewrites the table`.
    pub fn message(self) -> &'static str {
        match self {
            Hazard::DropsData => "drops data",
            Hazard::DropsObject => "drops an object",
            Hazard::RewritesTable => "rewrites the table",
            Hazard::AccessExclusiveLock => "takes an ACCESS EXCLUSIVE lock",
            Hazard::ScansTable => "scans the whole table under lock",
            Hazard::MayFailOnExistingRows => "can fail on existing rows",
            Hazard::PrivilegesLost => {
                "its grants are lost (not migrated without --with-privileges)"
            }
            Hazard::EnumValueNotUsableInTransaction => {
                "the new enum value cannot be used before the transaction commits"
            }
        }
    }
}
