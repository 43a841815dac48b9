//! Extensions (`pg_extension`). Their member objects never appear elsewhere in the catalog.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::{quote_ident, quote_literal};
use crate::core::Action;
use crate::core::Context;
use crate::core::Matching;
use crate::core::{Phase, Step, StepAction};

use crate::core::Identify;
use crate::model::*;

impl Extension {
    fn create_sql(&self, with_version: bool) -> String {
        let mut sql = format!(
            "create extension if not exists {} with schema {}",
            quote_ident(&self.name),
            quote_ident(&self.schema)
        );
        if with_version {
            sql.push_str(&format!(" version {}", quote_literal(&self.version)));
        }
        sql.push(';');
        sql
    }
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let ignore_versions = cx.options.ignore_extension_versions;
    let d = cx
        .matched
        .extensions
        .differences(|a, b| a.schema == b.schema && (ignore_versions || a.version == b.version));
    for (_, ext) in &d.added {
        out.push(create_step(ext, !ignore_versions));
    }
    for (key, before, after) in &d.modified {
        if before.schema != after.schema {
            out.push(Step::new(
                Phase::AlterExtensions,
                after.id(),
                StepAction::Alter,
                Action::Alter,
                format!(
                    "alter extension {key} set schema {};",
                    quote_ident(&after.schema)
                ),
            ));
        }
        if !ignore_versions && before.version != after.version {
            out.push(Step::new(
                Phase::AlterExtensions,
                after.id(),
                StepAction::Alter,
                Action::Alter,
                format!(
                    "alter extension {key} update to {};",
                    quote_literal(&after.version)
                ),
            ));
        }
    }
    for (key, ext) in &d.removed {
        out.push(Step::drop(
            ext.id(),
            format!("drop extension if exists {key};"),
        ));
    }
}

/// `--create-extensions-only`: the extensions the target has and the source lacks, nothing else.
/// Without `--ignore-extension-versions`, version updates come first, as migra orders them.
pub(crate) fn diff_creations_only(matched: &Matching, ignore_versions: bool, out: &mut Vec<Step>) {
    let d = matched
        .extensions
        .differences(|a, b| ignore_versions || a.version == b.version);
    for (key, _, after) in &d.modified {
        out.push(Step::new(
            Phase::AlterExtensions,
            after.id(),
            StepAction::Alter,
            Action::Alter,
            format!(
                "alter extension {key} update to {};",
                quote_literal(&after.version)
            ),
        ));
    }
    for (_, ext) in d.added {
        out.push(create_step(ext, !ignore_versions));
    }
}

fn create_step(ext: &Extension, with_version: bool) -> Step {
    Step::create(ext.id(), ext.create_sql(with_version))
}
