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

use super::object::{objects, CatalogObject};
use super::Domain;

/// An object whose parts take comments of their own: the columns of a table or view, the
/// attributes of a composite type, the constraints of a domain.
struct Parts<'a> {
    owner: &'a dyn CatalogObject,
    /// COMMENT ON target of a part, given the owner's key and the part's name.
    target: fn(&str, &str) -> String,
    /// Each part's name and comment.
    parts: Vec<(&'a str, Option<&'a String>)>,
}

impl Parts<'_> {
    fn target(&self, part: &str) -> String {
        (self.target)(&self.owner.id().key, part)
    }
}

fn parts_of(catalog: &Catalog) -> Vec<Parts<'_>> {
    let mut out = vec![];
    for t in &catalog.tables {
        out.push(Parts {
            owner: t,
            target: column_target,
            parts: t
                .columns
                .iter()
                .map(|c| (c.name.as_str(), c.comment.as_ref()))
                .collect(),
        });
    }
    for v in &catalog.views {
        out.push(Parts {
            owner: v,
            target: column_target,
            parts: v
                .columns
                .iter()
                .map(|c| (c.name.as_str(), c.comment.as_ref()))
                .collect(),
        });
    }
    for t in &catalog.composite_types {
        out.push(Parts {
            owner: t,
            target: column_target,
            parts: t
                .attributes
                .iter()
                .map(|a| (a.name.as_str(), a.comment.as_ref()))
                .collect(),
        });
    }
    for d in &catalog.domains {
        out.push(Parts {
            owner: d,
            target: domain_constraint_target,
            parts: d
                .checks
                .iter()
                .map(|c| (c.name.as_str(), c.comment.as_ref()))
                .collect(),
        });
    }
    out
}

/// (object, COMMENT ON target) → comment, for everything commented on one side.
fn comments(catalog: &Catalog) -> BTreeMap<(ObjectId, String), String> {
    let mut out = BTreeMap::new();
    for object in objects(catalog) {
        if let Some(comment) = object.comment() {
            out.insert((object.id(), object.comment_target()), comment.to_string());
        }
    }
    // Identities and targets are formatted only for the parts that have a comment.
    for owner in parts_of(catalog) {
        for (name, comment) in &owner.parts {
            if let Some(comment) = comment {
                out.insert((owner.owner.id(), owner.target(name)), (*comment).clone());
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
    for owner in parts_of(catalog) {
        let id = owner.owner.id();
        if of.contains(&id) {
            out.extend(
                owner
                    .parts
                    .iter()
                    .map(|(name, _)| (id.clone(), owner.target(name))),
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
