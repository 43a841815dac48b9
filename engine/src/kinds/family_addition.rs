//! Members users added to operator families they do not own (`alter operator family
//! pg_catalog.integer_ops using btree add function 1 (integer, bigint) s.cmp(...)`): added and
//! dropped in place. A member stands on its operator or function: it is dropped before that is
//! dropped, added after it is created, and dropped and added again around its replacement.
//! Runs after the kinds that drop operators and functions, whose steps it reads.

use crate::core::object_id;
use crate::core::sql::quote_ident;
use crate::core::{differences, Action, Context, ObjectId, Phase, Step, StepAction};
use crate::model::*;

impl FamilyAddition {
    /// The family's identity, which the steps hang off: it has none of its own.
    fn family_id(&self) -> ObjectId {
        ObjectId::of(
            ObjectKind::OperatorFamily,
            IdentityFields {
                schema: &self.family_schema,
                name: &self.family,
                args: &self.access_method,
                ..IdentityFields::default()
            },
        )
    }

    fn alter_sql(&self) -> String {
        format!(
            "alter operator family {}.{} using {}",
            quote_ident(&self.family_schema),
            quote_ident(&self.family),
            quote_ident(&self.access_method)
        )
    }

    fn drop_step(&self, change: Action) -> Step {
        Step::new(
            Phase::DropTriggers,
            self.family_id(),
            StepAction::Alter,
            change,
            format!("{} drop {};", self.alter_sql(), self.name),
        )
        .destructive(true)
        .ahead_of_drop(object_id(&self.uses))
    }

    fn add_step(&self, change: Action) -> Step {
        Step::new(
            Phase::CreateCasts,
            self.family_id(),
            StepAction::Alter,
            change,
            format!("{} add {};", self.alter_sql(), self.definition),
        )
        .requires(object_id(&self.uses))
    }
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    if cx.from.family_additions.is_empty() && cx.to.family_additions.is_empty() {
        return;
    }
    // The operators and functions this migration drops (removed or replaced).
    let dropped: std::collections::BTreeSet<&ObjectId> = out
        .iter()
        .filter(|s| s.action == StepAction::Drop)
        .map(|s| &s.object)
        .collect();
    let key = |a: &FamilyAddition| {
        format!(
            "{}\0{}\0{}\0{}",
            a.family_schema, a.family, a.access_method, a.name
        )
    };
    let d = differences(
        &cx.from.family_additions,
        &cx.to.family_additions,
        key,
        |a, b| a == b && !dropped.contains(&object_id(&a.uses)),
    );
    let mut steps = vec![];
    for (_, a) in &d.removed {
        steps.push(a.drop_step(Action::Drop));
    }
    for (_, before, after) in &d.modified {
        steps.push(before.drop_step(Action::Replace));
        steps.push(after.add_step(Action::Replace));
    }
    for (_, a) in &d.added {
        steps.push(a.add_step(Action::Create));
    }
    out.extend(steps);
}
