//! Views and materialized views (`pg_class` relkind `v` and `m`).
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::Context;
use crate::core::Matching;
use crate::core::{Action, Hazard};
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::core::Identify;
use crate::model::*;

impl View {
    fn create_sql(&self) -> String {
        let body = self.definition.trim_end().trim_end_matches(';');
        let options = if self.options.is_empty() {
            String::new()
        } else {
            format!(" with ({})", self.options.join(", "))
        };
        if self.materialized {
            let tablespace = self
                .tablespace
                .as_ref()
                .map(|t| format!(" tablespace {}", crate::core::sql::quote_ident(t)))
                .unwrap_or_default();
            let data = if self.unpopulated {
                " with no data"
            } else {
                ""
            };
            format!(
                "create materialized view {}{options}{tablespace} as {body}{data};\n",
                self.key()
            )
        } else {
            let check = match &self.check_option {
                Some(option) => format!(" with {option} check option"),
                None => String::new(),
            };
            format!(
                "create or replace view {}{options} as {body}{check};\n",
                self.key()
            )
        }
    }

    fn drop_sql(&self) -> String {
        let what = if self.materialized {
            "materialized view"
        } else {
            "view"
        };
        format!("drop {what} if exists {};", self.key())
    }
}

fn definition_eq(a: &View, b: &View) -> bool {
    let View {
        schema: _,
        name: _,
        owner: _,
        materialized,
        definition,
        columns,
        options,
        check_option,
        tablespace,
        unpopulated: _,
        comment: _,
        privileges: _,
    } = a;
    *materialized == b.materialized
        && *definition == b.definition
        && columns.len() == b.columns.len()
        && columns.iter().zip(&b.columns).all(|(x, y)| {
            x.name == y.name && x.type_name == y.type_name && x.collation == y.collation
        })
        && *options == b.options
        && *check_option == b.check_option
        && *tablespace == b.tablespace
}

/// CREATE OR REPLACE VIEW can add columns at the end but not rename, retype or remove any.
fn can_replace(before: &View, after: &View) -> bool {
    !before.materialized
        && !after.materialized
        && before.columns.len() <= after.columns.len()
        && before.columns.iter().zip(&after.columns).all(|(x, y)| {
            x.name == y.name && x.type_name == y.type_name && x.collation == y.collation
        })
}

/// Views whose change CREATE OR REPLACE cannot make: dropped and created, with their dependents.
pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let d = matched.views.differences(definition_eq);
    d.modified
        .iter()
        .filter(|(_, a, b)| !can_replace(a, b))
        .map(|(_, _, v)| v.id())
        .collect()
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    // A view that became a materialized view (or back) matches by name, as in migra; it cannot be
    // replaced, so the old one is dropped and the new one created.
    let d = cx
        .matched
        .views
        .differences(|a, b| definition_eq(a, b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    let recreated =
        |before: &View, after: &View| cx.must_recreate(&after.id()) || !can_replace(before, after);
    let drop = |v: &View, change: Action| {
        Step::new(
            Phase::DropSelectables,
            v.id(),
            StepAction::Drop,
            change,
            v.drop_sql(),
        )
        .hazard(Hazard::DropsObject)
    };
    for (_, v) in &d.removed {
        out.push(drop(v, Action::Drop));
    }
    for (_, before, after) in &d.modified {
        if recreated(before, after) {
            out.push(drop(before, Action::Replace));
        }
    }
    for (_, v) in &d.added {
        out.push(Step::create(v.id(), v.create_sql()));
    }
    for (_, before, after) in &d.modified {
        let change = if recreated(before, after) {
            Action::Replace
        } else {
            Action::Alter
        };
        out.push(Step::new(
            Phase::CreateSelectables,
            after.id(),
            StepAction::Create,
            change,
            after.create_sql(),
        ));
    }
}

impl crate::core::object::CatalogObject for View {
    fn comment_target(&self) -> String {
        let what = if self.materialized {
            "materialized view"
        } else {
            "view"
        };
        format!("{what} {}", self.key())
    }
    fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }
    fn describe(&self) -> crate::core::object::Description {
        crate::core::object::describe(self)
    }
    fn grant_target(&self) -> Option<String> {
        Some(format!("table {}", self.key()))
    }
    fn privileges(&self) -> &[crate::model::Privilege] {
        &self.privileges
    }
    fn owner(&self) -> Option<(String, &str)> {
        Some((self.comment_target(), &self.owner))
    }
}
