//! Enum types (`pg_type` typtype `e`): created with their labels, gaining labels in place
//! (`ALTER TYPE ... ADD VALUE`), dropped. Enums that lose or reorder labels, or gain one the
//! target already uses, are recreated under their columns (`concerns/type_recreation.rs`).

use crate::core::sql::quote_literal;
use crate::core::{Action, Context, Hazard, Identify, Phase, Step, StepAction};
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

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.enums.differences(|a, b| a.labels == b.labels);
    for (_, e) in &d.added {
        out.push(Step::create(e.id(), e.create_sql()));
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
        out.push(Step::drop(e.id(), format!("drop type {key};")).hazard(Hazard::DropsObject));
    }
}

crate::core::object::catalog_object!(Enum, comment: "type", grant: "type", public: Some("USAGE"), owner: "type");
