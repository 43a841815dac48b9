//! What changing a column's type does to the table and to its values, told from the two types'
//! names as `format_type` prints them (`character varying(20)`, `numeric(10,2)`,
//! `timestamp(3) with time zone`, `integer[]`). This decides whether the change is destructive (the
//! drop guard) and which hazards it carries, so each rule here is a fact about PostgreSQL that
//! the server can confirm: tests/tests/hazards.rs checks the rewrites against relfilenodes.
//!
//! Unknown pairs are taken at their worst: a rewrite that may fail on existing rows and change
//! values. Only the built-in types' own rules are relied on; a type the catalog knows as
//! user-defined (an enum, a domain, a composite) is never taken for a built-in of the same name.
//!
//! Whether the values can be converted at all is [`conversion`]'s question, answered from the
//! casts the target catalog records (`Catalog::type_casts`).

use crate::model::{Catalog, Column, ObjectKind, TypeRef};

/// How a column's values get from its old type to its new one: what PostgreSQL's explicit cast
/// (`using "c"::new`) accepts, from the casts the catalogs record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Conversion {
    /// `using "c"::new`. PostgreSQL has a cast: the same type (modifiers, domains aside), a
    /// `pg_cast` row (any context: the cast is explicit), an array of castable elements, or a
    /// string type on either side (every type prints to and reads from text).
    Direct,
    /// `using "c"::text::new`. No cast, but both types are enums, both composite types (or row
    /// types) or both ranges (or multiranges), built in or not, element for element in arrays of
    /// as many dimensions (`pg_type.typcategory` `E`, `C`, `R`): the text
    /// of one is labels or is built of values, which the other reads where they correspond (a
    /// label it has, fields it can read), and refuses otherwise.
    ThroughText,
    /// No cast and no text form in common (`integer` to `uuid`: the text of every integer is
    /// refused by `uuid`, so through text would fail on any row): the column is dropped and
    /// added again, and its values are lost.
    Readd,
}

/// A column's type as PostgreSQL casts it: a domain read as its base type (at any depth), an
/// array as its element type and dimensions, without modifiers.
struct CastType<'a> {
    name: &'a str,
    dimensions: usize,
    kind: Option<ObjectKind>,
}

fn cast_type<'a>(catalog: &'a Catalog, column: &'a Column) -> CastType<'a> {
    let (mut name, mut type_ref): (&str, Option<&TypeRef>) =
        (&column.type_name, column.type_ref.as_deref());
    let mut dimensions = 0;
    // A domain over a domain: bounded, in case a catalog written by hand loops.
    for _ in 0..32 {
        let (element, d) = element_of(name);
        dimensions += d;
        name = element;
        let Some(r) = type_ref.filter(|r| r.kind == Some(ObjectKind::Domain)) else {
            break;
        };
        let Some(domain) = catalog
            .domains
            .iter()
            .find(|x| x.schema == r.schema && x.name == r.name)
        else {
            break;
        };
        name = &domain.base_type;
        type_ref = domain.base_type_ref.as_ref();
    }
    CastType {
        name: unmodified(name),
        dimensions,
        kind: type_ref.and_then(|r| r.kind),
    }
}

/// Whether `column`'s type is a domain with a constraint (`NOT NULL` or a check, its own or a
/// base domain's): PostgreSQL then checks every row's value (the default, else NULL) when the
/// column is added, rewriting the table (13 to 18 alike), and fails if one breaks the domain.
/// An array of such a domain is not checked that way (its type is the array's).
pub(crate) fn has_checked_domain(catalog: &Catalog, column: &Column) -> bool {
    if element_of(&column.type_name).1 > 0 {
        return false;
    }
    let mut type_ref = column.type_ref.as_deref();
    // A domain over a domain: bounded, in case a catalog written by hand loops.
    for _ in 0..32 {
        let Some(r) = type_ref.filter(|r| r.kind == Some(ObjectKind::Domain)) else {
            return false;
        };
        let Some(domain) = catalog
            .domains
            .iter()
            .find(|x| x.schema == r.schema && x.name == r.name)
        else {
            return false;
        };
        if domain.not_null || !domain.checks.is_empty() {
            return true;
        }
        type_ref = domain.base_type_ref.as_ref();
    }
    false
}

