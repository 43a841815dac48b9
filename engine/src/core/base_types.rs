//! What a diff does to each base type, worked out here because two kinds follow it: the base
//! type's own generator (`kinds/base_types.rs`) and the functions' (`kinds/function.rs`).
//!
//! A base type and its input, output, receive and send functions depend on each other: each
//! function takes or returns the type, and the type names the functions. PostgreSQL breaks the
//! cycle with a shell: `create type t;`, then the functions (C or `internal` ones may use a
//! shell), then `create type t (input = ..., ...)`. Dropping needs `drop type t cascade`: neither
//! the type nor such a function can go first. So those functions are created and dropped with
//! their type, as one unit, and the functions' generator leaves them alone then; while the type
//! stays, they are ordinary functions (`create or replace function` changes their body).

use std::collections::BTreeSet;

use crate::model::{BaseType, Catalog, ObjectKind, Text};

use super::{object_id, presence, Identify, Matching, ObjectId};

/// What becomes of a base type present on both sides whose definition changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    /// `alter type ... set (...)` makes it: only the receive, send, type modifier, analyze or
    /// subscript functions, or a storage strategy that is not `plain`, differ.
    InPlace,
    /// Dropped with its functions and created again; what uses it is recreated around it.
    Replaced,
    /// It would be replaced, but columns of tables that stay hold values of it: not migrated,
    /// with a warning ([`refusal_warning`]).
    Refused,
}

/// Whether `a` and `b` are the same type but for what `ALTER TYPE ... SET` changes, and the
/// comment, privileges and owner, which the concerns handle.
pub(crate) fn same_but_settable(a: &BaseType, b: &BaseType) -> bool {
    let BaseType {
        schema: _,
        name: _,
        owner: _,
        input,
        output,
        receive: _,
        send: _,
        typmod_in: _,
        typmod_out: _,
        analyze: _,
        subscript: _,
        internal_length,
        passed_by_value,
        alignment,
        storage,
        category,
        preferred,
        default,
        element,
        delimiter,
        collatable,
        comment: _,
        privileges: _,
    } = a;
    // PostgreSQL sets any strategy but `plain`: values may already be out of line.
    let storage_settable = *storage == b.storage || b.storage != "plain";
    *input == b.input
        && *output == b.output
        && *internal_length == b.internal_length
        && *passed_by_value == b.passed_by_value
        && *alignment == b.alignment
        && storage_settable
        && *category == b.category
        && *preferred == b.preferred
        && *default == b.default
        && *element == b.element
        && *delimiter == b.delimiter
        && *collatable == b.collatable
}

/// Whether the definitions of `a` and `b` are equal (comment, privileges and owner aside).
pub(crate) fn definition_eq(a: &BaseType, b: &BaseType) -> bool {
    same_but_settable(a, b)
        && a.storage == b.storage
        && a.receive == b.receive
        && a.send == b.send
        && a.typmod_in == b.typmod_in
        && a.typmod_out == b.typmod_out
        && a.analyze == b.analyze
        && a.subscript == b.subscript
}

/// The base types whose definition differs, each with FROM's and TARGET's entries and how it
/// changes: worked out once per diff, since the recreation pass, the functions' generator and the
/// base types' own all read it.
#[derive(Debug, Default)]
pub(crate) struct Changes<'a>(pub Vec<(&'a BaseType, &'a BaseType, Change)>);

impl<'a> Changes<'a> {
    pub(crate) fn of(matched: &Matching<'a>, from: &Catalog, to: &Catalog) -> Changes<'a> {
        let d = matched.base_types.differences(definition_eq);
        Changes(
            d.modified
                .into_iter()
                .map(|(_, before, after)| {
                    let change = if same_but_settable(before, after) {
                        Change::InPlace
                    } else if columns_using(from, to, &before.id()).is_empty() {
                        Change::Replaced
                    } else {
                        Change::Refused
                    };
                    (before, after, change)
                })
                .collect(),
        )
    }

    /// The base types replaced (dropped and created again): what depends on them is recreated
    /// too.
    pub(crate) fn replaced(&self) -> impl Iterator<Item = ObjectId> + '_ {
        self.0
            .iter()
            .filter(|(_, _, change)| *change == Change::Replaced)
            .map(|(_, after, _)| after.id())
    }
}

