//! Which objects must be dropped and created again because something they depend on is replaced,
//! dropped, or reshaped (a column's type changes or the column goes away). Transitive: a view on a
//! view on a changed column is recreated too.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use crate::catalog::Catalog;
use crate::kinds::{self, ObjectKind};
use crate::plan::{Edge, ObjectId};

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
    pub defaults: BTreeSet<(ObjectId, String, ObjectId)>,
}

/// `edges` are the source catalog's, as [`super::object_edges`] gives them.
pub(crate) fn to_recreate(from: &Catalog, to: &Catalog, edges: &[Edge]) -> Recreation {
    // Membership only: hashed, and the result does not depend on the order of the walk below.
    let in_target: HashSet<ObjectId> = kinds::all_ids(to).into_iter().collect();
    let in_source: HashSet<ObjectId> = kinds::all_ids(from).into_iter().collect();

    // Seeds: whole objects that go away or are replaced, and single columns that are reshaped.
    let mut whole: Vec<ObjectId> = in_source.difference(&in_target).cloned().collect();
    whole.extend(kinds::view::replaced(from, to));
    whole.extend(kinds::function::replaced(from, to));
    whole.extend(kinds::types::replaced(from, to));
    whole.extend(kinds::table::replaced(from, to));
    let columns = kinds::table::reshaped_columns(from, to);

    // dependents_of[referenced] = [(dependent, column of referenced or None, column of dependent or None)]
    type Dependents<'e> = Vec<(&'e ObjectId, &'e Option<String>, &'e Option<String>)>;
    let mut dependents_of: HashMap<&ObjectId, Dependents> = HashMap::new();
    for edge in edges {
        dependents_of.entry(&edge.referenced).or_default().push((
            &edge.dependent,
            &edge.dependency.referenced.column,
            &edge.dependency.dependent.column,
        ));
    }

    let mut recreate: BTreeSet<ObjectId> = kinds::constraint::indexes_of_replaced(from, to)
        .into_iter()
        .collect();
    let mut defaults = BTreeSet::new();
    // (object, the column that changed or None for the whole object, whether that column is dropped)
    let mut queue: VecDeque<(ObjectId, Option<String>, bool)> =
        whole.into_iter().map(|id| (id, None, true)).collect();
    queue.extend(
        columns
            .into_iter()
            .map(|c| (c.table, Some(c.column), c.dropped)),
    );
    while let Some((id, column, dropped)) = queue.pop_front() {
        let Some(list) = dependents_of.get(&id) else {
            continue;
        };
        for &(dependent, on_column, dependent_column) in list {
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
                    defaults.insert((dependent.clone(), c.clone(), id.clone()));
                }
                continue;
            }
            if !recreatable(dependent.kind) || !in_target.contains(dependent) {
                continue;
            }
            if recreate.insert(dependent.clone()) {
                queue.push_back((dependent.clone(), None, true));
            }
        }
    }
    Recreation {
        objects: recreate,
        defaults,
    }
}
