//! Without `--with-privileges`, no GRANT is printed: an object dropped and created again to
//! replace it (a view over a retyped column, a function whose signature changed) comes back with
//! its kind's default privileges, and whatever was granted on it is gone. Its drop says so with
//! [`Hazard::PrivilegesLost`], so that the loss is not silent.

use crate::core::object::CatalogObject;
use crate::core::{presence, Action, Context, Hazard, Step, StepAction};

/// Marks the drops of replaced objects whose privileges in FROM are not their kind's defaults.
pub(crate) fn mark(cx: &Context, steps: &mut [Step]) {
    if cx.options.with_privileges {
        return;
    }
    // Asked of the few drops, each found by a binary search in FROM's lists, rather than of
    // every object of FROM (an identity formatted for each).
    for step in steps.iter_mut() {
        if step.action != StepAction::Drop {
            continue;
        }
        let replaced = step.change == Action::Replace || cx.must_recreate(&step.object);
        if replaced && presence::find(cx.from, &step.object).is_some_and(granted) {
            step.hazards.push(Hazard::PrivilegesLost);
        }
    }
}

/// Whether `object` holds privileges other than its kind's defaults.
fn granted(object: &dyn CatalogObject) -> bool {
    if object.grant_target().is_none() {
        return false;
    }
    let defaults = object.default_privileges();
    object.privileges().iter().any(|p| !defaults.contains(p))
}
