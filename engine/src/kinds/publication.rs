//! Publications (`pg_publication`): created, dropped, their tables, schemas and options altered
//! in place; dropped and created again only when `FOR ALL TABLES` comes or goes.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.
//!
//! A publication's changes that let go of tables run early (`DropPublications`, before any
//! table is dropped: a dropped table leaves its publications by itself, and naming it afterwards
//! fails); those that take tables on run late (`CreatePublications`), after the tables and
//! schemas they name exist.

use crate::core::sql::{qualified, quote_ident, quote_literal};
use crate::core::{Action, Context, Hazard, Identify, ObjectId, Phase, Step, StepAction};
use crate::model::*;

impl Publication {
    fn definition_eq(&self, other: &Publication) -> bool {
        let Publication {
            name: _,
            owner: _,
            all_tables,
            publish,
            via_partition_root,
            generated_columns,
            tables,
            schemas,
            comment: _,
        } = self;
        *all_tables == other.all_tables
            && *publish == other.publish
            && *via_partition_root == other.via_partition_root
            && *generated_columns == other.generated_columns
            && *tables == other.tables
            && *schemas == other.schemas
    }

    /// The `WITH (...)` options that differ from `base`'s (from the defaults: every operation
    /// published, neither via the root nor generated columns, when `base` is `None`).
    fn options(&self, base: Option<&Publication>) -> Vec<String> {
        let all: Vec<Text> = ["insert", "update", "delete", "truncate"]
            .map(Text::from)
            .to_vec();
        let publish = base.map_or(&all, |b| &b.publish);
        let via_root = base.is_some_and(|b| b.via_partition_root);
        let generated = base.and_then(|b| b.generated_columns.as_deref());
        let mut options = vec![];
        if self.publish != *publish {
            options.push(format!(
                "publish = {}",
                quote_literal(&self.publish.join(", "))
            ));
        }
        if self.via_partition_root != via_root {
            options.push(format!(
                "publish_via_partition_root = {}",
                self.via_partition_root
            ));
        }
        if self.generated_columns.as_deref() != generated {
            let value = self.generated_columns.as_deref().unwrap_or("none");
            options.push(format!("publish_generated_columns = {value}"));
        }
        options
    }

    fn create_step(&self, change: Action) -> Step {
        let tables: Vec<&PublicationTable> = self.tables.iter().collect();
        let schemas: Vec<&Text> = self.schemas.iter().collect();
        let mut sql = format!("create publication {}", quote_ident(&self.name));
        if self.all_tables {
            sql.push_str(" for all tables");
        } else {
            let objects = objects_sql(&tables, &schemas);
            if !objects.is_empty() {
                sql.push_str(&format!(" for {objects}"));
            }
        }
        let options = self.options(None);
        if !options.is_empty() {
            sql.push_str(&format!(" with ({})", options.join(", ")));
        }
        sql.push(';');
        let step = Step::new(
            Phase::CreatePublications,
            self.id(),
            StepAction::Create,
            change,
            sql,
        );
        requiring(step, &tables, &schemas)
    }

    fn drop_step(&self, change: Action) -> Step {
        Step::new(
            Phase::DropPublications,
            self.id(),
            StepAction::Drop,
            change,
            format!("drop publication if exists {};", quote_ident(&self.name)),
        )
        .hazard(Hazard::DropsObject)
    }
}

/// `table a (x, y) where (...), b, tables in schema s, t`.
fn objects_sql(tables: &[&PublicationTable], schemas: &[&Text]) -> String {
    let mut parts = vec![];
    if !tables.is_empty() {
        let tables: Vec<String> = tables.iter().map(|t| table_sql(t)).collect();
        parts.push(format!("table {}", tables.join(", ")));
    }
    if !schemas.is_empty() {
        let schemas: Vec<String> = schemas.iter().map(|s| quote_ident(s)).collect();
        parts.push(format!("tables in schema {}", schemas.join(", ")));
    }
    parts.join(", ")
}

