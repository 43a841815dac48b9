//! The names of NOT NULL constraints, which PostgreSQL 18 keeps as `pg_constraint` rows
//! (docs/versions.md): a column's name is its catalog's `not_null_name`, or
//! `<table>_<column>_not_null` when that is absent. Catalogs of servers before 18 know no name,
//! and nothing is compared or written from them.
//!
//! CREATE TABLE and ADD COLUMN write a name that is not the table's own (`Column::definition`);
//! here a kept column whose name changes is renamed. PostgreSQL refuses to rename a child's
//! inherited constraint ("cannot rename inherited constraint") and a parent's whose children
//! carry another name: a table leaving a tree is renamed after it leaves, one joining one before
//! it joins, and a table in a tree on both sides gets a warning instead.

use crate::core::sql::quote_ident;
use crate::core::{
    Action, Context, Identify, Lookup, ObjectId, Phase, Placement, Step, StepAction,
};
use crate::model::*;

/// The first major that names NOT NULL constraints.
const NAMED_FROM: u32 = 180000;

/// `column`'s NOT NULL constraint name in `catalog`, when the column is NOT NULL and the catalog
/// was read from a server that names them.
pub(super) fn not_null_name(catalog: &Catalog, table: &Table, column: &Column) -> Option<String> {
    if !column.not_null || catalog.server_version_num < NAMED_FROM {
        return None;
    }
    // Absent, the name is `<table>_<column>_not_null` in full (the fetch leaves out only that),
    // which is what `default_name` gives when it fits.
    Some(match &column.not_null_name {
        Some(name) => name.to_string(),
        None => default_name(&table.name, &column.name),
    })
}

/// Whether `table` is outside every inheritance and partition tree of the catalog of `lookup`
/// (no parent, no child), where PostgreSQL renames its NOT NULL constraints.
fn standalone(lookup: &Lookup, table: &Table) -> bool {
    !lookup.in_a_tree(&table.schema, &table.name)
}

/// The tables `table` was linked to in FROM (parents and children): a rename follows their
/// changes (a detach, say) and drops.
fn trees_left(cx: &Context, table: &Table) -> Vec<ObjectId> {
    let mut linked = vec![];
    for t in &cx.from.tables {
        if t.schema == table.schema && t.name == table.name {
            linked.extend(
                t.parents()
                    .map(|p| ObjectId::qualified(ObjectKind::Table, &p.schema, &p.name)),
            );
        } else if t.is_child_of(table) {
            linked.push(t.id());
        }
    }
    linked
}

/// The name PostgreSQL chooses for a table's own NOT NULL constraint: `makeObjectName(table,
/// column, "not_null")`, which cuts the longer of the two names, a byte at a time (then back to
/// a character boundary), until the whole fits in 63 bytes.
fn default_name(table: &str, column: &str) -> String {
    const LABEL: &str = "not_null";
    let available = 63 - (LABEL.len() + 2);
    let (mut a, mut b) = (table.len(), column.len());
    while a + b > available {
        if a > b {
            a -= 1;
        } else {
            b -= 1;
        }
    }
    let clip = |s: &str, mut n: usize| {
        while !s.is_char_boundary(n) {
            n -= 1;
        }
        s[..n].to_string()
    };
    format!("{}_{}_{LABEL}", clip(table, a), clip(column, b))
}

/// The name PostgreSQL gives `column`'s NOT NULL constraint when the migration sets it:
/// the table's own, or the name a parent that is NOT NULL in TARGET gives it.
fn name_given(cx: &Context, table: &Table, column: &Column, was_not_null: bool) -> Vec<String> {
    if was_not_null {
        return name_in(
            cx.from,
            &cx.from_lookup,
            &table.schema,
            &table.name,
            &column.name,
        )
        .into_iter()
        .collect();
    }
    let mut names = vec![default_name(&table.name, &column.name)];
    for parent in table.parents() {
        names.extend(name_in(
            cx.to,
            &cx.to_lookup,
            &parent.schema,
            &parent.name,
            &column.name,
        ));
    }
    names
}

