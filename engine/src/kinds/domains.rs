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

/// Whether a column of a table that exists before the migration holds values of the domain, or
/// of a domain over it: what a new check or NOT NULL of the domain is checked against, scanning
/// those tables, and can fail on. A domain no column uses scans nothing.
fn in_use(cx: &Context, domain: &Domain) -> bool {
    let mut types: Vec<(&str, &str)> = vec![(&domain.schema, &domain.name)];
    let mut i = 0;
    while let Some(&(schema, name)) = types.get(i) {
        for over in &cx.from.domains {
            let over_it = over
                .base_type_ref
                .as_ref()
                .is_some_and(|r| r.schema == schema && r.name == name);
            if over_it && !types.contains(&(&over.schema, &over.name)) {
                types.push((&over.schema, &over.name));
            }
        }
        i += 1;
    }
    cx.from.tables.iter().flat_map(|t| &t.columns).any(|c| {
        c.type_ref
            .as_ref()
            .is_some_and(|r| types.contains(&(&r.schema, &r.name)))
    })
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
        let checked = |step: Step| {
            if in_use(cx, after) {
                step.hazard(Hazard::ScansTable)
                    .hazard(Hazard::MayFailOnExistingRows)
            } else {
                step
            }
        };
        if before.not_null != after.not_null {
            if after.not_null {
                out.push(checked(alter("set not null".to_string(), false)));
            } else {
                out.push(alter("drop not null".to_string(), true));
            }
        }
        for check in &after.checks {
            if !before.checks.iter().any(|c| c.same_definition(check)) {
                // Checked against every column of the domain's type, as a validated constraint.
                out.push(checked(alter(
                    format!(
                        "add constraint {} {}",
                        quote_ident(&check.name),
                        check.definition
                    ),
                    false,
                )));
            }
        }
    }
    for (key, x) in &d.removed {
        out.push(Step::drop(x.id(), format!("drop domain {key};")).hazard(Hazard::DropsObject));
    }
}

crate::core::object::catalog_object!(Domain, comment: "domain", grant: "domain", public: Some("USAGE"), owner: "domain");
