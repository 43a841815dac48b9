//! Access methods (`pg_am`) and transforms (`pg_transform`).
//!
//! How these kinds are compared, created, dropped and altered; the catalog types are in `model`.
//! PostgreSQL alters no access method: one whose type or handler changes, or whose handler is
//! replaced, is dropped and created again. What depends on it goes and comes back with it:
//! operator families and classes (and the indexes using them) through the dependency graph
//! (`diff/dependents.rs`), and the tables using a table access method, which keep their rows,
//! by moving to `heap` before the drop and back after the creation (`ALTER TABLE ... SET ACCESS
//! METHOD`, PostgreSQL 15 and later; each move rewrites the table). A transform changes in place
//! with `CREATE OR REPLACE TRANSFORM`, which sets both functions; one using a function that is
//! dropped (or dropped and created again) is dropped first and created again.

use crate::core::sql::quote_ident;
use crate::core::{Action, Context, Hazard, Identify, Matching, ObjectId, Phase, Step, StepAction};
use crate::model::*;

/// The first major with `ALTER TABLE ... SET ACCESS METHOD`.
const SET_ACCESS_METHOD_FROM: u32 = 150000;

impl AccessMethod {
    fn definition_eq(&self, other: &AccessMethod) -> bool {
        let AccessMethod {
            name: _,
            method_type,
            handler,
            comment: _,
        } = self;
        *method_type == other.method_type && *handler == other.handler
    }

    fn create_sql(&self) -> String {
        format!(
            "create access method {} type {} handler {};",
            self.key(),
            self.method_type,
            self.handler
        )
    }

    fn drop_sql(&self) -> String {
        format!("drop access method if exists {};", self.key())
    }
}

impl Transform {
    fn definition_eq(&self, other: &Transform) -> bool {
        let Transform {
            data_type: _,
            language: _,
            from_sql,
            to_sql,
            comment: _,
        } = self;
        *from_sql == other.from_sql && *to_sql == other.to_sql
    }

    /// `create [or replace] transform for type language lang (from sql with function f(args),
    /// to sql with function g(args))`.
    fn create_sql(&self, replace: bool) -> String {
        let functions: Vec<String> = [("from", &self.from_sql), ("to", &self.to_sql)]
            .into_iter()
            .filter_map(|(direction, function)| {
                function
                    .as_ref()
                    .map(|f| format!("{direction} sql with function {f}"))
            })
            .collect();
        format!(
            "create {}transform {} ({});",
            if replace { "or replace " } else { "" },
            self.key(),
            functions.join(", ")
        )
    }

    fn drop_sql(&self) -> String {
        format!("drop transform if exists {};", self.key())
    }
}

