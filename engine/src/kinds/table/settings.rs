//! What `ALTER TABLE` sets on a table and its columns beyond their definitions: a column's
//! statistics target, storage, compression and attribute options, and the table's replica
//! identity (but `USING INDEX`, which the index kind sets on its index), and a foreign table's
//! column options.
//!
//! Every statement names the table `ONLY`: PostgreSQL passes these settings down to partitions
//! and inheritance children, and each table's own catalog entry says what it should have, so
//! each is set on its own table, in any order.

use crate::core::foreign_options::alter_options;
use crate::core::sql::quote_ident;
use crate::core::{Action, Context, Identify, Phase, Step, StepAction};
use crate::model::{Column, ColumnSettings, Table, Text};

use super::readd::must_readd_in;

/// The steps that give `after`'s columns their settings, from `before`'s (`None`: a table the
/// migration creates, whose columns start from the defaults).
pub(super) fn column_steps(
    cx: &Context,
    before: Option<&Table>,
    after: &Table,
    change: Action,
) -> Vec<Step> {
    let mut steps = vec![];
    for column in &after.columns {
        // A column dropped and added again starts from the defaults too.
        let old = before
            .and_then(|b| b.columns.iter().find(|c| c.name == column.name))
            .filter(|old| {
                !before.is_some_and(|b| must_readd_in(cx.from, cx.to, b, after, old, column))
            });
        for clause in column_clauses(old, column) {
            steps.push(step(
                after,
                change,
                format!("alter column {} {clause}", quote_ident(&column.name)),
            ));
        }
        let options = |c: Option<&Column>| {
            c.and_then(|c| c.settings.as_deref())
                .map(|s| s.foreign_options.clone())
                .unwrap_or_default()
        };
        if let Some(clauses) = alter_options(&options(old), &options(Some(column))) {
            // Only ALTER FOREIGN TABLE has OPTIONS.
            steps.push(Step::new(
                Phase::Tables,
                after.id(),
                StepAction::Attach,
                change,
                format!(
                    "alter foreign table only {} alter column {}{clauses};",
                    after.key(),
                    quote_ident(&column.name)
                ),
            ));
        }
    }
    steps
}

/// The step that sets the table's replica identity, when it changes to anything but an index.
pub(super) fn replica_identity_step(
    before: Option<&Table>,
    after: &Table,
    change: Action,
) -> Option<Step> {
    let old = before.and_then(|b| b.replica_identity.as_deref());
    let new = after.replica_identity.as_deref();
    if old == new || new == Some("index") {
        return None;
    }
    let identity = new.unwrap_or("default");
    Some(step(after, change, format!("replica identity {identity}")))
}

fn step(table: &Table, change: Action, clause: String) -> Step {
    Step::new(
        Phase::Tables,
        table.id(),
        StepAction::Attach,
        change,
        format!("alter table only {} {clause};", table.key()),
    )
}

/// The `ALTER COLUMN` clauses that take a column from `old`'s settings (none for a new column)
/// to `new`'s. A type change resets storage and compression to the new type's defaults and
/// keeps the statistics target and options, as PostgreSQL does.
fn column_clauses(old: Option<&Column>, new: &Column) -> Vec<String> {
    let none = ColumnSettings::default();
    let type_changed = old.is_some_and(|o| o.type_name != new.type_name);
    let before = old.and_then(|c| c.settings.as_deref()).unwrap_or(&none);
    let after = new.settings.as_deref().unwrap_or(&none);
    let mut clauses = vec![];
    if before.statistics != after.statistics {
        clauses.push(format!("set statistics {}", after.statistics.unwrap_or(-1)));
    }
    let (old_storage, old_compression) = if type_changed {
        (None, None)
    } else {
        (before.storage.as_ref(), before.compression.as_ref())
    };
    if old_storage != after.storage.as_ref() {
        // Back to the type's storage: spelled out, as SET STORAGE DEFAULT is new in 16.
        if let Some(storage) = after.storage.as_ref().or(before.type_storage.as_ref()) {
            clauses.push(format!("set storage {storage}"));
        }
    }
    if old_compression != after.compression.as_ref() {
        let method = after.compression.as_deref().unwrap_or("default");
        clauses.push(format!("set compression {method}"));
    }
    clauses.extend(option_clauses(&before.options, &after.options));
    clauses
}

/// `reset (a, b)` for the `name=value` options `before` has and `after` lacks, then
/// `set (c=1)` for those `after` adds or changes: a table's storage parameters and a column's
/// attribute options alike.
pub(super) fn option_clauses(before: &[Text], after: &[Text]) -> Vec<String> {
    let name = |option: &str| option.split('=').next().unwrap_or(option).to_string();
    let reset: Vec<String> = before
        .iter()
        .map(|o| name(o))
        .filter(|n| !after.iter().any(|o| name(o) == *n))
        .collect();
    let set: Vec<&str> = after
        .iter()
        .filter(|o| !before.contains(o))
        .map(|o| o.as_str())
        .collect();
    let mut clauses = vec![];
    if !reset.is_empty() {
        clauses.push(format!("reset ({})", reset.join(", ")));
    }
    if !set.is_empty() {
        clauses.push(format!("set ({})", set.join(", ")));
    }
    clauses
}
