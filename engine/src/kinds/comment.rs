//! COMMENT ON, for every commentable object, column, composite type attribute and domain
//! constraint. Comments are compared on their own, so a
//! comment change never makes an object count as changed. Only commented things are looked at:
//! most objects have none, and a schema has many.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::Catalog;
use crate::diff::{Context, FastSet};
use crate::migration::Action;
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::{quote_ident, quote_literal};

use super::object::objects;
use super::Domain;

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
    for d in &catalog.domains {
        for check in &d.checks {
            if let Some(comment) = &check.comment {
                out.insert(
                    (d.id(), domain_constraint_target(&d.key(), &check.name)),
                    comment.clone(),
                );
            }
        }
    }
    for t in &catalog.composite_types {
        for a in &t.attributes {
            if let Some(comment) = &a.comment {
                out.insert((t.id(), column_target(&t.key(), &a.name)), comment.clone());
            }
        }
    }
    out
}

fn domain_constraint_target(domain_key: &str, constraint: &str) -> String {
    format!(
        "constraint {} on domain {domain_key}",
        quote_ident(constraint)
    )
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
    for d in &catalog.domains {
        if of.contains(&d.id()) {
            out.extend(
                d.checks
                    .iter()
                    .map(|c| (d.id(), domain_constraint_target(&d.key(), &c.name))),
            );
        }
    }
    for t in &catalog.composite_types {
        if of.contains(&t.id()) {
            out.extend(
                t.attributes
                    .iter()
                    .map(|a| (t.id(), column_target(&t.key(), &a.name))),
            );
        }
    }
    out
}

/// COMMENT ON targets whose object this migration drops and creates again, so that their comment
/// is gone by the time the comments run: the objects other kinds drop (a changed constraint or
/// index, say) and the domain constraints whose check changes.
fn replaced(cx: &Context, steps: &[Step]) -> (FastSet<ObjectId>, BTreeSet<String>) {
    let dropped = steps
        .iter()
        .filter(|s| s.action == StepAction::Drop)
        .map(|s| s.object.clone())
        .collect();
    let domains_before: BTreeMap<(&str, &str), &Domain> = cx
        .from
        .domains
        .iter()
        .map(|d| ((d.schema.as_str(), d.name.as_str()), d))
        .collect();
    let mut checks = BTreeSet::new();
    for after in &cx.to.domains {
        let Some(before) = domains_before.get(&(after.schema.as_str(), after.name.as_str())) else {
            continue;
        };
        for check in &after.checks {
            let kept = before
                .checks
                .iter()
                .any(|c| c.name == check.name && c.same_definition(check));
            if !kept {
                checks.insert(domain_constraint_target(&after.key(), &check.name));
            }
        }
    }
    (dropped, checks)
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let (dropped, replaced_checks) = replaced(cx, out);
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
        let was = if cx.must_recreate(&id)
            || dropped.contains(&id)
            || replaced_checks.contains(&target)
        {
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