/// `integer[][]` is `integer` in two dimensions.
fn element_of(name: &str) -> (&str, usize) {
    let mut rest = name.trim();
    let mut dimensions = 0;
    while let Some(inner) = rest.strip_suffix("[]") {
        rest = inner;
        dimensions += 1;
    }
    (rest, dimensions)
}

/// A type's name without its modifiers, as `format_type(oid, NULL)` prints it:
/// `character varying(20)` is `character varying`, `timestamp(3) with time zone` is
/// `timestamp with time zone`, `interval year to month` is `interval`. Quoted names are kept
/// whole.
fn unmodified(name: &str) -> &str {
    if name.contains('"') {
        return name;
    }
    match name.find('(') {
        // Only the built-in types with words after their modifiers keep them.
        Some(open) => match name[..open].trim_end() {
            base @ ("timestamp" | "time") => match name[open..].find(')') {
                Some(close) if name[open + close + 1..].trim() == "with time zone" => {
                    if base == "timestamp" {
                        "timestamp with time zone"
                    } else {
                        "time with time zone"
                    }
                }
                _ => {
                    if base == "timestamp" {
                        "timestamp without time zone"
                    } else {
                        "time without time zone"
                    }
                }
            },
            base if base.starts_with("interval") => "interval",
            base => base,
        },
        None if name.starts_with("interval ") => "interval",
        None if name == "bpchar" => "character",
        None => name,
    }
}

/// Whether `name` is of the string category (`S`): recorded by the catalog, or, for a catalog
/// without the record, one of the built-in string types.
fn is_string(catalog: &Catalog, name: &str) -> bool {
    match catalog.type_casts.iter().find(|t| t.type_name == name) {
        Some(t) => t.category == "S",
        None => matches!(name, "text" | "character varying" | "character" | "name"),
    }
}

/// The categories (`pg_type.typcategory`) whose types read each other's text forms where the
/// values correspond: enums (`E`: labels), composites (`C`: fields), ranges (`R`: bounds). A
/// catalog without the record is told by the type's kind.
fn text_family(catalog: &Catalog, t: &CastType) -> Option<char> {
    let category = match catalog.type_casts.iter().find(|x| x.type_name == t.name) {
        Some(x) => x.category.chars().next(),
        None => match t.kind? {
            ObjectKind::Enum => Some('E'),
            ObjectKind::CompositeType
            | ObjectKind::Table
            | ObjectKind::View
            | ObjectKind::MaterializedView => Some('C'),
            ObjectKind::RangeType => Some('R'),
            _ => None,
        },
    };
    category.filter(|c| matches!(c, 'E' | 'C' | 'R'))
}

/// How `old` (a column of `from`) becomes `new` (the same column in `to`). A target catalog that
/// records no casts into the new type (an older catalog file) gets migra's conversion: directly,
/// and through text between two enums.
pub(crate) fn conversion(from: &Catalog, to: &Catalog, old: &Column, new: &Column) -> Conversion {
    let (a, b) = (cast_type(from, old), cast_type(to, new));
    let Some(into) = to.type_casts.iter().find(|t| t.type_name == b.name) else {
        let is_enum = |c: &Column| {
            c.type_ref
                .as_ref()
                .is_some_and(|t| t.kind == Some(ObjectKind::Enum))
        };
        return if is_enum(old) && is_enum(new) {
            Conversion::ThroughText
        } else {
            Conversion::Direct
        };
    };
    // Every type prints as a string and reads from one (an array as a whole too).
    if (b.dimensions == 0 && into.category == "S") || (a.dimensions == 0 && is_string(from, a.name))
    {
        return Conversion::Direct;
    }
    if a.dimensions != b.dimensions {
        return Conversion::Readd;
    }
    // Arrays convert element by element, by the elements' casts.
    let cast = a.name == b.name
        || into.category == "S"
        || is_string(from, a.name)
        || into
            .from
            .binary_search_by(|s| s.as_str().cmp(a.name))
            .is_ok();
    if cast {
        return Conversion::Direct;
    }
    match (text_family(from, &a), text_family(to, &b)) {
        (Some(x), Some(y)) if x == y => Conversion::ThroughText,
        _ => Conversion::Readd,
    }
}

