//! Which objects must be dropped and created again because something they depend on is replaced,
//! dropped, or reshaped (a column's type changes or the column goes away). Transitive: a view on a
//! view on a changed column is recreated too.

use std::collections::BTreeSet;

use crate::core::{base_types, object_id, presence};
use crate::plan::{Graph, ObjectSet};

use crate::core::ObjectId;
use crate::core::{Matching, Recreated};
use crate::kinds;
use crate::model::Catalog;
use crate::model::ObjectKind;
use crate::model::Text;

/// Kinds that can be dropped and created again without losing data.
fn recreatable(kind: ObjectKind) -> bool {
    matches!(
        kind,
        ObjectKind::View
            | ObjectKind::MaterializedView
            | ObjectKind::Function
            | ObjectKind::Aggregate
            | ObjectKind::Trigger
            | ObjectKind::Policy
            | ObjectKind::Rule
            | ObjectKind::Statistics
            | ObjectKind::Conversion
            | ObjectKind::AccessMethod
            | ObjectKind::Transform
            | ObjectKind::Operator
            | ObjectKind::OperatorFamily
            | ObjectKind::OperatorClass
            | ObjectKind::TextSearchParser
            | ObjectKind::TextSearchTemplate
            | ObjectKind::TextSearchDictionary
            | ObjectKind::TextSearchConfiguration
            | ObjectKind::Index
            | ObjectKind::Constraint
            | ObjectKind::Cast
            | ObjectKind::ForeignServer
            | ObjectKind::UserMapping
    )
}

/// What must be done again because something it uses is replaced.
#[derive(Debug, Default)]
pub(crate) struct Recreation {
    /// Objects on both sides to drop and create again.
    pub objects: BTreeSet<ObjectId>,
    /// (table, column, what it uses that is replaced) for defaults dropped before and set again
    /// after, and generated columns dropped before and added again after.
    pub defaults: BTreeSet<(ObjectId, Text, ObjectId)>,
}

/// `removed` is what `to` lacks of `from` ([`presence::missing_from`]), `graph` the source
/// catalog's dependencies.
pub(crate) fn to_recreate(
    matched: &Matching,
    from: &Catalog,
    to: &Catalog,
    removed: Vec<ObjectId>,
    graph: &Graph,
    recreated_types: &Recreated,
    base_type_changes: &base_types::Changes,
) -> Recreation {
    // Seeds: whole objects that go away or are replaced, and single columns that are reshaped.
    let mut whole = removed;
    whole.extend(kinds::view::replaced(matched));
    whole.extend(kinds::function::replaced(matched));
    whole.extend(kinds::aggregate::replaced(matched));
    whole.extend(kinds::text_search::replaced(matched));
    whole.extend(kinds::operator::replaced(matched));
    whole.extend(kinds::operator_family::replaced(matched));
    whole.extend(kinds::access_method::replaced(matched));
    whole.extend(recreated_types.ids());
    whole.extend(kinds::range_types::replaced(matched));
    whole.extend(base_type_changes.replaced());
    whole.extend(kinds::foreign::replaced(matched));
    whole.extend(kinds::table::replaced(matched));
    let columns = kinds::table::reshaped_columns(matched, from, to, recreated_types);

    let mut recreate: BTreeSet<ObjectId> = kinds::constraint::indexes_of_replaced(matched)
        .into_iter()
        .collect();
    let mut defaults = BTreeSet::new();
    // (object, the column that changed or None for the whole object, whether that column is
    // dropped). Visited a generation at a time, with one pass over the edges for each: a
    // generation is a few hundred objects, the edges tens of thousands.
    // Columns moved to a recreated enum: a foreign key over one is dropped and added again, since
    // PostgreSQL's rebuild of it after the first of its ends moves finds no `=` between the old
    // type and the new (issue 15, PG15 seeds 5254 and 5351).
    let incomparable: BTreeSet<(ObjectId, Text)> = columns
        .iter()
        .filter(|c| c.incomparable)
        .map(|c| (c.table.clone(), c.column.clone()))
        .collect();
    let mut generation: Vec<(ObjectId, Option<Text>, bool)> =
        whole.into_iter().map(|id| (id, None, true)).collect();
    generation.extend(
        columns
            .into_iter()
            .map(|c| (c.table, Some(c.column), c.dropped)),
    );
    while !generation.is_empty() {
        let (set, positions) = ObjectSet::of(generation.iter().map(|(id, _, _)| id));
        let mut entries_at: Vec<Vec<usize>> = vec![vec![]; generation.len()];
        for (entry, position) in positions.iter().enumerate() {
            if let Some(position) = position {
                entries_at[*position as usize].push(entry);
            }
        }
        let mut next = vec![];
        for (position, edge) in graph.edges_into(&set) {
            for &entry in &entries_at[position as usize] {
                let (referenced, column, dropped) = &generation[entry];
                let kind = edge.dependent.kind;
                // A changed column breaks only what uses that column, and PostgreSQL rebuilds
                // the indexes and constraints on a column whose type changes by itself.
                let rebuilt_by_server = !dropped
                    && matches!(kind, ObjectKind::Index | ObjectKind::Constraint)
                    && !(kind == ObjectKind::Constraint
                        && column.as_ref().is_some_and(|c| {
                            incomparable.contains(&(referenced.clone(), c.clone()))
                        })
                        && is_foreign_key(from, &object_id(&edge.dependent)));
                if column.is_some() && (&edge.referenced.column != column || rebuilt_by_server) {
                    continue;
                }
                let table_default = kind == ObjectKind::Table && column.is_none();
                if !table_default && !recreatable(kind) {
                    continue;
                }
                let dependent = object_id(&edge.dependent);
                if !presence::contains(to, &dependent) {
                    continue;
                }
                if table_default {
                    // A column default using something replaced: the table stays, the default
                    // is reset.
                    // A generated column is dropped and added again instead
                    // (kinds/table/columns.rs): what uses it goes with it.
                    if let Some(c) = &edge.dependent.column {
                        let inserted =
                            defaults.insert((dependent.clone(), c.clone(), referenced.clone()));
                        if inserted
                            && kinds::table::generated_on_both_sides(from, to, &dependent, c)
                        {
                            next.push((dependent, Some(c.clone()), true));
                        }
                    }
                    continue;
                }
                if recreate.insert(dependent.clone()) {
                    next.push((dependent, None, true));
                }
            }
        }
        generation = next;
    }
    Recreation {
        objects: recreate,
        defaults,
    }
}

/// Whether `id` is a foreign key of `catalog`'s.
fn is_foreign_key(catalog: &Catalog, id: &ObjectId) -> bool {
    let Some(identity) = &id.identity else {
        return false;
    };
    catalog.constraints.iter().any(|c| {
        c.schema == identity.schema
            && c.table == identity.table
            && c.name == identity.name
            && c.references.is_some()
    })
}
