//! Table constraints (`pg_constraint` with `conrelid <> 0`). NOT NULL constraints (PostgreSQL 18) are
//! folded into the column's `not_null` and never listed here.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::{qualified, quote_ident};
use std::collections::BTreeMap;

use crate::core::{object_id, Matching};
use crate::core::{Action, Hazard};
use crate::core::{Context, Lookup};
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::core::Identify;
use crate::model::*;

impl Constraint {
    fn table_key(&self) -> String {
        qualified(&self.schema, &self.table)
    }

    fn is_primary_key(&self) -> bool {
        self.constraint_type == ConstraintType::PrimaryKey
    }

    /// Created with its partitioned parent, or inherited from a parent table: not ours to create.
    pub(crate) fn is_derived(&self) -> bool {
        self.parent.is_some() || self.inherited
    }

    fn deferral(&self) -> String {
        let mut sql = String::new();
        if self.deferrable {
            sql.push_str(" DEFERRABLE");
            if self.initially_deferred {
                sql.push_str(" INITIALLY DEFERRED");
            }
        }
        sql
    }

    fn create_steps(&self, lookup: &Lookup, phase: Phase, change: Action) -> Vec<Step> {
        let table = self.table_key();
        let on_partitioned = lookup.is_partitioned(&self.schema, &self.table);
        let step = |sql: String| {
            Step::new(phase, self.id(), StepAction::Create, change, sql).requires(
                ObjectId::qualified(ObjectKind::Table, &self.schema, &self.table),
            )
        };
        let name = quote_ident(&self.name);
        match (self.constraint_type, &self.index) {
            (ConstraintType::PrimaryKey | ConstraintType::Unique, Some(index))
                if !on_partitioned =>
            {
                let what = if self.is_primary_key() {
                    "PRIMARY KEY"
                } else {
                    "UNIQUE"
                };
                vec![step(format!(
                    "alter table {table} add constraint {name} {what} using index {}{};",
                    quote_ident(index),
                    self.deferral()
                ))
                .requires(ObjectId::qualified(
                    ObjectKind::Index,
                    &self.schema,
                    index,
                ))]
            }
            // A foreign table's constraints are never checked: added valid, nothing scanned
            // (and ALTER TABLE cannot validate one).
            _ if lookup.is_foreign_table(&self.schema, &self.table) => vec![step(format!(
                "alter table {table} add constraint {name} {};",
                self.definition
            ))],
            (ConstraintType::Check | ConstraintType::ForeignKey, _)
                if self.validated && !on_partitioned =>
            {
                vec![
                    step(format!(
                        "alter table {table} add constraint {name} {} not valid;",
                        self.definition
                    )),
                    step(format!("alter table {table} validate constraint {name};"))
                        .hazard(Hazard::ScansTable)
                        .hazard(Hazard::MayFailOnExistingRows),
                ]
            }
            // Validated as it is added: exclusion constraints (their index is built), and every
            // constraint on a partitioned table.
            _ if self.validated => vec![step(format!(
                "alter table {table} add constraint {name} {};",
                self.definition
            ))
            .hazard(Hazard::ScansTable)
            .hazard(Hazard::MayFailOnExistingRows)],
            _ => vec![step(format!(
                "alter table {table} add constraint {name} {};",
                self.definition
            ))],
        }
    }
}

/// Equal but perhaps for whether a parent gave the constraint.
fn equal_but_origin(a: &Constraint, b: &Constraint) -> bool {
    let own = |c: &Constraint| Constraint {
        parent: None,
        inherited: false,
        ..c.clone()
    };
    definition_eq(&own(a), &own(b))
}

fn definition_eq(a: &Constraint, b: &Constraint) -> bool {
    let Constraint {
        schema: _,
        table: _,
        name: _,
        constraint_type,
        definition,
        deferrable,
        initially_deferred,
        validated,
        index,
        references,
        inherited,
        parent,
        comment: _,
    } = a;
    *constraint_type == b.constraint_type
        && *definition == b.definition
        && *deferrable == b.deferrable
        && *initially_deferred == b.initially_deferred
        && *validated == b.validated
        && *index == b.index
        && *references == b.references
        && *inherited == b.inherited
        && *parent == b.parent
}