/// The types a direct conversion casts between (without modifiers, domains read as their base
/// types, arrays as their elements): the cast a user made for them, if any, must exist first.
pub(crate) fn cast_between(
    from: &Catalog,
    to: &Catalog,
    old: &Column,
    new: &Column,
) -> (String, String) {
    (
        cast_type(from, old).name.to_string(),
        cast_type(to, new).name.to_string(),
    )
}

/// What a type change does, worst case over every value the old type can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TypeChange {
    /// The table (and its indexes) is written again. Binary-coercible changes with a wider or
    /// equal type modifier (`varchar(20)` → `text`, `numeric(10,2)` → `numeric(12,2)`) are not.
    pub(crate) rewrites: bool,
    /// Some value of the old type has no value in the new one, so the statement can fail on
    /// existing rows (`varchar(20)` → `varchar(10)`, `text` → `integer`, `bigint` → `integer`).
    pub(crate) may_fail: bool,
    /// Some value comes out different, silently (`numeric(10,2)` → `numeric(10,1)` rounds,
    /// `timestamp(6)` → `timestamp(0)` rounds, `bigint` → `double precision` loses digits).
    pub(crate) may_change_values: bool,
}

impl TypeChange {
    const RELABEL: TypeChange = TypeChange {
        rewrites: false,
        may_fail: false,
        may_change_values: false,
    };
    const WIDENING: TypeChange = TypeChange {
        rewrites: true,
        may_fail: false,
        may_change_values: false,
    };
    const UNKNOWN: TypeChange = TypeChange {
        rewrites: true,
        may_fail: true,
        may_change_values: true,
    };

    /// Whether the change can lose data: the drop guard refuses it without `--unsafe`.
    pub(crate) fn loses_data(self) -> bool {
        self.may_fail || self.may_change_values
    }

    fn rewritten(self) -> TypeChange {
        TypeChange {
            rewrites: true,
            ..self
        }
    }
}

/// A type name read into its base and modifiers: `numeric(10,2)[]` is `numeric`, `[10, 2]`,
/// one array dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
struct TypeName<'a> {
    base: &'a str,
    /// The modifiers in parentheses; empty when none were given (PostgreSQL's `-1`).
    modifiers: Vec<u32>,
    /// What follows the modifiers (`with time zone`), with the base's own words.
    suffix: &'a str,
    dimensions: usize,
}

fn read(name: &str) -> Option<TypeName<'_>> {
    let mut rest = name.trim();
    let mut dimensions = 0;
    while let Some(inner) = rest.strip_suffix("[]") {
        rest = inner;
        dimensions += 1;
    }
    let (base, modifiers, suffix) = match rest.find('(') {
        Some(open) => {
            let close = open + rest[open..].find(')')?;
            let modifiers = rest[open + 1..close]
                .split(',')
                .map(|m| m.trim().parse().ok())
                .collect::<Option<Vec<u32>>>()?;
            (rest[..open].trim_end(), modifiers, rest[close + 1..].trim())
        }
        // `timestamp without time zone`: the words after the base are what `timestamp(3)`
        // puts after its modifiers.
        None => match rest.split_once(' ') {
            Some((base @ ("timestamp" | "time"), words)) => (base, vec![], words),
            _ => (rest, vec![], ""),
        },
    };
    Some(TypeName {
        base,
        modifiers,
        suffix,
        dimensions,
    })
}

