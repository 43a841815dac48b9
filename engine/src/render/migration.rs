//! What a diff produces: ordered statements and, for review and JSON output, the changes they make.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::{Action, Hazard, Placement};
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
    /// For a statement that sets a setting of the session rather than changing an object (migra's
    /// `set check_function_bodies = off;` before functions are created): the setting's name. Such
    /// a statement belongs to no change. Absent for every other statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<String>,
    /// Where the statement runs: only an online migration (`--online`) has statements outside
    /// its transactions (`outside_transaction`) or after its main one commits (`after_commit`),
    /// and it says so in its own `begin;` and `commit;` statements (setting `transaction`).
    /// Absent for `transaction`.
    #[serde(default, skip_serializing_if = "is_transaction")]
    pub placement: Placement,
}

fn is_transaction(placement: &Placement) -> bool {
    *placement == Placement::Transaction
}

/// What a migration does to one object, with the statements that do it. Statements that set a
/// setting ([`Statement::setting`]) belong to no change.
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
    /// For altered and replaced objects: the object's entry in the FROM catalog, as the catalog
    /// file holds it (an item of the list of its kind, see the catalog's JSON Schema), its keys
    /// sorted. Absent for created and dropped objects, and when the catalog holds no entry of its
    /// own for the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Definition>,
    /// For altered and replaced objects: the object's entry in the TARGET catalog, as `before`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Definition>,
}

/// An object's entry in a catalog, as the catalog file holds it (the keys of every object in it
/// sorted).
pub type Definition = serde_json::Map<String, serde_json::Value>;

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
