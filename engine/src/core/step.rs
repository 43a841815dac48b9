//! Steps: one statement each, with what the planner needs to order it (its phase, its object,
//! what it does to the object, what it requires) and what the change list reports (the change
//! it is part of, hazards). Every kind's generator speaks in steps; `plan` orders them.

use super::{Action, Hazard, ObjectId, Placement};
use crate::model::ObjectKind;

/// migra's phase order (`Migration.add_all_changes`), extended with the kinds migra does not diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Phase {
    CreateSchemas,
    CreateExtensions,
    AlterExtensions,
    CreateCollations,
    CreateTypes,
    CreateSequences,
    // Text search objects are dropped (when removed or replaced) just before they are created:
    // what uses them is dropped first and created after them by the dependency edges.
    DropTextSearch,
    CreateTextSearch,
    DropAccessMethods,
    CreateAccessMethods,
    DropOperators,
    CreateOperators,
    DropLanguages,
    CreateLanguages,
    DropTransforms,
    CreateTransforms,
    CreateForeignDataWrappers,
    CreateForeignServers,
    CreateUserMappings,
    DropSubscriptions,
    DropPublications,
    DropEventTriggers,
    DropTriggers,
    DropRules,
    DropPolicies,
    RevokePrivileges,
    DropConstraints,
    DropMatviewIndexes,
    DropCasts,
    DropSelectables,
    DropPrimaryKeys,
    DropStatistics,
    DropIndexes,
    Tables,
    SequenceOwnership,
    DropSequences,
    DropTypes,
    DropUserMappings,
    DropForeignServers,
    DropForeignDataWrappers,
    DropExtensions,
    CreateIndexes,
    CreateStatistics,
    CreatePrimaryKeys,
    CreateConstraints,
    CreateSelectables,
    CreateCasts,
    CreateMatviewIndexes,
    GrantPrivileges,
    CreatePolicies,
    CreateTriggers,
    CreateRules,
    CreateEventTriggers,
    CreatePublications,
    CreateSubscriptions,
    Comments,
    Owners,
    DropCollations,
    DropSchemas,
}

/// What a step does to its object, for the ordering rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StepAction {
    Create,
    Drop,
    /// An alteration that gives the object the shape other objects rely on (columns, types).
    Alter,
    /// An alteration nothing else relies on (OWNED BY, privileges, comments, RLS switches).
    Attach,
}

/// One statement with everything the planner and the change list need to know about it.
#[derive(Debug, Clone)]
pub(crate) struct Step {
    pub phase: Phase,
    pub object: ObjectId,
    pub action: StepAction,
    /// The change this step is part of, for the structured change list.
    pub change: Action,
    pub sql: String,
    pub destructive: bool,
    pub hazards: Vec<Hazard>,
    /// Objects that must exist, in their final shape, before this step runs, beyond what the
    /// catalog's dependencies already say.
    pub requires: Vec<ObjectId>,
    /// Objects whose drops must run before this step (a type that depends on the one this step
    /// drops, under names the catalogs do not know).
    pub dropped_first: Vec<ObjectId>,
    /// Objects whose drops (and alters that drop data: a column dropped) must wait for this step
    /// (a sequence released from a table before the drop of the table would take it along).
    pub ahead_of_drop: Vec<ObjectId>,
    /// The column an attached step of a table adds back (a generated column re-added once what
    /// it uses is created again): what TARGET has on that column comes after it, as after the
    /// table's own creation or ALTERs (PG14 fuzz seed 10488).
    pub adds_column: Option<crate::model::Text>,
    /// The table and column this step drops (`alter table ... drop column`): a column of that
    /// name in TARGET is a new one, holding none of the old one's privileges (PG13 fuzz seed
    /// 30088: a generated column re-added over a retyped column lost its column grant).
    pub drops_column: Option<(ObjectId, crate::model::Text)>,
    /// Where this step goes among the steps of other kinds in the same phase, when kinds share a
    /// phase and migra sorts them together (views and functions): (0 for removed or added, 1 for
    /// changed, identity). Steps without one keep generation order, ahead of those with one.
    pub merge_order: Option<(u8, String)>,
    /// Where the statement runs; only online migrations move any out of the transaction.
    pub placement: Placement,
}

