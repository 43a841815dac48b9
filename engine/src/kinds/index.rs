//! Indexes (`pg_index`), on tables and materialized views.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::{Action, Hazard};
use crate::core::{Context, Lookup};
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::core::Identify;
use crate::model::*;

fn definition_eq(a: &Index, b: &Index) -> bool {
    let Index {
        schema: _,
        table,
        name: _,
        definition,
        unique,
        constraint,
        partial,
        expression,
        parent_index,
        tablespace,
        comment: _,
    } = a;
    *table == b.table
        && *definition == b.definition
        && *unique == b.unique
        && *constraint == b.constraint
        && *partial == b.partial
        && *expression == b.expression
        && *parent_index == b.parent_index
        && *tablespace == b.tablespace
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let on_matview = |lookup: &Lookup, i: &Index| lookup.is_matview(&i.schema, &i.table);
    // An index made by its constraint (or attached to a partitioned parent's) comes and goes with it.
    let made_elsewhere = |lookup: &Lookup, i: &Index| {
        i.parent_index.is_some()
            || i.constraint.as_ref().is_some_and(|name| {
                lookup
                    .constraint(&i.schema, &i.table, name)
                    .is_some_and(|c| lookup.creates_own_index(c) || c.is_derived())
            })
    };
    let d = cx
        .matched
        .indexes
        .differences(|a, b| definition_eq(a, b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    let drop = |i: &Index, change: Action| {
        let phase = if on_matview(&cx.from_lookup, i) {
            Phase::DropMatviewIndexes
        } else {
            Phase::DropIndexes
        };
        Step::new(
            phase,
            i.id(),
            StepAction::Drop,
            change,
            format!("drop index if exists {};", i.key()),
        )
        .hazard(Hazard::DropsObject)
    };
    let create = |i: &Index, change: Action| {
        let phase = if on_matview(&cx.to_lookup, i) {
            Phase::CreateMatviewIndexes
        } else {
            Phase::CreateIndexes
        };
        let table_kind = if on_matview(&cx.to_lookup, i) {
            ObjectKind::MaterializedView
        } else {
            ObjectKind::Table
        };
        let step = Step::new(
            phase,
            i.id(),
            StepAction::Create,
            change,
            format!("{};", i.definition),
        )
        .requires(ObjectId::qualified(table_kind, &i.schema, &i.table));
        // On a partitioned table, `CREATE INDEX ON ONLY` builds nothing: the partitions' own
        // indexes, attached to it, scan their tables.
        if cx.to_lookup.is_partitioned(&i.schema, &i.table) {
            step
        } else {
            step.hazard(Hazard::ScansTable)
        }
    };
    // A partition's copy of its parent's index stays on the partition, as its own, when the
    // partition is detached: dropped after the detach when the target does not have it.
    let left_behind = |i: &Index| {
        i.parent_index.is_some()
            && i.constraint.is_none()
            && cx.leaves_a_parent(&i.schema, &i.table)
    };
    // Ordered as a change to the table (after the detach), not as a drop of one of its dependents
    // (which goes before any change to the table).
    let drop_left_behind = |i: &Index, change: Action| {
        let mut step = drop(i, change)
            .requires(ObjectId::qualified(ObjectKind::Table, &i.schema, &i.table))
            .destructive(true);
        step.action = StepAction::Alter;
        step
    };
    // An index that differs only in whether it is a partition's copy of its parent's is left as it
    // is: detaching keeps the copy as the partition's own, attaching adopts an equal own index.
    let same_but_parent = |before: &Index, after: &Index| {
        !cx.must_recreate(&after.id())
            && definition_eq(
                &Index {
                    parent_index: None,
                    ..before.clone()
                },
                &Index {
                    parent_index: None,
                    ..after.clone()
                },
            )
    };
    for (_, i) in &d.removed {
        if !made_elsewhere(&cx.from_lookup, i) {
            out.push(drop(i, Action::Drop));
        } else if left_behind(i) {
            out.push(drop_left_behind(i, Action::Drop));
        }
    }
    for (_, before, after) in &d.modified {
        if same_but_parent(before, after) {
            continue;
        }
        if !made_elsewhere(&cx.from_lookup, before) {
            out.push(drop(before, Action::Replace));
        } else if left_behind(before) {
            out.push(drop_left_behind(before, Action::Replace));
        }
    }
    for (_, i) in &d.added {
        if !made_elsewhere(&cx.to_lookup, i) {
            out.push(create(i, Action::Create));
        }
    }
    for (_, before, after) in &d.modified {
        if !made_elsewhere(&cx.to_lookup, after) && !same_but_parent(before, after) {
            out.push(create(after, Action::Replace));
        }
    }
}

crate::core::object::catalog_object!(Index, comment: "index");
