//! The hazards that depend on which table a statement acts on and whether that table exists
//! before the migration. A hazard is true of its statement alone, as the server shows it
//! (tests/tests/hazards.rs runs every statement of the round-trip cases and checks):
//!
//! - `ACCESS_EXCLUSIVE_LOCK` on every statement that takes that lock on a table that exists
//!   before the migration: altering or dropping the table (COMMENT, GRANT, REVOKE, VALIDATE
//!   CONSTRAINT and storage parameters other than `user_catalog_table` take less), adding a
//!   constraint other than a foreign key (SHARE ROW EXCLUSIVE), dropping a constraint, an index
//!   (not `CONCURRENTLY`, and not one that went with its constraint) or a trigger, creating,
//!   altering or dropping a policy, creating a partition of it;
//! - a statement on a table or materialized view the migration creates, or drops and creates
//!   again, locks, scans and rewrites nothing that existed before and finds no rows to fail on:
//!   it carries none of `ACCESS_EXCLUSIVE_LOCK`, `SCANS_TABLE`, `REWRITES_TABLE`,
//!   `MAY_FAIL_ON_EXISTING_ROWS`.

use std::collections::BTreeSet;

use crate::core::sql::quote_ident;
use crate::core::{Action, Hazard, Lookup, Step, StepAction};
use crate::model::{Catalog, ConstraintType, ObjectKind};

/// Hazards only true of statements on relations that exist before the migration.
const ON_EXISTING_ROWS: [Hazard; 4] = [
    Hazard::AccessExclusiveLock,
    Hazard::ScansTable,
    Hazard::RewritesTable,
    Hazard::MayFailOnExistingRows,
];

pub(super) fn mark(steps: &mut [Step], from: &Catalog, to: &Catalog) {
    let catalogs = Relations::new(from, to);
    // Tables and materialized views the migration creates, or drops and creates again.
    let created: BTreeSet<(String, String)> = steps
        .iter()
        .filter(|s| {
            matches!(
                s.object.kind,
                ObjectKind::Table | ObjectKind::MaterializedView
            ) && s.action == StepAction::Create
        })
        .filter_map(|s| s.object.identity.as_ref())
        .map(|id| (id.schema.to_string(), id.name.to_string()))
        .collect();
    let is_created = |schema: &str, name: &str| created.contains(&(schema.into(), name.into()));
    for step in steps.iter_mut() {
        let Some((schema, relation)) = catalogs.relation_of(step) else {
            // A column's own step (`ObjectId::column`) alters a table the migration keeps.
            let column_of_kept_table = step.object.kind == ObjectKind::Table
                && step.change != Action::Create
                && step.action != StepAction::Create;
            if column_of_kept_table && !weaker_on_table(&step.sql) {
                add(step, Hazard::AccessExclusiveLock);
            }
            continue;
        };
        // What a step other than a drop does to a relation created by the migration, it does
        // to the new one.
        let new = step.action != StepAction::Drop && is_created(schema, relation);
        let creates_it = step.action == StepAction::Create
            && matches!(
                step.object.kind,
                ObjectKind::Table | ObjectKind::MaterializedView
            );
        if new && !creates_it {
            step.hazards.retain(|h| !ON_EXISTING_ROWS.contains(h));
            continue;
        }
        let id = step.object.identity.as_ref();
        let locks = match step.object.kind {
            ObjectKind::Table if creates_it => id
                .and_then(|id| catalogs.parent_in_to(&id.schema, &id.name))
                .is_some_and(|(s, parent)| catalogs.existed(s, parent) && !is_created(s, parent)),
            ObjectKind::Table => step.change != Action::Create && !weaker_on_table(&step.sql),
            ObjectKind::Constraint => {
                let name = id.map(|id| quote_ident(&id.name)).unwrap_or_default();
                let foreign_key = id.is_some_and(|id| {
                    catalogs
                        .to
                        .constraint(&id.schema, &id.table, &id.name)
                        .is_some_and(|c| c.constraint_type == ConstraintType::ForeignKey)
                });
                // Dropped (also as a change to its table, left behind by a detach), or added.
                step.sql.ends_with(&format!(" drop constraint {name};"))
                    || (step.sql.contains(&format!(" add constraint {name} ")) && !foreign_key)
            }
            // An index behind a constraint went with the constraint: its `drop index if exists`
            // finds nothing.
            ObjectKind::Index => {
                let behind_a_constraint = id.is_some_and(|id| {
                    catalogs
                        .from
                        .index(&id.schema, &id.name)
                        .is_some_and(|i| i.constraint.is_some())
                });
                step.sql.starts_with("drop index if exists ") && !behind_a_constraint
            }
            ObjectKind::Trigger => step.action == StepAction::Drop,
            ObjectKind::Policy => step.action != StepAction::Attach,
            // CREATE RULE, DROP RULE and ENABLE/DISABLE RULE (an attachment) all lock the table.
            ObjectKind::Rule => {
                step.action != StepAction::Attach || step.sql.starts_with("alter table ")
            }
            _ => false,
        };
        let on_existing_table = creates_it || catalogs.existed(schema, relation);
        if locks && on_existing_table {
            add(step, Hazard::AccessExclusiveLock);
        }
    }
}

