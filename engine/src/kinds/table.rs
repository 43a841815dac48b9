//! Tables and their columns (`pg_class` relkind `r` and `p`, `pg_attribute`).
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::model::Catalog;
use std::borrow::Cow;

use crate::core::sql::{qualified, quote_ident};
use crate::core::Matching;
use crate::core::{differences, Context, Recreated, TypeMoves};
use crate::core::{Action, Hazard};
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::core::Identify;
use crate::model::*;

impl Table {
    fn create_sql(&self) -> String {
        let unlogged = if self.unlogged { "unlogged " } else { "" };
        let mut sql = format!("create {unlogged}table {}", self.key());
        if let Some(part) = &self.partition_of {
            sql.push_str(&format!(
                " partition of {} {}",
                qualified(&part.parent.schema, &part.parent.name),
                part.bound
            ));
        } else {
            // Inherited columns come from the parents; listing them would make them local.
            let columns: Vec<String> = self
                .columns
                .iter()
                .filter(|c| !c.inherited)
                .map(|c| format!("    {}", c.definition()))
                .collect();
            sql.push_str(" (");
            if !columns.is_empty() {
                sql.push('\n');
                sql.push_str(&columns.join(",\n"));
            }
            sql.push_str("\n)");
            if !self.inherits.is_empty() {
                let parents: Vec<String> = self
                    .inherits
                    .iter()
                    .map(|p| qualified(&p.schema, &p.name))
                    .collect();
                sql.push_str(&format!(" inherits ({})", parents.join(", ")));
            }
        }
        if let Some(key) = &self.partition_key {
            sql.push_str(&format!(" partition by {key}"));
        }
        if let Some(method) = &self.access_method {
            sql.push_str(&format!(" using {}", quote_ident(method)));
        }
        if !self.reloptions.is_empty() {
            sql.push_str(&format!(" with ({})", self.reloptions.join(", ")));
        }
        if let Some(tablespace) = &self.tablespace {
            sql.push_str(&format!(" tablespace {}", quote_ident(tablespace)));
        }
        sql.push_str(";\n");
        sql
    }

    pub(crate) fn alter(&self, clause: &str) -> String {
        format!("alter table {} {clause};", self.key())
    }
}

impl Column {
    /// The column as CREATE TABLE and ADD COLUMN spell it, in migra's clause order.
    pub(crate) fn definition(&self) -> String {
        let mut sql = format!("{} {}", quote_ident(&self.name), self.type_name);
        if let Some(collation) = &self.collation {
            sql.push_str(&format!(" collate {}", collation_name(collation)));
        }
        if let Some(identity) = &self.identity {
            sql.push_str(&format!(
                " generated {} as identity",
                identity.generation.sql()
            ));
            let options = identity
                .sequence
                .as_ref()
                .map(|s| s.clauses())
                .unwrap_or_default();
            let options: Vec<String> = options
                .into_iter()
                .filter(|c| !c.starts_with("as "))
                .collect();
            if !options.is_empty() {
                sql.push_str(&format!(" ({})", options.join(" ")));
            }
        }
        if self.not_null {
            sql.push_str(" not null");
        }
        if let Some(generated) = &self.generated {
            let kind = match generated.kind {
                GeneratedKind::Stored => "stored",
                GeneratedKind::Virtual => "virtual",
            };
            sql.push_str(&format!(
                " generated always as ({}) {kind}",
                generated.expression
            ));
        } else if let Some(default) = &self.default {
            sql.push_str(&format!(" default {default}"));
        }
        sql
    }

    fn type_with_collation(&self) -> String {
        match &self.collation {
            Some(c) => format!("{} collate {}", self.type_name, collation_name(c)),
            None => self.type_name.to_string(),
        }
    }
}

/// migra names a column's collation without its schema when it lives in `public` or `pg_catalog`,
/// which are on every search path it was run with.
fn collation_name(c: &QualifiedName) -> String {
    if c.schema == "pg_catalog" || c.schema == "public" {
        quote_ident(&c.name)
    } else {
        qualified(&c.schema, &c.name)
    }
}

impl IdentityGeneration {
    fn sql(self) -> &'static str {
        match self {
            IdentityGeneration::Always => "always",
            IdentityGeneration::ByDefault => "by default",
        }
    }
}

