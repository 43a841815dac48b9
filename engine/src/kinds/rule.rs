//! Rewrite rules (`pg_rewrite`) on tables and views, but for views' `_RETURN` rules.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.
//! A changed definition drops the rule and creates it again; a changed firing state alone
//! (`ENABLE`/`DISABLE RULE`, tables only) is altered in place.

use crate::core::sql::{qualified, quote_ident};
use crate::core::{Action, Context, Hazard, Identify};
use crate::core::{Phase, Step, StepAction};
use crate::model::*;

impl Rule {
    fn on(&self) -> String {
        format!(
            "{} on {}",
            quote_ident(&self.name),
            qualified(&self.schema, &self.table)
        )
    }

    fn drop_step(&self, change: Action) -> Step {
        Step::new(
            Phase::DropRules,
            self.id(),
            StepAction::Drop,
            change,
            format!("drop rule if exists {};", self.on()),
        )
        .hazard(Hazard::DropsObject)
    }

    /// `ALTER TABLE ... ENABLE/DISABLE RULE` for a state other than the one a rule is created in
    /// (`origin`), or back to it.
    fn state_step(&self, change: Action) -> Step {
        let state = match self.enabled.as_str() {
            "disabled" => "disable rule",
            "replica" => "enable replica rule",
            "always" => "enable always rule",
            _ => "enable rule",
        };
        Step::new(
            Phase::CreateRules,
            self.id(),
            StepAction::Attach,
            change,
            format!(
                "alter table {} {state} {};",
                qualified(&self.schema, &self.table),
                quote_ident(&self.name)
            ),
        )
    }

    fn create_steps(&self, change: Action) -> Vec<Step> {
        let mut steps = vec![Step::new(
            Phase::CreateRules,
            self.id(),
            StepAction::Create,
            change,
            self.definition.to_string(),
        )];
        if self.enabled != "origin" {
            steps.push(self.state_step(change));
        }
        steps
    }
}

/// Whether two rules of the same identity are defined alike; `enabled` is altered in place.
fn definition_eq(a: &Rule, b: &Rule) -> bool {
    let Rule {
        schema: _,
        table: _,
        name: _,
        definition,
        enabled: _,
        comment: _,
    } = a;
    *definition == b.definition
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.rules.differences(|a, b| {
        definition_eq(a, b)
            && a.enabled == b.enabled
            && !cx.must_recreate_unchanged(&b.name, || b.id())
    });
    let replaced = |before: &Rule, after: &Rule| {
        !definition_eq(before, after) || cx.must_recreate(&after.id())
    };
    for (_, r) in &d.removed {
        out.push(r.drop_step(Action::Drop));
    }
    for (_, before, after) in &d.modified {
        if replaced(before, after) {
            out.push(before.drop_step(Action::Replace));
        }
    }
    for (_, r) in &d.added {
        out.extend(r.create_steps(Action::Create));
    }
    for (_, before, after) in &d.modified {
        if replaced(before, after) {
            out.extend(after.create_steps(Action::Replace));
        } else {
            out.push(after.state_step(Action::Alter));
        }
    }
}

impl crate::core::object::CatalogObject for Rule {
    fn comment_target(&self) -> String {
        format!("rule {}", self.on())
    }
    fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }
    fn describe(&self) -> crate::core::object::Description {
        crate::core::object::describe(self)
    }
}
