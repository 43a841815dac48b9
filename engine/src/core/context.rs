//! What every generator may look at: both catalogs, the options, and what the diff worked out
//! once before any kind runs (the objects recreated because something they use is replaced, the
//! types recreated under their columns, indexes for questions one kind asks about another).

use std::collections::BTreeSet;

use crate::model::{Catalog, CompositeType, Domain, Enum, Text};

use super::{base_types, FastSet, Identify, Lookup, Matching, ObjectId, Options, Step};

/// Everything the kinds' generators look at: both catalogs, the options, and the objects that
/// must be dropped and created again because something they depend on is replaced.
pub(crate) struct Context<'a> {
    pub from: &'a Catalog,
    pub to: &'a Catalog,
    pub options: &'a Options,
    /// Objects present on both sides that must be dropped and created again.
    pub recreate: BTreeSet<ObjectId>,
    /// The names of `recreate` (the last part of each identity): most objects are not
    /// recreated, and this says so from a name alone, without building the object's identity.
    /// `None` if an identity would not parse (then every name may be recreated).
    pub recreate_names: Option<FastSet<String>>,
    /// Column defaults that use something replaced: dropped first and set again after.
    pub reset_defaults: BTreeSet<(ObjectId, Text, ObjectId)>,
    /// The types recreated under their columns (type_recreation.rs), worked out once.
    pub recreated_types: Recreated<'a>,
    /// The base types whose definition differs, and how each changes, worked out once.
    pub base_type_changes: base_types::Changes<'a>,
    /// Every list of both catalogs matched by identity: the pairs each kind compares.
    pub matched: &'a Matching<'a>,
    pub from_lookup: Lookup<'a>,
    pub to_lookup: Lookup<'a>,
}

impl Context<'_> {
    pub fn must_recreate(&self, id: &ObjectId) -> bool {
        self.recreate.contains(id)
    }

    /// Whether the table stays but leaves one of its parents (`DETACH PARTITION`, `NO INHERIT`):
    /// what the parent gave it (index and constraint clones) then stays on it as its own.
    pub fn leaves_a_parent(&self, schema: &str, table: &str) -> bool {
        let (Some(before), Some(after)) = (
            self.from_lookup.parents(schema, table),
            self.to_lookup.parents(schema, table),
        ) else {
            return false;
        };
        before.iter().any(|p| !after.contains(p))
    }

    /// The column whose identity, dropped in this migration, frees the name a created sequence
    /// takes: PostgreSQL names an identity's sequence `<table>_<column>_seq`, as `serial` does, so
    /// turning an identity back into a serial creates a sequence of the very name the identity
    /// still holds. (Names past 63 bytes, which PostgreSQL truncates, are not matched.)
    pub fn identity_freeing(&self, schema: &str, sequence: &str) -> Option<ObjectId> {
        self.from
            .tables
            .iter()
            .filter(|t| t.schema == schema && sequence.starts_with(t.name.as_str()))
            .find_map(|t| {
                let column = t.columns.iter().find(|c| {
                    c.identity.is_some() && identity_sequence_name(&t.name, &c.name) == sequence
                })?;
                let now = self
                    .to_lookup
                    .column(schema, &t.name, &column.name)
                    .filter(|n| n.identity.is_none());
                now.map(|_| ObjectId::column(&t.schema, &t.name, &column.name))
            })
    }

    /// [`Context::must_recreate`] for an object matched on both sides, by its name first: the
    /// identity is built only when an object of that name is recreated.
    pub fn must_recreate_unchanged(&self, name: &str, id: impl FnOnce() -> ObjectId) -> bool {
        let may = self
            .recreate_names
            .as_ref()
            .is_none_or(|names| names.contains(name));
        may && self.must_recreate(&id())
    }
}

/// The name PostgreSQL gives the sequence behind an identity (or serial) column.
pub(crate) fn identity_sequence_name(table: &str, column: &str) -> String {
    format!("{table}_{column}_seq")
}

/// The enums and domains recreated through type recreation (`concerns/type_recreation.rs`), in creation order: enums whose
/// labels were removed or reordered, domains whose base type or collation changed, and domains
/// over any of those (transitively), which would otherwise stay over the renamed old type. Each
/// domain says whether its values must move through `text` (when an enum is recreated under it).
pub(crate) struct Recreated<'a> {
    pub enums: Vec<&'a Enum>,
    pub domains: Vec<(&'a Domain, bool)>,
    /// Composite types whose attributes change type while a column uses them (PostgreSQL refuses
    /// `ALTER ATTRIBUTE ... TYPE` then), before and after.
    pub composites: Vec<(&'a CompositeType, &'a CompositeType)>,
}

impl Recreated<'_> {
    /// The recreated types: what depends on them is recreated too.
    pub fn ids(&self) -> Vec<ObjectId> {
        let mut ids = vec![];
        ids.extend(self.enums.iter().map(|e| e.id()));
        ids.extend(self.domains.iter().map(|(x, _)| x.id()));
        ids.extend(self.composites.iter().map(|(_, x)| x.id()));
        ids
    }

    /// (schema, name) of the recreated enums and domains: a foreign key between two columns
    /// moving to one cannot be rebuilt by PostgreSQL after the first end moves, the other still
    /// of the old version. For an enum there is no `=` between the versions (PG15 seeds 5254,
    /// 5351); for a domain, even one over `integer`, it refuses the key's types as
    /// incompatible (PG15 and PG18 seed 31918).
    pub fn incomparable_names(&self) -> Vec<(Text, Text)> {
        let enums = self
            .enums
            .iter()
            .map(|e| (e.schema.clone(), e.name.clone()));
        let domains = self
            .domains
            .iter()
            .map(|(x, _)| (x.schema.clone(), x.name.clone()));
        enums.chain(domains).collect()
    }

    /// (schema, name) of the recreated types: their columns change type.
    pub fn names(&self) -> Vec<(Text, Text)> {
        let enums = self
            .enums
            .iter()
            .map(|e| (e.schema.clone(), e.name.clone()));
        let domains = self
            .domains
            .iter()
            .map(|(x, _)| (x.schema.clone(), x.name.clone()));
        let composites = self
            .composites
            .iter()
            .map(|(_, x)| (x.schema.clone(), x.name.clone()));
        enums.chain(domains).chain(composites).collect()
    }
}

/// The steps that recreate types under their columns, in the groups the tables' own steps
/// interleave with (migra's order): defaults dropped, each type renamed away and created again,
/// (the tables created), the columns cast to the new type, defaults set again, the old types
/// dropped.
#[derive(Default)]
pub(crate) struct TypeMoves {
    pub drop_defaults: Vec<Step>,
    pub rename_and_create: Vec<Step>,
    pub recasts: Vec<Step>,
    pub set_defaults: Vec<Step>,
    pub drop_old: Vec<Step>,
    /// (table, column) of every column moved, whose default the move already resets.
    pub moved_columns: Vec<(ObjectId, Text)>,
}
