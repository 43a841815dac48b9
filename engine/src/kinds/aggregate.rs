//! Aggregates (`pg_proc` prokind `a` with `pg_aggregate`): plain, ordered-set and hypothetical,
//! with moving-aggregate, parallel and sort-operator support.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.
//! PostgreSQL cannot alter an aggregate's definition (`ALTER AGGREGATE` only renames, moves and
//! changes owners), so any change drops it and creates it again; what uses it (a view) is
//! recreated around it (`replaced`, for `diff/dependents.rs`). The `create aggregate` statement
//! itself is data: the catalog query writes it from `pg_aggregate` (`engine/queries/aggregates.sql`).

use crate::core::sql::qualified;
use crate::core::{Action, Context, Hazard, Identify, Matching};
use crate::core::{ObjectId, Phase, Step, StepAction};
use crate::model::*;

impl Aggregate {
    /// The signature as `DROP AGGREGATE` and `COMMENT ON AGGREGATE` take it: `*` for none.
    fn signature(&self) -> &str {
        if self.identity_arguments.is_empty() {
            "*"
        } else {
            &self.identity_arguments
        }
    }

    /// `"schema"."name"(signature)`.
    fn target(&self) -> String {
        format!(
            "{}({})",
            qualified(&self.schema, &self.name),
            self.signature()
        )
    }

    fn drop_sql(&self) -> String {
        format!("drop aggregate if exists {};", self.target())
    }

    fn create_sql(&self) -> String {
        format!("{};", self.definition)
    }
}

/// Whether two aggregates of the same identity are defined alike (owner, comment and privileges
/// are other concerns).
fn definition_eq(a: &Aggregate, b: &Aggregate) -> bool {
    let Aggregate {
        schema: _,
        name: _,
        identity_arguments: _,
        argument_types: _,
        transition_function: _,
        state_type: _,
        final_function: _,
        combine_function: _,
        initial_condition: _,
        aggregate_kind: _,
        definition,
        owner: _,
        comment: _,
        privileges: _,
    } = a;
    // The definition holds every option, the fields above included.
    *definition == b.definition
}

/// The aggregates dropped and created again: every changed one. What uses them is recreated too.
pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let d = matched.aggregates.differences(definition_eq);
    d.modified.iter().map(|(_, _, a)| a.id()).collect()
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx
        .matched
        .aggregates
        .differences(|a, b| definition_eq(a, b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    for (_, a) in &d.removed {
        out.push(Step::drop(a.id(), a.drop_sql()).hazard(Hazard::DropsObject));
    }
    for (_, before, _) in &d.modified {
        out.push(Step::drop_to_replace(
            Phase::DropSelectables,
            before.id(),
            before.drop_sql(),
        ));
    }
    for (_, a) in &d.added {
        out.push(Step::create(a.id(), a.create_sql()));
    }
    for (_, _, after) in &d.modified {
        out.push(Step::new(
            Phase::CreateSelectables,
            after.id(),
            StepAction::Create,
            Action::Replace,
            after.create_sql(),
        ));
    }
}

impl crate::core::object::CatalogObject for Aggregate {
    fn comment_target(&self) -> String {
        format!("aggregate {}", self.target())
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
    /// GRANT has no `ON AGGREGATE`: an aggregate is granted as a function, by its argument types.
    fn grant_target(&self) -> Option<String> {
        Some(format!(
            "function {}({})",
            qualified(&self.schema, &self.name),
            self.argument_types
        ))
    }
    fn privileges(&self) -> &[Privilege] {
        &self.privileges
    }
    fn default_privileges(&self) -> Vec<Privilege> {
        crate::core::object::public("EXECUTE")
    }
}
