//! Composite types (`CREATE TYPE ... AS (...)`): created, altered attribute by attribute, dropped.
//! One whose attribute changes type while a column uses it is recreated under its columns
//! (`concerns/type_recreation.rs`).

use crate::core::sql::{qualified, quote_ident};
use crate::core::{Action, Context, Hazard, Identify, Phase, Step, StepAction};
use crate::model::*;

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

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.composite_types.differences(|a, b| {
        a.attributes.len() == b.attributes.len()
            && a.attributes
                .iter()
                .zip(&b.attributes)
                .all(|(x, y)| x.same_definition(y))
    });
    for (_, x) in &d.added {
        out.push(Step::create(x.id(), x.create_sql()));
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
        out.push(Step::drop(x.id(), format!("drop type {key};")).hazard(Hazard::DropsObject));
    }
}

crate::core::object::catalog_object!(CompositeType, comment: "type", grant: "type", public: Some("USAGE"), owner: "type");
