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

#[test]
fn operator_families_and_classes() {
    let catalog = catalog_of("operators");
    let members = |list: &[OperatorMember]| -> Vec<(String, String)> {
        list.iter()
            .map(|m| (m.name.to_string(), m.definition.to_string()))
            .collect()
    };
    let pair = |name: &str, definition: &str| (name.to_string(), definition.to_string());
    // citext's are the extension's; CREATE OPERATOR CLASS without FAMILY made gcls's.
    assert_eq!(
        sorted(names(&catalog.operator_families, |f| &f.name)),
        ["fam", "gcls"]
    );
    let fam = named(&catalog.operator_families, "fam", |f| &f.name);
    assert_eq!(
        (fam.schema.as_str(), fam.access_method.as_str()),
        ("ops", "btree")
    );
    assert_eq!(
        members(&fam.members),
        [pair(
            "OPERATOR 2 (integer, bigint)",
            "OPERATOR 2 pg_catalog.<=(integer, bigint)"
        )]
    );
    let cls = named(&catalog.operator_classes, "cls", |c| &c.name);
    assert_eq!(
        (
            cls.family.as_str(),
            cls.data_type.as_str(),
            cls.default,
            cls.storage.as_deref(),
            cls.comment.as_deref()
        ),
        ("ops.fam", "integer", false, None, Some("integers"))
    );
    assert_eq!(
        members(&cls.members),
        [
            pair(
                "FUNCTION 1 (integer, integer)",
                "FUNCTION 1 (integer, integer) ops.cmp(integer, integer)"
            ),
            pair(
                "OPERATOR 1 (integer, integer)",
                "OPERATOR 1 pg_catalog.<(integer, integer)"
            ),
            pair(
                "OPERATOR 3 (integer, integer)",
                "OPERATOR 3 ops.===(integer, integer)"
            ),
        ]
    );
    let gcls = named(&catalog.operator_classes, "gcls", |c| &c.name);
    assert_eq!(
        (gcls.family.as_str(), gcls.storage.as_deref()),
        ("ops.gcls", Some("bigint"))
    );
    // A member stands for its class or family in the dependencies.
    assert!(
        catalog.dependencies.iter().any(|d| {
            d.dependent.kind == ObjectKind::OperatorClass
                && d.dependent.name == "cls"
                && d.referenced.kind == ObjectKind::Operator
                && d.referenced.name == "==="
        }),
        "{:#?}",
        catalog.dependencies
    );
}