fn table_sql(t: &PublicationTable) -> String {
    let mut sql = qualified(&t.schema, &t.name);
    if let Some(columns) = &t.columns {
        let columns: Vec<String> = columns.iter().map(|c| quote_ident(c)).collect();
        sql.push_str(&format!(" ({})", columns.join(", ")));
    }
    if let Some(filter) = &t.row_filter {
        sql.push_str(&format!(" where ({filter})"));
    }
    sql
}

/// The step waits for the tables and schemas it names.
fn requiring(mut step: Step, tables: &[&PublicationTable], schemas: &[&Text]) -> Step {
    for t in tables {
        step = step.requires(table_id(t));
    }
    for s in schemas {
        step = step.requires(ObjectId::of(
            ObjectKind::Schema,
            IdentityFields {
                name: s,
                ..IdentityFields::default()
            },
        ));
    }
    step
}

fn table_id(t: &PublicationTable) -> ObjectId {
    ObjectId::qualified(ObjectKind::Table, &t.schema, &t.name)
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.publications.differences(|a, b| {
        a.definition_eq(b) && !b.tables.iter().any(|t| cx.must_recreate(&table_id(t)))
    });
    for (_, p) in &d.removed {
        out.push(p.drop_step(Action::Drop));
    }
    for (_, p) in &d.added {
        out.push(p.create_step(Action::Create));
    }
    for (_, before, after) in &d.modified {
        if before.all_tables != after.all_tables {
            out.push(before.drop_step(Action::Replace));
            out.push(after.create_step(Action::Replace));
            continue;
        }
        alter(cx, before, after, out);
    }
}

/// Tables and schemas let go of (early) and taken on (late), then the options.
fn alter(cx: &Context, before: &Publication, after: &Publication, out: &mut Vec<Step>) {
    let name = quote_ident(&after.name);
    let step = |phase: Phase, sql: String, destructive: bool| {
        Step::new(phase, after.id(), StepAction::Alter, Action::Alter, sql).destructive(destructive)
    };
    let same_table =
        |a: &PublicationTable, b: &PublicationTable| a.schema == b.schema && a.name == b.name;
    // A table created again by the migration has left the publication with its old self.
    let recreated = |t: &PublicationTable| cx.must_recreate(&table_id(t));
    let let_go: Vec<&PublicationTable> = before
        .tables
        .iter()
        .filter(|t| !recreated(t) && !after.tables.contains(t))
        .collect();
    let taken: Vec<&PublicationTable> = after
        .tables
        .iter()
        .filter(|t| recreated(t) || !before.tables.contains(t))
        .collect();
    if !let_go.is_empty() {
        let names: Vec<String> = let_go
            .iter()
            .map(|t| qualified(&t.schema, &t.name))
            .collect();
        // A table only changing its column list or filter is taken on again below.
        let leaves = let_go
            .iter()
            .any(|t| !after.tables.iter().any(|n| same_table(t, n)));
        out.push(step(
            Phase::DropPublications,
            format!("alter publication {name} drop table {};", names.join(", ")),
            leaves,
        ));
    }
    let schemas_gone: Vec<&Text> = before
        .schemas
        .iter()
        .filter(|s| !after.schemas.contains(s))
        .collect();
    if !schemas_gone.is_empty() {
        let names: Vec<String> = schemas_gone.iter().map(|s| quote_ident(s)).collect();
        out.push(step(
            Phase::DropPublications,
            format!(
                "alter publication {name} drop tables in schema {};",
                names.join(", ")
            ),
            true,
        ));
    }
    let schemas_new: Vec<&Text> = after
        .schemas
        .iter()
        .filter(|s| !before.schemas.contains(s))
        .collect();
    if !taken.is_empty() || !schemas_new.is_empty() {
        let sql = format!(
            "alter publication {name} add {};",
            objects_sql(&taken, &schemas_new)
        );
        let s = step(Phase::CreatePublications, sql, false);
        out.push(requiring(s, &taken, &schemas_new));
    }
    let options = after.options(Some(before));
    if !options.is_empty() {
        out.push(step(
            Phase::CreatePublications,
            format!("alter publication {name} set ({});", options.join(", ")),
            false,
        ));
    }
}

crate::core::object::catalog_object!(Publication, comment: "publication", owner: "publication");
