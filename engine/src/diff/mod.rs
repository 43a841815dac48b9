//! The diff: match the objects of two catalogs, compare each kind, decide what must be replaced
//! because something it depends on changes, then hand the statements to the planner.

mod dependents;
mod graph;
mod hash;
mod key_index;
mod lookup;
mod matching;
pub(crate) mod presence;
mod privileges;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::Catalog;
use crate::error::Error;
use crate::filter::SchemaFilter;
use crate::kinds::type_recreation::Recreated;
use crate::kinds::{self, ObjectKind};
use crate::migration::{Change, Migration, Statement};
use crate::plan::{self, ObjectId, Step};
use crate::text::Text;

pub(crate) use graph::{Graph, ObjectSet};
pub(crate) use hash::{FastMap, FastSet};
pub(crate) use lookup::Lookup;
pub(crate) use matching::{differences, differences_in_order};

/// migra's options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Only this schema (`--schema`).
    pub schema: Option<String>,
    /// Never these schemas (`--exclude-schema`).
    pub exclude_schema: Vec<String>,
    /// Only create the extensions the target has and the source lacks (`--create-extensions-only`).
    pub create_extensions_only: bool,
    /// Do not update extensions whose version differs (`--ignore-extension-versions`).
    pub ignore_extension_versions: bool,
    /// Also diff privileges (`--with-privileges`).
    pub with_privileges: bool,
}

/// Everything the kinds' generators look at: both catalogs, the options, and the objects that
/// must be dropped and created again because something they depend on is replaced.
pub(crate) struct Context<'a> {
    pub from: &'a Catalog,
    pub to: &'a Catalog,
    pub options: &'a Options,
    /// Objects present on both sides that must be dropped and created again.
    pub recreate: BTreeSet<ObjectId>,
    /// The names of `recreate` (the last part of each identity): most objects are not
    /// recreated, and this says so from a name alone, without building the object's identity.
    /// `None` if an identity would not parse (then every name may be recreated).
    recreate_names: Option<FastSet<String>>,
    /// Column defaults that use something replaced: dropped first and set again after.
    pub reset_defaults: BTreeSet<(ObjectId, Text, ObjectId)>,
    /// The types recreated under their columns (type_recreation.rs), worked out once.
    pub recreated_types: Recreated<'a>,
    pub from_lookup: Lookup<'a>,
    pub to_lookup: Lookup<'a>,
}

impl Context<'_> {
    pub fn must_recreate(&self, id: &ObjectId) -> bool {
        self.recreate.contains(id)
    }

    /// Whether the table stays but leaves one of its parents (`DETACH PARTITION`, `NO INHERIT`):
    /// what the parent gave it (index and constraint clones) then stays on it as its own.
    pub fn leaves_a_parent(&self, schema: &str, table: &str) -> bool {
        let (Some(before), Some(after)) = (
            self.from_lookup.parents(schema, table),
            self.to_lookup.parents(schema, table),
        ) else {
            return false;
        };
        before.iter().any(|p| !after.contains(p))
    }

    /// [`Context::must_recreate`] for an object matched on both sides, by its name first: the
    /// identity is built only when an object of that name is recreated.
    pub fn must_recreate_unchanged(&self, name: &str, id: impl FnOnce() -> ObjectId) -> bool {
        let may = self
            .recreate_names
            .as_ref()
            .is_none_or(|names| names.contains(name));
        may && self.must_recreate(&id())
    }
}

/// Computes the migration that turns `from` into `to`.
pub fn diff(from: &Catalog, to: &Catalog, options: &Options) -> Result<Migration, Error> {
    let filter = SchemaFilter {
        only: options.schema.clone(),
        exclude: options.exclude_schema.clone(),
    };
    // Copies only when there is something to filter out.
    let filtered = |catalog: &Catalog| {
        let mut copy = catalog.clone();
        copy.retain_schemas(&filter);
        copy
    };
    let (from, to): (Cow<Catalog>, Cow<Catalog>) = if filter.is_empty() {
        (Cow::Borrowed(from), Cow::Borrowed(to))
    } else {
        (Cow::Owned(filtered(from)), Cow::Owned(filtered(to)))
    };
    // The diff merges and searches the lists in normalized order. A catalog read from JSON is
    // in it; one built in code is sorted here, on a copy.
    let (from, to, removed) = match presence::missing_from(&from, &to) {
        Ok(removed) => (from, to, removed),
        Err(presence::Unsorted) => {
            let (from, to) = (sorted(from), sorted(to));
            // Normalizing sorts by the very keys the merges check, so this cannot fail again.
            let removed = presence::missing_from(&from, &to).map_err(|_| {
                Error::new(
                    crate::error::ErrorKind::InvalidCatalog,
                    "the catalogs' lists could not be put in order".to_string(),
                )
            })?;
            (from, to, removed)
        }
    };
    let (from, to) = (from.as_ref(), to.as_ref());

    let mut steps = vec![];
    if options.create_extensions_only {
        kinds::extension::diff_creations_only(
            from,
            to,
            options.ignore_extension_versions,
            &mut steps,
        );
        return Ok(assemble(
            steps,
            &Graph::default(),
            &Graph::default(),
            vec![],
        ));
    }

    // The source's edges, all of them for the recreation pass, those that order statements for
    // the planner.
    let deps_from = Graph::new(from);
    let recreated_types = kinds::type_recreation::recreated(from, to);
    let recreation = dependents::to_recreate(from, to, removed, &deps_from, &recreated_types);
    let deps_from = deps_from.ordering_edges();
    let deps_to = Graph::new(to).ordering_edges();
    let cx = Context {
        from,
        to,
        options,
        recreate_names: recreation
            .objects
            .iter()
            .map(|id| graph::IdentityParts::parse(id).map(|parts| parts.name))
            .collect(),
        recreate: recreation.objects,
        reset_defaults: recreation.defaults,
        recreated_types,
        from_lookup: Lookup::new(from),
        to_lookup: Lookup::new(to),
    };
    let mut warnings = vec![];
    kinds::schema::diff(&cx, &mut steps);
    kinds::extension::diff(&cx, &mut steps);
    kinds::collation::diff(&cx, &mut steps);
    kinds::types::diff(&cx, &mut steps);
    kinds::sequence::diff(&cx, &mut steps);
    kinds::table::diff(&cx, &mut steps);
    kinds::constraint::diff(&cx, &mut steps);
    kinds::index::diff(&cx, &mut steps);
    kinds::view::diff(&cx, &mut steps);
    kinds::function::diff(&cx, &mut steps, &mut warnings);
    kinds::trigger::diff(&cx, &mut steps);
    kinds::policy::diff(&cx, &mut steps);
    if options.with_privileges {
        privileges::diff(&cx, &mut steps);
        kinds::default_privilege::diff(&cx, &mut steps);
    }
    kinds::comment::diff(&cx, &mut steps);

    let mut migration = assemble(steps, &deps_from, &deps_to, warnings);
    describe_changes(&mut migration, from, to);
    Ok(migration)
}

