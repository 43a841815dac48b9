//! What a diff produces: ordered statements and, for review and JSON output, the changes they make.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::kinds::ObjectKind;

/// The migration from one catalog to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Migration {
    /// The statements, in the order they must run.
    pub statements: Vec<Statement>,
    /// One entry per object created, dropped, altered or replaced, in the order of its first statement.
    pub changes: Vec<Change>,
    /// Differences the engine saw but does not migrate, each naming the object and what differs.
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Statement {
    pub sql: String,
    /// The statement removes something: an object, a column, a constraint, a default, a NOT NULL,
    /// an enum label or a privilege. This is what the drop guard (`--unsafe`) looks at.
    pub destructive: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hazards: Vec<Hazard>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    pub kind: ObjectKind,
    /// The object's identity, quoted as in SQL: `"public"."orders"`, `"public"."f"(integer)`.
    pub identity: String,
    pub action: Action,
    /// Indexes into [`Migration::statements`].
    pub statements: Vec<usize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hazards: Vec<Hazard>,
    /// For altered and replaced objects: a readable form of the definition before and after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Drop,
    Alter,
    /// Dropped and created again, because PostgreSQL cannot alter it in place or because something
    /// it depends on is replaced.
    Replace,
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
    /// A value added to an enum cannot be used in the same transaction before PostgreSQL 12, and a
    /// few statements (`psql -1` included) must not use it before commit.
    EnumValueNotUsableInTransaction,
}

impl Hazard {
    pub fn message(self) -> &'static str {
        match self {
            Hazard::DropsData => "drops data",
            Hazard::DropsObject => "drops an object",
            Hazard::RewritesTable => "rewrites the table",
            Hazard::AccessExclusiveLock => "takes an ACCESS EXCLUSIVE lock",
            Hazard::ScansTable => "scans the whole table under lock",
            Hazard::EnumValueNotUsableInTransaction => {
                "the new enum value cannot be used before the transaction commits"
            }
        }
    }
}

impl Migration {
    /// The statements as migra prints them: each followed by a blank line.
    pub fn sql(&self) -> String {
        let mut out = String::new();
        for statement in &self.statements {
            out.push_str(&statement.sql);
            out.push_str("\n\n");
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// Whether any statement removes something; migra refuses to print such a migration without `--unsafe`.
    pub fn has_destructive(&self) -> bool {
        self.statements.iter().any(|s| s.destructive)
    }
}
