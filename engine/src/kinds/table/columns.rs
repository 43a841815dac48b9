//! A table's columns: matched by name, added, dropped, re-added where PostgreSQL cannot alter
//! (generated, inherited), and altered clause by clause in migra's order.

use std::borrow::Cow;

use crate::core::sql::{column_target, quote_ident};
use crate::core::type_change;
use crate::core::{differences, Action, Context, Hazard, Identify, Lookup, ObjectId, Phase};
use crate::core::{presence, Step, StepAction};
use crate::model::*;

use super::column_clauses::{alter_column_clauses, identity_clause};
use super::not_null_names;
use super::readd::{
    generated_calls_before_15, generated_over_retyped, must_readd, names_column,
    names_retyped_column, no_conversion, readd_before_15_warning,
};

pub(super) fn column_eq(a: &Column, b: &Column) -> bool {
    let Column {
        name,
        type_name,
        type_ref: _,
        collation,
        default,
        not_null,
        not_null_name,
        not_null_inherited,
        identity,
        generated,
        inherited,
        settings,
        comment: _,
        privileges: _,
    } = a;
    *name == b.name
        && *type_name == b.type_name
        && *collation == b.collation
        && *default == b.default
        && *not_null == b.not_null
        && *not_null_name == b.not_null_name
        && *not_null_inherited == b.not_null_inherited
        && *identity == b.identity
        && *generated == b.generated
        && *inherited == b.inherited
        && *settings == b.settings
}

/// Whether one of `table`'s parents (inheritance or partitioning) in `catalog` has `column`.
fn parent_provides(catalog: &Catalog, table: &Table, column: &str) -> bool {
    let mut parents = table
        .inherits
        .iter()
        .chain(table.partition_of.as_ref().map(|p| &p.parent));
    parents.any(|p| {
        catalog.tables.iter().any(|t| {
            t.schema == p.schema && t.name == p.name && t.columns.iter().any(|c| c.name == column)
        })
    })
}

/// `before`'s columns, each inherited or local as in `after` where that difference is no change
/// of ours: attaching or detaching makes columns inherited or local by itself, and a column that
/// a parent provides on both sides but that only one side also declares locally (merged by
/// `INHERIT` or `ATTACH PARTITION`) is the same column, since no DDL changes `attislocal`.
pub(super) fn columns_as_linked<'t>(
    from: &Catalog,
    to: &Catalog,
    before: &'t Table,
    after: &Table,
) -> Cow<'t, [Column]> {
    let relinked = before.partition_of.is_some() != after.partition_of.is_some()
        || before.inherits != after.inherits;
    let counterpart = |c: &Column| {
        after
            .columns
            .iter()
            .find(|n| n.name == c.name && n.inherited != c.inherited)
            .filter(|_| {
                relinked
                    || (parent_provides(from, before, &c.name)
                        && parent_provides(to, after, &c.name))
            })
    };
    if !before.columns.iter().any(|c| counterpart(c).is_some()) {
        return Cow::Borrowed(&before.columns);
    }
    Cow::Owned(
        before
            .columns
            .iter()
            .map(|c| {
                let mut c = c.clone();
                if let Some(n) = counterpart(&c) {
                    c.inherited = n.inherited;
                }
                c
            })
            .collect(),
    )
}

