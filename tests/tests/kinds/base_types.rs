//! The base and shell types' fixture (`tests/fixtures/kinds/base_types.sql`).

use super::*;

#[test]
fn base_and_shell_types() {
    let catalog = catalog_of("base_types");
    assert_eq!(
        names(&catalog.base_types, |t| &t.name),
        ["fixed", "text_like"],
        "citext is its extension's; array types are not listed"
    );
    let fixed = named(&catalog.base_types, "fixed", |t| &t.name);
    assert_eq!(
        (
            fixed.input.as_str(),
            fixed.output.as_str(),
            fixed.receive.as_deref(),
            fixed.send.as_deref(),
            fixed.typmod_in.as_deref(),
        ),
        (
            "bt.fixed_in",
            "bt.fixed_out",
            Some("bt.fixed_recv"),
            Some("bt.fixed_send"),
            None
        )
    );
    assert_eq!(
        (
            fixed.internal_length,
            fixed.passed_by_value,
            fixed.alignment.as_str(),
            fixed.storage.as_str(),
            fixed.category.as_str(),
            fixed.preferred,
            fixed.default.as_deref(),
            fixed.delimiter.as_str(),
            fixed.collatable,
            fixed.comment.as_deref(),
        ),
        (
            4,
            true,
            "int4",
            "plain",
            "N",
            true,
            Some("7"),
            ";",
            false,
            Some("four bytes")
        )
    );
    let text_like = named(&catalog.base_types, "text_like", |t| &t.name);
    assert_eq!(
        (
            text_like.typmod_in.as_deref(),
            text_like.typmod_out.as_deref(),
            text_like.internal_length,
            text_like.passed_by_value,
            text_like.storage.as_str(),
            text_like.element.as_deref(),
            text_like.collatable,
        ),
        (
            Some("bt.text_like_typmod_in"),
            Some("bt.text_like_typmod_out"),
            -1,
            false,
            "main",
            None,
            true
        )
    );
    assert_eq!(names(&catalog.shell_types, |t| &t.name), ["lonely"]);
    assert_eq!(catalog.shell_types[0].comment.as_deref(), Some("a shell"));

    let edge = |dependent: ObjectKind, name: &str, referenced: ObjectKind, to: &str| {
        has_edge(&catalog, dependent, name, referenced, to)
    };
    let function = ObjectKind::Function;
    let base = ObjectKind::BaseType;
    assert!(
        edge(base, "fixed", function, "fixed_in"),
        "a type on its input function"
    );
    assert!(
        edge(function, "fixed_in", base, "fixed"),
        "and that function on the type"
    );
    assert!(edge(base, "text_like", function, "text_like_typmod_in"));
    assert!(
        !edge(function, "text_like_typmod_in", base, "text_like"),
        "a type modifier function does not use the type"
    );
    assert!(
        edge(ObjectKind::Table, "uses", base, "fixed"),
        "a column of the type"
    );
    assert!(
        catalog
            .dependencies
            .iter()
            .any(|d| d.dependent.column.as_deref() == Some("fs")
                && d.referenced.kind == base
                && d.referenced.name == "fixed"),
        "a column of its array type stands on the type"
    );
    assert!(
        !catalog
            .dependencies
            .iter()
            .any(|d| d.referenced.kind == base && d.referenced.name == "citext"),
        "an extension's type is its extension's"
    );
}
