//! Column defaults that use something replaced (a function, a sequence, a type): dropped
//! before it goes and set again once it is back.

use crate::core::sql::quote_ident;
use crate::core::{Action, Context, Identify, ObjectId, Phase};
use crate::core::{Step, StepAction};
use crate::model::*;

/// Defaults that use a function (or sequence, type) being replaced are dropped before it goes and
/// set again once it is back.
pub(super) fn reset_defaults(
    cx: &Context,
    moved_columns: &[(ObjectId, Text)],
    out: &mut Vec<Step>,
) {
    let mut by_column: std::collections::BTreeMap<(&ObjectId, &Text), Vec<&ObjectId>> =
        std::collections::BTreeMap::new();
    for (table_id, column_name, replaced) in &cx.reset_defaults {
        by_column
            .entry((table_id, column_name))
            .or_default()
            .push(replaced);
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
        let column = quote_ident(column_name);
        out.push(
            Step::new(
                Phase::DropConstraints,
                table.id(),
                StepAction::Drop,
                Action::Alter,
                table.alter(&format!("alter column {column} drop default")),
            )
            .destructive(false),
        );
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
        out.push(set);
    }
}