/// `reset_defaults`: the columns whose default kinds/table/defaults.rs or a type move
/// (concerns/type_recreation.rs) drops and sets again (TARGET's default, once what it uses
/// exists): a change of its text is not written here too.
pub(super) fn diff_columns(
    cx: &Context,
    before: &Table,
    after: &Table,
    reset_defaults: &[(ObjectId, Text)],
    out: &mut Vec<Step>,
    warnings: &mut Vec<String>,
) {
    let before_columns = columns_as_linked(cx.from, cx.to, before, after);
    let d = differences(
        &before_columns,
        &after.columns,
        |c| c.name.to_string(),
        column_eq,
    );
    let mut removed: Vec<&Column> = d.removed.iter().map(|(_, c)| *c).collect();
    let mut added: Vec<&Column> = d.added.iter().map(|(_, c)| *c).collect();
    let mut modified = vec![];
    // Generated columns over a column changing type, or using something replaced (a function
    // dropped and created again, diff/dependents.rs): dropped with the others, added after the
    // type changes (`must_readd_in`) or the replacement (issue 15, PG15 seed 334).
    let mut added_late: Vec<&Column> = vec![];
    // What a column's expression uses that is replaced (diff/dependents.rs).
    let replaced_used_by = |c: &Column| -> Vec<&ObjectId> {
        cx.reset_defaults
            .iter()
            .filter(|(t, name, _)| *t == after.id() && *name == c.name)
            .map(|(_, _, used)| used)
            .collect()
    };
    let over_replaced = |c: &Column| !replaced_used_by(c).is_empty();
    // ... and of that, what is created again under the same name.
    let replaced_in_place = |c: &Column| -> Vec<&ObjectId> {
        replaced_used_by(c)
            .into_iter()
            .filter(|used| presence::contains(cx.to, used))
            .collect()
    };
    for (_, old, new) in &d.unchanged {
        let readd = generated_over_retyped(before, after, old, new)
            || (new.generated.is_some() && over_replaced(old));
        if readd && !old.inherited {
            removed.push(old);
            added_late.push(new);
        }
    }
    // Columns re-added because their values cannot be converted: their drop loses the data.
    let mut unconverted: Vec<&str> = vec![];
    for (_, old, new) in &d.modified {
        let generated_readd = generated_over_retyped(before, after, old, new)
            || (old.generated.is_some() && new.generated.is_some() && over_replaced(old));
        if !must_readd(cx.from, cx.to, before, old, new) && generated_readd && !old.inherited {
            removed.push(old);
            added_late.push(new);
            continue;
        }
        if must_readd(cx.from, cx.to, before, old, new) {
            if no_conversion(cx.from, cx.to, old, new) {
                unconverted.push(&new.name);
            }
            if new.generated.is_none() && generated_calls_before_15(cx.from, before, old, new) {
                unconverted.push(&new.name);
                warnings.push(readd_before_15_warning(after, new));
            }
            if !old.inherited {
                removed.push(old);
            }
            // A generated column whose expression uses a column changing type comes back after
            // the type change; any other is added where migra adds it, before the alters.
            let late = new
                .generated
                .as_ref()
                .is_some_and(|g| names_retyped_column(before, after, &new.name, &g.expression));
            if !new.inherited && late {
                added_late.push(new);
            } else if !new.inherited {
                added.push(new);
            }
        } else {
            modified.push((*old, *new));
        }
    }
    // A new generated column over a column changing type comes after the change too, which
    // PostgreSQL refuses while an expression uses the column (PG15 seed 737).
    // An inherited one stays with the others, which skip it: its parent adds it (PG15 seed
    // 42065: partitions added the column before their partitioned table).
    let (late, now): (Vec<&Column>, Vec<&Column>) = added.into_iter().partition(|c| {
        !c.inherited
            && c.generated
                .as_ref()
                .is_some_and(|g| names_retyped_column(before, after, &c.name, &g.expression))
    });
    added = now;
    added_late.extend(late);
    // By name, as migra; but a generated column whose expression names another column dropped
    // here goes first, as PostgreSQL refuses to drop a column an expression uses (issue 15,
    // PG15 seeds 58622 and 59279: a column made generated is dropped and added again, and a
    // generated column over it is dropped).
    let uses_a_dropped_column = |c: &Column| {
        c.generated.as_ref().is_some_and(|g| {
            removed
                .iter()
                .any(|r| r.name != c.name && names_column(&g.expression, &r.name))
        })
    };
    let mut removed: Vec<(bool, &Column)> = removed
        .iter()
        .map(|c| (!uses_a_dropped_column(c), *c))
        .collect();
    removed.sort_by(|(a_late, a), (b_late, b)| (a_late, &a.name).cmp(&(b_late, &b.name)));
    let removed: Vec<&Column> = removed.into_iter().map(|(_, c)| c).collect();
    // By name, as migra; generated columns last, as their expression may name a column added
    // here (issue 15, PG15 seed 340) and cannot name another generated one.
    added.sort_by(|a, b| (a.generated.is_some(), &a.name).cmp(&(b.generated.is_some(), &b.name)));
    let readded = |name: &str| removed.iter().any(|c| c.name == name);

    // A column dropped and added again lost its comment with the drop; one that is the same on
    // both sides is not the comments' to write (concerns/comment.rs writes changes).
    let comment_back = |c: &Column| {
        let kept = removed
            .iter()
            .find(|r| r.name == c.name)
            .and_then(|r| r.comment.as_ref())
            .filter(|was| Some(*was) == c.comment.as_ref());
        kept.map(|comment| {
            let target = column_target(&after.id().key, &c.name);
            Step::comment(after.id(), &target, Some(comment), Action::Alter)
        })
    };
    let step = |sql: String, action: StepAction, destructive: bool| {
        Step::new(Phase::Tables, after.id(), action, Action::Alter, sql).destructive(destructive)
    };
    // A generated column that stays as a plain one and whose expression names a column dropped
    // here: its expression goes first, as PostgreSQL refuses the drop while an expression uses
    // the column (issue 15, PG15 seed 469).
    let expressions_dropped_first: Vec<&str> = modified
        .iter()
        .filter(|(old, new)| {
            old.generated.as_ref().is_some_and(|g| {
                removed.iter().any(|c| {
                    !c.inherited && c.name != old.name && names_column(&g.expression, &c.name)
                })
            }) && new.generated.is_none()
        })
        .map(|(_, new)| new.name.as_str())
        .collect();
    for name in &expressions_dropped_first {
        out.push(step(
            after.alter(&format!(
                "alter column {} drop expression",
                quote_ident(name)
            )),
            StepAction::Alter,
            false,
        ));
    }
    for c in &removed {
        if c.inherited {
            continue;
        }
        let mut drop = step(
            after.alter(&format!("drop column {}", quote_ident(&c.name))),
            StepAction::Alter,
            true,
        )
        .hazard(after.drop_hazard());
        drop.drops_column = Some((after.id(), c.name.clone()));
        // A generated column over something dropped and created again under the same name:
        // dropped on its own, before that is. An alter of the table would have to come both
        // before the drop (the table used it) and after the creation (it uses it again).
        let used = replaced_in_place(c);
        if c.generated.is_some() && !used.is_empty() {
            drop.object = ObjectId::column(&after.schema, &after.name, &c.name);
            drop.action = StepAction::Drop;
            for object in used {
                drop = drop.ahead_of_drop(object.clone());
            }
        }
        // A child giving up its own column to inherit its parent's: the drop must come before the
        // parent adds the column, which would make the child's copy inherited and undroppable.
        if after
            .columns
            .iter()
            .any(|n| n.name == c.name && n.inherited)
        {
            drop.object = ObjectId::column(&after.schema, &after.name, &c.name);
        }
        out.push(drop);
    }
    for c in &added {
        if c.inherited {
            continue;
        }
        let children_giving_up_theirs: Vec<ObjectId> = cx
            .to
            .tables
            .iter()
            .filter(|child| {
                child
                    .inherits
                    .iter()
                    .any(|p| p.schema == after.schema && p.name == after.name)
            })
            .filter(|child| {
                child
                    .columns
                    .iter()
                    .any(|x| x.name == c.name && x.inherited)
            })
            .filter(|child| {
                cx.from.tables.iter().any(|old| {
                    old.schema == child.schema
                        && old.name == child.name
                        && old.columns.iter().any(|x| x.name == c.name && !x.inherited)
                })
            })
            .map(|child| ObjectId::column(&child.schema, &child.name, &c.name))
            .collect();
        // PostgreSQL adds no identity column to a table with inheritance children ("cannot
        // recursively add identity column"): the column is added without it, and the identity
        // to the parent only (PG15 seed 538). Its rows get no value: on a table with rows the
        // NOT NULL fails (the hazards say so).
        let identity_later = c
            .identity
            .as_ref()
            .filter(|_| identity_added_after_column(cx, after));
        let definition = match identity_later {
            Some(_) => Column {
                identity: None,
                ..(*c).clone()
            }
            .definition(),
            None => c.definition(),
        };
        let mut s = step(
            after.alter(&format!("add column {definition}")),
            StepAction::Alter,
            false,
        );
        if identity_later.is_some() {
            s = s
                .hazard(Hazard::ScansTable)
                .hazard(Hazard::MayFailOnExistingRows);
        }
        // An identity fills the rows there from its sequence, as a volatile default does
        // (PostgreSQL 18's hazards suite: partitions rewritten).
        if c.generated.is_some()
            || (identity_later.is_none() && c.identity.is_some())
            || (c.default.is_some() && c.default.as_deref().is_some_and(|d| d.contains('(')))
        {
            s = s.hazard(Hazard::RewritesTable);
        }
        // The rows that are there get no value: a NOT NULL column without one fails, and
        // PostgreSQL scans the table to know (new tables lose the hazards, table_hazards.rs).
        let fills = c.default.is_some() || c.identity.is_some() || c.generated.is_some();
        if c.not_null && !fills {
            s = s
                .hazard(Hazard::ScansTable)
                .hazard(Hazard::MayFailOnExistingRows);
        }
        // A generated column's expression can give NULL for the rows there (issue 15, PG15 seed
        // 469: `lower(c)` over a column just added). The rewrite that computes it checks them.
        if c.not_null && c.generated.is_some() {
            s = s.hazard(Hazard::MayFailOnExistingRows);
        }
        // A column of a domain with constraints: the rows' value (the default, or NULL) is
        // checked against the domain in a rewrite (issue 15, PG15 seeds 1198 and 5116).
        if type_change::has_checked_domain(cx.to, c) {
            s = s
                .hazard(Hazard::RewritesTable)
                .hazard(Hazard::MayFailOnExistingRows);
        }
        if !unconverted.contains(&c.name.as_str()) && readded(&c.name) {
            s = s.hazard(after.drop_hazard());
        }
        for child in children_giving_up_theirs {
            s = s.requires(child);
        }
        out.push(s);
        if let Some(identity) = identity_later {
            out.push(step(
                format!(
                    "alter table only {} alter column {} {};",
                    after.key(),
                    quote_ident(&c.name),
                    identity_clause(identity)
                ),
                StepAction::Alter,
                false,
            ));
        }
        out.extend(comment_back(c));
    }
    for (old, new) in modified {
        let reset = reset_defaults
            .iter()
            .any(|(t, c)| *t == after.id() && c == &new.name);
        for (clause, destructive, hazards) in alter_column_clauses(cx, after, old, new, reset) {
            if clause == "drop expression" && expressions_dropped_first.contains(&new.name.as_str())
            {
                continue;
            }
            // A parent's type change reaches its children, which PostgreSQL refuses to retype
            // on their own ("cannot alter inherited column"), even a column also declared there.
            if clause.starts_with("set data type ")
                && parent_changes(cx, after, &new.name, |b, a| {
                    (&b.type_name, &b.collation) != (&a.type_name, &a.collation)
                })
            {
                continue;
            }
            // So does a parent's DROP EXPRESSION, which PostgreSQL refuses on a child's
            // inherited column ("cannot drop generation expression from inherited column", PG15
            // fuzz seed 1166).
            if clause == "drop expression"
                && new.inherited
                && parent_changes(cx, after, &new.name, |b, a| {
                    b.generated.is_some() && a.generated.is_none()
                })
            {
                continue;
            }
            let mut s = step(
                after.alter(&format!("alter column {} {clause}", quote_ident(&new.name))),
                StepAction::Alter,
                destructive,
            );
            // What a parent sets NOT NULL on first reaches its children: theirs checks nothing.
            let parent_sets_not_null = clause == "set not null"
                && !parents_changing_not_null(cx, after, &new.name, true).is_empty();
            // And is all a child whose constraint TARGET has only inherited (18+) gets: its own
            // SET NOT NULL would make the constraint its own too (PG18 fuzz seed 24).
            if parent_sets_not_null && new.not_null_inherited {
                continue;
            }
            for h in hazards {
                if parent_sets_not_null
                    && matches!(h, Hazard::ScansTable | Hazard::MayFailOnExistingRows)
                {
                    continue;
                }
                s = s.hazard(h);
            }
            // A cast a user made for the change must exist first.
            if clause.starts_with("set data type ") {
                let (source, target) = type_change::cast_between(cx.from, cx.to, old, new);
                let cast = cx
                    .to
                    .casts
                    .iter()
                    .find(|k| k.source == source && k.target == target);
                if let Some(cast) = cast {
                    s = s.requires(cast.id());
                }
                if after.partition_key.is_some() {
                    // Rebuilding the partitioned indexes over the column reads every partition,
                    // even when the change rewrites nothing (the hazards test saw it).
                    let reads = [Hazard::ScansTable, Hazard::RewritesTable];
                    let rebuilt: Vec<&Index> =
                        super::partition_copies::rebuilt_indexes(cx, after, &new.name).collect();
                    if !rebuilt.is_empty() && !s.hazards.iter().any(|h| reads.contains(h)) {
                        s = s.hazard(Hazard::ScansTable);
                    }
                    out.extend(super::partition_copies::copy_comments_after_retype(
                        cx, &rebuilt,
                    ));
                }
            }
            // PostgreSQL names the new identity's sequence `<table>_<column>_seq`, as `serial`
            // does: a serial's sequence that goes away is dropped first, or the identity's would
            // be `<table>_<column>_seq1` (found by the pg_dump oracle, pg_dump_oracle.rs).
            if clause.starts_with("add generated ") {
                let name = crate::core::identity_sequence_name(&after.name, &new.name);
                let has = |c: &Catalog| {
                    c.sequences
                        .iter()
                        .any(|q| q.schema == after.schema && q.name == name)
                };
                if has(cx.from) && !has(cx.to) {
                    // Ordered on its own: the drop follows the table's other steps.
                    s.object = ObjectId::column(&after.schema, &after.name, &new.name);
                    s = s.after_drop_of(ObjectId::qualified(
                        ObjectKind::Sequence,
                        &after.schema,
                        &name,
                    ));
                }
            }
            // PostgreSQL refuses to drop a partition's NOT NULL (an inheritance child's, from
            // 18) while its parent has it: a parent dropping its own goes first. A parent setting
            // NOT NULL goes first too: from 18 the constraint it gives its children carries its
            // name (`parent_col_not_null`), which a child that set its own first keeps under the
            // child's name instead (issue 15, PG18 seed 23).
            if clause == "drop not null" || clause == "set not null" {
                for parent in
                    parents_changing_not_null(cx, after, &new.name, clause == "set not null")
                {
                    s = s.requires(parent);
                }
                if clause == "set not null" {
                    for child in not_null_names::children_keeping_their_name(cx, after, &new.name) {
                        s = s.requires(child);
                    }
                }
            }
            // Ordered on its own, ahead of the sequence that takes over its name (sequence.rs).
            if clause == "drop identity" {
                let name = crate::core::identity_sequence_name(&after.name, &new.name);
                if cx.identity_freeing(&after.schema, &name).is_some() {
                    s.object = ObjectId::column(&after.schema, &after.name, &new.name);
                }
            }
            out.push(s);
        }
        out.extend(not_null_names::rename_step(cx, after, old, new, warnings));
    }
    added_late.sort_by(|a, b| a.name.cmp(&b.name));
    for c in added_late {
        let mut add = step(
            after.alter(&format!("add column {}", c.definition())),
            StepAction::Alter,
            false,
        )
        .hazard(Hazard::RewritesTable);
        if readded(&c.name) {
            add = add.hazard(Hazard::DropsData);
        }
        if c.not_null {
            add = add.hazard(Hazard::MayFailOnExistingRows);
        }
        // Attached (not ordered after what the table used in FROM is dropped), after its drop
        // and once what it uses is back, as a reset default is (defaults.rs).
        let used = replaced_in_place(c);
        if !used.is_empty() {
            add.action = StepAction::Attach;
            add.adds_column = Some(c.name.clone());
            add = add.after_drop_of(ObjectId::column(&after.schema, &after.name, &c.name));
            for object in used {
                add = add.requires(object.clone());
            }
        }
        out.push(add);
        out.extend(comment_back(c));
    }
}

