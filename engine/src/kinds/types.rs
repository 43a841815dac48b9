//! User-defined types: enums, domains, composite types and range types.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::{qualified, quote_ident, quote_literal};
use crate::core::Context;
use crate::core::Matching;
use crate::core::{Action, Hazard};
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::core::Identify;
use crate::core::Recreated;
use crate::model::*;

impl Enum {
    pub(crate) fn create_sql(&self) -> String {
        let labels: Vec<String> = self.labels.iter().map(|l| quote_literal(l)).collect();
        format!(
            "create type {} as enum ({});",
            self.key(),
            labels.join(", ")
        )
    }

    /// `ALTER TYPE ... ADD VALUE` statements turning `before` into `self`, or `None` when labels
    /// were removed or reordered, which only recreating the type can do.
    pub(crate) fn add_value_statements(&self, before: &Enum) -> Option<Vec<String>> {
        let mut remaining = before.labels.iter().peekable();
        for label in &self.labels {
            if remaining.peek() == Some(&label) {
                remaining.next();
            }
        }
        if remaining.next().is_some() || before.labels.iter().any(|l| !self.labels.contains(l)) {
            return None;
        }
        let mut statements = vec![];
        for (i, label) in self.labels.iter().enumerate() {
            if before.labels.contains(label) {
                continue;
            }
            // Place each new label before the next old one; at the end, append.
            let next_old = self.labels[i + 1..]
                .iter()
                .find(|l| before.labels.contains(l));
            let position = match next_old {
                Some(next) => format!(" before {}", quote_literal(next)),
                None => String::new(),
            };
            statements.push(format!(
                "alter type {} add value {}{};",
                self.key(),
                quote_literal(label),
                position
            ));
        }
        Some(statements)
    }
}

/// Types that must be dropped and created again, so their dependents must be too.
pub(crate) fn replaced(matched: &Matching, r: &Recreated) -> Vec<ObjectId> {
    let mut ids = vec![];
    ids.extend(r.enums.iter().map(|e| e.id()));
    ids.extend(r.domains.iter().map(|(x, _)| x.id()));
    ids.extend(r.composites.iter().map(|(_, x)| x.id()));
    let d = matched.range_types.differences(range_definition_eq);
    ids.extend(d.modified.iter().map(|(_, _, x)| x.id()));
    ids
}

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

impl CompositeAttribute {
    /// Equal but for the comment, which comment.rs migrates on its own.
    pub(crate) fn same_definition(&self, other: &CompositeAttribute) -> bool {
        let CompositeAttribute {
            name,
            type_name,
            type_ref,
            collation,
            comment: _,
        } = self;
        *name == other.name
            && *type_name == other.type_name
            && *type_ref == other.type_ref
            && *collation == other.collation
    }
}

impl CompositeType {
    pub(crate) fn create_sql(&self) -> String {
        let attributes: Vec<String> = self.attributes.iter().map(attribute_sql).collect();
        format!("create type {} as ({});", self.key(), attributes.join(", "))
    }
}

fn attribute_sql(a: &CompositeAttribute) -> String {
    let mut sql = format!("{} {}", quote_ident(&a.name), a.type_name);
    if let Some(collation) = &a.collation {
        sql.push_str(&format!(
            " collate {}",
            qualified(&collation.schema, &collation.name)
        ));
    }
    sql
}

impl RangeType {
    fn create_sql(&self) -> String {
        let mut options = vec![format!("subtype = {}", self.subtype)];
        if let Some(opclass) = &self.subtype_opclass {
            options.push(format!("subtype_opclass = {opclass}"));
        }
        if let Some(collation) = &self.collation {
            options.push(format!(
                "collation = {}",
                qualified(&collation.schema, &collation.name)
            ));
        }
        if let Some(canonical) = &self.canonical {
            options.push(format!("canonical = {canonical}"));
        }
        if let Some(diff) = &self.subtype_diff {
            options.push(format!("subtype_diff = {diff}"));
        }
        if let Some(multirange) = &self.multirange_name {
            options.push(format!(
                "multirange_type_name = {}",
                qualified(&self.schema, multirange)
            ));
        }
        format!(
            "create type {} as range ({});",
            self.key(),
            options.join(", ")
        )
    }
}

fn range_definition_eq(a: &RangeType, b: &RangeType) -> bool {
    let RangeType {
        schema: _,
        name: _,
        owner: _,
        subtype,
        subtype_opclass,
        collation,
        canonical,
        subtype_diff,
        multirange_name,
        comment: _,
        privileges: _,
    } = a;
    *subtype == b.subtype
        && *subtype_opclass == b.subtype_opclass
        && *collation == b.collation
        && *canonical == b.canonical
        && *subtype_diff == b.subtype_diff
        && *multirange_name == b.multirange_name
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    diff_enums(cx, out);
    diff_domains(cx, out);
    diff_composites(cx, out);
    diff_ranges(cx, out);
}

fn diff_enums(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.enums.differences(|a, b| a.labels == b.labels);
    for (_, e) in &d.added {
        out.push(Step::new(
            Phase::CreateTypes,
            e.id(),
            StepAction::Create,
            Action::Create,
            e.create_sql(),
        ));
    }
    for (key, before, after) in &d.modified {
        // Recreated enums are handled with the tables whose columns they move (see table.rs).
        if cx.recreated_types.enums.iter().any(|e| e.key() == *key) {
            continue;
        }
        if let Some(statements) = after.add_value_statements(before) {
            for sql in statements {
                out.push(
                    Step::new(
                        Phase::CreateTypes,
                        after.id(),
                        StepAction::Alter,
                        Action::Alter,
                        sql,
                    )
                    .hazard(Hazard::EnumValueNotUsableInTransaction),
                );
            }
        }
    }
    for (key, e) in &d.removed {
        out.push(drop_type(e.id(), format!("drop type {key};")));
    }
}