/// The phases the table of kinds gives each kind's creations and drops.
macro_rules! declared_phases {
    ($(($list:ident, $ty:ident, [$($kind:ident),*], $shape:ident [$($field:ident),+], $schema:ident [$($schema_field:ident)?], $diffed:ident, $create:ident, $drop:ident, [$($doc:literal),*])),+) => {
        impl Phase {
            /// Where the creation of an object of `kind` goes, unless its generator says otherwise.
            pub fn creating(kind: ObjectKind) -> Phase {
                match kind {
                    $($(ObjectKind::$kind => Phase::$create,)*)+
                }
            }

            /// Where the drop of an object of `kind` goes, unless its generator says otherwise.
            pub fn dropping(kind: ObjectKind) -> Phase {
                match kind {
                    $($(ObjectKind::$kind => Phase::$drop,)*)+
                }
            }
        }
    };
}

crate::model::declarations::for_each_list!(declared_phases);

impl Step {
    /// `COMMENT ON target IS ...` (`IS null` for `None`) attached to `object`, after it is
    /// created or reshaped: the one way a comment is written (concerns/comment.rs, and a column
    /// its table's generator drops and adds again).
    pub fn comment(object: ObjectId, target: &str, comment: Option<&str>, change: Action) -> Step {
        let text = comment.map_or_else(|| "null".to_string(), super::sql::quote_literal);
        Step::new(
            super::Phase::Comments,
            object.clone(),
            StepAction::Attach,
            change,
            format!("comment on {target} is {text};"),
        )
        .requires(object)
    }

    /// The creation of an object the target adds, in its kind's phase.
    pub fn create(id: ObjectId, sql: String) -> Step {
        Step::new(
            Phase::creating(id.kind),
            id,
            StepAction::Create,
            Action::Create,
            sql,
        )
    }

    /// The drop of an object the target lacks, in its kind's phase.
    pub fn drop(id: ObjectId, sql: String) -> Step {
        Step::new(
            Phase::dropping(id.kind),
            id,
            StepAction::Drop,
            Action::Drop,
            sql,
        )
    }

    /// An object dropped and created again in `phase` (PostgreSQL cannot alter it, or something
    /// it uses is replaced): the drop, then the creation.
    pub fn replacement(
        phase: Phase,
        id: ObjectId,
        drop_sql: String,
        create_sql: String,
    ) -> [Step; 2] {
        [
            Step::new(
                phase,
                id.clone(),
                StepAction::Drop,
                Action::Replace,
                drop_sql,
            ),
            Step::new(phase, id, StepAction::Create, Action::Replace, create_sql),
        ]
    }

    /// The drop of an object its kind creates again in steps of its own (a function or an
    /// aggregate that CREATE OR REPLACE cannot change, a base type with its functions), in
    /// `phase`; it drops the object (`DROPS_OBJECT`).
    pub fn drop_to_replace(phase: Phase, id: ObjectId, drop_sql: String) -> Step {
        Step::new(phase, id, StepAction::Drop, Action::Replace, drop_sql)
            .hazard(Hazard::DropsObject)
    }

    /// [`Step::replacement`] with the drop in the kind's drop phase and the creation in its
    /// create phase; the drop says it drops the object (`DROPS_OBJECT`).
    pub fn replacement_across(
        phases: (Phase, Phase),
        id: ObjectId,
        drop_sql: String,
        create_sql: String,
    ) -> [Step; 2] {
        let [drop, mut create] = Step::replacement(phases.0, id, drop_sql, create_sql);
        create.phase = phases.1;
        [drop.hazard(Hazard::DropsObject), create]
    }

    pub fn new(
        phase: Phase,
        object: ObjectId,
        action: StepAction,
        change: Action,
        sql: String,
    ) -> Step {
        let destructive = action == StepAction::Drop;
        Step {
            phase,
            object,
            action,
            change,
            sql,
            destructive,
            hazards: vec![],
            requires: vec![],
            dropped_first: vec![],
            ahead_of_drop: vec![],
            adds_column: None,
            drops_column: None,
            merge_order: None,
            placement: Placement::Transaction,
        }
    }

    pub fn merge_order(mut self, changed: bool, key: &str) -> Step {
        self.merge_order = Some((u8::from(changed), key.to_string()));
        self
    }

    pub fn destructive(mut self, destructive: bool) -> Step {
        self.destructive = destructive;
        self
    }

    pub fn hazard(mut self, hazard: Hazard) -> Step {
        if !self.hazards.contains(&hazard) {
            self.hazards.push(hazard);
        }
        self
    }

    pub fn requires(mut self, object: ObjectId) -> Step {
        self.requires.push(object);
        self
    }

    pub fn after_drop_of(mut self, object: ObjectId) -> Step {
        self.dropped_first.push(object);
        self
    }

    pub fn ahead_of_drop(mut self, object: ObjectId) -> Step {
        self.ahead_of_drop.push(object);
        self
    }
}