/// Whether a column must be dropped and added again rather than altered: PostgreSQL cannot turn a
/// plain column into a generated one, change a generated expression before 17, or change whether
/// a column is inherited.
fn must_readd(before: &Column, after: &Column) -> bool {
    let generation_added = before.generated.is_none() && after.generated.is_some();
    let expression_changed = before.generated.is_some()
        && after.generated.is_some()
        && before.generated != after.generated;
    generation_added || expression_changed || before.inherited != after.inherited
}

fn table_needs_recreate(before: &Table, after: &Table) -> bool {
    before.partition_key.is_some() != after.partition_key.is_some()
        || (before.partition_key.is_some() && before.partition_key != after.partition_key)
}

/// Tables that must be dropped and created again (a change of partitioning).
pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let d = matched
        .tables
        .differences(|a, b| !table_needs_recreate(a, b));
    d.modified.iter().map(|(_, _, t)| t.id()).collect()
}

/// A column that is dropped or re-added, or whose type changes: what depends on it must be recreated.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct ReshapedColumn {
    pub table: ObjectId,
    pub column: Text,
    /// Dropped (perhaps to be added again), rather than changing type in place.
    pub dropped: bool,
}

pub(crate) fn reshaped_columns(
    matched: &Matching,
    from: &Catalog,
    to: &Catalog,
    recreated: &Recreated,
) -> Vec<ReshapedColumn> {
    let recreated_types = recreated.names();
    let mut out = vec![];
    let d = matched.tables.differences(|a, b| a == b);
    // An unchanged table's columns change only through a recreated type they use.
    let unchanged = d.unchanged.iter().filter(|_| !recreated_types.is_empty());
    for (_, before, after) in d.modified.iter().chain(unchanged) {
        for (position, c) in columns_as_linked(from, to, before, after)
            .iter()
            .enumerate()
        {
            // Columns mostly keep their position: look there first.
            let same_name = |x: &&Column| x.name == c.name;
            let counterpart = after.columns.get(position).filter(same_name);
            let counterpart = counterpart.or_else(|| after.columns.iter().find(same_name));
            let (reshaped, dropped) = match counterpart {
                None => (true, true),
                Some(n) if must_readd(c, n) => (true, true),
                Some(n) => {
                    let retyped = n.type_name != c.type_name
                        || n.collation != c.collation
                        || n.type_ref.as_ref().is_some_and(|t| {
                            recreated_types
                                .iter()
                                .any(|(s, e)| *s == t.schema && *e == t.name)
                        });
                    (retyped, false)
                }
            };
            if reshaped {
                out.push(ReshapedColumn {
                    table: after.id(),
                    column: c.name.clone(),
                    dropped,
                });
            }
        }
    }
    out
}

