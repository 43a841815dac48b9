//! Collations (`pg_collation`), normalized across the majors that store the ICU locale differently.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::quote_literal;
use crate::core::Context;
use crate::core::{Phase, Step};

use crate::core::Identify;
use crate::model::*;

impl Collation {
    fn definition_eq(&self, other: &Collation) -> bool {
        let Collation {
            schema: _,
            name: _,
            owner: _,
            provider,
            lc_collate,
            lc_ctype,
            locale,
            icu_rules,
            deterministic,
            comment: _,
        } = self;
        *provider == other.provider
            && *lc_collate == other.lc_collate
            && *lc_ctype == other.lc_ctype
            && *locale == other.locale
            && *icu_rules == other.icu_rules
            && *deterministic == other.deterministic
    }

    fn create_sql(&self) -> String {
        let mut options = vec![format!("provider = {}", quote_literal(&self.provider))];
        if let Some(locale) = &self.locale {
            options.push(format!("locale = {}", quote_literal(locale)));
        }
        if let Some(c) = &self.lc_collate {
            options.push(format!("lc_collate = {}", quote_literal(c)));
        }
        if let Some(c) = &self.lc_ctype {
            options.push(format!("lc_ctype = {}", quote_literal(c)));
        }
        if let Some(rules) = &self.icu_rules {
            options.push(format!("rules = {}", quote_literal(rules)));
        }
        if !self.deterministic {
            options.push("deterministic = false".to_string());
        }
        format!(
            "create collation if not exists {} ({});",
            self.key(),
            options.join(", ")
        )
    }
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.collations.differences(Collation::definition_eq);
    for (_, c) in &d.added {
        out.push(Step::create(c.id(), c.create_sql()));
    }
    for (key, _, after) in &d.modified {
        out.extend(Step::replacement(
            Phase::CreateCollations,
            after.id(),
            format!("drop collation if exists {key};"),
            after.create_sql(),
        ));
    }
    for (key, c) in &d.removed {
        out.push(Step::drop(
            c.id(),
            format!("drop collation if exists {key};"),
        ));
    }
}

crate::core::object::catalog_object!(Collation, comment: "collation", owner: "collation");