fn drop_type(id: ObjectId, sql: String) -> Step {
    Step::new(Phase::DropTypes, id, StepAction::Drop, Action::Drop, sql).hazard(Hazard::DropsObject)
}

fn diff_domains(cx: &Context, out: &mut Vec<Step>) {
    let recreated: Vec<String> = cx
        .recreated_types
        .domains
        .iter()
        .map(|(x, _)| x.key())
        .collect();
    let d = cx.matched.domains.differences(domain_definition_eq);
    for (_, x) in &d.added {
        out.push(Step::new(
            Phase::CreateTypes,
            x.id(),
            StepAction::Create,
            Action::Create,
            x.create_sql(),
        ));
    }
    for (key, before, after) in &d.modified {
        // Recreated domains are handled with the tables whose columns they move (see table.rs).
        if recreated.contains(&after.key()) {
            continue;
        }
        if cx.must_recreate(&after.id()) {
            out.push(
                Step::new(
                    Phase::DropSelectables,
                    after.id(),
                    StepAction::Drop,
                    Action::Replace,
                    format!("drop domain {key};"),
                )
                .hazard(Hazard::DropsObject),
            );
            out.push(Step::new(
                Phase::DropSelectables,
                after.id(),
                StepAction::Create,
                Action::Replace,
                after.create_sql(),
            ));
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
                out.push(alter("set not null".to_string(), false).hazard(Hazard::ScansTable));
            } else {
                out.push(alter("drop not null".to_string(), true));
            }
        }
        for check in &after.checks {
            if !before.checks.iter().any(|c| c.same_definition(check)) {
                out.push(alter(
                    format!(
                        "add constraint {} {}",
                        quote_ident(&check.name),
                        check.definition
                    ),
                    false,
                ));
            }
        }
    }
    for (key, x) in &d.removed {
        out.push(drop_type(x.id(), format!("drop domain {key};")));
    }
}

fn diff_composites(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.composite_types.differences(|a, b| {
        a.attributes.len() == b.attributes.len()
            && a.attributes
                .iter()
                .zip(&b.attributes)
                .all(|(x, y)| x.same_definition(y))
    });
    for (_, x) in &d.added {
        out.push(Step::new(
            Phase::CreateTypes,
            x.id(),
            StepAction::Create,
            Action::Create,
            x.create_sql(),
        ));
    }
    let recreated: Vec<String> = cx
        .recreated_types
        .composites
        .iter()
        .map(|(_, x)| x.key())
        .collect();
    for (key, before, after) in &d.modified {
        // Recreated types are handled with the tables whose columns they move (see table.rs).
        if recreated.contains(key) {
            continue;
        }
        let mut clauses = vec![];
        for a in &before.attributes {
            if !after.attributes.iter().any(|b| b.name == a.name) {
                clauses.push((format!("drop attribute {}", quote_ident(&a.name)), true));
            }
        }
        for b in &after.attributes {
            match before.attributes.iter().find(|a| a.name == b.name) {
                None => clauses.push((format!("add attribute {}", attribute_sql(b)), false)),
                Some(a) if !a.same_definition(b) => {
                    let mut clause = format!(
                        "alter attribute {} set data type {}",
                        quote_ident(&b.name),
                        b.type_name
                    );
                    if let Some(collation) = &b.collation {
                        clause.push_str(&format!(
                            " collate {}",
                            qualified(&collation.schema, &collation.name)
                        ));
                    }
                    clauses.push((clause, true));
                }
                Some(_) => {}
            }
        }
        for (clause, destructive) in clauses {
            out.push(
                Step::new(
                    Phase::CreateTypes,
                    after.id(),
                    StepAction::Alter,
                    Action::Alter,
                    format!("alter type {key} {clause};"),
                )
                .destructive(destructive),
            );
        }
    }
    for (key, x) in &d.removed {
        out.push(drop_type(x.id(), format!("drop type {key};")));
    }
}

fn diff_ranges(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.range_types.differences(range_definition_eq);
    for (_, x) in &d.added {
        out.push(Step::new(
            Phase::CreateTypes,
            x.id(),
            StepAction::Create,
            Action::Create,
            x.create_sql(),
        ));
    }
    for (key, _, after) in &d.modified {
        out.push(
            Step::new(
                Phase::DropSelectables,
                after.id(),
                StepAction::Drop,
                Action::Replace,
                format!("drop type {key};"),
            )
            .hazard(Hazard::DropsObject),
        );
        out.push(Step::new(
            Phase::DropSelectables,
            after.id(),
            StepAction::Create,
            Action::Replace,
            after.create_sql(),
        ));
    }
    for (key, x) in &d.removed {
        out.push(drop_type(x.id(), format!("drop type {key};")));
    }
}

crate::core::object::catalog_object!(Enum, comment: "type", grant: "type", public: Some("USAGE"));
crate::core::object::catalog_object!(Domain, comment: "domain", grant: "domain", public: Some("USAGE"));
crate::core::object::catalog_object!(CompositeType, comment: "type", grant: "type", public: Some("USAGE"));
crate::core::object::catalog_object!(RangeType, comment: "type", grant: "type", public: Some("USAGE"));
