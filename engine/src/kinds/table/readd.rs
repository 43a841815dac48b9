//! Which columns are dropped and added again rather than altered, where PostgreSQL cannot alter
//! them in place: generation added or changed, inherited <-> local, a type with no conversion, a
//! generated column over a column that changes type.

use crate::core::sql::quote_ident;
use crate::core::type_change::{self, Conversion};
use crate::model::*;

/// Whether a column must be dropped and added again rather than altered: PostgreSQL cannot turn a
/// plain column into a generated one, change a generated expression before 17, change whether a
/// column is inherited, or convert the values of a type that has no cast to the new one
/// ([`no_conversion`]).
pub(super) fn must_readd(from: &Catalog, to: &Catalog, before: &Column, after: &Column) -> bool {
    let generation_added = before.generated.is_none() && after.generated.is_some();
    let expression_changed = before.generated.is_some()
        && after.generated.is_some()
        && before.generated != after.generated;
    generation_added
        || expression_changed
        || before.inherited != after.inherited
        || no_conversion(from, to, before, after)
}

/// [`must_readd`], or a generated column over a column of the table that changes type:
/// PostgreSQL refuses to alter the type of a column a generated column uses ("cannot alter type
/// of a column used by a generated column"), so the generated column is dropped first and added
/// again after the type change (its values are computed again, nothing is lost). Whether the
/// expression uses the column is read from its text: a false match only re-adds a column that
/// could have stayed.
pub(super) fn must_readd_in(
    from: &Catalog,
    to: &Catalog,
    before_table: &Table,
    after_table: &Table,
    before: &Column,
    after: &Column,
) -> bool {
    must_readd(from, to, before, after)
        || generated_over_retyped(before_table, after_table, before, after)
}

/// Whether `before` and `after` are generated columns whose expression names a column of the
/// table whose type changes.
pub(super) fn generated_over_retyped(
    before_table: &Table,
    after_table: &Table,
    before: &Column,
    after: &Column,
) -> bool {
    let (Some(old), Some(_)) = (&before.generated, &after.generated) else {
        return false;
    };
    names_retyped_column(before_table, after_table, &before.name, &old.expression)
}

/// Whether `expression`, of the column `of`, names another column of the table whose type
/// changes (read from the text: a false match only orders a statement later).
pub(super) fn names_retyped_column(
    before_table: &Table,
    after_table: &Table,
    of: &str,
    expression: &str,
) -> bool {
    before_table.columns.iter().any(|source| {
        source.name != of
            && after_table.columns.iter().any(|n| {
                n.name == source.name && n.generated.is_none() && n.type_name != source.type_name
            })
            && names_column(expression, &source.name)
    })
}

/// Whether a generated column's expression names `column` (by its text: a name inside a longer
/// identifier or a string counts too, which at worst orders a statement earlier than needed).
/// PostgreSQL prints a name needing quotes quoted, its `"` doubled (PG15 fuzz seed 5027).
pub(super) fn names_column(expression: &str, column: &str) -> bool {
    expression.contains(column) || expression.contains(quote_ident(column).as_str())
}

/// Whether the column changes type to one its values cannot be cast to, directly or through
/// text: it is dropped and added again, and its values are lost (`core/type_change.rs`).
pub(super) fn no_conversion(from: &Catalog, to: &Catalog, before: &Column, after: &Column) -> bool {
    before.type_name != after.type_name
        && after.generated.is_none()
        && type_change::conversion(from, to, before, after) == Conversion::Readd
}
