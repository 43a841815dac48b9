//! The operators' fixture (`tests/fixtures/kinds/operators.sql`): every option as the catalog
//! reads it, extensions' operators left out, shells reported.

use super::*;

#[test]
fn operators() {
    let catalog = catalog_of("operators");
    assert_eq!(
        sorted(names(&catalog.operators, |o| &o.name)),
        ["===", "~~~"],
        "citext's operators are the extension's; the shell !== is not read"
    );
    let eq = named(&catalog.operators, "===", |o| &o.name);
    assert_eq!(
        (
            eq.schema.as_str(),
            eq.identity_arguments.as_str(),
            eq.left_type.as_deref(),
            eq.right_type.as_deref(),
            eq.function.as_str(),
        ),
        (
            "ops",
            "integer, integer",
            Some("integer"),
            Some("integer"),
            "ops.int_eq"
        )
    );
    assert_eq!(
        (
            eq.commutator.as_deref(),
            eq.negator.as_deref(),
            eq.restrict.as_deref(),
            eq.join.as_deref(),
            eq.hashes,
            eq.merges,
        ),
        (
            Some("OPERATOR(ops.===)"),
            Some("OPERATOR(ops.!==)"),
            Some("pg_catalog.eqsel"),
            Some("pg_catalog.eqjoinsel"),
            true,
            true,
        )
    );
    let neg = named(&catalog.operators, "~~~", |o| &o.name);
    assert_eq!(
        (
            neg.identity_arguments.as_str(),
            neg.left_type.as_deref(),
            neg.comment.as_deref(),
            neg.hashes,
        ),
        ("NONE, integer", None, Some("negates"), false)
    );
    assert!(
        catalog.dependencies.iter().any(|d| {
            d.dependent.kind == ObjectKind::Operator
                && d.dependent.name == "==="
                && d.dependent.args.as_deref() == Some("integer, integer")
                && d.referenced.kind == ObjectKind::Function
                && d.referenced.name == "int_eq"
        }),
        "an operator depends on its function: {:#?}",
        catalog.dependencies
    );
    let shells: Vec<&str> = catalog.unmodeled.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(
        shells,
        ["ops.!==(integer,integer)"],
        "{:#?}",
        catalog.unmodeled
    );
}
