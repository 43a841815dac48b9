//! Which columns are dropped and added again rather than altered, where PostgreSQL cannot alter
//! them in place: generation added or changed, inherited <-> local, a type with no conversion, a
//! generated column over a column that changes type.

use crate::core::sql::quote_ident;
use crate::core::type_change::{self, Conversion};
use crate::core::Identify;
use crate::model::*;

/// Whether a column must be dropped and added again rather than altered: PostgreSQL cannot turn a
/// plain column into a generated one, change a generated expression before 17, change whether a
/// column is inherited, or convert the values of a type that has no cast to the new one
/// ([`no_conversion`]).
/// `table` is FROM's table of `before`.
pub(super) fn must_readd(
    from: &Catalog,
    to: &Catalog,
    table: &Table,
    before: &Column,
    after: &Column,
) -> bool {
    let generation_added = before.generated.is_none() && after.generated.is_some();
    let expression_changed = before.generated.is_some()
        && after.generated.is_some()
        && before.generated != after.generated;
    generation_added
        || expression_changed
        || before.inherited != after.inherited
        || no_conversion(from, to, before, after)
        || generated_calls_before_15(from, table, before, after)
}

/// Whether a generated column calling a function is made plain or changes type on a server
/// before 15. There the column keeps depending on the function after `DROP EXPRESSION`
/// (PostgreSQL fixed it in 15): its type cannot change ("found unexpected dependency for
/// column", PG14 fuzz seed 10572), and dropping the function later drops the column with it,
/// silently (cross-version case `fuzz_generated_made_plain_over_replaced_function`). So it is
/// dropped and added again: still generated, its values are computed anew; made plain, they are
/// lost ([`readd_before_15_warning`]). What the expression calls is read from FROM's
/// dependencies (a built-in function has none): scanned only for such a column.
pub(super) fn generated_calls_before_15(
    from: &Catalog,
    table: &Table,
    before: &Column,
    after: &Column,
) -> bool {
    (1..150_000).contains(&from.server_version_num)
        && before.generated.is_some()
        && (after.generated.is_none() || before.type_name != after.type_name)
        && from.dependencies.iter().any(|d| {
            d.referenced.kind == ObjectKind::Function
                && d.dependent.kind == ObjectKind::Table
                && d.dependent.column.as_deref() == Some(before.name.as_str())
                && d.dependent.name == table.name
                && d.dependent.schema.as_deref() == Some(table.schema.as_str())
        })
}

/// The warning for a generated column made plain by dropping and adding it again on a server
/// before 15 ([`generated_calls_before_15`]).
pub(super) fn readd_before_15_warning(table: &Table, column: &Column) -> String {
    format!(
        "{}.{}: PostgreSQL 13 and 14 keep a column depending on the functions its generation \
         expression called after DROP EXPRESSION (its type cannot change, and dropping such a \
         function drops the column): it is dropped and added again as a plain column, its \
         values lost; copy them by hand first, or migrate on PostgreSQL 15 or later",
        table.key(),
        quote_ident(&column.name)
    )
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
    must_readd(from, to, before_table, before, after)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn column(type_name: &str, generated: Option<&str>) -> Column {
        let mut json = serde_json::json!({ "name": "c", "type": type_name });
        if let Some(expression) = generated {
            json["generated"] = serde_json::json!({ "expression": expression, "kind": "stored" });
        }
        serde_json::from_value(json).expect("a column")
    }

    /// A catalog of `server_version_num` whose table `public.t` has a column `c` calling `f`.
    fn catalog(server_version_num: u32) -> (Catalog, Table) {
        let mut c = Catalog::empty();
        c.server_version_num = server_version_num;
        c.dependencies = vec![serde_json::from_value(serde_json::json!({
            "dependent": { "kind": "table", "schema": "public", "name": "t", "column": "c" },
            "referenced": { "kind": "function", "schema": "public", "name": "f", "args": "x integer" }
        }))
        .expect("a dependency")];
        let table = serde_json::from_value(serde_json::json!({
            "schema": "public", "name": "t", "owner": "o", "columns": []
        }))
        .expect("a table");
        (c, table)
    }

    #[test]
    fn a_generated_column_calling_a_function_is_added_again_before_15() {
        let before = column("numeric", Some("f(id)"));
        let retyped = column("integer", Some("f(id)"));
        let plain = column("numeric", None);
        for (version, readd) in [
            (140_013, true),
            (130_023, true),
            (150_000, false),
            (0, false),
        ] {
            let (from, t) = catalog(version);
            assert_eq!(
                must_readd(&from, &from, &t, &before, &retyped),
                readd,
                "{version}"
            );
            assert_eq!(
                must_readd(&from, &from, &t, &before, &plain),
                readd,
                "{version}"
            );
        }
        // Nothing changing, or no function of the user's called (`lower(c)`: no dependency).
        let (mut from, t) = catalog(140_013);
        assert!(!must_readd(&from, &from, &t, &before, &before));
        from.dependencies.clear();
        assert!(!must_readd(&from, &from, &t, &before, &plain));
    }
}
