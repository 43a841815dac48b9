//! Tables and their columns (`pg_class` relkind `r`, `p` and `f`, `pg_attribute`).
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.
//!
//! The module is the table as a whole (created, dropped, replaced when its partitioning changes,
//! reattached, its storage and row-level security switched; a foreign table's options changed in
//! place, and the table replaced when its server changes); `columns.rs` its columns,
//! `sql.rs` the statements' text, `reshaped.rs` which columns change shape for what depends on
//! them, `defaults.rs` the defaults reset around what they use.

mod column_clauses;
mod columns;
mod defaults;
mod not_null_names;
mod partition_copies;
mod readd;
mod reshaped;
mod settings;
mod sql;

pub(crate) use reshaped::{generated_on_both_sides, ordered_on_its_own, reshaped_columns};

use crate::core::foreign_options::alter_options;
use crate::core::sql::{qualified, quote_ident};
use crate::core::{Action, Context, Hazard, Identify, Matching, ObjectId, Phase};
use crate::core::{Step, StepAction, TypeMoves};
use crate::model::*;

use super::foreign;

use columns::{column_eq, diff_columns};
pub(crate) use defaults::default_uses;
use defaults::reset_defaults;

/// `servers`: the foreign servers dropped and created again ([`foreign::replaced_servers`]).
fn table_needs_recreate(before: &Table, after: &Table, servers: &[Text]) -> bool {
    let server = |t: &Table| t.foreign.as_ref().map(|f| f.server.clone());
    before.partition_key.is_some() != after.partition_key.is_some()
        || (before.partition_key.is_some() && before.partition_key != after.partition_key)
        // A foreign table's server cannot change (ALTER FOREIGN TABLE has no SET SERVER), nor
        // a table become foreign or stop being.
        || server(before) != server(after)
        // Nor can its server be dropped under it: it goes first and comes back after.
        || server(after).is_some_and(|s| servers.contains(&s))
}

/// Tables that must be dropped and created again (a change of partitioning, of a foreign
/// table's server, a foreign table whose server is recreated).
pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let servers = foreign::replaced_servers(matched);
    let d = matched
        .tables
        .differences(|a, b| !table_needs_recreate(a, b, &servers));
    d.modified.iter().map(|(_, _, t)| t.id()).collect()
}

