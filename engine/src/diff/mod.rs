//! The diff: match the objects of two catalogs, compare each kind, decide what must be replaced
//! because something it depends on changes, then hand the statements to the planner.

mod dependents;
mod filter;
mod table_hazards;
mod unmodeled;

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::concerns::{comment, lost_privileges, online, owners, privileges, type_recreation};
use crate::core::{
    base_types, presence, Context, Identify, Lookup, Matching, ObjectId, Options, Phase, Step,
    StepAction,
};
use crate::error::Error;
use crate::kinds;
use crate::model::{Catalog, ObjectKind, Text};
use crate::plan::{self, Graph};
use crate::render::{self, Definition, Migration};

pub use filter::SchemaFilter;

/// Computes the migration that turns `from` into `to`.
pub fn diff(from: &Catalog, to: &Catalog, options: &Options) -> Result<Migration, Error> {
    diff_with(from, to, options, Definitions::Included)
}

/// [`diff`], but each change's `before` and `after` left out (`None`): for a caller that shows
/// them only on demand ([`definition`]), since describing every altered object is a good part of
/// assembling a large migration. Everything else is the same.
pub fn diff_without_definitions(
    from: &Catalog,
    to: &Catalog,
    options: &Options,
) -> Result<Migration, Error> {
    diff_with(from, to, options, Definitions::Omitted)
}

/// The catalog entry of the object of `kind` whose identity is `identity` (a [`Change`]'s `kind`
/// and `identity`), as a change's `before` or `after` holds it; `None` when `catalog` has no such
/// object or none of a kind that changes describe.
///
/// [`Change`]: crate::Change
pub fn definition(catalog: &Catalog, kind: ObjectKind, identity: &str) -> Option<Definition> {
    crate::core::object::objects(catalog)
        .into_iter()
        .find(|object| object.object_kind() == kind && object.key() == identity)
        .map(|object| object.describe())
}

/// Whether a migration's changes carry their objects' catalog entries.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Definitions {
    Included,
    Omitted,
}

fn diff_with(
    from: &Catalog,
    to: &Catalog,
    options: &Options,
    definitions: Definitions,
) -> Result<Migration, Error> {
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
    // Match: every list of both catalogs, once. The merges and the binary searches of the diff
    // need the lists in normalized order: a catalog read from JSON is in it; one built in code
    // is sorted here, on a copy, and matched again.
    let sorted_copies: (Catalog, Catalog);
    let (from, to) = (from.as_ref(), to.as_ref());
    let first = Matching::new(from, to);
    let (matched, from, to) = if first.in_order() {
        (first, from, to)
    } else {
        sorted_copies = (sorted(from), sorted(to));
        let (from, to) = (&sorted_copies.0, &sorted_copies.1);
        (Matching::new(from, to), from, to)
    };
    let removed = presence::missing_from(&matched);

    let mut steps = vec![];
    if options.create_extensions_only {
        kinds::extension::diff_creations_only(
            &matched,
            options.ignore_extension_versions,
            &mut steps,
        );
        return Ok(assemble(
            steps,
            &Graph::default(),
            &Graph::default(),
            vec![],
            (from, to),
            options,
            definitions,
        ));
    }

    // The source's edges, all of them for the recreation pass, those that order statements for
    // the planner.
    let deps_from = Graph::new(from);
    let recreated_types = type_recreation::recreated(&matched, from, to);
    let base_type_changes = base_types::Changes::of(&matched, from, to);
    let recreation = dependents::to_recreate(
        &matched,
        from,
        to,
        removed,
        &deps_from,
        &recreated_types,
        &base_type_changes,
    );
    let deps_from = deps_from.ordering_edges();
    let deps_to = Graph::new(to).ordering_edges();
    let cx = Context {
        from,
        to,
        options,
        recreate_names: recreation
            .objects
            .iter()
            .map(|id| id.identity.as_ref().map(|i| i.name.to_string()))
            .collect(),
        recreate: recreation.objects,
        reset_defaults: recreation.defaults,
        recreated_types,
        base_type_changes,
        matched: &matched,
        from_lookup: Lookup::new(from),
        to_lookup: Lookup::new(to),
    };
    // The columns over something dropped and created again under the same name: their own
    // steps are ordered around it (plan/graph.rs `releasing`).
    let released: BTreeSet<(ObjectId, Text, ObjectId)> = cx
        .reset_defaults
        .iter()
        .filter(|(_, _, used)| presence::contains(to, used))
        .filter(|(table, column, _)| kinds::table::ordered_on_its_own(from, to, table, column))
        .cloned()
        .collect();
    let deps_from = deps_from.releasing(&released);
    let deps_to = deps_to.releasing(&released);
    let mut warnings = catalog_notes(from, to);
    warnings.extend(unmodeled::warnings(from, to));
    kinds::schema::diff(&cx, &mut steps);
    kinds::extension::diff(&cx, &mut steps);
    kinds::collation::diff(&cx, &mut steps);
    kinds::enums::diff(&cx, &mut steps);
    kinds::domains::diff(&cx, &mut steps);
    kinds::composite_types::diff(&cx, &mut steps);
    kinds::range_types::diff(&cx, &mut steps);
    kinds::base_types::diff(&cx, &mut steps, &mut warnings);
    kinds::sequence::diff(&cx, &mut steps);
    kinds::text_search::diff(&cx, &mut steps);
    kinds::access_method::diff(&cx, &mut steps, &mut warnings);
    kinds::language::diff(&cx, &mut steps);
    kinds::operator::diff(&cx, &mut steps);
    kinds::operator_family::diff(&cx, &mut steps);
    kinds::foreign::diff(&cx, &mut steps, &mut warnings);
    let type_moves = type_recreation::column_moves(&cx);
    kinds::table::diff(&cx, type_moves, &mut steps, &mut warnings);
    kinds::constraint::diff(&cx, &mut steps);
    kinds::index::diff(&cx, &mut steps);
    kinds::statistics::diff(&cx, &mut steps);
    kinds::view::diff(&cx, &mut steps);
    kinds::function::diff(&cx, &mut steps);
    kinds::aggregate::diff(&cx, &mut steps);
    kinds::family_addition::diff(&cx, &mut steps);
    kinds::cast::diff(&cx, &mut steps);
    kinds::trigger::diff(&cx, &mut steps);
    kinds::policy::diff(&cx, &mut steps);
    kinds::rule::diff(&cx, &mut steps);
    kinds::publication::diff(&cx, &mut steps);
    kinds::subscription::diff(&cx, &mut steps, &mut warnings);
    if options.with_privileges {
        privileges::diff(&cx, &mut steps, &mut warnings);
        kinds::default_privilege::diff(&cx, &mut steps, &mut warnings);
    }
    comment::diff(&cx, &mut steps);
    owners::diff(&cx, &mut steps);
    lost_privileges::mark(&cx, &mut steps);
    online::apply(&cx, &mut steps);

    Ok(assemble(
        steps,
        &deps_from,
        &deps_to,
        warnings,
        (from, to),
        options,
        definitions,
    ))
}

