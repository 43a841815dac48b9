//! Functions and procedures of every language (`pg_proc` prokind `f`, `p`, `w`), and aggregates (`a`).

use crate::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{is_false, Privilege};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Function {
    pub schema: Text,
    pub name: Text,
    /// As `pg_get_function_identity_arguments` prints it (procedures: leading `IN ` stripped).
    pub identity_arguments: Text,
    /// As `pg_get_function_arguments` prints it, defaults included.
    pub arguments: Text,
    /// As `pg_get_function_result` prints it; absent for procedures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Text>,
    pub kind: FunctionKind,
    pub language: Text,
    /// `immutable`, `stable` or `volatile`.
    pub volatility: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub strict: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub security_definer: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub leakproof: bool,
    /// `safe`, `restricted` or `unsafe`.
    pub parallel: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub returns_set: bool,
    /// `SET` clauses (`proconfig`), `name=value`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub config: Vec<Text>,
    /// The full `CREATE OR REPLACE ...` text from `pg_get_functiondef`.
    pub definition: Text,
    pub owner: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FunctionKind {
    Function,
    Procedure,
    Window,
}

/// An aggregate (`pg_aggregate`). Model only for now: the diff reports but does not yet create or alter them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Aggregate {
    pub schema: Text,
    pub name: Text,
    pub identity_arguments: Text,
    pub transition_function: Text,
    pub state_type: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_function: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combine_function: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_condition: Option<Text>,
    /// `normal`, `ordered_set` or `hypothetical`.
    pub aggregate_kind: Text,
    pub owner: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

use crate::catalog::Catalog;
use crate::diff::{differences, Context};
use crate::migration::Action;
use crate::migration::Hazard;
use crate::plan::{ObjectId, Phase, Step, StepAction};

use super::ObjectKind;

impl Function {
    pub(crate) fn key(&self) -> String {
        crate::sql::qualified_call(&self.schema, &self.name, &self.identity_arguments)
    }

    pub(crate) fn id(&self) -> ObjectId {
        ObjectId::new(ObjectKind::Function, self.key())
    }

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

impl Aggregate {
    pub(crate) fn key(&self) -> String {
        crate::sql::qualified_call(&self.schema, &self.name, &self.identity_arguments)
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

pub(crate) fn replaced(from: &Catalog, to: &Catalog) -> Vec<ObjectId> {
    let d = differences(&from.functions, &to.functions, Function::key, definition_eq);
    d.modified
        .iter()
        .filter(|(_, a, b)| !can_replace(a, b))
        .map(|(_, _, f)| f.id())
        .collect()
}

/// The statement migra puts before the first function it creates, so that bodies referring to
/// objects created later do not fail validation.
const NO_BODY_CHECKS: &str = "set check_function_bodies = off;";

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>, warnings: &mut Vec<String>) {
    let d = differences(
        &cx.from.functions,
        &cx.to.functions,
        Function::key,
        |a, b| definition_eq(a, b) && !cx.must_recreate_unchanged(&b.name, || b.id()),
    );
    let recreated = |before: &Function, after: &Function| {
        cx.must_recreate(&after.id()) || !can_replace(before, after)
    };
    for (_, f) in &d.removed {
        out.push(
            Step::new(
                Phase::DropSelectables,
                f.id(),
                StepAction::Drop,
                Action::Drop,
                f.drop_sql(),
            )
            .hazard(Hazard::DropsObject),
        );
    }
    for (_, before, after) in &d.modified {
        if recreated(before, after) {
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
    }
    let setting = ObjectId::new(ObjectKind::Function, "check_function_bodies");
    if !d.added.is_empty() || !d.modified.is_empty() {
        out.push(Step::new(
            Phase::CreateSelectables,
            setting.clone(),
            StepAction::Create,
            Action::Alter,
            NO_BODY_CHECKS.to_string(),
        ));
    }
    for (_, f) in &d.added {
        out.push(
            Step::new(
                Phase::CreateSelectables,
                f.id(),
                StepAction::Create,
                Action::Create,
                f.create_sql(),
            )
            .requires(setting.clone()),
        );
    }
    for (_, before, after) in &d.modified {
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

    let aggregates = differences(
        &cx.from.aggregates,
        &cx.to.aggregates,
        Aggregate::key,
        |a, b| a == b,
    );
    for (key, _) in &aggregates.added {
        warnings.push(format!(
            "aggregate {key} exists only in the target: aggregates are not migrated yet"
        ));
    }
    for (key, _) in &aggregates.removed {
        warnings.push(format!(
            "aggregate {key} exists only in the source: aggregates are not migrated yet"
        ));
    }
    for (key, _, _) in &aggregates.modified {
        warnings.push(format!(
            "aggregate {key} differs: aggregates are not migrated yet"
        ));
    }
}

impl super::object::CatalogObject for Function {
    fn id(&self) -> ObjectId {
        Function::id(self)
    }
    fn comment_target(&self) -> String {
        format!("{} {}", self.routine_word(), self.key())
    }
    fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }
    fn describe(&self) -> String {
        super::object::describe(self)
    }
    fn grant_target(&self) -> Option<String> {
        Some(self.comment_target())
    }
    fn privileges(&self) -> &[super::Privilege] {
        &self.privileges
    }
    fn default_privileges(&self) -> Vec<super::Privilege> {
        super::object::public("EXECUTE")
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