/// The change from `old` to `new`, both built-in types unless `user_defined` says one of them is
/// a type of the catalog. Only the type names count: a collation change alone is
/// [`TypeChange::RELABEL`] (PostgreSQL rebuilds the indexes, not the table).
pub(crate) fn classify(old: &str, new: &str, user_defined: bool) -> TypeChange {
    if old == new {
        return TypeChange::RELABEL;
    }
    let (Some(a), Some(b)) = (read(old), read(new)) else {
        return TypeChange::UNKNOWN;
    };
    // Any value prints as text, and a text value of any length fits an unbounded string type.
    let unbounded_string = b.dimensions == 0 && (new == "text" || new == "character varying");
    if user_defined {
        return if unbounded_string {
            TypeChange::WIDENING
        } else {
            TypeChange::UNKNOWN
        };
    }
    if a.dimensions != b.dimensions {
        return if unbounded_string {
            TypeChange::WIDENING
        } else {
            TypeChange::UNKNOWN
        };
    }
    let change = scalar(&a, &b).unwrap_or(if unbounded_string {
        TypeChange::WIDENING
    } else {
        TypeChange::UNKNOWN
    });
    // An array's elements are converted one by one: binary-coercible elements still make the
    // array rewritten (checked: `character varying(20)[]` → `text[]` rewrites).
    if a.dimensions > 0 {
        change.rewritten()
    } else {
        change
    }
}

/// The rules for two scalar built-in types; `None` when there is none for the pair.
fn scalar(a: &TypeName, b: &TypeName) -> Option<TypeChange> {
    let length = |t: &TypeName| t.modifiers.first().copied();
    // A modifier that is absent means "no limit".
    let at_least = |new: Option<u32>, old: Option<u32>| match (new, old) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(n), Some(o)) => n >= o,
    };
    let narrowing = |fails: bool, changes: bool| TypeChange {
        rewrites: true,
        may_fail: fails,
        may_change_values: changes,
    };
    let string = |t: &TypeName| matches!(t.base, "text" | "character varying");
    Some(match (a.base, b.base) {
        // varchar(n) and text share their representation; a longer or no limit checks nothing.
        (x, y) if string(a) && string(b) => {
            let old = if x == "text" { None } else { length(a) };
            let new = if y == "text" { None } else { length(b) };
            if at_least(new, old) {
                TypeChange::RELABEL
            } else {
                narrowing(true, false)
            }
        }
        // char(n) pads with blanks, which the conversion to varchar/text strips.
        ("character", y) if string(b) => {
            let new = if y == "text" { None } else { length(b) };
            if at_least(new, length(a)) {
                TypeChange::WIDENING
            } else {
                narrowing(true, false)
            }
        }
        ("character", "character") => {
            if at_least(length(b), length(a)) {
                TypeChange::WIDENING
            } else {
                narrowing(true, false)
            }
        }
        ("bit", "bit varying") | ("bit varying", "bit varying") => {
            if at_least(length(b), length(a)) {
                TypeChange::RELABEL
            } else {
                narrowing(true, false)
            }
        }
        ("numeric", "numeric") => numeric(&a.modifiers, &b.modifiers),
        (x, "numeric") if integer_digits(x).is_some() => {
            let digits = integer_digits(x).unwrap_or(u32::MAX);
            match b.modifiers[..] {
                [] => TypeChange::WIDENING,
                [p] if p >= digits => TypeChange::WIDENING,
                [p, s] if p.saturating_sub(s) >= digits => TypeChange::WIDENING,
                _ => narrowing(true, false),
            }
        }
        (x, y) if integer_digits(x).is_some() && integer_digits(y).is_some() => {
            if integer_digits(y) >= integer_digits(x) {
                TypeChange::WIDENING
            } else {
                narrowing(true, false)
            }
        }
        // Exact in a double's 53-bit mantissa, and a smallint in a real's 24 bits.
        ("smallint" | "integer" | "real", "double precision") | ("smallint", "real") => {
            TypeChange::WIDENING
        }
        ("integer" | "bigint", "real") | ("bigint", "double precision") => narrowing(false, true),
        ("double precision", "real") => narrowing(true, true),
        // Precision in fractional digits of seconds; absent means 6 (as kept, not rounded).
        ("timestamp" | "time", y) if y == a.base && a.suffix == b.suffix => precision(a, b),
        ("interval", "interval") if a.suffix == b.suffix => precision(a, b),
        ("timestamp", "timestamp") => {
            // With and without time zone: the values are read in the session's TimeZone. Not
            // lossy; rewritten unless TimeZone is UTC, which cannot be known here.
            TypeChange {
                may_change_values: precision(a, b).may_change_values,
                ..TypeChange::WIDENING
            }
        }
        ("date", "timestamp") => TypeChange::WIDENING,
        ("cidr", "inet") | ("xml", "text") => TypeChange::RELABEL,
        _ => return None,
    })
}