/// What depends on the index of each of `dropped` that has one (foreign keys referencing it), by
/// (schema, table, index): one pass over FROM's dependencies, only when such a drop is there.
fn index_users<'a>(
    cx: &'a Context,
    dropped: impl Iterator<Item = &'a Constraint>,
) -> BTreeMap<(&'a str, &'a str, &'a str), Vec<ObjectId>> {
    let mut users: BTreeMap<(&str, &str, &str), Vec<ObjectId>> = dropped
        .filter_map(|c| {
            Some((
                (c.schema.as_str(), c.table.as_str(), c.index.as_deref()?),
                vec![],
            ))
        })
        .collect();
    if users.is_empty() {
        return users;
    }
    for dependency in &cx.from.dependencies {
        let (dependent, index) = (&dependency.dependent, &dependency.referenced);
        if index.kind != ObjectKind::Index || dependent.kind != ObjectKind::Constraint {
            continue;
        }
        let (Some(schema), Some(table)) = (index.schema.as_deref(), index.table.as_deref()) else {
            continue;
        };
        if let Some(list) = users.get_mut(&(schema, table, index.name.as_str())) {
            list.push(object_id(dependent));
        }
    }
    users
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx
        .matched
        .constraints
        .differences(|a, b| definition_eq(a, b) && !cx.must_recreate_unchanged(&b.name, || b.id()));
    let index_users = index_users(
        cx,
        d.removed
            .iter()
            .map(|(_, c)| *c)
            .chain(d.modified.iter().map(|(_, b, _)| *b)),
    );
    let drop = |c: &Constraint, change: Action| {
        // The drop takes the constraint's index, which the foreign keys that reference it
        // depend on (pg_depend names the index, not the constraint): they go first (PG15 fuzz
        // seed 517, a table's foreign key to its own unique column).
        let users = c
            .index
            .as_ref()
            .and_then(|i| index_users.get(&(c.schema.as_str(), c.table.as_str(), i.as_str())));
        let phase = if c.is_primary_key() {
            Phase::DropPrimaryKeys
        } else {
            Phase::DropConstraints
        };
        let mut step = Step::new(
            phase,
            c.id(),
            StepAction::Drop,
            change,
            format!(
                "alter table {} drop constraint {};",
                c.table_key(),
                quote_ident(&c.name)
            ),
        )
        .hazard(Hazard::DropsObject);
        for user in users.into_iter().flatten() {
            step = step.after_drop_of(user.clone());
        }
        step
    };
    let create_phase = |c: &Constraint| {
        if c.is_primary_key() {
            Phase::CreatePrimaryKeys
        } else {
            Phase::CreateConstraints
        }
    };

    // What a parent gave a table stays on it, as its own, when the table leaves the parent
    // (`DETACH PARTITION`, `NO INHERIT`): dropped after that when the target does not have it...
    let left_behind = |c: &Constraint| c.is_derived() && cx.leaves_a_parent(&c.schema, &c.table);
    // Ordered as a change to the table (after the detach), not as a drop of one of its dependents
    // (which goes before any change to the table).
    let drop_left_behind = |c: &Constraint, change: Action| {
        let mut step = drop(c, change)
            .requires(ObjectId::qualified(ObjectKind::Table, &c.schema, &c.table))
            .destructive(true);
        step.action = StepAction::Alter;
        step
    };
    // A constraint that differs only in whether a parent gave it is left as it is: leaving the
    // parent keeps it as the table's own, joining one merges an equal own constraint into the
    // parent's, and nothing else changes `conislocal`.
    let same_but_origin = |before: &Constraint, after: &Constraint| {
        !cx.must_recreate(&after.id()) && equal_but_origin(before, after)
    };

    // migra's order: drops of removed then of changed; creations of added then of changed.
    for (_, c) in &d.removed {
        if !c.is_derived() {
            out.push(drop(c, Action::Drop));
        } else if left_behind(c) {
            out.push(drop_left_behind(c, Action::Drop));
        }
    }
    let mut validate_only = vec![];
    let mut kept_as_is = vec![];
    for (_, before, after) in &d.modified {
        if before.is_derived() && after.is_derived() {
            continue;
        }
        if same_but_origin(before, after) {
            kept_as_is.push(after.key());
            continue;
        }
        let only_validation = !before.validated
            && after.validated
            && definition_eq(
                &Constraint {
                    validated: true,
                    ..(*before).clone()
                },
                after,
            )
            && !before.definition.is_empty();
        if only_validation && !cx.must_recreate(&after.id()) {
            validate_only.push(*after);
            continue;
        }
        if !before.is_derived() {
            out.push(drop(before, Action::Replace));
        } else if left_behind(before) {
            out.push(drop_left_behind(before, Action::Replace));
        }
    }
    for (_, c) in &d.added {
        if !c.is_derived() {
            out.extend(c.create_steps(&cx.to_lookup, create_phase(c), Action::Create));
        }
    }
    for (_, _, after) in &d.modified {
        if after.is_derived()
            || validate_only.iter().any(|v| v.key() == after.key())
            || kept_as_is.contains(&after.key())
        {
            continue;
        }
        out.extend(after.create_steps(&cx.to_lookup, create_phase(after), Action::Replace));
    }
    for c in validate_only {
        out.push(
            Step::new(
                Phase::CreateConstraints,
                c.id(),
                StepAction::Alter,
                Action::Alter,
                format!(
                    "alter {} {} validate constraint {};",
                    // A foreign table's is marked valid, not checked: ALTER TABLE refuses it.
                    if cx.to_lookup.is_foreign_table(&c.schema, &c.table) {
                        "foreign table"
                    } else {
                        "table"
                    },
                    c.table_key(),
                    quote_ident(&c.name)
                ),
            )
            .hazard(Hazard::ScansTable)
            .hazard(Hazard::MayFailOnExistingRows),
        );
    }
}

impl crate::core::object::CatalogObject for Constraint {
    fn comment_target(&self) -> String {
        format!(
            "constraint {} on {}",
            quote_ident(&self.name),
            self.table_key()
        )
    }
    fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
    }
    fn describe(&self) -> crate::core::object::Description {
        crate::core::object::describe(self)
    }
}

/// Indexes behind primary keys and unique constraints that are dropped and added again: dropping
/// the constraint drops its index, so the index must be created again too.
pub(crate) fn indexes_of_replaced(matched: &Matching) -> Vec<ObjectId> {
    // Most constraints are unchanged, and the matching formats no key for those.
    let changed = matched.constraints.differences(|before, after| {
        definition_eq(before, after) || equal_but_origin(before, after)
    });
    changed
        .modified
        .into_iter()
        .filter(|(_, before, _)| {
            matches!(
                before.constraint_type,
                ConstraintType::PrimaryKey | ConstraintType::Unique
            )
        })
        .filter_map(|(_, _, after)| {
            after
                .index
                .as_ref()
                .map(|i| ObjectId::qualified(ObjectKind::Index, &after.schema, i))
        })
        .collect()
}