/// A normalized copy of `catalog`.
fn sorted(catalog: Cow<'_, Catalog>) -> Cow<'_, Catalog> {
    let mut copy = catalog.into_owned();
    copy.normalize();
    Cow::Owned(copy)
}

fn assemble(
    mut steps: Vec<Step>,
    deps_from: &Graph,
    deps_to: &Graph,
    mut warnings: Vec<String>,
) -> Migration {
    mark_table_locks(&mut steps);
    merge_selectables(&mut steps);
    // Generation order within a phase, with kinds that share a phase merged as migra sorts them.
    steps.sort_by(|a, b| (a.phase, &a.merge_order).cmp(&(b.phase, &b.merge_order)));
    let (order, cycle_warnings) = plan::order(&steps, deps_from, deps_to);
    warnings.extend(cycle_warnings);
    let mut statements = Vec::with_capacity(order.len());
    let mut changes: Vec<Change> = vec![];
    let mut change_of: BTreeMap<(ObjectKind, String), usize> = BTreeMap::new();
    for index in order {
        let step = &steps[index];
        let position = statements.len();
        statements.push(Statement {
            sql: step.sql.clone(),
            destructive: step.destructive,
            hazards: step.hazards.clone(),
        });
        let key = (step.object.kind, step.object.key.clone());
        let entry = *change_of.entry(key).or_insert_with(|| {
            changes.push(Change {
                kind: step.object.kind,
                identity: step.object.key.clone(),
                action: step.change,
                statements: vec![],
                hazards: vec![],
                before: None,
                after: None,
            });
            changes.len() - 1
        });
        let change = &mut changes[entry];
        change.statements.push(position);
        for hazard in &step.hazards {
            if !change.hazards.contains(hazard) {
                change.hazards.push(*hazard);
            }
        }
    }
    Migration {
        statements,
        changes,
        warnings,
    }
}

/// migra sorts views, materialized views and functions together, by identity: removed (or added)
/// ones first, then changed ones.
fn merge_selectables(steps: &mut [Step]) {
    for step in steps.iter_mut() {
        let selectable = matches!(
            step.object.kind,
            ObjectKind::View | ObjectKind::MaterializedView | ObjectKind::Function
        );
        let phase = matches!(
            step.phase,
            plan::Phase::DropSelectables | plan::Phase::CreateSelectables
        );
        if selectable
            && phase
            && step.action != plan::StepAction::Attach
            && step.object.key != "check_function_bodies"
        {
            let changed = !matches!(
                step.change,
                crate::migration::Action::Create | crate::migration::Action::Drop
            );
            *step = step.clone().merge_order(changed, &step.object.key);
        }
    }
}

/// Every statement that alters or drops a table that already exists takes an ACCESS EXCLUSIVE lock
/// on it (a few ALTER TABLE forms take less; reviewers would rather be warned).
fn mark_table_locks(steps: &mut [Step]) {
    for step in steps.iter_mut() {
        let existing_table = step.object.kind == ObjectKind::Table
            && step.change != crate::migration::Action::Create;
        if existing_table && step.action != plan::StepAction::Create {
            *step = step
                .clone()
                .hazard(crate::migration::Hazard::AccessExclusiveLock);
        }
    }
}

/// Fills `before` and `after` of altered and replaced objects with their catalog entries as text,
/// so that a reviewer (or the web page) can show what changed.
fn describe_changes(migration: &mut Migration, from: &Catalog, to: &Catalog) {
    for change in &mut migration.changes {
        if !matches!(
            change.action,
            crate::migration::Action::Alter | crate::migration::Action::Replace
        ) {
            continue;
        }
        let id = ObjectId::new(change.kind, change.identity.clone());
        change.before = presence::find(from, &id).map(|o| o.describe());
        change.after = presence::find(to, &id).map(|o| o.describe());
    }
}
