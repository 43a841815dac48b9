//! Row-level security policies (`pg_policy`).
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::{qualified, quote_ident};
use crate::core::Context;
use crate::core::{Action, Hazard};
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::core::Identify;
use crate::model::*;

impl Policy {
    /// migra's layout, one clause per line; role names printed as the catalog has them.
    fn create_sql(&self) -> String {
        let roles: Vec<String> = self
            .roles
            .iter()
            .map(|r| {
                if r == "PUBLIC" {
                    "public".to_string()
                } else {
                    quote_ident_role(r)
                }
            })
            .collect();
        let mut sql = format!(
            "create policy {}\non {}\nas {}\nfor {}\nto {}",
            quote_ident(&self.name),
            qualified(&self.schema, &self.table),
            if self.permissive {
                "permissive"
            } else {
                "restrictive"
            },
            self.command.to_lowercase(),
            roles.join(", ")
        );
        if let Some(using) = &self.using {
            sql.push_str(&format!("\nusing ({using})"));
        }
        if let Some(check) = &self.with_check {
            sql.push_str(&format!("\nwith check ({check})"));
        }
        sql.push_str(";\n");
        sql
    }
}

/// Role names as migra prints them in policies: bare when plain lowercase, quoted otherwise.
fn quote_ident_role(role: &str) -> String {
    crate::core::sql::quote_ident_if_needed(role)
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.policies.differences(|a, b| {
        a.command == b.command
            && a.permissive == b.permissive
            && a.roles == b.roles
            && a.using == b.using
            && a.with_check == b.with_check
            && !cx.must_recreate_unchanged(&b.name, || b.id())
    });
    let drop = |p: &Policy, change: Action| {
        Step::new(
            Phase::DropPolicies,
            p.id(),
            StepAction::Drop,
            change,
            format!(
                "drop policy {} on {};",
                quote_ident(&p.name),
                qualified(&p.schema, &p.table)
            ),
        )
        .hazard(Hazard::DropsObject)
    };
    let create = |p: &Policy, change: Action| {
        Step::new(
            Phase::CreatePolicies,
            p.id(),
            StepAction::Create,
            change,
            p.create_sql(),
        )
        .requires(ObjectId::qualified(ObjectKind::Table, &p.schema, &p.table))
    };
    for (_, p) in &d.removed {
        out.push(drop(p, Action::Drop));
    }
    for (_, before, _) in &d.modified {
        out.push(drop(before, Action::Replace));
    }
    for (_, p) in &d.added {
        out.push(create(p, Action::Create));
    }
    for (_, _, after) in &d.modified {
        out.push(create(after, Action::Replace));
    }
}

impl crate::core::object::CatalogObject for Policy {
    fn comment_target(&self) -> String {
        format!(
            "policy {} on {}",
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
