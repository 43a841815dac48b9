//! The text search kinds' fixture (`tests/fixtures/kinds/text_search.sql`): parsers, templates,
//! dictionaries and configurations as the catalog reads them, extensions' left out.

use super::*;

#[test]
fn text_search() {
    let catalog = catalog_of("text_search");
    let parser = named(&catalog.text_search_parsers, "words", |p| &p.name);
    assert_eq!(
        (
            parser.schema.as_str(),
            parser.start.as_str(),
            parser.get_token.as_str(),
            parser.end.as_str(),
            parser.lexical_types.as_str(),
            parser.headline.as_deref(),
            parser.comment.as_deref(),
        ),
        (
            "fts",
            "pg_catalog.prsd_start",
            "pg_catalog.prsd_nexttoken",
            "pg_catalog.prsd_end",
            "pg_catalog.prsd_lextype",
            None,
            Some("words"),
        )
    );

    // dict_int's template and dictionary are the extension's.
    assert_eq!(
        sorted(names(&catalog.text_search_templates, |t| &t.name)),
        ["plain", "with_init"]
    );
    let plain = named(&catalog.text_search_templates, "plain", |t| &t.name);
    assert_eq!(
        (plain.init.as_deref(), plain.lexize.as_str()),
        (None, "fts.lexize")
    );
    let with_init = named(&catalog.text_search_templates, "with_init", |t| &t.name);
    assert_eq!(
        (with_init.init.as_deref(), with_init.lexize.as_str()),
        (Some("pg_catalog.dsimple_init"), "pg_catalog.dsimple_lexize")
    );

    assert_eq!(
        sorted(names(&catalog.text_search_dictionaries, |d| &d.name)),
        ["bare", "stem"]
    );
    let stem = named(&catalog.text_search_dictionaries, "stem", |d| &d.name);
    assert_eq!(stem.template, "pg_catalog.snowball");
    let options: Vec<(&str, &str)> = stem
        .options
        .iter()
        .map(|o| (o.name.as_str(), o.value.as_str()))
        .collect();
    assert_eq!(
        options,
        [("language", "'english'"), ("stopwords", "'english'")],
        "in the order given, names folded to lower case"
    );
    let bare = named(&catalog.text_search_dictionaries, "bare", |d| &d.name);
    assert_eq!(
        (bare.template.as_str(), bare.options.len()),
        ("fts.plain", 0)
    );

    let docs = named(&catalog.text_search_configurations, "docs", |c| &c.name);
    assert_eq!(docs.parser, "fts.words");
    assert_eq!(docs.comment.as_deref(), Some("documents"));
    let mappings: Vec<(&str, Vec<&str>)> = docs
        .mappings
        .iter()
        .map(|m| {
            (
                m.token_type.as_str(),
                m.dictionaries.iter().map(Text::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        mappings,
        [
            ("asciiword", vec!["fts.stem", "pg_catalog.simple"]),
            ("word", vec!["fts.stem", "pg_catalog.simple"]),
            ("int", vec!["public.intdict"]),
        ],
        "in the parser's token type order"
    );

    // What each uses is a dependency: the configuration its parser and dictionaries (the
    // extension's as the extension), a dictionary its template, a template its function.
    let depends = |kind: ObjectKind, name: &str, on: ObjectKind, on_name: &str| {
        catalog.dependencies.iter().any(|d| {
            d.dependent.kind == kind
                && d.dependent.name == name
                && d.referenced.kind == on
                && d.referenced.name == on_name
        })
    };
    use ObjectKind::*;
    for (kind, name, on, on_name) in [
        (TextSearchConfiguration, "docs", TextSearchParser, "words"),
        (
            TextSearchConfiguration,
            "docs",
            TextSearchDictionary,
            "stem",
        ),
        (TextSearchConfiguration, "docs", Extension, "dict_int"),
        (TextSearchDictionary, "bare", TextSearchTemplate, "plain"),
        (TextSearchTemplate, "plain", Function, "lexize"),
    ] {
        assert!(
            depends(kind, name, on, on_name),
            "{kind:?} {name} on {on:?} {on_name}: {:#?}",
            catalog.dependencies
        );
    }
    assert!(catalog.unmodeled.is_empty(), "{:#?}", catalog.unmodeled);
}
