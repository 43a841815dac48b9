//! Online migrations (`Options::online`): the same changes, made in the way that keeps a live
//! database's tables writable. Applied to the steps of every kind after they are generated:
//!
//! - an index built or dropped on a table that exists before and after the migration is built or
//!   dropped `CONCURRENTLY`, outside the transaction ([`Placement::OutsideTransaction`]);
//! - `VALIDATE CONSTRAINT` (foreign keys and checks are already added `NOT VALID` first) runs
//!   after the main transaction commits ([`Placement::AfterCommit`]): it then holds only a SHARE
//!   UPDATE EXCLUSIVE lock, which blocks no reads or writes, while it scans;
//! - `SET NOT NULL` on an existing column becomes a check constraint added `NOT VALID`, then,
//!   after the commit, validated, the NOT NULL set (PostgreSQL 12 and later skip the scan when a
//!   valid check proves it) and the check dropped.
//!
//! The time limits are set by the renderer, which also warns of each statement that still holds
//! an ACCESS EXCLUSIVE lock while it rewrites or scans a table.

use crate::core::sql::quote_ident;
use crate::core::{hash_bytes, Context, Hazard, ObjectId, Placement, Step, StepAction};
use crate::model::ObjectKind;

/// Rewrites `steps` for an online migration; nothing when the migration is not one.
pub(crate) fn apply(cx: &Context, steps: &mut Vec<Step>) {
    if cx.options.online.is_none() {
        return;
    }
    // A primary key added in the main transaction needs its columns NOT NULL there (PostgreSQL
    // would otherwise set it itself, scanning under ACCESS EXCLUSIVE): such a table's NOT NULL
    // stays where it is (found by tests/tests/hazards.rs).
    let keyed: Vec<String> = steps
        .iter()
        .filter(|s| s.object.kind == ObjectKind::Constraint && s.sql.contains(" PRIMARY KEY"))
        .filter_map(|s| {
            s.sql
                .split_once(" add constraint ")
                .map(|(t, _)| t.to_string())
        })
        .collect();
    let mut added = vec![];
    for step in steps.iter_mut() {
        if step.object.kind == ObjectKind::Index {
            concurrently(cx, step);
        } else if is_validation(&step.sql) {
            step.placement = Placement::AfterCommit;
        } else if let Some(column) = set_not_null_column(cx, step).filter(|_| {
            !keyed
                .iter()
                .any(|t| step.sql.starts_with(&format!("{t} alter column ")))
        }) {
            added.extend(not_null_through_check(step, &column));
        }
    }
    steps.extend(added);
}

/// Whether an index step's table exists on both sides as a plain table: not partitioned (no
/// concurrent builds there), not a materialized view, not created or replaced by the migration.
fn on_kept_table(cx: &Context, step: &Step) -> bool {
    let Some(identity) = &step.object.identity else {
        return false;
    };
    let index = |catalog: &'_ crate::model::Catalog| {
        catalog
            .indexes
            .iter()
            .find(|i| i.schema == identity.schema && i.name == identity.name)
            .map(|i| i.table.clone())
    };
    // The table of the index the step drops (FROM's) or creates (TARGET's): an index of that
    // name may move to another table (PG15 fuzz seed 51525: dropped from a partitioned table,
    // where DROP INDEX CONCURRENTLY is refused, and created on a plain one).
    let table = match step.action {
        StepAction::Drop => index(cx.from),
        _ => index(cx.to).or_else(|| index(cx.from)),
    };
    let Some(table) = table else {
        return false;
    };
    let schema = identity.schema.as_str();
    let plain = |catalog: &crate::model::Catalog| {
        catalog
            .tables
            .iter()
            .any(|t| t.schema == schema && t.name == table && t.partition_key.is_none())
    };
    plain(cx.from)
        && plain(cx.to)
        && !cx.must_recreate(&ObjectId::qualified(ObjectKind::Table, schema, &table))
}

fn concurrently(cx: &Context, step: &mut Step) {
    if !on_kept_table(cx, step) {
        return;
    }
    let sql = match step.action {
        StepAction::Create => ["CREATE INDEX ", "CREATE UNIQUE INDEX "]
            .iter()
            .find(|prefix| step.sql.starts_with(*prefix))
            .map(|prefix| format!("{prefix}CONCURRENTLY {}", &step.sql[prefix.len()..])),
        StepAction::Drop => step
            .sql
            .strip_prefix("drop index if exists ")
            .map(|rest| format!("drop index concurrently if exists {rest}")),
        _ => None,
    };
    if let Some(sql) = sql {
        step.sql = sql;
        step.placement = Placement::OutsideTransaction;
        // A concurrent build scans, but holds no lock that blocks writes.
        step.hazards.retain(|h| *h != Hazard::ScansTable);
    }
}

fn is_validation(sql: &str) -> bool {
    sql.starts_with("alter table ") && sql.contains(" validate constraint ")
}

/// The column of an `alter column ... set not null` on a table that exists before the migration
/// and holds its rows (not a foreign table: nothing to scan, and ALTER TABLE cannot validate its
/// check).
fn set_not_null_column(cx: &Context, step: &Step) -> Option<String> {
    if step.object.kind != ObjectKind::Table || !step.sql.ends_with(" set not null;") {
        return None;
    }
    let identity = step.object.identity.as_ref()?;
    let existed = cx
        .from
        .tables
        .iter()
        .any(|t| t.schema == identity.schema && t.name == identity.name && t.foreign.is_none());
    let rest = step.sql.split_once(" alter column ")?.1;
    let column = rest.strip_suffix(" set not null;")?;
    existed.then(|| column.to_string())
}

/// `SET NOT NULL` without holding ACCESS EXCLUSIVE for a scan: the step becomes the check added
/// `NOT VALID`; the validation, the NOT NULL and the check's drop follow after the commit.
fn not_null_through_check(step: &mut Step, quoted_column: &str) -> Vec<Step> {
    let Some((alter_table, _)) = step.sql.split_once(" alter column ") else {
        return vec![];
    };
    let alter_table = alter_table.to_string();
    let name = check_name(&alter_table, quoted_column);
    let set_not_null = std::mem::replace(
        &mut step.sql,
        format!(
            "{alter_table} add constraint {name} check ({quoted_column} is not null) not valid;"
        ),
    );
    step.hazards
        .retain(|h| *h != Hazard::ScansTable && *h != Hazard::MayFailOnExistingRows);
    let later = |sql: String| {
        let mut s = step.clone();
        s.sql = sql;
        s.placement = Placement::AfterCommit;
        s.hazards.clear();
        s
    };
    vec![
        later(format!("{alter_table} validate constraint {name};"))
            .hazard(Hazard::ScansTable)
            .hazard(Hazard::MayFailOnExistingRows),
        later(set_not_null),
        later(format!("{alter_table} drop constraint {name};")),
    ]
}

/// A name for the temporary check that no table is likely to use: the column's name, cut to fit
/// in 63 bytes with a hash of the table and column.
fn check_name(alter_table: &str, quoted_column: &str) -> String {
    let hash = hash_bytes(format!("{alter_table}.{quoted_column}").as_bytes()) >> 40;
    let column = quoted_column.trim_matches('"').replace("\"\"", "\"");
    let mut cut = column.len().min(30);
    while !column.is_char_boundary(cut) {
        cut -= 1;
    }
    quote_ident(&format!("{}_not_null_{hash:06x}", &column[..cut]))
}