/// [`not_null_name`] of the column `column` of the table `schema.table` of `catalog`.
pub(super) fn name_in(
    catalog: &Catalog,
    lookup: &Lookup,
    schema: &str,
    table: &str,
    column: &str,
) -> Option<String> {
    let t = lookup.table(schema, table)?;
    not_null_name(catalog, t, lookup.column(schema, table, column)?)
}

/// The rename of `new`'s NOT NULL constraint when TARGET names it otherwise than it is (or will
/// be once set): the name it has and the one it is given.
fn rename_wanted(
    cx: &Context,
    after: &Table,
    old: &Column,
    new: &Column,
) -> Option<(String, String)> {
    let wanted = not_null_name(cx.to, after, new)?;
    // Known on both sides, or set here: a catalog before 18 says nothing of names.
    if old.not_null && cx.from.server_version_num < NAMED_FROM {
        return None;
    }
    let given = name_given(cx, after, new, old.not_null);
    if given.contains(&wanted) {
        return None;
    }
    Some((given.first()?.clone(), wanted))
}

fn rename_sql(table: &Table, (current, wanted): &(String, String)) -> String {
    table.alter(&format!(
        "rename constraint {} to {}",
        quote_ident(current),
        quote_ident(wanted)
    ))
}

/// The renames of a table that joins an inheritance or partition tree (attached, inheriting, or
/// given children) of NOT NULL constraints it has in FROM: before it joins, as steps of the table
/// that its attach (or its children's) follow, since a constraint in a tree is renamed no more.
pub(super) fn renames_before_joining(cx: &Context, before: &Table, after: &Table) -> Vec<Step> {
    if !standalone(&cx.from_lookup, after) || standalone(&cx.to_lookup, after) {
        return vec![];
    }
    before
        .columns
        .iter()
        .filter(|old| old.not_null)
        .filter_map(|old| {
            let new = after.columns.iter().find(|n| n.name == old.name)?;
            let names = rename_wanted(cx, after, old, new)?;
            Some(Step::new(
                Phase::Tables,
                after.id(),
                StepAction::Alter,
                Action::Alter,
                rename_sql(after, &names),
            ))
        })
        .collect()
}

/// A rename of `after`'s NOT NULL constraint on `new` to TARGET's name, where it differs from
/// the one it has (or gets when the migration sets it) and PostgreSQL allows it; a warning where
/// it does not. The renames before a table joins a tree are [`renames_before_joining`]'s.
pub(super) fn rename_step(
    cx: &Context,
    after: &Table,
    old: &Column,
    new: &Column,
    warnings: &mut Vec<String>,
) -> Option<Step> {
    let names = rename_wanted(cx, after, old, new)?;
    if !standalone(&cx.to_lookup, after) {
        // A table joining a tree with the constraint it has is renamed before it joins.
        if !(standalone(&cx.from_lookup, after) && old.not_null) {
            warnings.push(format!(
                "the NOT NULL constraint of column {} of table {} is named {} in TARGET and will \
                 be {} here: PostgreSQL renames no NOT NULL constraint of a table in an \
                 inheritance or partition tree; rename it by hand if the name matters",
                quote_ident(&new.name),
                after.key(),
                quote_ident(&names.1),
                quote_ident(&names.0),
            ));
        }
        return None;
    }
    // Ordered on its own after the table's steps and those of the tables it leaves: an online
    // migration sets NOT NULL after its main transaction (concerns/online.rs), and the rename
    // follows it there.
    let mut rename = Step::new(
        Phase::Tables,
        ObjectId::column(&after.schema, &after.name, &new.name),
        StepAction::Alter,
        Action::Alter,
        rename_sql(after, &names),
    )
    .requires(after.id());
    for linked in trees_left(cx, after) {
        rename = rename.requires(linked.clone()).after_drop_of(linked);
    }
    if cx.options.online.is_some() && !old.not_null {
        rename.placement = Placement::AfterCommit;
    }
    Some(rename)
}

