//! The last stage: the planned steps, in order, become the [`Migration`]: its statements and the
//! change list that groups them by object.
//!
//! **Layer rule:** `render` uses `core` and `model` only (checked by `tests::layers`).

pub(crate) mod migration;

use std::collections::BTreeMap;

use crate::core::{Action, ObjectId, Step};

pub use migration::{Change, Migration, Statement};

/// The migration of `steps` taken in `order` (indexes into `steps`), with `warnings`; altered
/// and replaced objects are shown `before` and `after` by `describe`.
pub(crate) fn migration(
    steps: &[Step],
    order: &[usize],
    warnings: Vec<String>,
    describe: impl Fn(&ObjectId) -> (Option<String>, Option<String>),
) -> Migration {
    let mut statements = Vec::with_capacity(order.len());
    let mut changes: Vec<Change> = vec![];
    let mut change_of: BTreeMap<&ObjectId, usize> = BTreeMap::new();
    for &index in order {
        let step = &steps[index];
        let position = statements.len();
        statements.push(Statement {
            sql: step.sql.clone(),
            destructive: step.destructive,
            hazards: step.hazards.clone(),
        });
        let entry = *change_of.entry(&step.object).or_insert_with(|| {
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
    for (id, &entry) in &change_of {
        let change = &mut changes[entry];
        if matches!(change.action, Action::Alter | Action::Replace) {
            (change.before, change.after) = describe(id);
        }
    }
    Migration {
        statements,
        changes,
        warnings,
    }
}