pub(crate) fn diff(
    cx: &Context,
    types: TypeMoves,
    out: &mut Vec<Step>,
    warnings: &mut Vec<String>,
) {
    let servers = foreign::replaced_servers(cx.matched);
    let d = cx
        .matched
        .tables
        .differences(|a, b| definition_eq(a, b) && !table_needs_recreate(a, b, &servers));
    let phase = Phase::Tables;

    for (_, t) in &d.removed {
        out.push(
            Step::new(phase, t.id(), StepAction::Drop, Action::Drop, t.drop_sql())
                .hazard(t.drop_hazard()),
        );
    }
    // Types recreated under their columns (concerns/type_recreation.rs) interleave with the
    // tables' own steps, in migra's order.
    out.extend(types.drop_defaults);
    out.extend(types.rename_and_create);
    for (_, t) in &d.added {
        out.push(Step::new(
            phase,
            t.id(),
            StepAction::Create,
            Action::Create,
            t.create_sql(),
        ));
        out.extend(rls_steps(None, t, Action::Create));
    }
    // After every creation, so that a partition created after its parent's settings does not
    // take them as its own (settings.rs sets each table's own).
    for (_, t) in &d.added {
        out.extend(settings::column_steps(cx, None, t, Action::Create));
        out.extend(settings::replica_identity_step(None, t, Action::Create));
    }
    out.extend(types.recasts);
    out.extend(types.set_defaults);
    out.extend(types.drop_old);
    let moved_columns = types.moved_columns;

    // First pass over changed tables: whole-table changes.
    for (_, before, after) in &d.modified {
        if table_needs_recreate(before, after, &servers) {
            out.push(
                Step::new(
                    phase,
                    after.id(),
                    StepAction::Drop,
                    Action::Replace,
                    before.drop_sql(),
                )
                .hazard(before.drop_hazard()),
            );
            out.push(Step::new(
                phase,
                after.id(),
                StepAction::Create,
                Action::Replace,
                after.create_sql(),
            ));
            // The new table starts with row-level security off, whatever the old one had.
            out.extend(rls_steps(None, after, Action::Replace));
            out.extend(settings::column_steps(cx, None, after, Action::Replace));
            out.extend(settings::replica_identity_step(
                None,
                after,
                Action::Replace,
            ));
            continue;
        }
        let step = |clause: String, action: StepAction, destructive: bool| {
            Step::new(
                phase,
                after.id(),
                action,
                Action::Alter,
                after.alter(&clause),
            )
            .destructive(destructive)
        };
        if before.unlogged != after.unlogged {
            let clause = if after.unlogged {
                "set unlogged"
            } else {
                "set logged"
            };
            out.push(
                step(clause.to_string(), StepAction::Alter, false).hazard(Hazard::RewritesTable),
            );
        }
        // Before the table joins a tree, where its NOT NULL constraints are renamed no more.
        out.extend(not_null_names::renames_before_joining(cx, before, after));
        if before.partition_of != after.partition_of {
            if let Some(old) = &before.partition_of {
                let parent = Table::key_of(&old.parent);
                out.push(
                    Step::new(
                        phase,
                        after.id(),
                        StepAction::Alter,
                        Action::Alter,
                        format!("alter table {parent} detach partition {};", after.key()),
                    )
                    .destructive(true),
                );
            }
            if let Some(new) = &after.partition_of {
                for clause in checks_to_join(cx, before, &new.parent) {
                    out.push(step(clause, StepAction::Alter, false).hazard(Hazard::ScansTable));
                }
                let parent = Table::key_of(&new.parent);
                out.push(
                    Step::new(
                        phase,
                        after.id(),
                        StepAction::Alter,
                        Action::Alter,
                        format!(
                            "alter table {parent} attach partition {} {};",
                            after.key(),
                            new.bound
                        ),
                    )
                    .requires(ObjectId::qualified(
                        ObjectKind::Table,
                        &new.parent.schema,
                        &new.parent.name,
                    ))
                    .hazard(Hazard::ScansTable)
                    // A row outside the partition's bounds fails it.
                    .hazard(Hazard::MayFailOnExistingRows),
                );
            }
        }
        for parent in before
            .inherits
            .iter()
            .filter(|p| !after.inherits.contains(p))
        {
            out.push(step(
                format!("no inherit {}", Table::key_of(parent)),
                StepAction::Alter,
                true,
            ));
        }
        for parent in after
            .inherits
            .iter()
            .filter(|p| !before.inherits.contains(p))
        {
            for clause in checks_to_join(cx, before, parent) {
                out.push(step(clause, StepAction::Alter, false).hazard(Hazard::ScansTable));
            }
            out.push(
                step(
                    format!("inherit {}", Table::key_of(parent)),
                    StepAction::Alter,
                    false,
                )
                .requires(ObjectId::qualified(
                    ObjectKind::Table,
                    &parent.schema,
                    &parent.name,
                )),
            );
        }
        if let (Some(old), Some(new)) = (&before.foreign, &after.foreign) {
            if let Some(clauses) = alter_options(&old.options, &new.options) {
                out.push(Step::new(
                    phase,
                    after.id(),
                    StepAction::Attach,
                    Action::Alter,
                    format!("alter foreign table {}{clauses};", after.key()),
                ));
            }
        }
        for clause in settings::option_clauses(&before.reloptions, &after.reloptions) {
            out.push(step(clause, StepAction::Attach, false));
        }
        if before.tablespace != after.tablespace {
            let target = after.tablespace.as_deref().unwrap_or("pg_default");
            out.push(
                step(
                    format!("set tablespace {}", quote_ident(target)),
                    StepAction::Attach,
                    false,
                )
                .hazard(Hazard::RewritesTable),
            );
        }
        if before.access_method != after.access_method {
            let target = after.access_method.as_deref().unwrap_or("heap");
            out.push(
                step(
                    format!("set access method {}", quote_ident(target)),
                    StepAction::Attach,
                    false,
                )
                .hazard(Hazard::RewritesTable),
            );
        }
    }

    // The columns whose default is dropped and set again elsewhere: by a type move or by
    // defaults.rs; their own diff leaves it alone (PG15 seed 5763).
    let mut reset_columns = reset_defaults(cx, &moved_columns, out);
    reset_columns.extend(moved_columns);

    // Second pass: columns, then row-level security; inheritance children after their parents.
    // An unchanged table too, where a generated column uses something replaced: that column is
    // dropped and added again (columns.rs).
    let regenerated = d.unchanged.iter().filter(|(_, _, after)| {
        cx.reset_defaults
            .iter()
            .any(|(t, c, _)| *t == after.id() && generated_on_both_sides(cx.from, cx.to, t, c))
    });
    let mut second: Vec<&(String, &Table, &Table)> = d.modified.iter().chain(regenerated).collect();
    second.sort_by_key(|(key, _, after)| (!after.inherits.is_empty(), key.clone()));
    for (_, before, after) in second {
        if table_needs_recreate(before, after, &servers) {
            continue;
        }
        diff_columns(cx, before, after, &reset_columns, out, warnings);
        out.extend(settings::column_steps(
            cx,
            Some(before),
            after,
            Action::Alter,
        ));
        out.extend(settings::replica_identity_step(
            Some(before),
            after,
            Action::Alter,
        ));
        out.extend(rls_steps(Some(before), after, Action::Alter));
    }
}

