//! The names of NOT NULL constraints, which PostgreSQL 18 keeps as `pg_constraint` rows
//! (docs/versions.md): a column's name is its catalog's `not_null_name`, or
//! `<table>_<column>_not_null` when that is absent. Catalogs of servers before 18 know no name,
//! and nothing is compared or written from them.
//!
//! CREATE TABLE and ADD COLUMN write a name that is not the table's own (`Column::definition`);
//! here a kept column whose name changes is renamed. PostgreSQL refuses to rename a child's
//! inherited constraint ("cannot rename inherited constraint") and a parent's whose children
//! carry another name, so a table in an inheritance or partition tree gets a warning instead.

use crate::core::sql::quote_ident;
use crate::core::{Action, Context, Identify, ObjectId, Phase, Placement, Step, StepAction};
use crate::model::*;

/// The first major that names NOT NULL constraints.
const NAMED_FROM: u32 = 180000;

/// `column`'s NOT NULL constraint name in `catalog`, when the column is NOT NULL and the catalog
/// was read from a server that names them.
pub(super) fn not_null_name(catalog: &Catalog, table: &Table, column: &Column) -> Option<String> {
    if !column.not_null || catalog.server_version_num < NAMED_FROM {
        return None;
    }
    Some(match &column.not_null_name {
        Some(name) => name.to_string(),
        None => format!("{}_{}_not_null", table.name, column.name),
    })
}

/// Whether `table` is outside every inheritance and partition tree on both sides, where its
/// NOT NULL constraints can be renamed.
fn outside_trees(cx: &Context, table: &Table) -> bool {
    let in_tree = |c: &Catalog| {
        c.tables.iter().any(|t| {
            let is_it = t.schema == table.schema && t.name == table.name;
            let parent_of = t
                .partition_of
                .iter()
                .map(|p| &p.parent)
                .chain(&t.inherits)
                .any(|p| p.schema == table.schema && p.name == table.name);
            parent_of || (is_it && (t.partition_of.is_some() || !t.inherits.is_empty()))
        })
    };
    !in_tree(cx.from) && !in_tree(cx.to)
}

/// The name PostgreSQL gives `column`'s NOT NULL constraint when the migration sets it:
/// the table's own, or the name a parent that is NOT NULL in TARGET gives it.
fn name_given(cx: &Context, table: &Table, column: &Column, was_not_null: bool) -> Vec<String> {
    let mut names = vec![];
    if was_not_null {
        if let Some(before) = cx
            .from
            .tables
            .iter()
            .find(|t| t.schema == table.schema && t.name == table.name)
            .and_then(|t| Some((t, t.columns.iter().find(|c| c.name == column.name)?)))
            .and_then(|(t, c)| not_null_name(cx.from, t, c))
        {
            names.push(before);
        }
        return names;
    }
    names.push(format!("{}_{}_not_null", table.name, column.name));
    for parent in table
        .partition_of
        .iter()
        .map(|p| &p.parent)
        .chain(&table.inherits)
    {
        let name = cx
            .to
            .tables
            .iter()
            .find(|t| t.schema == parent.schema && t.name == parent.name)
            .and_then(|t| Some((t, t.columns.iter().find(|c| c.name == column.name)?)))
            .and_then(|(t, c)| not_null_name(cx.to, t, c));
        names.extend(name);
    }
    names
}

/// A rename of `after`'s NOT NULL constraint on `new` to TARGET's name, where it differs from
/// the one it has (or gets when the migration sets it) and PostgreSQL allows it; a warning where
/// it does not.
pub(super) fn rename_step(
    cx: &Context,
    after: &Table,
    old: &Column,
    new: &Column,
    warnings: &mut Vec<String>,
) -> Option<Step> {
    let wanted = not_null_name(cx.to, after, new)?;
    // Known on both sides, or set here: a catalog before 18 says nothing of names.
    if old.not_null && cx.from.server_version_num < NAMED_FROM {
        return None;
    }
    let given = name_given(cx, after, new, old.not_null);
    if given.contains(&wanted) {
        return None;
    }
    let current = given.first()?;
    if !outside_trees(cx, after) {
        warnings.push(format!(
            "the NOT NULL constraint of column {} of table {} is named {} in TARGET and will be \
             {} here: PostgreSQL renames no NOT NULL constraint of a table in an inheritance \
             or partition tree; rename it by hand if the name matters",
            quote_ident(&new.name),
            after.key(),
            quote_ident(&wanted),
            quote_ident(current),
        ));
        return None;
    }
    // Ordered on its own after the table's steps: an online migration sets NOT NULL after its
    // main transaction (concerns/online.rs), and the rename follows it there.
    let mut rename = Step::new(
        Phase::Tables,
        ObjectId::column(&after.schema, &after.name, &new.name),
        StepAction::Alter,
        Action::Alter,
        after.alter(&format!(
            "rename constraint {} to {}",
            quote_ident(current),
            quote_ident(&wanted)
        )),
    )
    .requires(after.id());
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
    let name_in = |c: &Catalog, t: &Table| {
        t.columns
            .iter()
            .find(|x| x.name == column)
            .and_then(|x| not_null_name(c, t, x))
    };
    let Some(own) = name_in(cx.to, table) else {
        return vec![];
    };
    cx.to
        .tables
        .iter()
        .filter(|child| {
            child
                .partition_of
                .iter()
                .map(|p| &p.parent)
                .chain(&child.inherits)
                .any(|p| p.schema == table.schema && p.name == table.name)
        })
        .filter(|child| {
            let was_null = cx
                .from
                .tables
                .iter()
                .find(|t| t.schema == child.schema && t.name == child.name)
                .and_then(|t| t.columns.iter().find(|x| x.name == column))
                .is_some_and(|x| !x.not_null);
            was_null && name_in(cx.to, child).is_some_and(|name| name != own)
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
    fn a_catalog_before_18_knows_no_name() {
        // FROM read from 17: its NOT NULL has a name nobody read, which stays as it is.
        assert_eq!(
            sql(&catalog(170000, PLAIN), &catalog(180000, NAMED)),
            "alter table \"s\".\"t\" alter column \"b\" set not null;\n\n"
        );
    }
}
