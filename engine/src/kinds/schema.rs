//! Schemas (`pg_namespace`).
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::Context;
use crate::core::Step;

use crate::core::Identify;
use crate::model::*;

/// Schemas are created first and dropped last; nothing about a schema but its existence is altered
/// here (owners are not migrated, comments and privileges have their own generators).
pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.schemas.differences(|_, _| true);
    for (key, schema) in d.added {
        out.push(Step::create(
            schema.id(),
            format!("create schema if not exists {key};"),
        ));
    }
    for (key, schema) in d.removed {
        out.push(Step::drop(
            schema.id(),
            format!("drop schema if exists {key};"),
        ));
    }
}

crate::core::object::catalog_object!(Schema, comment: "schema", grant: "schema", public: None, owner: "schema");
