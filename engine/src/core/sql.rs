//! Quoting and small text helpers shared by the kinds' statement generators.

/// `name` as a quoted SQL identifier. Every identifier is quoted, as migra does.
pub fn quote_ident(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    push_quoted(&mut out, name);
    out
}

fn push_quoted(out: &mut String, name: &str) {
    out.push('"');
    if name.contains('"') {
        out.push_str(&name.replace('"', "\"\""));
    } else {
        out.push_str(name);
    }
    out.push('"');
}

/// Every keyword PostgreSQL 13 to 18 does not list as unreserved (`pg_get_keywords()`, catcode
/// other than `U`): reserved, type or function names (`left`, `join`, `is`), column names
/// (`int`, `values`); `quote_ident()` quotes them all, and a bare one is a syntax error where a
/// column name goes. Sorted, for the binary search.
const KEYWORDS: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "bigint",
    "binary",
    "bit",
    "boolean",
    "both",
    "case",
    "cast",
    "char",
    "character",
    "check",
    "coalesce",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "dec",
    "decimal",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "exists",
    "extract",
    "false",
    "fetch",
    "float",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "greatest",
    "group",
    "grouping",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "inout",
    "int",
    "integer",
    "intersect",
    "interval",
    "into",
    "is",
    "isnull",
    "join",
    "json",
    "json_array",
    "json_arrayagg",
    "json_exists",
    "json_object",
    "json_objectagg",
    "json_query",
    "json_scalar",
    "json_serialize",
    "json_table",
    "json_value",
    "lateral",
    "leading",
    "least",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "merge_action",
    "national",
    "natural",
    "nchar",
    "none",
    "normalize",
    "not",
    "notnull",
    "null",
    "nullif",
    "numeric",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "out",
    "outer",
    "overlaps",
    "overlay",
    "placing",
    "position",
    "precision",
    "primary",
    "real",
    "references",
    "returning",
    "right",
    "row",
    "select",
    "session_user",
    "setof",
    "similar",
    "smallint",
    "some",
    "substring",
    "symmetric",
    "system_user",
    "table",
    "tablesample",
    "then",
    "time",
    "timestamp",
    "to",
    "trailing",
    "treat",
    "trim",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "values",
    "varchar",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
    "xmlattributes",
    "xmlconcat",
    "xmlelement",
    "xmlexists",
    "xmlforest",
    "xmlnamespaces",
    "xmlparse",
    "xmlpi",
    "xmlroot",
    "xmlserialize",
    "xmltable",
];

/// `name` quoted only where SQL needs it, as `quote_ident()` in PostgreSQL does; for the few
/// places where migra prints a bare column name.
pub fn quote_ident_if_needed(name: &str) -> String {
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain && KEYWORDS.binary_search(&name).is_err() {
        name.to_string()
    } else {
        quote_ident(name)
    }
}

/// `"schema"."name"`.
pub fn qualified(schema: &str, name: &str) -> String {
    let mut out = String::with_capacity(schema.len() + name.len() + 5);
    push_quoted(&mut out, schema);
    out.push('.');
    push_quoted(&mut out, name);
    out
}

/// `"schema"."table"."name"`: the identity of a constraint, trigger or policy.
pub fn qualified_member(schema: &str, table: &str, name: &str) -> String {
    let mut out = String::with_capacity(schema.len() + table.len() + name.len() + 8);
    push_quoted(&mut out, schema);
    out.push('.');
    push_quoted(&mut out, table);
    out.push('.');
    push_quoted(&mut out, name);
    out
}

/// `"schema"."name"(args)`: the identity of a function or aggregate.
pub fn qualified_call(schema: &str, name: &str, args: &str) -> String {
    let mut out = String::with_capacity(schema.len() + name.len() + args.len() + 7);
    push_quoted(&mut out, schema);
    out.push('.');
    push_quoted(&mut out, name);
    out.push('(');
    out.push_str(args);
    out.push(')');
    out
}

/// `column relation.column`, as COMMENT ON names a column (`relation_key` already quoted).
pub(crate) fn column_target(relation_key: &str, column: &str) -> String {
    format!("column {relation_key}.{}", quote_ident(column))
}

/// `text` as a SQL string literal.
pub fn quote_literal(text: &str) -> String {
    if text.contains('\\') {
        format!("E'{}'", text.replace('\\', "\\\\").replace('\'', "''"))
    } else {
        format!("'{}'", text.replace('\'', "''"))
    }
}

/// A role name in GRANT/REVOKE/policy role lists: `PUBLIC` stays a keyword.
pub fn quote_role(role: &str) -> String {
    if role == "PUBLIC" {
        "PUBLIC".to_string()
    } else {
        quote_ident(role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(quote_ident("a\"b"), "\"a\"\"b\"");
        assert_eq!(qualified("public", "t"), "\"public\".\"t\"");
        assert_eq!(qualified_member("s", "t", "c"), "\"s\".\"t\".\"c\"");
        assert_eq!(
            qualified_call("s", "f", "a integer"),
            "\"s\".\"f\"(a integer)"
        );
        assert_eq!(quote_literal("it's"), "'it''s'");
        assert_eq!(quote_literal("a\\b"), "E'a\\\\b'");
        assert_eq!(quote_role("PUBLIC"), "PUBLIC");
    }

    #[test]
    fn keywords_are_quoted_where_a_column_name_goes() {
        for keyword in [
            "select",
            "left",
            "join",
            "is",
            "int",
            "values",
            "json_table",
        ] {
            assert_eq!(quote_ident_if_needed(keyword), format!("\"{keyword}\""));
        }
        for plain in ["name", "id", "abort", "json_x", "_x1"] {
            assert_eq!(quote_ident_if_needed(plain), plain);
        }
        assert_eq!(quote_ident_if_needed("Mixed"), "\"Mixed\"");
        assert!(
            KEYWORDS.windows(2).all(|w| w[0] < w[1]),
            "KEYWORDS is sorted"
        );
    }
}
