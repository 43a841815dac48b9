//! Extensions (`pg_extension`). Their member objects never appear elsewhere in the catalog.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Extension {
    pub name: Text,
    pub schema: Text,
    pub version: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}
