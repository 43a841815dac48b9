//! COMMENT ON, for every commentable object, column, composite type attribute and domain
//! constraint. Comments are compared on their own, so a
//! comment change never makes an object count as changed. Only commented things are looked at:
//! most objects have none, and a schema has many.

use std::collections::{BTreeMap, BTreeSet};

use crate::core::presence;
use crate::core::sql::{column_target, quote_ident};
use crate::core::Action;
use crate::core::Identify;
use crate::core::{Context, FastMap, FastSet};
use crate::core::{ObjectId, Step, StepAction};
use crate::model::Catalog;
use crate::model::ObjectKind;
use crate::model::Text;

use crate::core::object::{objects, CatalogObject};

/// Calls `each(owner, target, part, comment)` for every part that takes a comment of its own:
/// the columns of a table or view, the attributes of a composite type, the constraints of a
/// domain. `target` makes the part's COMMENT ON target from its owner's key and its name.
fn for_each_part<'a>(
    catalog: &'a Catalog,
    mut each: impl FnMut(&'a dyn CatalogObject, fn(&str, &str) -> String, &'a str, Option<&'a Text>),
) {
    for t in &catalog.tables {
        for c in &t.columns {
            each(t, column_target, &c.name, c.comment.as_ref());
        }
    }
    for v in &catalog.views {
        for c in &v.columns {
            each(v, column_target, &c.name, c.comment.as_ref());
        }
    }
    for t in &catalog.composite_types {
        for a in &t.attributes {
            each(t, column_target, &a.name, a.comment.as_ref());
        }
    }
    for d in &catalog.domains {
        for c in &d.checks {
            each(d, domain_constraint_target, &c.name, c.comment.as_ref());
        }
    }
}

/// Where an object is in its catalog: two references to the same object have the same address.
fn address(object: &dyn CatalogObject) -> *const () {
    object as *const dyn CatalogObject as *const ()
}

/// (object, COMMENT ON target) → comment, for everything commented on one side.
fn comments(catalog: &Catalog) -> BTreeMap<(ObjectId, String), Text> {
    let mut out = BTreeMap::new();
    for object in objects(catalog) {
        if let Some(comment) = object.comment() {
            out.insert((object.id(), object.comment_target()), Text::from(comment));
        }
    }
    // Identities and targets are formatted only for the parts that have a comment, and an
    // owner's identity once for all of its commented parts.
    let mut owner_id: Option<(&dyn CatalogObject, ObjectId)> = None;
    for_each_part(catalog, |owner, target, name, comment| {
        let Some(comment) = comment else { return };
        let id = match &owner_id {
            Some((last, id)) if address(*last) == address(owner) => id.clone(),
            _ => {
                let id = owner.id();
                owner_id = Some((owner, id.clone()));
                id
            }
        };
        let part_target = target(&id.key, name);
        out.insert((id, part_target), comment.clone());
    });
    out
}

fn domain_constraint_target(domain_key: &str, constraint: &str) -> String {
    format!(
        "constraint {} on domain {domain_key}",
        quote_ident(constraint)
    )
}

/// Every COMMENT ON target that exists on one side, computed only for the objects named in `of`.
fn existing(catalog: &Catalog, of: &BTreeSet<&ObjectId>) -> BTreeSet<(ObjectId, String)> {
    let mut out = BTreeSet::new();
    // The objects found, by address: a part's owner is one of them if it is the same object.
    let mut owners: FastMap<*const (), &ObjectId> = FastMap::default();
    for &id in of {
        if let Some(object) = presence::find(catalog, id) {
            out.insert((id.clone(), object.comment_target()));
            owners.insert(address(object), id);
        }
    }
    if owners.is_empty() {
        return out;
    }
    for_each_part(catalog, |owner, target, name, _| {
        if let Some(id) = owners.get(&address(owner)) {
            out.insert(((*id).clone(), target(&id.key, name)));
        }
    });
    out
}

/// COMMENT ON targets whose object this migration drops and creates again, so that their comment
/// is gone by the time the comments run: the objects other kinds drop (a changed constraint or
/// index, say) and the domain constraints whose check changes.
fn replaced(cx: &Context, steps: &[Step]) -> (FastSet<ObjectId>, BTreeSet<String>) {
    // A type recreated under its columns is renamed away and created anew (its old version
    // dropped under another name): its creation replaces it. What an altered table drops (a
    // default, a column, which comes back with its comment) leaves the table's own comment
    // alone (issue 15, PG14 seed 10848).
    let dropped = steps
        .iter()
        .filter(|s| {
            (s.action == StepAction::Drop
                && !(s.object.kind == ObjectKind::Table && s.change == Action::Alter))
                || (s.action == StepAction::Create && s.change == Action::Replace)
        })
        .map(|s| s.object.clone())
        .collect();
    // Domains whose checks all stay as they are need no look at their checks.
    let domains = cx.matched.domains.differences(|a, b| {
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
        let change = if was.is_some() {
            Action::Alter
        } else {
            Action::Create
        };
        out.push(Step::comment(
            id,
            &target,
            comment.map(|c| c.as_str()),
            change,
        ));
    }
}
