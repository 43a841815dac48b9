//! Which objects must be dropped and created again because something they depend on is replaced,
//! dropped, or reshaped (a column's type changes or the column goes away). Transitive: a view on a
//! view on a changed column is recreated too.

use std::collections::{BTreeSet, VecDeque};

use super::{FastMap, FastSet};

use crate::catalog::Catalog;
use crate::kinds::object::Identified;
use crate::kinds::type_recreation::Recreated;
use crate::kinds::{self, ObjectKind};
use crate::plan::{Graph, ObjectId};
use crate::text::Text;

/// Kinds that can be dropped and created again without losing data.
fn recreatable(kind: ObjectKind) -> bool {
    matches!(
        kind,
        ObjectKind::View
            | ObjectKind::MaterializedView
            | ObjectKind::Function
            | ObjectKind::Trigger
            | ObjectKind::Policy
            | ObjectKind::Index
            | ObjectKind::Constraint
    )
}

/// What must be done again because something it uses is replaced.
#[derive(Debug, Default)]
pub(crate) struct Recreation {
    /// Objects on both sides to drop and create again.
    pub objects: BTreeSet<ObjectId>,
    /// (table, column, what it uses that is replaced) for defaults dropped before and set again after.
    pub defaults: BTreeSet<(ObjectId, Text, ObjectId)>,
}

/// `graph` is the source catalog's dependencies.
pub(crate) fn to_recreate(
    (from, from_objects): (&Catalog, &Identified),
    (to, to_objects): (&Catalog, &Identified),
    graph: &Graph,
    recreated_types: &Recreated,
) -> Recreation {
    // Every object's identity (extensions are not in `Identified`: their comment comes with
    // them). Membership only: hashed, and the result does not depend on the order of the walk below.
    let extensions =
        |c: &Catalog| -> Vec<ObjectId> { c.extensions.iter().map(|e| e.id()).collect() };
    let (from_extensions, to_extensions) = (extensions(from), extensions(to));
    let in_target: FastSet<&ObjectId> = to_objects
        .iter()
        .map(|(id, _)| id)
        .chain(&to_extensions)
        .collect();
    let in_source: FastSet<&ObjectId> = from_objects
        .iter()
        .map(|(id, _)| id)
        .chain(&from_extensions)
        .collect();

    // Seeds: whole objects that go away or are replaced, and single columns that are reshaped.
    let mut whole: Vec<ObjectId> = in_source
        .difference(&in_target)
        .map(|&id| id.clone())
        .collect();
    whole.extend(kinds::view::replaced(from, to));
    whole.extend(kinds::function::replaced(from, to));
    whole.extend(kinds::types::replaced(from, to, recreated_types));
    whole.extend(kinds::table::replaced(from, to));
    let columns = kinds::table::reshaped_columns(from, to, recreated_types);

    // dependents_of[referenced] = [(dependent, column of referenced or None, column of dependent or None)]
    type Dependents<'e> = Vec<(u32, &'e Option<Text>, &'e Option<Text>)>;
    let mut dependents_of: Vec<Dependents> = vec![vec![]; graph.ids.len()];
    for edge in &graph.edges {
        dependents_of[edge.referenced as usize].push((
            edge.dependent,
            &edge.dependency.referenced.column,
            &edge.dependency.dependent.column,
        ));
    }

    let mut recreate: BTreeSet<ObjectId> = kinds::constraint::indexes_of_replaced(from, to)
        .into_iter()
        .collect();
    let mut defaults = BTreeSet::new();
    let index_of: FastMap<&ObjectId, u32> = (0..).zip(&graph.ids).map(|(i, id)| (id, i)).collect();
    let index_of = |id: &ObjectId| index_of.get(id).copied();
    // (object, the column that changed or None for the whole object, whether that column is
    // dropped); objects no edge names have no dependents to visit.
    let mut queue: VecDeque<(u32, Option<Text>, bool)> = whole
        .iter()
        .filter_map(index_of)
        .map(|i| (i, None, true))
        .collect();
    queue.extend(columns.into_iter().filter_map(|c| {
        let table = index_of(&c.table)?;
        Some((table, Some(c.column), c.dropped))
    }));
    while let Some((index, column, dropped)) = queue.pop_front() {
        for &(dependent_index, on_column, dependent_column) in &dependents_of[index as usize] {
            let dependent = graph.id(dependent_index);
            // A changed column breaks only what uses that column, and PostgreSQL rebuilds the
            // indexes and constraints on a column whose type changes by itself.
            let rebuilt_by_server =
                !dropped && matches!(dependent.kind, ObjectKind::Index | ObjectKind::Constraint);
            if column.is_some() && (on_column != &column || rebuilt_by_server) {
                continue;
            }
            if dependent.kind == ObjectKind::Table
                && column.is_none()
                && in_target.contains(dependent)
            {
                // A column default using something replaced: the table stays, the default is reset.
                if let Some(c) = dependent_column {
                    defaults.insert((dependent.clone(), c.clone(), graph.id(index).clone()));
                }
                continue;
            }
            if !recreatable(dependent.kind) || !in_target.contains(dependent) {
                continue;
            }
            if recreate.insert(dependent.clone()) {
                queue.push_back((dependent_index, None, true));
            }
        }
    }
    Recreation {
        objects: recreate,
        defaults,
    }
}
