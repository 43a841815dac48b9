//! COMMENT ON, for every commentable object and column. Comments are compared on their own, so a
//! comment change never makes an object count as changed. Only commented things are looked at:
//! most objects have none, and a schema has many.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::Catalog;
use crate::diff::Context;
use crate::migration::Action;
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::{quote_ident, quote_literal};

use super::object::objects;

/// (object, COMMENT ON target) → comment, for everything commented on one side.
fn comments(catalog: &Catalog) -> BTreeMap<(ObjectId, String), String> {
    let mut out = BTreeMap::new();
    for object in objects(catalog) {
        if let Some(comment) = object.comment() {
            out.insert((object.id(), object.comment_target()), comment.to_string());
        }
    }
    // Identities and targets are formatted only for the columns that have a comment.
    for t in &catalog.tables {
        for c in &t.columns {
            if let Some(comment) = &c.comment {
                out.insert((t.id(), column_target(&t.key(), &c.name)), comment.clone());
            }
        }
    }
    for v in &catalog.views {
        for c in &v.columns {
            if let Some(comment) = &c.comment {
                out.insert((v.id(), column_target(&v.key(), &c.name)), comment.clone());
            }
        }
    }
    out
}

fn column_target(relation_key: &str, column: &str) -> String {
    format!("column {relation_key}.{}", quote_ident(column))
}

/// Every COMMENT ON target that exists on one side, computed only for the objects named in `of`.
fn existing(catalog: &Catalog, of: &BTreeSet<&ObjectId>) -> BTreeSet<(ObjectId, String)> {
    let mut out = BTreeSet::new();
    for object in objects(catalog) {
        let id = object.id();
        if of.contains(&id) {
            out.insert((id, object.comment_target()));
        }
    }
    for t in &catalog.tables {
        if of.contains(&t.id()) {
            out.extend(
                t.columns
                    .iter()
                    .map(|c| (t.id(), column_target(&t.key(), &c.name))),
            );
        }
    }
    for v in &catalog.views {
        if of.contains(&v.id()) {
            out.extend(
                v.columns
                    .iter()
                    .map(|c| (v.id(), column_target(&v.key(), &c.name))),
            );
        }
    }
    out
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let before = comments(cx.from);
    let after = comments(cx.to);
    // Comments that went away are set to null, where their object is still there.
    let removed: Vec<&(ObjectId, String)> =
        before.keys().filter(|k| !after.contains_key(*k)).collect();
    let removed_ids: BTreeSet<&ObjectId> = removed.iter().map(|(id, _)| id).collect();
    let still_there = existing(cx.to, &removed_ids);
    let mut changes: Vec<((ObjectId, String), Option<&String>)> = after
        .iter()
        .map(|(k, v)| (k.clone(), Some(v)))
        .chain(
            removed
                .into_iter()
                .filter(|k| still_there.contains(*k))
                .map(|k| (k.clone(), None)),
        )
        .collect();
    changes.sort();
    for ((id, target), comment) in changes {
        // A recreated object lost its comment with the drop.
        let was = if cx.must_recreate(&id) {
            None
        } else {
            before.get(&(id.clone(), target.clone()))
        };
        if was == comment {
            continue;
        }
        let text = comment.map_or_else(|| "null".to_string(), |c| quote_literal(c));
        let change = if was.is_some() {
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