/// (table, column) of the columns of FROM's tables that TARGET keeps, holding values of `base`.
pub(crate) fn columns_using(
    from: &Catalog,
    to: &Catalog,
    base: &ObjectId,
) -> Vec<(ObjectId, Text)> {
    from.dependencies
        .iter()
        .filter(|d| d.dependent.kind == ObjectKind::Table && d.referenced.kind == base.kind)
        .filter(|d| object_id(&d.referenced) == *base)
        .filter_map(|d| {
            let column = d.dependent.column.clone()?;
            let table = object_id(&d.dependent);
            presence::contains(to, &table).then_some((table, column))
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// The warning for a base type that would be replaced under columns that keep values of it.
pub(crate) fn refusal_warning(base: &BaseType, columns: &[(ObjectId, Text)]) -> String {
    let columns: Vec<String> = columns
        .iter()
        .map(|(table, column)| format!("{}.{}", table.key, super::sql::quote_ident(column)))
        .collect();
    format!(
        "{}: this base type changes in a way ALTER TYPE cannot make (its input or output \
         function, length, passing, alignment, category, default, element, delimiter, \
         collatability, or storage set to plain), and columns hold values of it: {}. Not \
         migrated: dropping the type would drop those columns; move their values to another \
         type first",
        base.key(),
        columns.join(", ")
    )
}

/// (type, function) for each function of `catalog` that a base type names and that uses the type
/// in turn: its input, output, receive and send functions.
pub(crate) fn io_functions(catalog: &Catalog) -> BTreeSet<(ObjectId, ObjectId)> {
    if catalog.base_types.is_empty() {
        return BTreeSet::new();
    }
    let named = functions_named(catalog);
    catalog
        .dependencies
        .iter()
        .filter(|d| {
            d.dependent.kind == ObjectKind::Function && d.referenced.kind == ObjectKind::BaseType
        })
        .map(|d| (object_id(&d.referenced), object_id(&d.dependent)))
        .filter(|pair| named.contains(pair))
        .collect()
}

/// (type, function) for each function a base type of `catalog` depends on: the ones its
/// definition names (input, output, receive, send, type modifier, analyze, subscript).
pub(crate) fn functions_named(catalog: &Catalog) -> BTreeSet<(ObjectId, ObjectId)> {
    if catalog.base_types.is_empty() {
        return BTreeSet::new();
    }
    catalog
        .dependencies
        .iter()
        .filter(|d| {
            d.dependent.kind == ObjectKind::BaseType && d.referenced.kind == ObjectKind::Function
        })
        .map(|d| (object_id(&d.dependent), object_id(&d.referenced)))
        .collect()
}

/// The functions created and dropped with their base type in this diff, which the functions'
/// generator leaves alone.
#[derive(Debug, Default)]
pub(crate) struct WithTheirType {
    /// FROM's functions of base types dropped (removed or replaced): `drop type ... cascade`
    /// takes them.
    pub dropped: BTreeSet<ObjectId>,
    /// TARGET's functions of base types created (added or replaced): created between the shell
    /// and the definition.
    pub created: BTreeSet<ObjectId>,
}

impl WithTheirType {
    pub(crate) fn of(changes: &Changes, from: &Catalog, to: &Catalog) -> WithTheirType {
        if from.base_types.is_empty() && to.base_types.is_empty() {
            return WithTheirType::default();
        }
        let replaced: BTreeSet<ObjectId> = changes.replaced().collect();
        let dropped_types: BTreeSet<ObjectId> = from
            .base_types
            .iter()
            .map(|t| t.id())
            .filter(|id| replaced.contains(id) || !presence::contains(to, id))
            .collect();
        let created_types: BTreeSet<ObjectId> = to
            .base_types
            .iter()
            .map(|t| t.id())
            .filter(|id| replaced.contains(id) || !presence::contains(from, id))
            .collect();
        let of = |catalog: &Catalog, types: &BTreeSet<ObjectId>| {
            io_functions(catalog)
                .into_iter()
                .filter(|(t, _)| types.contains(t))
                .map(|(_, f)| f)
                .collect()
        };
        WithTheirType {
            dropped: of(from, &dropped_types),
            created: of(to, &created_types),
        }
    }
}
