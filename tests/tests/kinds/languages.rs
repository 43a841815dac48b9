//! The languages' and conversions' fixture (`tests/fixtures/kinds/languages.sql`).

use super::*;

#[test]
fn languages_and_conversions() {
    let catalog = catalog_of("languages");
    assert_eq!(
        names(&catalog.languages, |l| &l.name),
        ["pl_fixture"],
        "plpgsql is its extension's"
    );
    let pl = &catalog.languages[0];
    assert_eq!(
        (
            pl.trusted,
            pl.handler.as_deref(),
            pl.inline.as_deref(),
            pl.validator.as_deref(),
            pl.comment.as_deref(),
        ),
        (
            true,
            Some("pg_catalog.plpgsql_call_handler"),
            Some("pg_catalog.plpgsql_inline_handler"),
            Some("pg_catalog.plpgsql_validator"),
            Some("plpgsql again"),
        )
    );
    assert!(pl.privileges.is_empty(), "{:#?}", pl.privileges);

    let conversion = named(&catalog.conversions, "to_latin1", |c| &c.name);
    assert_eq!(
        (
            conversion.schema.as_str(),
            conversion.source_encoding.as_str(),
            conversion.target_encoding.as_str(),
            conversion.function.as_str(),
            conversion.default,
            conversion.comment.as_deref(),
        ),
        (
            "cv",
            "UTF8",
            "LATIN1",
            "pg_catalog.utf8_to_iso8859_1",
            true,
            Some("latin")
        )
    );
    assert!(catalog.unmodeled.is_empty(), "{:#?}", catalog.unmodeled);
}
