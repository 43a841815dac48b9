//! The access methods' and transforms' fixture (`tests/fixtures/kinds/access_methods.sql`).

use super::*;

#[test]
fn access_methods_and_transforms() {
    let catalog = catalog_of("access_methods");
    assert_eq!(
        names(&catalog.access_methods, |a| &a.name),
        ["am_index", "am_table"],
        "bloom is its extension's"
    );
    let table = named(&catalog.access_methods, "am_table", |a| &a.name);
    assert_eq!(
        (
            table.method_type.as_str(),
            table.handler.as_str(),
            table.comment.as_deref()
        ),
        ("table", "pg_catalog.heap_tableam_handler", Some("rows"))
    );
    let index = named(&catalog.access_methods, "am_index", |a| &a.name);
    assert_eq!(
        (
            index.method_type.as_str(),
            index.handler.as_str(),
            index.comment.as_deref()
        ),
        ("index", "am.gist_handler", None)
    );
    let rows = named(&catalog.tables, "rows", |t| &t.name);
    assert_eq!(rows.access_method.as_deref(), Some("am_table"));

    let edge = |dependent: ObjectKind, name: &str, referenced: ObjectKind, to: &str| {
        has_edge(&catalog, dependent, name, referenced, to)
    };
    assert!(
        edge(
            ObjectKind::Table,
            "rows",
            ObjectKind::AccessMethod,
            "am_table"
        ),
        "a table on its access method"
    );
    assert!(
        edge(
            ObjectKind::OperatorFamily,
            "box_ops",
            ObjectKind::AccessMethod,
            "am_index"
        ),
        "an operator family (the one CREATE OPERATOR CLASS made) on its access method"
    );
    assert!(
        edge(
            ObjectKind::AccessMethod,
            "am_index",
            ObjectKind::Function,
            "gist_handler"
        ),
        "an access method on its handler"
    );

    assert_eq!(
        catalog
            .transforms
            .iter()
            .map(|t| (t.data_type.as_str(), t.language.as_str()))
            .collect::<Vec<_>>(),
        [("am.mood", "sql"), ("text", "sql")]
    );
    let mood = &catalog.transforms[0];
    assert_eq!(
        (
            mood.from_sql.as_deref(),
            mood.to_sql.as_deref(),
            mood.comment.as_deref()
        ),
        (
            Some(r#""am"."mood_from"(internal)"#),
            Some(r#""am"."mood_to"(internal)"#),
            Some("moods")
        )
    );
    let text = &catalog.transforms[1];
    assert_eq!(
        (text.from_sql.as_deref(), text.to_sql.as_deref()),
        (None, Some(r#""pg_catalog"."textrecv"(internal)"#))
    );
    for (referenced, name) in [
        (ObjectKind::Enum, "mood"),
        (ObjectKind::Function, "mood_from"),
        (ObjectKind::Function, "mood_to"),
    ] {
        assert!(
            edge(ObjectKind::Transform, "am.mood", referenced, name),
            "a transform on its {name}"
        );
    }
    assert!(catalog.unmodeled.is_empty(), "{:#?}", catalog.unmodeled);
}
