//! What the fetch saw about the database or the session that the catalog's lists cannot say, and
//! that a reader of the migration must know: a note, reported by every diff of the catalog as a
//! warning.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Text;

/// One thing the fetch noticed, as `kind` and the object it is about (`name`). The engine
/// words the warning ([`CatalogNote::message`]); a kind it does not know is still shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogNote {
    /// What was noticed. `search_path_schema_without_usage`: a schema named in the fetching
    /// role's `search_path` that the role may not use, which PostgreSQL leaves out of the
    /// effective path, so that definitions name objects in it schema-qualified.
    pub kind: Text,
    /// The object the note is about (for `search_path_schema_without_usage`, the schema).
    pub name: Text,
}

impl CatalogNote {
    /// The note as a sentence for a person.
    pub fn message(&self) -> String {
        match self.kind.as_str() {
            "search_path_schema_without_usage" => format!(
                "the role that read it has no USAGE on schema \"{name}\" of its search_path, so \
                 PostgreSQL left the schema out of the path and the definitions read name \
                 objects in it schema-qualified: compared with a catalog read with \"{name}\" \
                 on the path, they differ in text only. Grant it (GRANT USAGE ON SCHEMA \
                 \"{name}\" TO <role>; it gives no access to tables) or read both sides alike",
                name = self.name.replace('"', "\"\"")
            ),
            other => format!("{other}: {}", self.name),
        }
    }
}