/// The parents of `table` (its partitioned table, its inheritance parents) that set NOT NULL on
/// their column `column` (`sets`), or drop it.
fn parents_changing_not_null(
    cx: &Context,
    table: &Table,
    column: &str,
    sets: bool,
) -> Vec<ObjectId> {
    let not_null = |lookup: &Lookup, p: &QualifiedName| {
        lookup
            .column(&p.schema, &p.name, column)
            .is_some_and(|x| x.not_null)
    };
    // A child whose NOT NULL keeps a name of its own in TARGET sets it before its parent, which
    // would give it the parent's (PG18 seed 24).
    let name_in_target = |schema: &str, name: &str| {
        not_null_names::name_in(cx.to, &cx.to_lookup, schema, name, column)
    };
    let own = name_in_target(&table.schema, &table.name);
    let same_name = |p: &QualifiedName| match (&own, name_in_target(&p.schema, &p.name)) {
        (Some(own), Some(theirs)) => *own == theirs,
        _ => true,
    };
    table
        .parents()
        .filter(|p| not_null(&cx.from_lookup, p) != sets && not_null(&cx.to_lookup, p) == sets)
        .filter(|p| !sets || same_name(p))
        .map(|p| ObjectId::qualified(ObjectKind::Table, &p.schema, &p.name))
        .collect()
}