pub(crate) fn diff(cx: &Context, types: TypeMoves, out: &mut Vec<Step>) {
    let d = cx.matched.tables.differences(definition_eq);
    let phase = Phase::Tables;

    for (_, t) in &d.removed {
        out.push(
            Step::new(
                phase,
                t.id(),
                StepAction::Drop,
                Action::Drop,
                format!("drop table {};", t.key()),
            )
            .hazard(Hazard::DropsData),
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
    out.extend(types.recasts);
    out.extend(types.set_defaults);
    out.extend(types.drop_old);
    let moved_columns = types.moved_columns;

    // First pass over changed tables: whole-table changes.
    for (_, before, after) in &d.modified {
        if table_needs_recreate(before, after) {
            out.push(
                Step::new(
                    phase,
                    after.id(),
                    StepAction::Drop,
                    Action::Replace,
                    format!("drop table {};", after.key()),
                )
                .hazard(Hazard::DropsData),
            );
            out.push(Step::new(
                phase,
                after.id(),
                StepAction::Create,
                Action::Replace,
                after.create_sql(),
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
                    .hazard(Hazard::ScansTable),
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
        if before.reloptions != after.reloptions {
            let removed: Vec<&str> = before
                .reloptions
                .iter()
                .map(|o| o.split('=').next().unwrap_or(o))
                .filter(|name| {
                    !after
                        .reloptions
                        .iter()
                        .any(|o| o.split('=').next() == Some(name))
                })
                .collect();
            if !removed.is_empty() {
                out.push(step(
                    format!("reset ({})", removed.join(", ")),
                    StepAction::Attach,
                    false,
                ));
            }
            let set: Vec<&Text> = after
                .reloptions
                .iter()
                .filter(|o| !before.reloptions.contains(o))
                .collect();
            if !set.is_empty() {
                let set: Vec<&str> = set.iter().map(|s| s.as_str()).collect();
                out.push(step(
                    format!("set ({})", set.join(", ")),
                    StepAction::Attach,
                    false,
                ));
            }
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

    reset_defaults(cx, &moved_columns, out);

    // Second pass: columns, then row-level security; inheritance children after their parents.
    let mut second: Vec<&(String, &Table, &Table)> = d.modified.iter().collect();
    second.sort_by_key(|(key, _, after)| (!after.inherits.is_empty(), key.clone()));
    for (_, before, after) in second {
        if table_needs_recreate(before, after) {
            continue;
        }
        diff_columns(cx, before, after, out);
        out.extend(rls_steps(Some(before), after, Action::Alter));
    }
}

impl Table {
    pub(crate) fn key_of(name: &QualifiedName) -> String {
        qualified(&name.schema, &name.name)
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
        columns,
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
        && columns.len() == b.columns.len()
        && columns.iter().zip(&b.columns).all(|(x, y)| column_eq(x, y))
}

fn column_eq(a: &Column, b: &Column) -> bool {
    let Column {
        name,
        type_name,
        type_ref: _,
        collation,
        default,
        not_null,
        identity,
        generated,
        inherited,
        comment: _,
        privileges: _,
    } = a;
    *name == b.name
        && *type_name == b.type_name
        && *collation == b.collation
        && *default == b.default
        && *not_null == b.not_null
        && *identity == b.identity
        && *generated == b.generated
        && *inherited == b.inherited
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
fn columns_as_linked<'t>(
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

fn diff_columns(cx: &Context, before: &Table, after: &Table, out: &mut Vec<Step>) {
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
    for (_, old, new) in &d.modified {
        if must_readd(old, new) {
            if !old.inherited {
                removed.push(old);
            }
            if !new.inherited {
                added.push(new);
            }
        } else {
            modified.push((*old, *new));
        }
    }
    removed.sort_by(|a, b| a.name.cmp(&b.name));
    added.sort_by(|a, b| a.name.cmp(&b.name));
    let readded = |name: &str| removed.iter().any(|c| c.name == name);

    let step = |sql: String, action: StepAction, destructive: bool| {
        Step::new(Phase::Tables, after.id(), action, Action::Alter, sql).destructive(destructive)
    };
    for c in &removed {
        if c.inherited {
            continue;
        }
        let mut drop = step(
            after.alter(&format!("drop column {}", quote_ident(&c.name))),
            StepAction::Alter,
            true,
        )
        .hazard(Hazard::DropsData);
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
        let mut s = step(
            after.alter(&format!("add column {}", c.definition())),
            StepAction::Alter,
            false,
        );
        if c.generated.is_some()
            || (c.default.is_some() && c.default.as_deref().is_some_and(|d| d.contains('(')))
        {
            s = s.hazard(Hazard::RewritesTable);
        }
        if readded(&c.name) {
            s = s.hazard(Hazard::DropsData);
        }
        for child in children_giving_up_theirs {
            s = s.requires(child);
        }
        out.push(s);
    }
    for (old, new) in modified {
        for (clause, destructive, hazard) in alter_column_clauses(old, new) {
            let mut s = step(
                after.alter(&format!("alter column {} {clause}", quote_ident(&new.name))),
                StepAction::Alter,
                destructive,
            );
            if let Some(h) = hazard {
                s = s.hazard(h);
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
    }
}

/// migra's clause order: default, NOT NULL added, identity, NOT NULL dropped, type.
fn alter_column_clauses(old: &Column, new: &Column) -> Vec<(String, bool, Option<Hazard>)> {
    let mut clauses = vec![];
    // An identity column cannot take a default: the identity goes first when both change.
    let identity_dropped = old.identity.is_some() && new.identity.is_none();
    if identity_dropped && new.default.is_some() {
        clauses.push(("drop identity".to_string(), true, None));
    }
    if old.generated.is_some() && new.generated.is_none() {
        clauses.push(("drop expression".to_string(), false, None));
    }
    if old.default != new.default {
        match &new.default {
            Some(d) => clauses.push((format!("set default {d}"), false, None)),
            None if old.generated.is_none() => {
                clauses.push(("drop default".to_string(), true, None))
            }
            None => {}
        }
    }
    // Identity columns are NOT NULL by construction; adding identity sets it, dropping it keeps it.
    if new.not_null && !old.not_null {
        clauses.push(("set not null".to_string(), false, Some(Hazard::ScansTable)));
    }
    match (&old.identity, &new.identity) {
        (None, Some(id)) => {
            let mut clause = format!("add generated {} as identity", id.generation.sql());
            let options: Vec<String> = id
                .sequence
                .as_ref()
                .map(|s| s.clauses())
                .unwrap_or_default()
                .into_iter()
                .filter(|c| !c.starts_with("as "))
                .collect();
            if !options.is_empty() {
                clause.push_str(&format!(" ({})", options.join(" ")));
            }
            clauses.push((clause, false, None));
        }
        (Some(_), None) if new.default.is_none() => {
            clauses.push(("drop identity".to_string(), true, None))
        }
        (Some(_), None) => {}
        (Some(a), Some(b)) => {
            if a.generation != b.generation {
                clauses.push((format!("set generated {}", b.generation.sql()), false, None));
            }
            if let (Some(sa), Some(sb)) = (&a.sequence, &b.sequence) {
                let changes: Vec<String> = sb
                    .alter_clauses(sa)
                    .into_iter()
                    .filter(|c| !c.starts_with("as "))
                    .map(|c| format!("set {c}"))
                    .collect();
                if !changes.is_empty() {
                    clauses.push((changes.join(" "), false, None));
                }
            }
        }
        (None, None) => {}
    }
    if old.not_null && !new.not_null {
        clauses.push(("drop not null".to_string(), true, None));
    }
    if old.type_name != new.type_name || old.collation != new.collation {
        let is_enum = |c: &Column| {
            c.type_ref
                .as_ref()
                .is_some_and(|t| t.kind == Some(ObjectKind::Enum))
        };
        let through_text = if is_enum(old) && is_enum(new) {
            "::text"
        } else {
            ""
        };
        clauses.push((
            format!(
                "set data type {} using {}{through_text}::{}",
                new.type_with_collation(),
                quote_ident(&new.name),
                new.type_name
            ),
            true,
            Some(Hazard::RewritesTable),
        ));
    }
    clauses
}

/// Defaults that use a function (or sequence, type) being replaced are dropped before it goes and
/// set again once it is back.
fn reset_defaults(cx: &Context, moved_columns: &[(ObjectId, Text)], out: &mut Vec<Step>) {
    let mut by_column: std::collections::BTreeMap<(&ObjectId, &Text), Vec<&ObjectId>> =
        std::collections::BTreeMap::new();
    for (table_id, column_name, replaced) in &cx.reset_defaults {
        by_column
            .entry((table_id, column_name))
            .or_default()
            .push(replaced);
    }
    for ((table_id, column_name), replaced) in by_column {
        // Columns moved to a recreated enum have their defaults handled with the move.
        if moved_columns
            .iter()
            .any(|(t, c)| t == table_id && c == column_name)
        {
            continue;
        }
        let Some(table) = cx.to.tables.iter().find(|t| &t.id() == table_id) else {
            continue;
        };
        let before = cx
            .from
            .tables
            .iter()
            .find(|t| &t.id() == table_id)
            .and_then(|t| t.columns.iter().find(|c| &c.name == column_name));
        let after = table.columns.iter().find(|c| &c.name == column_name);
        let (Some(before), Some(after)) = (before, after) else {
            continue;
        };
        let (Some(_), Some(default)) = (&before.default, &after.default) else {
            continue;
        };
        let column = quote_ident(column_name);
        out.push(
            Step::new(
                Phase::DropConstraints,
                table.id(),
                StepAction::Drop,
                Action::Alter,
                table.alter(&format!("alter column {column} drop default")),
            )
            .destructive(false),
        );
        let mut set = Step::new(
            Phase::CreateSelectables,
            table.id(),
            StepAction::Attach,
            Action::Alter,
            table.alter(&format!("alter column {column} set default {default}")),
        );
        for object in replaced {
            set = set.requires(object.clone());
        }
        out.push(set);
    }
}

crate::core::object::catalog_object!(Table, comment: "table", grant: "table", public: None);

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
