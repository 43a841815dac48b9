//! COMMENT ON, for every commentable object, column, composite type attribute and domain
//! constraint. Comments are compared on their own, so a
//! comment change never makes an object count as changed. Only commented things are looked at:
//! most objects have none, and a schema has many.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::Catalog;
use crate::diff::{differences, Context, FastSet};
use crate::migration::Action;
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::{quote_ident, quote_literal};
use crate::text::Text;

use super::object::{objects, CatalogObject};
use super::Domain;

/// An object whose parts take comments of their own: the columns of a table or view, the
/// attributes of a composite type, the constraints of a domain.
struct Parts<'a> {
    owner: &'a dyn CatalogObject,
    /// COMMENT ON target of a part, given the owner's key and the part's name.
    target: fn(&str, &str) -> String,
    /// Each part's name and comment.
    parts: Vec<(&'a str, Option<&'a Text>)>,
}

impl Parts<'_> {
    fn target(&self, part: &str) -> String {
        (self.target)(&self.owner.id().key, part)
    }
}

fn parts_of(catalog: &Catalog) -> Vec<Parts<'_>> {
    fn parts<'a, T>(
        owner: &'a dyn CatalogObject,
        target: fn(&str, &str) -> String,
        items: &'a [T],
        part: fn(&'a T) -> (&'a str, Option<&'a Text>),
    ) -> Parts<'a> {
        Parts {
            owner,
            target,
            parts: items.iter().map(part).collect(),
        }
    }
    let columns = catalog.tables.iter().map(|t| {
        parts(t, column_target, &t.columns, |c| {
            (&c.name, c.comment.as_ref())
        })
    });
    let view_columns = catalog.views.iter().map(|v| {
        parts(v, column_target, &v.columns, |c| {
            (&c.name, c.comment.as_ref())
        })
    });
    let attributes = catalog.composite_types.iter().map(|t| {
        parts(t, column_target, &t.attributes, |a| {
            (&a.name, a.comment.as_ref())
        })
    });
    let checks = catalog.domains.iter().map(|d| {
        parts(d, domain_constraint_target, &d.checks, |c| {
            (&c.name, c.comment.as_ref())
        })
    });
    columns
        .chain(view_columns)
        .chain(attributes)
        .chain(checks)
        .collect()
}

/// (object, COMMENT ON target) → comment, for everything commented on one side.
fn comments(catalog: &Catalog) -> BTreeMap<(ObjectId, String), Text> {
    let mut out = BTreeMap::new();
    for object in objects(catalog) {
        if let Some(comment) = object.comment() {
            out.insert((object.id(), object.comment_target()), Text::from(comment));
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
    // Domains whose checks all stay as they are need no look at their checks.
    let domains = differences(&cx.from.domains, &cx.to.domains, Domain::key, |a, b| {
        a.checks.len() == b.checks.len()
            && a.checks
                .iter()
                .zip(&b.checks)
                .all(|(x, y)| x.same_definition(y))
    });
    let mut checks = BTreeSet::new();
    for (key, before, after) in &domains.modified {
        for check in &after.checks {
            let kept = before
                .checks
                .iter()
                .any(|c| c.name == check.name && c.same_definition(check));
            if !kept {
                checks.insert(domain_constraint_target(key, &check.name));
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
    let mut changes: Vec<((ObjectId, String), Option<&Text>)> = after
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