/// The digits of the largest value of an integer type.
fn integer_digits(base: &str) -> Option<u32> {
    match base {
        "smallint" => Some(5),
        "integer" => Some(10),
        "bigint" => Some(19),
        _ => None,
    }
}

/// `numeric(p,s)` to `numeric(p2,s2)`: digits before the point must not shrink (or values fail),
/// nor the scale (or values round). Same scale and no fewer digits is binary-coercible.
fn numeric(old: &[u32], new: &[u32]) -> TypeChange {
    let parts = |m: &[u32]| match *m {
        [] => None,
        [p] => Some((p, 0)),
        [p, s, ..] => Some((p, s)),
    };
    match (parts(old), parts(new)) {
        (_, None) => TypeChange::RELABEL,
        (None, Some(_)) => TypeChange::UNKNOWN,
        (Some((p, s)), Some((p2, s2))) => {
            let (digits, new_digits) = (p.saturating_sub(s), p2.saturating_sub(s2));
            let rounds = s2 < s;
            // Rounding can carry into one more digit: 99.99 to one decimal is 100.0.
            let fails = new_digits < digits || (rounds && new_digits == digits);
            if !fails && !rounds && s2 == s {
                TypeChange::RELABEL
            } else {
                TypeChange {
                    rewrites: true,
                    may_fail: fails,
                    may_change_values: rounds,
                }
            }
        }
    }
}

