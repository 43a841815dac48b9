//! Column defaults that use something replaced (a function, a sequence, a type): dropped
//! before it goes and set again once it is back.

use crate::core::sql::quote_ident;
use crate::core::{object_id, Action, Context, Identify, ObjectId, Phase};
use crate::core::{Step, StepAction};
use crate::model::*;

/// Defaults that use a function (or sequence, type) being replaced are dropped before it goes and
/// set again once it is back. Returns the columns reset (table, column).
pub(super) fn reset_defaults(
    cx: &Context,
    moved_columns: &[(ObjectId, Text)],
    out: &mut Vec<Step>,
) -> Vec<(ObjectId, Text)> {
    let mut reset = vec![];
    let mut by_column: std::collections::BTreeMap<(&ObjectId, &Text), Vec<&ObjectId>> =
        std::collections::BTreeMap::new();
    for (table_id, column_name, replaced) in &cx.reset_defaults {
        by_column
            .entry((table_id, column_name))
            .or_default()
            .push(replaced);
    }
    // What TARGET's default of each reset column uses: the new default is set once those exist.
    let columns: Vec<(ObjectId, Text)> = by_column
        .keys()
        .map(|(t, c)| ((*t).clone(), (*c).clone()))
        .collect();
    let uses = default_uses(cx.to, &columns);
    for (((table_id, column_name), replaced), uses) in by_column.into_iter().zip(uses) {
        // Columns moved to a recreated enum have their defaults handled with the move.
        if moved_columns
            .iter()
            .any(|(t, c)| t == table_id && c == column_name)
        {
            continue;
        }
        let Some(table) = cx.to.tables.iter().find(|t| &t.id() == table_id) else {
            continue;
        };
        let before = cx
            .from
            .tables
            .iter()
            .find(|t| &t.id() == table_id)
            .and_then(|t| t.columns.iter().find(|c| &c.name == column_name));
        let after = table.columns.iter().find(|c| &c.name == column_name);
        let (Some(before), Some(after)) = (before, after) else {
            continue;
        };
        let (Some(_), Some(default)) = (&before.default, &after.default) else {
            continue;
        };
        reset.push((table_id.clone(), column_name.clone()));
        let column = quote_ident(column_name);
        // Before what it uses is dropped (the planner's graphs leave the column's edge out,
        // plan/graph.rs `releasing`).
        let mut drop = Step::new(
            Phase::DropConstraints,
            table.id(),
            StepAction::Drop,
            Action::Alter,
            table.alter(&format!("alter column {column} drop default")),
        )
        .destructive(false);
        for object in &replaced {
            drop = drop.ahead_of_drop((*object).clone());
        }
        out.push(drop);
        let mut set = Step::new(
            Phase::CreateSelectables,
            table.id(),
            StepAction::Attach,
            Action::Alter,
            table.alter(&format!("alter column {column} set default {default}")),
        );
        for object in replaced {
            set = set.requires(object.clone());
        }
        // After its own drop default (both are the table's steps, which an attached step is
        // not ordered among), and after what the new default uses is created.
        set = set.after_drop_of(table_id.clone());
        for object in uses {
            set = set.requires(object);
        }
        out.push(set);
    }
    reset
}

/// What the default of each of `columns` (table, column) uses in `catalog`, by its
/// dependencies (a column default depends as its table, with the column set): one pass over
/// them, none when `columns` is empty.
pub(crate) fn default_uses(catalog: &Catalog, columns: &[(ObjectId, Text)]) -> Vec<Vec<ObjectId>> {
    let mut uses = vec![vec![]; columns.len()];
    if columns.is_empty() {
        return uses;
    }
    for dependency in &catalog.dependencies {
        let dependent = &dependency.dependent;
        let Some(column) = dependent.column.as_deref() else {
            continue;
        };
        if dependent.kind != ObjectKind::Table || !columns.iter().any(|(_, c)| c == column) {
            continue;
        }
        let table = object_id(dependent);
        for (at, (t, c)) in columns.iter().enumerate() {
            if c == column && *t == table {
                uses[at].push(object_id(&dependency.referenced));
            }
        }
    }
    uses
}
