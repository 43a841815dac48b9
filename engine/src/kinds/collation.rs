//! Collations (`pg_collation`), normalized across the majors that store the ICU locale differently.

use crate::text::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Collation {
    pub schema: Text,
    pub name: Text,
    pub owner: Text,
    /// `libc`, `icu` or `builtin`.
    pub provider: Text,
    /// LC_COLLATE for libc; absent for ICU and builtin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lc_collate: Option<Text>,
    /// LC_CTYPE for libc; absent for ICU and builtin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lc_ctype: Option<Text>,
    /// The ICU or builtin locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Text>,
    /// ICU tailoring rules (16+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icu_rules: Option<Text>,
    pub deterministic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

use crate::diff::{differences, Context};
use crate::migration::Action;
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::{qualified, quote_literal};

use super::ObjectKind;

impl Collation {
    pub(crate) fn key(&self) -> String {
        qualified(&self.schema, &self.name)
    }

    pub(crate) fn id(&self) -> ObjectId {
        ObjectId::new(ObjectKind::Collation, self.key())
    }

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
    let d = differences(
        &cx.from.collations,
        &cx.to.collations,
        Collation::key,
        Collation::definition_eq,
    );
    for (_, c) in &d.added {
        out.push(Step::new(
            Phase::CreateCollations,
            c.id(),
            StepAction::Create,
            Action::Create,
            c.create_sql(),
        ));
    }
    for (key, _, after) in &d.modified {
        out.push(Step::new(
            Phase::CreateCollations,
            after.id(),
            StepAction::Drop,
            Action::Replace,
            format!("drop collation if exists {key};"),
        ));
        out.push(Step::new(
            Phase::CreateCollations,
            after.id(),
            StepAction::Create,
            Action::Replace,
            after.create_sql(),
        ));
    }
    for (key, c) in &d.removed {
        out.push(Step::new(
            Phase::DropCollations,
            c.id(),
            StepAction::Drop,
            Action::Drop,
            format!("drop collation if exists {key};"),
        ));
    }
}

super::object::catalog_object!(Collation, comment: "collation");
