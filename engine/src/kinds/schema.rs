//! Schemas (`pg_namespace`).

use crate::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Privilege;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Schema {
    pub name: Text,
    pub owner: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

use crate::diff::{differences, Context};
use crate::migration::Action;
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::quote_ident;

use super::ObjectKind;

impl Schema {
    pub(crate) fn key(&self) -> String {
        quote_ident(&self.name)
    }

    pub(crate) fn id(&self) -> ObjectId {
        ObjectId::new(ObjectKind::Schema, self.key())
    }
}

/// Schemas are created first and dropped last; nothing about a schema but its existence is altered
/// here (owners are not migrated, comments and privileges have their own generators).
pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = differences(&cx.from.schemas, &cx.to.schemas, Schema::key, |_, _| true);
    for (key, schema) in d.added {
        out.push(Step::new(
            Phase::CreateSchemas,
            schema.id(),
            StepAction::Create,
            Action::Create,
            format!("create schema if not exists {key};"),
        ));
    }
    for (key, schema) in d.removed {
        out.push(Step::new(
            Phase::DropSchemas,
            schema.id(),
            StepAction::Drop,
            Action::Drop,
            format!("drop schema if exists {key};"),
        ));
    }
}

super::object::catalog_object!(Schema, comment: "schema", grant: "schema", public: None);
