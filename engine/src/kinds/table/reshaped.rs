//! The columns whose shape changes (dropped, re-added, retyped, or over a recreated type): what
//! depends on them is recreated (`diff/dependents.rs`).

use crate::core::Recreated;
use crate::core::{Identify, Matching, ObjectId};
use crate::model::*;

use super::columns::columns_as_linked;
use super::readd::must_readd_in;

/// A column that is dropped or re-added, or whose type changes: what depends on it must be recreated.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct ReshapedColumn {
    pub table: ObjectId,
    pub column: Text,
    /// Dropped (perhaps to be added again), rather than changing type in place.
    pub dropped: bool,
    /// Moved to a recreated type its old one cannot be compared with
    /// ([`Recreated::incomparable_names`]): a foreign key over it cannot be rebuilt by
    /// PostgreSQL between the moves of its two ends.
    pub incomparable: bool,
}

pub(crate) fn reshaped_columns(
    matched: &Matching,
    from: &Catalog,
    to: &Catalog,
    recreated: &Recreated,
) -> Vec<ReshapedColumn> {
    let recreated_types = recreated.names();
    let incomparable_types = recreated.incomparable_names();
    let names_one_of = |c: &Column, types: &[(Text, Text)]| {
        c.type_ref
            .as_ref()
            .is_some_and(|t| types.iter().any(|(s, e)| *s == t.schema && *e == t.name))
    };
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
                Some(n) if must_readd_in(from, to, before, after, c, n) => (true, true),
                Some(n) => {
                    let retyped = n.type_name != c.type_name
                        || n.collation != c.collation
                        || names_one_of(n, &recreated_types);
                    (retyped, false)
                }
            };
            if reshaped {
                out.push(ReshapedColumn {
                    table: after.id(),
                    column: c.name.clone(),
                    dropped,
                    incomparable: !dropped
                        && counterpart.is_some_and(|n| names_one_of(n, &incomparable_types)),
                });
            }
        }
    }
    out
}

/// Whether `column` of `table` has steps of its own ordered around something it uses being
/// dropped and created again: a generated column re-added (`columns.rs`) or a default reset
/// (`defaults.rs`, or a type move), both needing an expression on both sides. Anything else, a
/// generated column made plain say, is ordered with its table's ALTERs (PG15 seed 5805).
pub(crate) fn ordered_on_its_own(
    from: &Catalog,
    to: &Catalog,
    table: &ObjectId,
    column: &str,
) -> bool {
    let expression = |c: &Catalog| {
        c.tables
            .iter()
            .find(|t| &t.id() == table)
            .and_then(|t| t.columns.iter().find(|x| x.name == column))
            .map(|x| (x.generated.is_some(), x.default.is_some()))
    };
    // (generated, has a default) on each side. An inherited generated column goes and comes
    // back with its parent's (PG15 and PG17 fuzz seed 32574: else the child's ALTERs come both
    // before the function's drop and after its creation).
    matches!(
        (expression(from), expression(to)),
        (Some((true, _)), Some((true, _))) | (Some((false, true)), Some((false, true)))
    )
}

/// Whether `column` of `table` is generated on both sides. One whose expression uses something
/// replaced (a function dropped and created again) is dropped and added again
/// (`columns.rs`): PostgreSQL refuses to drop what an expression uses and cannot change an
/// expression before 17. So what depends on the column is recreated too (`diff/dependents.rs`).
pub(crate) fn generated_on_both_sides(
    from: &Catalog,
    to: &Catalog,
    table: &ObjectId,
    column: &str,
) -> bool {
    let generated = |c: &Catalog| {
        c.tables
            .iter()
            .find(|t| &t.id() == table)
            .and_then(|t| t.columns.iter().find(|x| x.name == column))
            .is_some_and(|x| x.generated.is_some() && !x.inherited)
    };
    generated(from) && generated(to)
}
