//! Operators (`pg_operator`): created, dropped, their estimators altered in place (`ALTER
//! OPERATOR ... SET (RESTRICT, JOIN)`); any other change drops the operator and creates it
//! again, with what uses it (`replaced`, for `diff/dependents.rs`).
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.
//! An operator's name is a symbol, which SQL never quotes: `"schema".===`.

use crate::core::sql::quote_ident;
use crate::core::{Action, Context, Hazard, Identify, Matching, ObjectId, Step, StepAction};
use crate::model::*;

impl Operator {
    /// `"schema".=== (integer, integer)`, as `DROP` and `COMMENT ON OPERATOR` name it.
    fn target(&self) -> String {
        format!(
            "{}.{} ({})",
            quote_ident(&self.schema),
            self.name,
            self.identity_arguments
        )
    }

    /// Whether two operators of the same identity are defined alike (the comment is another
    /// concern).
    fn definition_eq(&self, other: &Operator) -> bool {
        let Operator {
            schema: _,
            name: _,
            identity_arguments: _,
            left_type,
            right_type,
            function,
            commutator,
            negator,
            restrict,
            join,
            hashes,
            merges,
            owner: _,
            comment: _,
        } = self;
        *left_type == other.left_type
            && *right_type == other.right_type
            && *function == other.function
            && *commutator == other.commutator
            && *negator == other.negator
            && *restrict == other.restrict
            && *join == other.join
            && *hashes == other.hashes
            && *merges == other.merges
    }

    /// Whether only the estimators differ, which `ALTER OPERATOR ... SET` changes.
    fn alterable_to(&self, other: &Operator) -> bool {
        Operator {
            restrict: other.restrict.clone(),
            join: other.join.clone(),
            ..self.clone()
        }
        .definition_eq(other)
    }

    fn create_sql(&self) -> String {
        let mut options = vec![format!("function = {}", self.function)];
        let mut push = |option: &str, value: &Option<Text>| {
            if let Some(value) = value {
                options.push(format!("{option} = {value}"));
            }
        };
        push("leftarg", &self.left_type);
        push("rightarg", &self.right_type);
        push("commutator", &self.commutator);
        push("negator", &self.negator);
        push("restrict", &self.restrict);
        push("join", &self.join);
        if self.hashes {
            options.push("hashes".to_string());
        }
        if self.merges {
            options.push("merges".to_string());
        }
        format!(
            "create operator {}.{} ({});",
            quote_ident(&self.schema),
            self.name,
            options.join(", ")
        )
    }

    fn drop_sql(&self) -> String {
        format!("drop operator if exists {};", self.target())
    }

    /// `alter operator ... set (restrict = ..., join = ...)`, for the estimators that differ.
    fn alter_sql(&self, other: &Operator) -> String {
        let mut set = vec![];
        for (option, (from, to)) in [
            ("restrict", (&self.restrict, &other.restrict)),
            ("join", (&self.join, &other.join)),
        ] {
            if from != to {
                set.push(format!("{option} = {}", to.as_deref().unwrap_or("none")));
            }
        }
        format!("alter operator {} set ({});", self.target(), set.join(", "))
    }
}

/// The operators dropped and created again (any change but the estimators): what uses them is
/// recreated too.
pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let d = matched.operators.differences(|a, b| a.alterable_to(b));
    d.modified.iter().map(|(_, _, o)| o.id()).collect()
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let recreated = |o: &Operator| cx.must_recreate_unchanged(&o.name, || o.id());
    let d = cx
        .matched
        .operators
        .differences(|a, b| a.definition_eq(b) && !recreated(b));
    for (_, o) in &d.removed {
        out.push(Step::drop(o.id(), o.drop_sql()).hazard(Hazard::DropsObject));
    }
    for (_, before, after) in &d.modified {
        if before.alterable_to(after) && !recreated(after) {
            out.push(Step::new(
                crate::core::Phase::CreateOperators,
                after.id(),
                StepAction::Alter,
                Action::Alter,
                before.alter_sql(after),
            ));
        } else {
            out.push(
                Step::new(
                    crate::core::Phase::DropOperators,
                    before.id(),
                    StepAction::Drop,
                    Action::Replace,
                    before.drop_sql(),
                )
                .hazard(Hazard::DropsObject),
            );
            out.push(Step::new(
                crate::core::Phase::CreateOperators,
                after.id(),
                StepAction::Create,
                Action::Replace,
                after.create_sql(),
            ));
        }
    }
    for (_, o) in &d.added {
        out.push(Step::create(o.id(), o.create_sql()));
    }
}

impl crate::core::object::CatalogObject for Operator {
    fn comment_target(&self) -> String {
        format!("operator {}", self.target())
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
