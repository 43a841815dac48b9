//! What a diff produces: ordered statements and, for review and JSON output, the changes they make.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::{Action, Hazard};
use crate::model::ObjectKind;

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

/// One statement of a migration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Statement {
    /// The SQL, as migra prints it (without the blank line that follows).
    pub sql: String,
    /// The statement removes something: an object, a column, a constraint, a default, a NOT NULL,
    /// an enum label or a privilege. This is what the drop guard (`--unsafe`) looks at.
    pub destructive: bool,
    /// What running the statement does that a reviewer should know about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hazards: Vec<Hazard>,
}

/// What a migration does to one object, with the statements that do it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Change {
    /// The object's kind.
    pub kind: ObjectKind,
    /// The object's identity, quoted as in SQL: `"public"."orders"`, `"public"."f"(integer)`.
    pub identity: String,
    /// Created, dropped, altered in place, or replaced (dropped and created again).
    pub action: Action,
    /// Indexes into [`Migration::statements`].
    pub statements: Vec<usize>,
    /// Every hazard of those statements, each once, in the order they first appear.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hazards: Vec<Hazard>,
    /// For altered and replaced objects: a readable form of the definition before and after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// See `before`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
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

    /// Whether there is nothing to do: the catalogs do not differ in anything the engine migrates.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// Whether any statement removes something; migra refuses to print such a migration without `--unsafe`.
    pub fn has_destructive(&self) -> bool {
        self.statements.iter().any(|s| s.destructive)
    }
}
