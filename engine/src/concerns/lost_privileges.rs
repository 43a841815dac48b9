//! Without `--with-privileges`, no GRANT is printed: an object dropped and created again to
//! replace it (a view over a retyped column, a function whose signature changed) comes back with
//! its kind's default privileges, and whatever was granted on it is gone. Its drop says so with
//! [`Hazard::PrivilegesLost`], so that the loss is not silent.

use crate::core::object::objects;
use crate::core::{Action, Context, FastSet, Hazard, Identify, ObjectId, Step, StepAction};

/// Marks the drops of replaced objects whose privileges in FROM are not their kind's defaults.
pub(crate) fn mark(cx: &Context, steps: &mut [Step]) {
    if cx.options.with_privileges {
        return;
    }
    let granted: FastSet<ObjectId> = objects(cx.from)
        .into_iter()
        .filter(|o| o.grant_target().is_some() && !o.privileges().is_empty())
        .filter(|o| {
            let defaults = o.default_privileges();
            o.privileges().iter().any(|p| !defaults.contains(p))
        })
        .map(|o| o.id())
        .collect();
    if granted.is_empty() {
        return;
    }
    for step in steps.iter_mut() {
        let replaced = step.change == Action::Replace || cx.must_recreate(&step.object);
        if step.action == StepAction::Drop && replaced && granted.contains(&step.object) {
            step.hazards.push(Hazard::PrivilegesLost);
        }
    }
}
