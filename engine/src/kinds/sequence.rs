//! Sequences (`pg_sequence`). Sequences behind identity columns live on their column instead.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::qualified;
use crate::core::Action;
use crate::core::Context;
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::core::Identify;
use crate::model::*;

impl SequenceOptions {
    /// The clauses of CREATE SEQUENCE / identity options that differ from what PostgreSQL assumes
    /// when they are left out, so that a plain sequence prints as `create sequence "s"."n"`.
    pub(crate) fn clauses(&self) -> Vec<String> {
        let ascending = self.increment > 0;
        let type_max = match self.data_type.as_str() {
            "smallint" => i64::from(i16::MAX),
            "integer" => i64::from(i32::MAX),
            _ => i64::MAX,
        };
        let type_min = match self.data_type.as_str() {
            "smallint" => i64::from(i16::MIN),
            "integer" => i64::from(i32::MIN),
            _ => i64::MIN,
        };
        let default_min = if ascending { 1 } else { type_min };
        let default_max = if ascending { type_max } else { -1 };
        let default_start = if ascending {
            self.min_value
        } else {
            self.max_value
        };
        let mut clauses = vec![];
        if self.data_type != "bigint" {
            clauses.push(format!("as {}", self.data_type));
        }
        if self.increment != 1 {
            clauses.push(format!("increment by {}", self.increment));
        }
        if self.min_value != default_min {
            clauses.push(format!("minvalue {}", self.min_value));
        }
        if self.max_value != default_max {
            clauses.push(format!("maxvalue {}", self.max_value));
        }
        if self.start != default_start {
            clauses.push(format!("start with {}", self.start));
        }
        if self.cache != 1 {
            clauses.push(format!("cache {}", self.cache));
        }
        if self.cycle {
            clauses.push("cycle".to_string());
        }
        clauses
    }

    /// ALTER SEQUENCE clauses turning `before` into `self`.
    pub(crate) fn alter_clauses(&self, before: &SequenceOptions) -> Vec<String> {
        let SequenceOptions {
            data_type,
            start,
            increment,
            min_value,
            max_value,
            cache,
            cycle,
        } = self;
        let mut clauses = vec![];
        if *data_type != before.data_type {
            clauses.push(format!("as {data_type}"));
        }
        if *increment != before.increment {
            clauses.push(format!("increment by {increment}"));
        }
        if *min_value != before.min_value {
            clauses.push(format!("minvalue {min_value}"));
        }
        if *max_value != before.max_value {
            clauses.push(format!("maxvalue {max_value}"));
        }
        if *start != before.start {
            clauses.push(format!("start with {start}"));
        }
        if *cache != before.cache {
            clauses.push(format!("cache {cache}"));
        }
        if *cycle != before.cycle {
            clauses.push(if *cycle { "cycle" } else { "no cycle" }.to_string());
        }
        clauses
    }
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx
        .matched
        .sequences
        .differences(|a, b| a.options == b.options && a.owned_by == b.owned_by);
    for (key, seq) in &d.added {
        let mut sql = format!("create sequence {key}");
        for clause in seq.options.clauses() {
            sql.push(' ');
            sql.push_str(&clause);
        }
        sql.push(';');
        let mut create = Step::create(seq.id(), sql);
        if let Some(column) = cx.identity_freeing(&seq.schema, &seq.name) {
            create = create.requires(column);
        }
        out.push(create);
        if let Some(owner) = &seq.owned_by {
            out.push(owned_by_step(key, seq, owner, Action::Create));
        }
    }
    for (key, before, after) in &d.modified {
        let clauses = after.options.alter_clauses(&before.options);
        if !clauses.is_empty() {
            out.push(Step::new(
                Phase::SequenceOwnership,
                after.id(),
                StepAction::Alter,
                Action::Alter,
                format!("alter sequence {key} {};", clauses.join(" ")),
            ));
        }
        if before.owned_by != after.owned_by {
            match &after.owned_by {
                Some(owner) => out.push(owned_by_step(key, after, owner, Action::Alter)),
                None => {
                    let mut release = Step::new(
                        Phase::SequenceOwnership,
                        after.id(),
                        StepAction::Attach,
                        Action::Alter,
                        format!("alter sequence {key} owned by none;"),
                    );
                    // Released before its table or column goes, which would drop it along.
                    if let Some(owner) = &before.owned_by {
                        release = release.ahead_of_drop(ObjectId::qualified(
                            ObjectKind::Table,
                            &owner.schema,
                            &owner.table,
                        ));
                    }
                    out.push(release);
                }
            }
        }
    }
    for (key, seq) in &d.removed {
        out.push(Step::drop(
            seq.id(),
            format!("drop sequence if exists {key};"),
        ));
    }
}

fn owned_by_step(key: &str, seq: &Sequence, owner: &SequenceOwner, change: Action) -> Step {
    let table = qualified(&owner.schema, &owner.table);
    Step::new(
        Phase::SequenceOwnership,
        seq.id(),
        StepAction::Attach,
        change,
        format!(
            "alter sequence {key} owned by {table}.{};",
            crate::core::sql::quote_ident(&owner.column)
        ),
    )
    .requires(ObjectId::qualified(
        ObjectKind::Table,
        &owner.schema,
        &owner.table,
    ))
}

crate::core::object::catalog_object!(Sequence, comment: "sequence", grant: "sequence", public: None, owner: "sequence");
