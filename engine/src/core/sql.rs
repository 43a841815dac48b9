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

/// `name` quoted only where SQL needs it, as `quote_ident()` in PostgreSQL does; for the few
/// places where migra prints a bare column name.
pub fn quote_ident_if_needed(name: &str) -> String {
    const RESERVED: &[&str] = &[
        "all",
        "analyse",
        "analyze",
        "and",
        "any",
        "array",
        "as",
        "asc",
        "asymmetric",
        "both",
        "case",
        "cast",
        "check",
        "collate",
        "column",
        "constraint",
        "create",
        "current_catalog",
        "current_date",
        "current_role",
        "current_time",
        "current_timestamp",
        "current_user",
        "default",
        "deferrable",
        "desc",
        "distinct",
        "do",
        "else",
        "end",
        "except",
        "false",
        "fetch",
        "for",
        "foreign",
        "from",
        "grant",
        "group",
        "having",
        "in",
        "initially",
        "intersect",
        "into",
        "lateral",
        "leading",
        "limit",
        "localtime",
        "localtimestamp",
        "not",
        "null",
        "offset",
        "on",
        "only",
        "or",
        "order",
        "placing",
        "primary",
        "references",
        "returning",
        "select",
        "session_user",
        "some",
        "symmetric",
        "system_user",
        "table",
        "then",
        "to",
        "trailing",
        "true",
        "union",
        "unique",
        "user",
        "using",
        "variadic",
        "when",
        "where",
        "window",
        "with",
    ];
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain && !RESERVED.contains(&name) {
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
}
