//! Extended statistics (`pg_statistic_ext`).
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.
//! A changed definition (columns, expressions, kinds, table: all in `definition`) drops the object and creates it
//! again; a changed statistics target alone is `ALTER STATISTICS ... SET STATISTICS`.

use crate::core::{Action, Context, Hazard, Identify};
use crate::core::{Phase, Step, StepAction};
use crate::model::*;

impl Statistics {
    fn drop_step(&self, change: Action) -> Step {
        Step::new(
            Phase::DropStatistics,
            self.id(),
            StepAction::Drop,
            change,
            format!("drop statistics if exists {};", self.key()),
        )
        .hazard(Hazard::DropsObject)
    }

    /// `SET STATISTICS` to the object's target, -1 for the default (every major takes it).
    fn target_step(&self, action: StepAction, change: Action) -> Step {
        Step::new(
            Phase::CreateStatistics,
            self.id(),
            action,
            change,
            format!(
                "alter statistics {} set statistics {};",
                self.key(),
                self.statistics_target.unwrap_or(-1)
            ),
        )
    }

    fn create_steps(&self, change: Action) -> Vec<Step> {
        let mut steps = vec![Step::new(
            Phase::CreateStatistics,
            self.id(),
            StepAction::Create,
            change,
            format!("{};", self.definition),
        )];
        if self.statistics_target.is_some() {
            steps.push(self.target_step(StepAction::Attach, change));
        }
        steps
    }
}

/// Whether two statistics objects of the same identity are defined alike; the target is altered
/// in place.
fn definition_eq(a: &Statistics, b: &Statistics) -> bool {
    let Statistics {
        schema: _,
        name: _,
        definition,
        statistics_target: _,
        owner: _,
        comment: _,
    } = a;
    *definition == b.definition
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.statistics.differences(|a, b| {
        definition_eq(a, b)
            && a.statistics_target == b.statistics_target
            && !cx.must_recreate_unchanged(&b.name, || b.id())
    });
    let replaced = |before: &Statistics, after: &Statistics| {
        !definition_eq(before, after) || cx.must_recreate(&after.id())
    };
    for (_, s) in &d.removed {
        out.push(s.drop_step(Action::Drop));
    }
    for (_, before, after) in &d.modified {
        if replaced(before, after) {
            out.push(before.drop_step(Action::Replace));
        }
    }
    for (_, s) in &d.added {
        out.extend(s.create_steps(Action::Create));
    }
    for (_, before, after) in &d.modified {
        if replaced(before, after) {
            out.extend(after.create_steps(Action::Replace));
        } else {
            out.push(after.target_step(StepAction::Alter, Action::Alter));
        }
    }
}

crate::core::object::catalog_object!(Statistics, comment: "statistics", owner: "statistics");
