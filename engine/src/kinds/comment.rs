//! COMMENT ON, for every commentable object and column. Comments are compared on their own, so a
//! comment change never makes an object count as changed.

use std::collections::BTreeMap;

use crate::catalog::Catalog;
use crate::diff::Context;
use crate::migration::Action;
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::{quote_ident, quote_literal};

use super::object::objects;

/// (object, COMMENT ON target) → comment, for one side.
fn comments(catalog: &Catalog) -> BTreeMap<(ObjectId, String), Option<String>> {
    let mut out = BTreeMap::new();
    for object in objects(catalog) {
        out.insert(
            (object.id(), object.comment_target()),
            object.comment().map(str::to_string),
        );
    }
    let columns = catalog
        .tables
        .iter()
        .flat_map(|t| {
            t.columns
                .iter()
                .map(move |c| (t.id(), t.key(), &c.name, &c.comment))
        })
        .chain(catalog.views.iter().flat_map(|v| {
            v.columns
                .iter()
                .map(move |c| (v.id(), v.key(), &c.name, &c.comment))
        }));
    for (id, key, name, comment) in columns {
        out.insert(
            (id, format!("column {key}.{}", quote_ident(name))),
            comment.clone(),
        );
    }
    out
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let before = comments(cx.from);
    for ((id, target), after) in comments(cx.to) {
        let existed = before.get(&(id.clone(), target.clone()));
        // A recreated object lost its comment with the drop.
        let was = if cx.must_recreate(&id) {
            None
        } else {
            existed.cloned().flatten()
        };
        if was == after {
            continue;
        }
        let text = after
            .as_deref()
            .map_or_else(|| "null".to_string(), quote_literal);
        let change = if existed.is_some() {
            Action::Alter
        } else {
            Action::Create
        };
        out.push(
            Step::new(
                Phase::Comments,
                id.clone(),
                StepAction::Attach,
                change,
                format!("comment on {target} is {text};"),
            )
            .requires(id),
        );
    }
}
