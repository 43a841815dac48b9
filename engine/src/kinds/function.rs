//! Functions and procedures of every language (`pg_proc` prokind `f`, `p`, `w`); aggregates are
//! `aggregate.rs`.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::base_types::WithTheirType;
use crate::core::Action;
use crate::core::Context;
use crate::core::Hazard;
use crate::core::Matching;
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::core::Identify;
use crate::model::*;

impl Function {
    fn drop_sql(&self) -> String {
        let what = if self.kind == FunctionKind::Procedure {
            "procedure"
        } else {
            "function"
        };
        format!("drop {what} if exists {};", self.key())
    }

    fn create_sql(&self) -> String {
        format!("{};", self.definition)
    }
}

fn definition_eq(a: &Function, b: &Function) -> bool {
    let Function {
        schema: _,
        name: _,
        identity_arguments: _,
        arguments,
        result,
        kind,
        language,
        volatility,
        strict,
        security_definer,
        leakproof,
        parallel,
        returns_set,
        config,
        definition,
        owner: _,
        comment: _,
        privileges: _,
    } = a;
    *arguments == b.arguments
        && *result == b.result
        && *kind == b.kind
        && *language == b.language
        && *volatility == b.volatility
        && *strict == b.strict
        && *security_definer == b.security_definer
        && *leakproof == b.leakproof
        && *parallel == b.parallel
        && *returns_set == b.returns_set
        && *config == b.config
        && *definition == b.definition
}

/// CREATE OR REPLACE cannot change a routine's kind, result type or argument names and defaults.
fn can_replace(before: &Function, after: &Function) -> bool {
    before.kind == after.kind
        && before.result == after.result
        && before.arguments == after.arguments
}

pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let d = matched.functions.differences(definition_eq);
    d.modified
        .iter()
        .filter(|(_, a, b)| !can_replace(a, b))
        .map(|(_, _, f)| f.id())
        .collect()
}

/// The statement migra puts before the first function it creates, so that bodies referring to
/// objects created later do not fail validation.
const NO_BODY_CHECKS: &str = "set check_function_bodies = off;";

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx
        .matched
        .functions
        .differences(|a, b| definition_eq(a, b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    let recreated = |before: &Function, after: &Function| {
        cx.must_recreate(&after.id()) || !can_replace(before, after)
    };
    // A base type's input, output, receive and send functions come and go with it.
    let with_their_type = WithTheirType::of(&cx.base_type_changes, cx.from, cx.to);
    let dropped_elsewhere = |f: &Function| with_their_type.dropped.contains(&f.id());
    let created_elsewhere = |f: &Function| with_their_type.created.contains(&f.id());
    for (_, f) in &d.removed {
        if !dropped_elsewhere(f) {
            out.push(Step::drop(f.id(), f.drop_sql()).hazard(Hazard::DropsObject));
        }
    }
    for (_, before, after) in &d.modified {
        if recreated(before, after) && !dropped_elsewhere(before) {
            out.push(Step::drop_to_replace(
                Phase::DropSelectables,
                before.id(),
                before.drop_sql(),
            ));
        }
    }
    let setting = ObjectId::setting(ObjectKind::Function, "check_function_bodies");
    let creates = d.added.iter().any(|(_, f)| !created_elsewhere(f))
        || d.modified.iter().any(|(_, _, f)| !created_elsewhere(f));
    if creates {
        out.push(Step::new(
            Phase::CreateSelectables,
            setting.clone(),
            StepAction::Create,
            Action::Alter,
            NO_BODY_CHECKS.to_string(),
        ));
    }
    for (_, f) in d.added.iter().filter(|(_, f)| !created_elsewhere(f)) {
        out.push(Step::create(f.id(), f.create_sql()).requires(setting.clone()));
    }
    for (_, before, after) in d.modified.iter().filter(|(_, _, f)| !created_elsewhere(f)) {
        let change = if recreated(before, after) {
            Action::Replace
        } else {
            Action::Alter
        };
        out.push(
            Step::new(
                Phase::CreateSelectables,
                after.id(),
                StepAction::Create,
                change,
                after.create_sql(),
            )
            .requires(setting.clone()),
        );
    }
}

impl crate::core::object::CatalogObject for Function {
    fn comment_target(&self) -> String {
        format!("{} {}", self.routine_word(), self.key())
    }
    fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }
    fn describe(&self) -> crate::core::object::Description {
        crate::core::object::describe(self)
    }
    fn grant_target(&self) -> Option<String> {
        Some(self.comment_target())
    }
    fn privileges(&self) -> &[crate::model::Privilege] {
        &self.privileges
    }
    fn default_privileges(&self) -> Vec<crate::model::Privilege> {
        crate::core::object::public("EXECUTE")
    }
    fn owner(&self) -> Option<(String, &str)> {
        Some((self.comment_target(), &self.owner))
    }
}

impl Function {
    fn routine_word(&self) -> &'static str {
        if self.kind == FunctionKind::Procedure {
            "procedure"
        } else {
            "function"
        }
    }
}