fn add(step: &mut Step, hazard: Hazard) {
    if !step.hazards.contains(&hazard) {
        step.hazards.push(hazard);
    }
}

/// Statements on a table that take a weaker lock than ACCESS EXCLUSIVE: COMMENT and VALIDATE
/// CONSTRAINT take SHARE UPDATE EXCLUSIVE, as do storage parameters (`set (fillfactor=70)`,
/// `reset (autovacuum_enabled)`) but `user_catalog_table`, a column's statistics target and
/// options, `CLUSTER ON` and `SET WITHOUT CLUSTER`; GRANT and REVOKE lock no table.
fn weaker_on_table(sql: &str) -> bool {
    let storage_parameters = sql.starts_with("alter table ")
        && (sql.contains(" set (") || sql.contains(" reset ("))
        && !sql.contains("user_catalog_table");
    // A column's statistics target and options, and CLUSTER ON: SHARE UPDATE EXCLUSIVE.
    let column_statistics = sql.starts_with("alter table ") && sql.contains(" set statistics ");
    let cluster = sql.starts_with("alter table ")
        && (sql.contains(" cluster on ") || sql.ends_with(" set without cluster;"));
    column_statistics
        || cluster
        || sql.starts_with("comment on ")
        || sql.starts_with("grant ")
        || sql.starts_with("revoke ")
        || sql.contains(" validate constraint ")
        || storage_parameters
}

/// What the marking asks of the two catalogs, by binary search in their sorted lists: the diff
/// stays linear in the size of the schema.
struct Relations<'a> {
    from: Lookup<'a>,
    to: Lookup<'a>,
}

impl<'a> Relations<'a> {
    fn new(from: &'a Catalog, to: &'a Catalog) -> Relations<'a> {
        Relations {
            from: Lookup::new(from),
            to: Lookup::new(to),
        }
    }

    /// Whether FROM has the table.
    fn existed(&self, schema: &str, table: &str) -> bool {
        self.from.table(schema, table).is_some()
    }

    /// The partitioned table of a partition of TO.
    fn parent_in_to(&self, schema: &str, table: &str) -> Option<(&'a str, &'a str)> {
        let parent = &self.to.table(schema, table)?.partition_of.as_ref()?.parent;
        Some((parent.schema.as_str(), parent.name.as_str()))
    }

    /// The table or materialized view a step acts on: its own object, or the table of a
    /// constraint, index, trigger, policy or rule.
    fn relation_of<'s>(&'s self, step: &'s Step) -> Option<(&'s str, &'s str)> {
        let id = step.object.identity.as_ref()?;
        match step.object.kind {
            ObjectKind::Table | ObjectKind::MaterializedView => Some((&id.schema, &id.name)),
            ObjectKind::Constraint
            | ObjectKind::Trigger
            | ObjectKind::Policy
            | ObjectKind::Rule => Some((&id.schema, &id.table)),
            ObjectKind::Index => {
                let (first, second) = if step.action == StepAction::Drop {
                    (&self.from, &self.to)
                } else {
                    (&self.to, &self.from)
                };
                let index = first
                    .index(&id.schema, &id.name)
                    .or_else(|| second.index(&id.schema, &id.name))?;
                Some((&id.schema, &index.table))
            }
            _ => None,
        }
    }
}
