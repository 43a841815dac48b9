//! Casts users created (`pg_cast`): created, dropped, and dropped and created again on any
//! change, since PostgreSQL alters no cast.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::qualified;
use crate::core::{Action, Context, Hazard, Identify, ObjectId, Phase, Step, StepAction};
use crate::model::*;

impl Cast {
    fn definition_eq(&self, other: &Cast) -> bool {
        let Cast {
            source: _,
            target: _,
            method,
            function,
            context,
            comment: _,
        } = self;
        *method == other.method && *function == other.function && *context == other.context
    }

    fn create_step(&self, change: Action) -> Step {
        let how = match (self.method, &self.function) {
            (CastMethod::Function, Some(f)) => format!(
                "with function {}({})",
                qualified(&f.schema, &f.name),
                f.identity_arguments
            ),
            (CastMethod::Binary, _) | (CastMethod::Function, None) => {
                "without function".to_string()
            }
            (CastMethod::Inout, _) => "with inout".to_string(),
        };
        let context = match self.context {
            CastContext::Explicit => "",
            CastContext::Assignment => " as assignment",
            CastContext::Implicit => " as implicit",
        };
        let mut step = Step::new(
            Phase::CreateCasts,
            self.id(),
            StepAction::Create,
            change,
            format!("create cast {} {how}{context};", self.key()),
        );
        if let Some(f) = &self.function {
            step = step.requires(ObjectId::of(
                ObjectKind::Function,
                IdentityFields {
                    schema: &f.schema,
                    name: &f.name,
                    args: &f.identity_arguments,
                    ..IdentityFields::default()
                },
            ));
        }
        step
    }

    fn drop_step(&self, change: Action) -> Step {
        Step::new(
            Phase::DropCasts,
            self.id(),
            StepAction::Drop,
            change,
            format!("drop cast if exists {};", self.key()),
        )
        .hazard(Hazard::DropsObject)
    }
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.casts.differences(|a, b| {
        a.definition_eq(b) && !cx.must_recreate_unchanged(&b.source, || b.id())
    });
    for (_, c) in &d.removed {
        out.push(c.drop_step(Action::Drop));
    }
    for (_, before, _) in &d.modified {
        out.push(before.drop_step(Action::Replace));
    }
    for (_, c) in &d.added {
        out.push(c.create_step(Action::Create));
    }
    for (_, _, after) in &d.modified {
        out.push(after.create_step(Action::Replace));
    }
}

crate::core::object::catalog_object!(Cast, comment: "cast");
