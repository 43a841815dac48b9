//! Procedural languages (`pg_language`) and encoding conversions (`pg_conversion`).
//!
//! How these kinds are compared, created, dropped and altered; the catalog types are in `model`.
//! A language changes in place with `CREATE OR REPLACE LANGUAGE` (trust, handler, inline
//! handler, validator: the statement sets them all); a conversion, which PostgreSQL cannot
//! alter, is dropped and created again on any change.

use crate::core::sql::quote_literal;
use crate::core::{Action, Context, Hazard, Identify, Phase, Step, StepAction};
use crate::model::*;

impl Language {
    fn definition_eq(&self, other: &Language) -> bool {
        let Language {
            name: _,
            trusted,
            handler,
            inline,
            validator,
            owner: _,
            comment: _,
            privileges: _,
        } = self;
        *trusted == other.trusted
            && *handler == other.handler
            && *inline == other.inline
            && *validator == other.validator
    }

    /// `create [or replace] [trusted] language ...`.
    fn create_sql(&self, replace: bool) -> String {
        let mut sql = format!(
            "create {}{}language {}",
            if replace { "or replace " } else { "" },
            if self.trusted { "trusted " } else { "" },
            self.key()
        );
        for (clause, function) in [
            ("handler", &self.handler),
            ("inline", &self.inline),
            ("validator", &self.validator),
        ] {
            if let Some(function) = function {
                sql.push_str(&format!(" {clause} {function}"));
            }
        }
        sql.push(';');
        sql
    }
}

impl Conversion {
    fn definition_eq(&self, other: &Conversion) -> bool {
        let Conversion {
            schema: _,
            name: _,
            source_encoding,
            target_encoding,
            function,
            default,
            owner: _,
            comment: _,
        } = self;
        *source_encoding == other.source_encoding
            && *target_encoding == other.target_encoding
            && *function == other.function
            && *default == other.default
    }

    fn create_sql(&self) -> String {
        format!(
            "create {}conversion {} for {} to {} from {};",
            if self.default { "default " } else { "" },
            self.key(),
            quote_literal(&self.source_encoding),
            quote_literal(&self.target_encoding),
            self.function
        )
    }

    fn drop_sql(&self) -> String {
        format!("drop conversion if exists {};", self.key())
    }
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let languages = cx.matched.languages.differences(|a, b| a.definition_eq(b));
    for (_, l) in &languages.removed {
        out.push(
            Step::drop(l.id(), format!("drop language if exists {};", l.key()))
                .hazard(Hazard::DropsObject),
        );
    }
    for (_, l) in &languages.added {
        out.push(Step::create(l.id(), l.create_sql(false)));
    }
    for (_, _, after) in &languages.modified {
        out.push(Step::new(
            Phase::CreateLanguages,
            after.id(),
            StepAction::Alter,
            Action::Alter,
            after.create_sql(true),
        ));
    }

    let conversions = cx
        .matched
        .conversions
        .differences(|a, b| a.definition_eq(b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    for (_, c) in &conversions.removed {
        out.push(Step::drop(c.id(), c.drop_sql()).hazard(Hazard::DropsObject));
    }
    for (_, before, after) in &conversions.modified {
        out.extend(Step::replacement_across(
            (Phase::DropLanguages, Phase::CreateLanguages),
            after.id(),
            before.drop_sql(),
            after.create_sql(),
        ));
    }
    for (_, c) in &conversions.added {
        out.push(Step::create(c.id(), c.create_sql()));
    }
}

crate::core::object::catalog_object!(Language, comment: "language", grant: "language", public: Some("USAGE"), owner: "language");
crate::core::object::catalog_object!(Conversion, comment: "conversion", owner: "conversion");