/// Whether a parent of `table` (its partitioned table, an inheritance parent) changes its column
/// `column` as `changes(before, after)` says, in place.
fn parent_changes(
    cx: &Context,
    table: &Table,
    column: &str,
    changes: impl Fn(&Column, &Column) -> bool,
) -> bool {
    table.parents().any(|p| {
        match (
            cx.from_lookup.column(&p.schema, &p.name, column),
            cx.to_lookup.column(&p.schema, &p.name, column),
        ) {
            (Some(before), Some(after)) => changes(before, after),
            _ => false,
        }
    })
}

/// Whether an identity column cannot be added to `table` in one statement, for its children:
/// PostgreSQL refuses to add one recursively to a table with inheritance children, and, before
/// 17, to a partitioned table with partitions (PG15 seed 40068; 17 adds it to the partitions,
/// and refuses `ONLY`). Then the column is added first and its identity after.
fn identity_added_after_column(cx: &Context, table: &Table) -> bool {
    let is_parent = |p: &QualifiedName| p.schema == table.schema && p.name == table.name;
    // A child on either side: one that leaves, or joins with INHERIT, may do so after the column
    // is added (PG15 seed 40209); one created anew may come before it.
    let child = |t: &Table| {
        t.inherits.iter().any(is_parent)
            || (cx.from.server_version_num < 170_000
                && t.partition_of
                    .as_ref()
                    .is_some_and(|p| is_parent(&p.parent)))
    };
    cx.from.tables.iter().chain(&cx.to.tables).any(child)
}
