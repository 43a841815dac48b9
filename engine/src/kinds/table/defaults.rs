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
    // What TARGET's default of each reset column uses (a column default depends as its table,
    // with the column set): the new default is set once those exist. One pass over the
    // dependencies for all reset columns, which are few.
    let mut uses: std::collections::BTreeMap<(ObjectId, &str), Vec<ObjectId>> =
        std::collections::BTreeMap::new();
    for dependency in &cx.to.dependencies {
        let dependent = &dependency.dependent;
        let Some(column) = dependent.column.as_deref() else {
            continue;
        };
        if dependent.kind != ObjectKind::Table
            || !by_column.keys().any(|(_, c)| c.as_str() == column)
        {
            continue;
        }
        let table_id = object_id(dependent);
        if by_column.contains_key(&(&table_id, &Text::from(column))) {
            uses.entry((table_id, column))
                .or_default()
                .push(object_id(&dependency.referenced));
        }
    }
    for ((table_id, column_name), replaced) in by_column {
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
        for object in uses
            .get(&(table_id.clone(), column_name.as_str()))
            .into_iter()
            .flatten()
        {
            set = set.requires(object.clone());
        }
        out.push(set);
    }
    reset
}
