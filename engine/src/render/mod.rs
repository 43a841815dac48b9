//! The last stage: the planned steps, in order, become the [`Migration`]: its statements and the
//! change list that groups them by object. For review, a [`Report`] adds what the drop guard made
//! of it (`report.rs`, the document `--format json` prints), and its plan shows it to a person
//! (`review.rs`, `--format plan` and `markdown`).
//!
//! **Layer rule:** `render` uses `core` and `model` only (checked by `tests::layers`).

pub(crate) mod migration;
mod online;
pub(crate) mod report;
pub(crate) mod review;

use std::collections::BTreeMap;

use crate::core::{Action, ObjectId, Online, Step};

pub use migration::{Change, Definition, Migration, Statement};
pub use report::{
    report_json_schema, Report, ReportFormat, ReportStatement, Status, REPORT_FORMAT,
    REPORT_VERSION,
};
pub use review::PlanStyle;

/// The migration of `steps` taken in `order` (indexes into `steps`), with `warnings`; altered
/// and replaced objects are shown `before` and `after` by `describe`. An `online` migration gets
/// its time limits first, its transactions spelled out and its after-commit statements last
/// ([`online`]).
pub(crate) fn migration(
    steps: &[Step],
    order: &[usize],
    mut warnings: Vec<String>,
    online: Option<&Online>,
    describe: impl Fn(&ObjectId) -> (Option<Definition>, Option<Definition>),
) -> Migration {
    let mut statements = Vec::with_capacity(order.len());
    let mut changes: Vec<Change> = vec![];
    let mut change_of: BTreeMap<&ObjectId, usize> = BTreeMap::new();
    let mut blocks = online.map(|settings| online::Blocks::new(settings, order.is_empty()));
    let order = online::after_commit_last(steps, order, online.is_some());
    for &index in &order {
        let step = &steps[index];
        if let Some(blocks) = &mut blocks {
            blocks.before(step.placement, &mut statements);
        }
        let position = statements.len();
        statements.push(Statement {
            sql: step.sql.clone(),
            destructive: step.destructive,
            hazards: step.hazards.clone(),
            setting: step.object.setting.then(|| step.object.key.clone()),
            placement: step.placement,
        });
        // A setting is no object: its statement belongs to no change.
        if step.object.setting {
            continue;
        }
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
    if let Some(blocks) = blocks {
        blocks.finish(&mut statements);
        warnings.extend(online::long_locks(&statements));
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