impl Table {
    /// Its partitioned table and its inheritance parents.
    pub(super) fn parents(&self) -> impl Iterator<Item = &QualifiedName> {
        self.partition_of
            .iter()
            .map(|p| &p.parent)
            .chain(&self.inherits)
    }

    /// Whether `parent` is its partitioned table or one of its inheritance parents.
    pub(super) fn is_child_of(&self, parent: &Table) -> bool {
        self.parents()
            .any(|p| p.schema == parent.schema && p.name == parent.name)
    }

    pub(crate) fn key_of(name: &QualifiedName) -> String {
        qualified(&name.schema, &name.name)
    }

    /// What dropping the table or one of its columns loses: its data, unless it is a foreign
    /// table, whose rows live on its server and stay there (only the definition goes).
    pub(crate) fn drop_hazard(&self) -> Hazard {
        if self.foreign.is_none() {
            Hazard::DropsData
        } else {
            Hazard::DropsObject
        }
    }
}

fn rls_steps(before: Option<&Table>, after: &Table, change: Action) -> Vec<Step> {
    let mut steps = vec![];
    let was_enabled = before.is_some_and(|b| b.rls_enabled);
    let was_forced = before.is_some_and(|b| b.rls_forced);
    let mut push = |clause: &str, destructive: bool| {
        steps.push(
            Step::new(
                Phase::Tables,
                after.id(),
                StepAction::Attach,
                change,
                after.alter(clause),
            )
            .destructive(destructive),
        )
    };
    if after.rls_enabled != was_enabled {
        if after.rls_enabled {
            push("enable row level security", false);
        } else {
            push("disable row level security", true);
        }
    }
    if after.rls_forced != was_forced {
        if after.rls_forced {
            push("force row level security", false);
        } else {
            push("no force row level security", true);
        }
    }
    steps
}

/// Everything about a table that its own statements migrate. Owner, comments and privileges are
/// migrated elsewhere (or not at all, for owners).
fn definition_eq(a: &Table, b: &Table) -> bool {
    let Table {
        schema: _,
        name: _,
        owner: _,
        unlogged,
        rls_enabled,
        rls_forced,
        partition_key,
        partition_of,
        inherits,
        reloptions,
        tablespace,
        access_method,
        foreign,
        columns,
        replica_identity,
        comment: _,
        privileges: _,
    } = a;
    *unlogged == b.unlogged
        && *rls_enabled == b.rls_enabled
        && *rls_forced == b.rls_forced
        && *partition_key == b.partition_key
        && *partition_of == b.partition_of
        && *inherits == b.inherits
        && *reloptions == b.reloptions
        && *tablespace == b.tablespace
        && *access_method == b.access_method
        && *foreign == b.foreign
        && *replica_identity == b.replica_identity
        && columns.len() == b.columns.len()
        && columns.iter().zip(&b.columns).all(|(x, y)| column_eq(x, y))
}

// COMMENT ON names a foreign table as such; GRANT ... ON TABLE takes any table.
impl crate::core::object::CatalogObject for Table {
    fn comment_target(&self) -> String {
        format!("{} {}", self.relation_word(), self.key())
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
    fn privileges(&self) -> &[Privilege] {
        &self.privileges
    }
    // ALTER TABLE ... OWNER TO takes a foreign table too.
    fn owner(&self) -> Option<(String, &str)> {
        Some((format!("table {}", self.key()), &self.owner))
    }
}

/// The clauses adding to `child` the CHECK constraints that `parent` has in the target and `child`
/// lacks in the source: `INHERIT` and `ATTACH PARTITION` refuse a child without them, and merge
/// them into the parent's afterwards.
fn checks_to_join(cx: &Context, child: &Table, parent: &QualifiedName) -> Vec<String> {
    let has = |name: &str| {
        cx.from_lookup
            .constraint(&child.schema, &child.name, name)
            .is_some()
    };
    cx.to
        .constraints
        .iter()
        .filter(|c| c.schema == parent.schema && c.table == parent.name)
        .filter(|c| c.constraint_type == ConstraintType::Check && !has(&c.name))
        .map(|c| format!("add constraint {} {}", quote_ident(&c.name), c.definition))
        .collect()
}