/// The fetch's notes of each catalog, as warnings naming the side (the same note of both sides
/// once, for both).
fn catalog_notes(from: &Catalog, to: &Catalog) -> Vec<String> {
    let mut warnings = vec![];
    for note in &from.notes {
        let side = if to.notes.contains(note) {
            "both catalogs"
        } else {
            "the FROM catalog"
        };
        warnings.push(format!("{side}: {}", note.message()));
    }
    for note in to.notes.iter().filter(|n| !from.notes.contains(n)) {
        warnings.push(format!("the TARGET catalog: {}", note.message()));
    }
    warnings
}

/// A normalized copy of `catalog`.
fn sorted(catalog: &Catalog) -> Catalog {
    let mut copy = catalog.clone();
    copy.normalize();
    copy
}

fn assemble(
    mut steps: Vec<Step>,
    deps_from: &Graph,
    deps_to: &Graph,
    mut warnings: Vec<String>,
    (from, to): (&Catalog, &Catalog),
    options: &Options,
    definitions: Definitions,
) -> Migration {
    table_hazards::mark(&mut steps, from, to);
    merge_selectables(&mut steps);
    // Generation order within a phase, with kinds that share a phase merged as migra sorts them.
    steps.sort_by(|a, b| (a.phase, &a.merge_order).cmp(&(b.phase, &b.merge_order)));
    let (order, cycle_warnings) = plan::order(&steps, deps_from, deps_to);
    warnings.extend(cycle_warnings);
    render::migration(&steps, &order, warnings, options.online.as_ref(), |id| {
        if definitions == Definitions::Omitted {
            return (None, None);
        }
        let describe = |catalog| presence::find(catalog, id).map(|o| o.describe());
        (describe(from), describe(to))
    })
}

/// migra sorts views, materialized views and functions together, by identity: removed (or added)
/// ones first, then changed ones.
fn merge_selectables(steps: &mut [Step]) {
    for step in steps.iter_mut() {
        let selectable = matches!(
            step.object.kind,
            ObjectKind::View
                | ObjectKind::MaterializedView
                | ObjectKind::Function
                | ObjectKind::Aggregate
        );
        let phase = matches!(
            step.phase,
            Phase::DropSelectables | Phase::CreateSelectables
        );
        if selectable
            && phase
            && step.action != StepAction::Attach
            && step.object.key != "check_function_bodies"
        {
            let changed = !matches!(
                step.change,
                crate::core::Action::Create | crate::core::Action::Drop
            );
            *step = step.clone().merge_order(changed, &step.object.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Catalog, CatalogNote};

    fn note(name: &str) -> CatalogNote {
        CatalogNote {
            kind: "search_path_schema_without_usage".into(),
            name: name.into(),
        }
    }

    /// A catalog's notes come out as warnings naming the side, once for a note both share.
    #[test]
    fn catalog_notes_are_warnings() {
        let mut from = Catalog::empty();
        let mut to = Catalog::empty();
        from.notes = vec![note("public"), note("app")];
        to.notes = vec![note("public"), note("other")];
        let warnings = super::catalog_notes(&from, &to);
        let sides: Vec<&str> = warnings
            .iter()
            .map(|w| w.split(": ").next().unwrap_or_default())
            .collect();
        assert_eq!(
            sides,
            ["both catalogs", "the FROM catalog", "the TARGET catalog"]
        );
        assert!(
            warnings[1].contains("no USAGE on schema \"app\""),
            "{}",
            warnings[1]
        );
        let migration = crate::diff(&from, &to, &crate::Options::default()).unwrap();
        assert_eq!(migration.warnings, warnings);
        let unknown = CatalogNote {
            kind: "future_kind".into(),
            name: "x".into(),
        };
        assert_eq!(unknown.message(), "future_kind: x");
    }
}
