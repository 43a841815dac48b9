//! Operator families and operator classes (`pg_opfamily`, `pg_opclass`) with their members
//! (`pg_amop`, `pg_amproc`): created, dropped; a family's own members added and dropped in place
//! (`ALTER OPERATOR FAMILY ... ADD/DROP`); a class, which PostgreSQL cannot alter, dropped and
//! created again on any change, with the indexes using it (`replaced`, for `diff/dependents.rs`).
//!
//! How these kinds are compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::qualified;
use crate::core::{Action, Context, Hazard, Identify, Matching, ObjectId, Phase, Step, StepAction};
use crate::model::*;

impl OperatorFamily {
    /// `"schema"."name" using method`, as SQL names a family.
    fn target(&self) -> String {
        format!(
            "{} using {}",
            qualified(&self.schema, &self.name),
            self.access_method
        )
    }

    fn definition_eq(&self, other: &OperatorFamily) -> bool {
        let OperatorFamily {
            schema: _,
            name: _,
            access_method: _,
            members,
            owner: _,
            comment: _,
        } = self;
        *members == other.members
    }

    /// `alter operator family ... add ...` for `members`, if any.
    fn add_sql(&self, members: &[&OperatorMember]) -> Option<String> {
        (!members.is_empty()).then(|| {
            let clauses: Vec<&str> = members.iter().map(|m| m.definition.as_str()).collect();
            format!(
                "alter operator family {} add {};",
                self.target(),
                clauses.join(", ")
            )
        })
    }

    fn create_sql(&self) -> Vec<String> {
        let members: Vec<&OperatorMember> = self.members.iter().collect();
        let mut sql = vec![format!("create operator family {};", self.target())];
        sql.extend(self.add_sql(&members));
        sql
    }

    /// The members `other` lacks (or defines otherwise) dropped, then the ones it adds.
    fn alter_sql(&self, other: &OperatorFamily) -> Vec<String> {
        let dropped: Vec<&str> = self
            .members
            .iter()
            .filter(|m| !other.members.contains(m))
            .map(|m| m.name.as_str())
            .collect();
        let added: Vec<&OperatorMember> = other
            .members
            .iter()
            .filter(|m| !self.members.contains(m))
            .collect();
        let mut sql = vec![];
        if !dropped.is_empty() {
            sql.push(format!(
                "alter operator family {} drop {};",
                self.target(),
                dropped.join(", ")
            ));
        }
        sql.extend(self.add_sql(&added));
        sql
    }
}

impl OperatorClass {
    /// `"schema"."name" using method`, as SQL names a class.
    fn target(&self) -> String {
        format!(
            "{} using {}",
            qualified(&self.schema, &self.name),
            self.access_method
        )
    }

    fn definition_eq(&self, other: &OperatorClass) -> bool {
        let OperatorClass {
            schema: _,
            name: _,
            access_method: _,
            family,
            data_type,
            default,
            storage,
            members,
            owner: _,
            comment: _,
        } = self;
        *family == other.family
            && *data_type == other.data_type
            && *default == other.default
            && *storage == other.storage
            && *members == other.members
    }

    fn create_sql(&self) -> String {
        let mut items: Vec<String> = self
            .members
            .iter()
            .map(|m| m.definition.to_string())
            .collect();
        items.extend(self.storage.iter().map(|s| format!("STORAGE {s}")));
        format!(
            "create operator class {}{} for type {} using {} family {} as {};",
            qualified(&self.schema, &self.name),
            if self.default { " default" } else { "" },
            self.data_type,
            self.access_method,
            self.family,
            items.join(", ")
        )
    }
}

/// The classes dropped and created again (any change): what uses them is recreated too.
pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let d = matched
        .operator_classes
        .differences(|a, b| a.definition_eq(b));
    d.modified.iter().map(|(_, _, c)| c.id()).collect()
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let step = |phase: Phase, id: ObjectId, action: StepAction, change: Action, sql: String| {
        let step = Step::new(phase, id, action, change, sql);
        if action == StepAction::Drop {
            step.hazard(Hazard::DropsObject)
        } else {
            step
        }
    };
    let families = cx
        .matched
        .operator_families
        .differences(|a, b| a.definition_eq(b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    let classes = cx
        .matched
        .operator_classes
        .differences(|a, b| a.definition_eq(b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    let drop_class = |c: &OperatorClass| format!("drop operator class if exists {};", c.target());
    let drop_family =
        |f: &OperatorFamily| format!("drop operator family if exists {};", f.target());
    // Drops: classes, then families (a family's drop takes its classes with it).
    for (_, c) in &classes.removed {
        out.push(Step::drop(c.id(), drop_class(c)).hazard(Hazard::DropsObject));
    }
    for (_, before, _) in &classes.modified {
        out.push(step(
            Phase::DropOperators,
            before.id(),
            StepAction::Drop,
            Action::Replace,
            drop_class(before),
        ));
    }
    for (_, f) in &families.removed {
        out.push(Step::drop(f.id(), drop_family(f)).hazard(Hazard::DropsObject));
    }
    let mut created_families = vec![];
    for (_, before, after) in &families.modified {
        if cx.must_recreate(&after.id()) {
            out.push(step(
                Phase::DropOperators,
                before.id(),
                StepAction::Drop,
                Action::Replace,
                drop_family(before),
            ));
            created_families.push((*after, Action::Replace));
        } else {
            for sql in before.alter_sql(after) {
                out.push(step(
                    Phase::CreateOperators,
                    after.id(),
                    StepAction::Alter,
                    Action::Alter,
                    sql,
                ));
            }
        }
    }
    created_families.extend(families.added.iter().map(|(_, f)| (*f, Action::Create)));
    for (f, change) in created_families {
        // The members are part of the creation: as alterations they would have to come before
        // the drops of what the old family used.
        for sql in f.create_sql() {
            out.push(step(
                Phase::CreateOperators,
                f.id(),
                StepAction::Create,
                change,
                sql,
            ));
        }
    }
    for (_, _, after) in &classes.modified {
        out.push(step(
            Phase::CreateOperators,
            after.id(),
            StepAction::Create,
            Action::Replace,
            after.create_sql(),
        ));
    }
    for (_, c) in &classes.added {
        out.push(Step::create(c.id(), c.create_sql()));
    }
}

impl crate::core::object::CatalogObject for OperatorFamily {
    fn comment_target(&self) -> String {
        format!("operator family {}", self.target())
    }
    fn owner(&self) -> Option<(String, &str)> {
        Some((self.comment_target(), &self.owner))
    }
    fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }
    fn describe(&self) -> crate::core::object::Description {
        crate::core::object::describe(self)
    }
}

impl crate::core::object::CatalogObject for OperatorClass {
    fn comment_target(&self) -> String {
        format!("operator class {}", self.target())
    }
    fn owner(&self) -> Option<(String, &str)> {
        Some((self.comment_target(), &self.owner))
    }
    fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }
    fn describe(&self) -> crate::core::object::Description {
        crate::core::object::describe(self)
    }
}