/// The inheritance children and partitions of `table` that set NOT NULL on their `column` in
/// this migration under a name of their own in TARGET: they set it before `table` does, which
/// would give them its name (PG18 fuzz seed 24; seed 23 is the other way round, columns.rs).
pub(super) fn children_keeping_their_name(
    cx: &Context,
    table: &Table,
    column: &str,
) -> Vec<ObjectId> {
    let Some(own) = name_in(cx.to, &cx.to_lookup, &table.schema, &table.name, column) else {
        return vec![];
    };
    cx.to
        .tables
        .iter()
        .filter(|child| child.is_child_of(table))
        .filter(|child| {
            let was_null = cx
                .from_lookup
                .column(&child.schema, &child.name, column)
                .is_some_and(|x| !x.not_null);
            was_null
                && name_in(cx.to, &cx.to_lookup, &child.schema, &child.name, column)
                    .is_some_and(|name| name != own)
        })
        .map(|child| child.id())
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{diff, Catalog, Options};

    /// A catalog read from PostgreSQL `version`, with `tables` (JSON).
    fn catalog(version: u32, tables: &str) -> Catalog {
        Catalog::from_json(&format!(
            r#"{{"format": "migra-catalog", "version": 1, "server_version_num": {version}, "tables": {tables}}}"#
        ))
        .expect("a valid catalog")
    }

    fn sql(from: &Catalog, to: &Catalog) -> String {
        diff(from, to, &Options::default()).expect("a diff").sql()
    }

    const NAMED: &str = r#"[{"schema": "s", "name": "t", "owner": "o", "columns": [
        {"name": "a", "type": "integer", "not_null": true, "not_null_name": "a_named"},
        {"name": "b", "type": "integer", "not_null": true}]}]"#;
    const PLAIN: &str = r#"[{"schema": "s", "name": "t", "owner": "o", "columns": [
        {"name": "a", "type": "integer", "not_null": true},
        {"name": "b", "type": "integer"}]}]"#;

    #[test]
    fn names_are_renamed_set_and_created_from_18() {
        let (named, plain) = (catalog(180000, NAMED), catalog(180000, PLAIN));
        assert_eq!(
            sql(&plain, &named),
            "alter table \"s\".\"t\" alter column \"b\" set not null;\n\n\
             alter table \"s\".\"t\" rename constraint \"t_a_not_null\" to \"a_named\";\n\n"
        );
        assert_eq!(
            sql(&named, &plain),
            "alter table \"s\".\"t\" alter column \"b\" drop not null;\n\n\
             alter table \"s\".\"t\" rename constraint \"a_named\" to \"t_a_not_null\";\n\n"
        );
        let created = sql(&catalog(180000, "[]"), &named);
        assert!(
            created.contains(
                "\"a\" integer constraint \"a_named\" not null,\n    \"b\" integer not null\n"
            ),
            "{created}"
        );
    }

    #[test]
    fn the_default_name_is_cut_as_postgresql_cuts_it() {
        assert_eq!(super::default_name("t", "a"), "t_a_not_null");
        // As PostgreSQL 18 names it for `create table <60 x a> (<10 x b> int not null)`: the
        // longer name is cut until both fit.
        let (table, column) = ("a".repeat(60), "b".repeat(10));
        let name = super::default_name(&table, &column);
        assert_eq!(name.len(), 63);
        assert_eq!(
            name,
            format!("{}_{}_not_null", "a".repeat(43), "b".repeat(10))
        );
        // A cut inside a character goes back to its start.
        let name = super::default_name(&"é".repeat(40), "c");
        assert_eq!(name, format!("{}_c_not_null", "é".repeat(26)));
    }

    #[test]
    fn a_catalog_before_18_knows_no_name() {
        // FROM read from 17: its NOT NULL has a name nobody read, which stays as it is.
        assert_eq!(
            sql(&catalog(170000, PLAIN), &catalog(180000, NAMED)),
            "alter table \"s\".\"t\" alter column \"b\" set not null;\n\n"
        );
    }
}