/// The access methods dropped and created again because they changed: what depends on them
/// (operator families and classes) is recreated with them.
pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let d = matched
        .access_methods
        .differences(|a, b| a.definition_eq(b));
    d.modified.iter().map(|(_, _, a)| a.id()).collect()
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>, warnings: &mut Vec<String>) {
    let d = cx
        .matched
        .access_methods
        .differences(|a, b| a.definition_eq(b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    for (_, a) in &d.removed {
        out.push(Step::drop(a.id(), a.drop_sql()).hazard(Hazard::DropsObject));
    }
    for (_, before, after) in &d.modified {
        // The tables kept on it in both catalogs move to heap and back around it. The moves are
        // the access method's own steps, kept in generation order around its drop and creation:
        // as the table's, they would follow the creation of the access method the table needs
        // in the target, which follows the drop that waits for them.
        let tables = if before.method_type == "table" && after.method_type == "table" {
            tables_on(cx, &after.name)
        } else {
            vec![]
        };
        if !tables.is_empty() && cx.from.server_version_num < SET_ACCESS_METHOD_FROM {
            warnings.push(format!(
                "access method {} is dropped and created again, but its tables ({}) cannot be \
                 moved off it before PostgreSQL 15 (ALTER TABLE ... SET ACCESS METHOD): the drop \
                 fails until they are dropped or moved by hand",
                after.key(),
                tables.join(", ")
            ));
        }
        let step = |phase, action, sql| Step::new(phase, after.id(), action, Action::Replace, sql);
        for table in &tables {
            out.push(
                step(
                    Phase::DropAccessMethods,
                    StepAction::Alter,
                    format!("alter table {table} set access method heap;"),
                )
                .hazard(Hazard::AccessExclusiveLock)
                .hazard(Hazard::RewritesTable),
            );
        }
        out.push(
            step(
                Phase::DropAccessMethods,
                StepAction::Drop,
                before.drop_sql(),
            )
            .hazard(Hazard::DropsObject),
        );
        out.push(step(
            Phase::CreateAccessMethods,
            StepAction::Create,
            after.create_sql(),
        ));
        for table in &tables {
            out.push(
                step(
                    Phase::CreateAccessMethods,
                    StepAction::Alter,
                    format!(
                        "alter table {table} set access method {};",
                        quote_ident(&after.name)
                    ),
                )
                .hazard(Hazard::AccessExclusiveLock)
                .hazard(Hazard::RewritesTable),
            );
        }
    }
    for (_, a) in &d.added {
        out.push(Step::create(a.id(), a.create_sql()));
    }

    let d = cx.matched.transforms.differences(|a, b| {
        a.definition_eq(b) && !cx.must_recreate_unchanged(&b.data_type, || b.id())
    });
    for (_, t) in &d.removed {
        out.push(Step::drop(t.id(), t.drop_sql()).hazard(Hazard::DropsObject));
    }
    for (_, before, after) in &d.modified {
        if cx.must_recreate(&after.id()) {
            // A function it uses is dropped (and maybe created again): it goes first.
            out.extend(Step::replacement_across(
                (Phase::DropTransforms, Phase::CreateTransforms),
                after.id(),
                before.drop_sql(),
                after.create_sql(false),
            ));
        } else {
            out.push(Step::new(
                Phase::CreateTransforms,
                after.id(),
                StepAction::Alter,
                Action::Alter,
                after.create_sql(true),
            ));
        }
    }
    for (_, t) in &d.added {
        out.push(Step::create(t.id(), t.create_sql(false)));
    }
}

/// The tables (their keys) that use the access method `name` in both catalogs.
fn tables_on(cx: &Context, name: &str) -> Vec<String> {
    let on = |t: &Table| t.access_method.as_deref() == Some(name);
    cx.matched
        .tables
        .differences(|before, after| !(on(before) && on(after)))
        .modified
        .iter()
        .map(|(key, _, _)| key.clone())
        .collect()
}

crate::core::object::catalog_object!(AccessMethod, comment: "access method");
crate::core::object::catalog_object!(Transform, comment: "transform");

#[cfg(test)]
mod tests {
    use crate::{diff, Catalog, Options};

    /// A catalog read from PostgreSQL `version` with an access method `am` on `handler` and a
    /// table on it.
    fn catalog(version: u32, handler: &str) -> Catalog {
        Catalog::from_json(&format!(
            r#"{{"format": "migra-catalog", "version": 1, "server_version_num": {version},
                "access_methods": [{{"name": "am", "method_type": "table", "handler": "{handler}"}}],
                "tables": [{{"schema": "s", "name": "t", "owner": "o", "access_method": "am",
                             "columns": [{{"name": "a", "type": "integer"}}]}}]}}"#
        ))
        .expect("a valid catalog")
    }

    #[test]
    fn tables_move_to_heap_and_back_around_a_recreated_access_method() {
        let (from, to) = (catalog(150000, "pg_catalog.h1"), catalog(150000, "s.h2"));
        let migration = diff(&from, &to, &Options::default()).expect("a diff");
        assert_eq!(
            migration.sql(),
            "alter table \"s\".\"t\" set access method heap;\n\n\
             drop access method if exists \"am\";\n\n\
             create access method \"am\" type table handler s.h2;\n\n\
             alter table \"s\".\"t\" set access method \"am\";\n\n"
        );
        assert!(migration.warnings.is_empty(), "{:?}", migration.warnings);
    }

    #[test]
    fn before_15_the_tables_on_a_recreated_access_method_are_warned_of() {
        let (from, to) = (catalog(140000, "pg_catalog.h1"), catalog(140000, "s.h2"));
        let migration = diff(&from, &to, &Options::default()).expect("a diff");
        assert!(
            migration
                .warnings
                .iter()
                .any(|w| w.contains("access method \"am\"") && w.contains("\"s\".\"t\"")),
            "{:?}",
            migration.warnings
        );
    }
}
