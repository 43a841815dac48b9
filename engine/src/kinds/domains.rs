//! Domains (`pg_type` typtype `d`): created, altered in place (default, NOT NULL, checks),
//! replaced when something they use is, dropped. A domain whose base type or collation changes,
//! or that lies over a recreated type, is recreated under its columns
//! (`concerns/type_recreation.rs`).

use crate::core::sql::{qualified, quote_ident};
use crate::core::{Action, Context, Hazard, Identify, Phase, Step, StepAction};
use crate::model::*;

impl Domain {
    pub(crate) fn create_sql(&self) -> String {
        let mut sql = format!("create domain {} as {}", self.key(), self.base_type);
        if let Some(collation) = &self.collation {
            sql.push_str(&format!(
                " collate {}",
                qualified(&collation.schema, &collation.name)
            ));
        }
        if let Some(default) = &self.default {
            sql.push_str(&format!(" default {default}"));
        }
        if self.not_null {
            sql.push_str(" not null");
        }
        for check in &self.checks {
            sql.push_str(&format!(
                " constraint {} {}",
                quote_ident(&check.name),
                check.definition
            ));
        }
        sql.push(';');
        sql
    }
}

pub(crate) fn domain_needs_recreate(before: &Domain, after: &Domain) -> bool {
    before.base_type != after.base_type || before.collation != after.collation
}

fn domain_definition_eq(a: &Domain, b: &Domain) -> bool {
    let Domain {
        schema: _,
        name: _,
        owner: _,
        base_type,
        base_type_ref,
        collation,
        default,
        not_null,
        checks,
        comment: _,
        privileges: _,
    } = a;
    *base_type == b.base_type
        && *base_type_ref == b.base_type_ref
        && *collation == b.collation
        && *default == b.default
        && *not_null == b.not_null
        && checks.len() == b.checks.len()
        && checks
            .iter()
            .zip(&b.checks)
            .all(|(x, y)| x.same_definition(y))
}

impl DomainCheck {
    /// Equal but for the comment, which comment.rs migrates on its own.
    pub(crate) fn same_definition(&self, other: &DomainCheck) -> bool {
        let DomainCheck {
            name,
            definition,
            validated,
            comment: _,
        } = self;
        *name == other.name && *definition == other.definition && *validated == other.validated
    }
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let recreated: Vec<String> = cx
        .recreated_types
        .domains
        .iter()
        .map(|(x, _)| x.key())
        .collect();
    let d = cx.matched.domains.differences(domain_definition_eq);
    for (_, x) in &d.added {
        out.push(Step::create(x.id(), x.create_sql()));
    }
    for (key, before, after) in &d.modified {
        // Recreated domains are handled with the tables whose columns they move (see table.rs).
        if recreated.contains(&after.key()) {
            continue;
        }
        if cx.must_recreate(&after.id()) {
            let [drop, create] = Step::replacement(
                Phase::DropSelectables,
                after.id(),
                format!("drop domain {key};"),
                after.create_sql(),
            );
            out.push(drop.hazard(Hazard::DropsObject));
            out.push(create);
            continue;
        }
        let alter = |sql: String, destructive: bool| {
            Step::new(
                Phase::CreateTypes,
                after.id(),
                StepAction::Alter,
                Action::Alter,
                format!("alter domain {key} {sql};"),
            )
            .destructive(destructive)
        };
        for check in &before.checks {
            if !after.checks.iter().any(|c| c.same_definition(check)) {
                out.push(alter(
                    format!("drop constraint {}", quote_ident(&check.name)),
                    true,
                ));
            }
        }
        if before.default != after.default {
            match &after.default {
                Some(default) => out.push(alter(format!("set default {default}"), false)),
                None => out.push(alter("drop default".to_string(), true)),
            }
        }
        if before.not_null != after.not_null {
            if after.not_null {
                out.push(
                    alter("set not null".to_string(), false)
                        .hazard(Hazard::ScansTable)
                        .hazard(Hazard::MayFailOnExistingRows),
                );
            } else {
                out.push(alter("drop not null".to_string(), true));
            }
        }
        for check in &after.checks {
            if !before.checks.iter().any(|c| c.same_definition(check)) {
                // Checked against every column of the domain's type, as a validated constraint.
                out.push(
                    alter(
                        format!(
                            "add constraint {} {}",
                            quote_ident(&check.name),
                            check.definition
                        ),
                        false,
                    )
                    .hazard(Hazard::ScansTable)
                    .hazard(Hazard::MayFailOnExistingRows),
                );
            }
        }
    }
    for (key, x) in &d.removed {
        out.push(Step::drop(x.id(), format!("drop domain {key};")).hazard(Hazard::DropsObject));
    }
}

crate::core::object::catalog_object!(Domain, comment: "domain", grant: "domain", public: Some("USAGE"));
