//! Triggers on tables and views (`pg_trigger`, user triggers only) and event triggers (`pg_event_trigger`).
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::{qualified, quote_ident, quote_literal};
use crate::core::Context;
use crate::core::{Action, Hazard};
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::core::Identify;
use crate::model::*;

impl Trigger {
    fn create_steps(&self, change: Action) -> Vec<Step> {
        let mut steps = vec![Step::new(
            Phase::CreateTriggers,
            self.id(),
            StepAction::Create,
            change,
            format!("{};", self.definition),
        )
        .requires(ObjectId::of(
            ObjectKind::Function,
            IdentityFields {
                schema: &self.function_schema,
                name: &self.function_name,
                ..IdentityFields::default()
            },
        ))];
        let state = match self.enabled.as_str() {
            "disabled" => Some("disable trigger"),
            "replica" => Some("enable replica trigger"),
            "always" => Some("enable always trigger"),
            _ => None,
        };
        if let Some(state) = state {
            steps.push(Step::new(
                Phase::CreateTriggers,
                self.id(),
                StepAction::Attach,
                change,
                format!(
                    "alter table {} {state} {};",
                    qualified(&self.schema, &self.table),
                    quote_ident(&self.name)
                ),
            ));
        }
        steps
    }
}

impl EventTrigger {
    fn create_steps(&self) -> Vec<Step> {
        let mut sql = format!("create event trigger {} on {}", self.key(), self.event);
        if !self.tags.is_empty() {
            let tags: Vec<String> = self.tags.iter().map(|t| quote_literal(t)).collect();
            sql.push_str(&format!(" when tag in ({})", tags.join(", ")));
        }
        sql.push_str(&format!(
            " execute function {}();",
            qualified(&self.function_schema, &self.function_name)
        ));
        let mut steps = vec![Step::create(self.id(), sql)];
        let state = match self.enabled.as_str() {
            "disabled" => Some("disable"),
            "replica" => Some("enable replica"),
            "always" => Some("enable always"),
            _ => None,
        };
        if let Some(state) = state {
            steps.push(Step::new(
                Phase::CreateEventTriggers,
                self.id(),
                StepAction::Attach,
                Action::Create,
                format!("alter event trigger {} {state};", self.key()),
            ));
        }
        steps
    }
}

fn trigger_eq(a: &Trigger, b: &Trigger) -> bool {
    let Trigger {
        schema: _,
        table: _,
        name: _,
        definition,
        enabled,
        constraint_trigger,
        function_schema,
        function_name,
        comment: _,
    } = a;
    *definition == b.definition
        && *enabled == b.enabled
        && *constraint_trigger == b.constraint_trigger
        && *function_schema == b.function_schema
        && *function_name == b.function_name
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx
        .matched
        .triggers
        .differences(|a, b| trigger_eq(a, b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    let drop = |t: &Trigger, change: Action| {
        Step::new(
            Phase::DropTriggers,
            t.id(),
            StepAction::Drop,
            change,
            format!(
                "drop trigger if exists {} on {};",
                quote_ident(&t.name),
                qualified(&t.schema, &t.table)
            ),
        )
        .hazard(Hazard::DropsObject)
    };
    for (_, t) in &d.removed {
        out.push(drop(t, Action::Drop));
    }
    for (_, before, _) in &d.modified {
        out.push(drop(before, Action::Replace));
    }
    for (_, t) in &d.added {
        out.extend(t.create_steps(Action::Create));
    }
    for (_, _, after) in &d.modified {
        out.extend(after.create_steps(Action::Replace));
    }

    let d = cx.matched.event_triggers.differences(|a, b| {
        a.event == b.event
            && a.tags == b.tags
            && a.function_schema == b.function_schema
            && a.function_name == b.function_name
            && a.enabled == b.enabled
    });
    for (key, t) in d
        .removed
        .iter()
        .map(|(k, t)| (k, *t))
        .chain(d.modified.iter().map(|(k, t, _)| (k, *t)))
    {
        out.push(
            Step::drop(t.id(), format!("drop event trigger if exists {key};"))
                .hazard(Hazard::DropsObject),
        );
    }
    for t in d
        .added
        .iter()
        .map(|(_, t)| *t)
        .chain(d.modified.iter().map(|(_, _, t)| *t))
    {
        out.extend(t.create_steps());
    }
}

impl crate::core::object::CatalogObject for Trigger {
    fn comment_target(&self) -> String {
        format!(
            "trigger {} on {}",
            quote_ident(&self.name),
            qualified(&self.schema, &self.table)
        )
    }
    fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }
    fn describe(&self) -> crate::core::object::Description {
        crate::core::object::describe(self)
    }
}

crate::core::object::catalog_object!(EventTrigger, comment: "event trigger", owner: "event trigger");