/// Fractional seconds kept: more or as many is binary-coercible, fewer rounds.
fn precision(a: &TypeName, b: &TypeName) -> TypeChange {
    let digits = |t: &TypeName| t.modifiers.first().copied().unwrap_or(6);
    if digits(b) >= digits(a) {
        TypeChange::RELABEL
    } else {
        TypeChange {
            rewrites: true,
            may_fail: false,
            may_change_values: true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(old: &str, new: &str, expect: &str) {
        let c = classify(old, new, false);
        let got = match (c.rewrites, c.may_fail, c.may_change_values) {
            (false, false, false) => "relabel",
            (true, false, false) => "widening",
            (true, true, false) => "may fail",
            (true, false, true) => "changes values",
            (true, true, true) => "unknown",
            _ => "other",
        };
        assert_eq!(got, expect, "{old} -> {new}");
    }

    #[test]
    fn strings() {
        check("character varying(20)", "text", "relabel");
        check("character varying(20)", "character varying(30)", "relabel");
        check("character varying(20)", "character varying", "relabel");
        check("text", "character varying", "relabel");
        check("character varying(20)", "character varying(10)", "may fail");
        check("text", "character varying(10)", "may fail");
        check("character(5)", "text", "widening");
        check("character(5)", "character varying(4)", "may fail");
        check("character varying(20)[]", "text[]", "widening");
        check("bit(3)", "bit varying", "relabel");
    }

    #[test]
    fn numbers() {
        check("integer", "bigint", "widening");
        check("smallint", "integer", "widening");
        check("bigint", "integer", "may fail");
        check("integer", "numeric", "widening");
        check("integer", "numeric(12,2)", "widening");
        check("integer", "numeric(8,2)", "may fail");
        check("numeric(10,2)", "numeric(12,2)", "relabel");
        check("numeric(10,2)", "numeric", "relabel");
        check("numeric(10,2)", "numeric(12,3)", "widening");
        check("numeric(10,2)", "numeric(10,1)", "changes values");
        check("numeric(10,2)", "numeric(9,1)", "unknown");
        check("numeric(10,2)", "numeric(9,2)", "may fail");
        check("numeric", "numeric(10,2)", "unknown");
        check("real", "double precision", "widening");
        check("integer", "double precision", "widening");
        check("bigint", "double precision", "changes values");
        check("double precision", "real", "unknown");
    }

    #[test]
    fn times() {
        check(
            "timestamp(3) without time zone",
            "timestamp(6) without time zone",
            "relabel",
        );
        check(
            "timestamp(3) without time zone",
            "timestamp without time zone",
            "relabel",
        );
        check(
            "timestamp without time zone",
            "timestamp(0) without time zone",
            "changes values",
        );
        check(
            "timestamp without time zone",
            "timestamp with time zone",
            "widening",
        );
        check(
            "time(3) with time zone",
            "time(6) with time zone",
            "relabel",
        );
        check("interval(3)", "interval", "relabel");
        check("date", "timestamp with time zone", "widening");
    }

    #[test]
    fn everything_else_is_taken_at_its_worst() {
        check("text", "integer", "unknown");
        check("json", "jsonb", "unknown");
        check("integer", "uuid", "unknown");
        check("integer", "text", "widening");
        check("integer[]", "integer", "unknown");
        check("integer[]", "text", "widening");
        // A user-defined type: nothing but text or varchar is known to take every value.
        assert_eq!(classify("mood", "text", true), TypeChange::WIDENING);
        assert_eq!(classify("mood", "other_mood", true), TypeChange::UNKNOWN);
        assert_eq!(classify("text", "mood", true), TypeChange::UNKNOWN);
    }

    /// A column of `type_name` (a user-defined type when `kind` is given, in `public`).
    fn column(type_name: &str, kind: Option<ObjectKind>) -> Column {
        let (element, _) = element_of(type_name);
        serde_json::from_value(serde_json::json!({ "name": "c", "type": type_name }))
            .map(|mut c: Column| {
                c.type_ref = kind.map(|kind| {
                    Box::new(TypeRef {
                        schema: "public".into(),
                        name: element.into(),
                        kind: Some(kind),
                    })
                });
                c
            })
            .expect("a column")
    }

    /// A catalog recording the casts into `types`: (type, category, sources).
    fn catalog(types: &[(&str, &str, &[&str])]) -> Catalog {
        let mut c = Catalog::empty();
        c.type_casts = types
            .iter()
            .map(|(t, category, from)| crate::model::TypeCasts {
                type_name: (*t).into(),
                category: (*category).into(),
                from: from.iter().map(|s| (*s).into()).collect(),
            })
            .collect();
        c.normalize();
        c
    }

    #[test]
    fn conversions_follow_the_casts_the_catalogs_record() {
        let from = catalog(&[
            ("integer", "N", &["bigint", "boolean", "numeric"]),
            ("bigint", "N", &["integer"]),
            ("int4range", "R", &[]),
            ("text", "S", &[]),
            ("mood", "E", &[]),
            ("pair", "C", &[]),
            ("date", "D", &["timestamp with time zone"]),
        ]);
        let to = catalog(&[
            ("uuid", "U", &[]),
            ("integer", "N", &["bigint", "boolean", "mood"]),
            ("bigint", "N", &["integer"]),
            ("boolean", "B", &["integer"]),
            ("int8range", "R", &[]),
            ("text", "S", &[]),
            ("feeling", "E", &[]),
            ("triple", "C", &[]),
            ("character varying", "S", &[]),
        ]);
        let check = |old: Column, new: Column, expect: Conversion| {
            assert_eq!(
                conversion(&from, &to, &old, &new),
                expect,
                "{} -> {}",
                old.type_name,
                new.type_name
            );
        };
        let builtin = |t: &str| column(t, None);
        use Conversion::*;
        // A pg_cast row, in any context.
        check(builtin("integer"), builtin("bigint"), Direct);
        check(builtin("bigint"), builtin("integer"), Direct);
        check(builtin("integer"), builtin("boolean"), Direct);
        // Modifiers aside, the same type.
        check(builtin("integer"), builtin("integer"), Direct);
        // Strings on either side: output and input functions.
        check(builtin("integer"), builtin("character varying(10)"), Direct);
        check(builtin("text"), builtin("uuid"), Direct);
        check(builtin("integer[]"), builtin("text"), Direct);
        check(
            column("mood", Some(ObjectKind::Enum)),
            builtin("text"),
            Direct,
        );
        // A user's cast.
        check(
            column("mood", Some(ObjectKind::Enum)),
            builtin("integer"),
            Direct,
        );
        // Arrays element by element, strings included.
        check(builtin("integer[]"), builtin("bigint[]"), Direct);
        check(builtin("text[]"), builtin("integer[]"), Direct);
        // No cast, and text forms that correspond: enums, composites, ranges.
        let feeling = column("feeling", Some(ObjectKind::Enum));
        check(
            column("mood", Some(ObjectKind::Enum)),
            feeling.clone(),
            ThroughText,
        );
        check(
            column("mood[]", Some(ObjectKind::Enum)),
            column("feeling[]", Some(ObjectKind::Enum)),
            ThroughText,
        );
        check(
            column("pair", Some(ObjectKind::CompositeType)),
            column("triple", Some(ObjectKind::CompositeType)),
            ThroughText,
        );
        check(builtin("int4range"), builtin("int8range"), ThroughText);
        // No cast and nothing in common: dropped and added.
        check(builtin("integer"), builtin("uuid"), Readd);
        check(builtin("date"), builtin("integer"), Readd);
        check(builtin("bigint"), builtin("boolean"), Readd);
        check(builtin("integer[]"), builtin("integer"), Readd);
        check(builtin("integer"), feeling, Readd);
        check(
            column("pair", Some(ObjectKind::CompositeType)),
            builtin("uuid"),
            Readd,
        );
    }

    #[test]
    fn domains_cast_as_their_base_types() {
        let mut from = catalog(&[("integer", "N", &[])]);
        let domain: crate::model::Domain = serde_json::from_value(serde_json::json!({
            "schema": "public", "name": "positive", "owner": "o", "base_type": "integer",
            "not_null": false
        }))
        .expect("a domain");
        from.domains.push(domain.clone());
        let mut to = catalog(&[("uuid", "U", &[]), ("bigint", "N", &["integer"])]);
        to.domains.push(crate::model::Domain {
            name: "big".into(),
            base_type: "bigint".into(),
            ..domain
        });
        let positive = column("positive", Some(ObjectKind::Domain));
        let big = column("big", Some(ObjectKind::Domain));
        assert_eq!(conversion(&from, &to, &positive, &big), Conversion::Direct);
        assert_eq!(
            conversion(&from, &to, &positive, &column("uuid", None)),
            Conversion::Readd
        );
    }

    #[test]
    fn without_a_record_the_conversion_is_migras() {
        let (from, to) = (Catalog::empty(), Catalog::empty());
        let check = |old: Column, new: Column, expect: Conversion| {
            assert_eq!(conversion(&from, &to, &old, &new), expect);
        };
        check(
            column("integer", None),
            column("uuid", None),
            Conversion::Direct,
        );
        check(
            column("mood", Some(ObjectKind::Enum)),
            column("feeling", Some(ObjectKind::Enum)),
            Conversion::ThroughText,
        );
    }

    #[test]
    fn names_lose_their_modifiers() {
        assert_eq!(unmodified("character varying(20)"), "character varying");
        assert_eq!(unmodified("numeric(10,2)"), "numeric");
        assert_eq!(
            unmodified("timestamp(3) with time zone"),
            "timestamp with time zone"
        );
        assert_eq!(
            unmodified("timestamp(3) without time zone"),
            "timestamp without time zone"
        );
        assert_eq!(unmodified("time(0) with time zone"), "time with time zone");
        assert_eq!(unmodified("interval(3)"), "interval");
        assert_eq!(unmodified("interval year to month"), "interval");
        assert_eq!(unmodified("bpchar"), "character");
        assert_eq!(unmodified("\"odd(name)\""), "\"odd(name)\"");
        assert_eq!(element_of("integer[][]"), ("integer", 2));
    }
}
