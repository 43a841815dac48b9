//! The family additions' fixture (`tests/fixtures/kinds/family_additions.sql`).

use super::*;

#[test]
fn members_added_to_families_the_user_does_not_own() {
    let catalog = catalog_of("family_additions");
    let read: Vec<(&str, &str, &str, &str)> = catalog
        .family_additions
        .iter()
        .map(|a| {
            (
                a.family_schema.as_str(),
                a.family.as_str(),
                a.access_method.as_str(),
                a.name.as_str(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                "pg_catalog",
                "integer_ops",
                "btree",
                "FUNCTION 1 (integer, text)"
            ),
            (
                "pg_catalog",
                "integer_ops",
                "btree",
                "OPERATOR 1 (integer, numeric)"
            ),
        ],
        "btree_gist's members are its own"
    );
    let function = &catalog.family_additions[0];
    assert_eq!(
        function.definition,
        "FUNCTION 1 (integer, text) fa.int_text_cmp(integer, text)"
    );
    assert_eq!(
        (
            function.uses.kind,
            function.uses.schema.as_deref(),
            function.uses.name.as_str(),
            function.uses.args.as_deref()
        ),
        (
            ObjectKind::Function,
            Some("fa"),
            "int_text_cmp",
            Some("integer, text")
        )
    );
    let operator = &catalog.family_additions[1];
    assert_eq!(operator.definition, "OPERATOR 1 fa.<#(integer, numeric)");
    assert_eq!(
        (operator.uses.kind, operator.uses.args.as_deref()),
        (ObjectKind::Operator, Some("integer, numeric"))
    );
}
