//! Aggregates (`pg_proc` prokind `a` with `pg_aggregate`): plain, ordered-set and hypothetical,
//! with moving-aggregate, parallel and sort-operator support.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.
//! PostgreSQL cannot alter an aggregate's definition (`ALTER AGGREGATE` only renames, moves and
//! changes owners), so any change drops it and creates it again; what uses it (a view) is
//! recreated around it (`replaced`, for `diff/dependents.rs`).

use crate::core::sql::{qualified, quote_literal};
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

    /// `CREATE AGGREGATE` from the catalog's fields, one option a line. Options at their
    /// defaults are left out, so that the text is what a person would write.
    fn create_sql(&self) -> String {
        let default_modify = if self.aggregate_kind == "normal" {
            "read_only"
        } else {
            "read_write"
        };
        let mut options = vec![];
        let mut set = |name: &str, value: Option<&str>| {
            if let Some(value) = value {
                options.push(if value.is_empty() {
                    name.to_string()
                } else {
                    format!("{name} = {value}")
                });
            }
        };
        let flag = |on: bool| on.then_some("");
        let modify = |m: &str| (m != default_modify).then(|| m.to_string());
        let literal = |v: &Option<Text>| v.as_deref().map(quote_literal);
        let space = |v: Option<i32>| v.map(|s| s.to_string());
        set("sfunc", Some(&self.transition_function));
        set("stype", Some(&self.state_type));
        set("sspace", space(self.state_space).as_deref());
        set("finalfunc", self.final_function.as_deref());
        set("finalfunc_extra", flag(self.final_function_extra));
        set(
            "finalfunc_modify",
            modify(&self.final_function_modify).as_deref(),
        );
        set("combinefunc", self.combine_function.as_deref());
        set("serialfunc", self.serial_function.as_deref());
        set("deserialfunc", self.deserial_function.as_deref());
        set("initcond", literal(&self.initial_condition).as_deref());
        if self.moving_transition_function.is_some() {
            set("msfunc", self.moving_transition_function.as_deref());
            set("minvfunc", self.moving_inverse_function.as_deref());
            set("mstype", self.moving_state_type.as_deref());
            set("msspace", space(self.moving_state_space).as_deref());
            set("mfinalfunc", self.moving_final_function.as_deref());
            set("mfinalfunc_extra", flag(self.moving_final_function_extra));
            set(
                "mfinalfunc_modify",
                modify(&self.moving_final_function_modify).as_deref(),
            );
            set(
                "minitcond",
                literal(&self.moving_initial_condition).as_deref(),
            );
        }
        let sortop = self
            .sort_operator
            .as_ref()
            .map(|o| format!("operator({o})"));
        set("sortop", sortop.as_deref());
        set(
            "parallel",
            (self.parallel != "unsafe").then_some(self.parallel.as_str()),
        );
        set("hypothetical", flag(self.aggregate_kind == "hypothetical"));
        let arguments = if self.arguments.is_empty() {
            "*"
        } else {
            &self.arguments
        };
        format!(
            "create aggregate {}({arguments}) (\n    {}\n);",
            qualified(&self.schema, &self.name),
            options.join(",\n    ")
        )
    }
}

/// Whether two aggregates of the same identity are defined alike (owner, comment and privileges
/// are other concerns).
fn definition_eq(a: &Aggregate, b: &Aggregate) -> bool {
    let Aggregate {
        schema: _,
        name: _,
        identity_arguments: _,
        arguments,
        argument_types,
        aggregate_kind,
        transition_function,
        state_type,
        state_space,
        final_function,
        final_function_extra,
        final_function_modify,
        combine_function,
        serial_function,
        deserial_function,
        initial_condition,
        moving_transition_function,
        moving_inverse_function,
        moving_state_type,
        moving_state_space,
        moving_final_function,
        moving_final_function_extra,
        moving_final_function_modify,
        moving_initial_condition,
        sort_operator,
        parallel,
        owner: _,
        comment: _,
        privileges: _,
    } = a;
    *arguments == b.arguments
        && *argument_types == b.argument_types
        && *aggregate_kind == b.aggregate_kind
        && *transition_function == b.transition_function
        && *state_type == b.state_type
        && *state_space == b.state_space
        && *final_function == b.final_function
        && *final_function_extra == b.final_function_extra
        && *final_function_modify == b.final_function_modify
        && *combine_function == b.combine_function
        && *serial_function == b.serial_function
        && *deserial_function == b.deserial_function
        && *initial_condition == b.initial_condition
        && *moving_transition_function == b.moving_transition_function
        && *moving_inverse_function == b.moving_inverse_function
        && *moving_state_type == b.moving_state_type
        && *moving_state_space == b.moving_state_space
        && *moving_final_function == b.moving_final_function
        && *moving_final_function_extra == b.moving_final_function_extra
        && *moving_final_function_modify == b.moving_final_function_modify
        && *moving_initial_condition == b.moving_initial_condition
        && *sort_operator == b.sort_operator
        && *parallel == b.parallel
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
        out.push(
            Step::new(
                Phase::DropSelectables,
                before.id(),
                StepAction::Drop,
                Action::Replace,
                before.drop_sql(),
            )
            .hazard(Hazard::DropsObject),
        );
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
