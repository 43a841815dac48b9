//! Expressions of the shapes PostgreSQL prints back differently from how they were written
//! (IN lists over varchar, text and enum columns, casts, array literals, COALESCE, CASE, function
//! calls), true for every row the generator inserts (values 1 to 3, `'v1'` to `'v3'`, labels `l1`
//! to `l3`) and valid for every type of the column's family.

use crate::gen::Gen;
use crate::model::{literal, quote, ColType, Expr, Family, QName};

/// A column as expressions see it: the SQL reference, its family, its key, and whether its type
/// reaches through a domain (whose casts are not all immutable the same way).
#[derive(Debug, Clone)]
pub struct ColumnRef {
    pub sql: String,
    pub family: Family,
    pub key: String,
    pub ty: ColType,
}

/// A function the expressions may call: one argument and result of a family.
#[derive(Debug, Clone)]
pub struct FunctionRef {
    pub id: u32,
    pub name: QName,
    pub family: Family,
}

fn expr(sql: String, deps: Vec<String>) -> Expr {
    Expr { sql, deps }
}

/// A boolean expression true for every generated row: for checks, predicates, policies, view
/// filters. `immutable` keeps to what index predicates accept.
pub fn condition(
    g: &mut Gen,
    c: &ColumnRef,
    functions: &[FunctionRef],
    labels: &[(String, String)],
    immutable: bool,
) -> Expr {
    let r = &c.sql;
    let deps = vec![c.key.clone()];
    let with = |extra: Vec<String>| {
        let mut d = deps.clone();
        d.extend(extra);
        d
    };
    let callable: Vec<&FunctionRef> = functions.iter().filter(|f| f.family == c.family).collect();
    match c.family {
        Family::Number => match g.below(7) {
            0 => expr(format!("{r} > 0"), deps),
            1 => expr(format!("{r} IN (1, 2, 3, 4, 5)"), deps),
            2 => expr(format!("COALESCE({r}, 0) >= 0"), deps),
            3 => expr(
                format!("CASE WHEN {r} > 100 THEN false ELSE true END"),
                deps,
            ),
            4 => expr(format!("({r})::numeric < 1000.5"), deps),
            5 if g.features.unstable_prints => expr(format!("{r} <> ALL (ARRAY[-1, -2])"), deps),
            5 => expr(format!("{r} NOT IN (-1, -2)"), deps),
            _ => match g.pick(&callable) {
                Some(f) => expr(
                    format!("{}(({r})::integer) > 0", f.name.sql()),
                    with(vec![format!("o{}", f.id)]),
                ),
                None => expr(format!("{r} BETWEEN 0 AND 100"), deps),
            },
        },
        Family::Text => match g.below(7) {
            // A list compared with a varchar column prints as an array cast to `text[]`,
            // which PostgreSQL reads back differently (and prints so after the column changes
            // between text and varchar): the column is cast to text first, unless unstable
            // prints are asked for.
            0 if g.features.unstable_prints => {
                expr(format!("{r} IN ('v1', 'v2', 'v3', 'w')"), deps)
            }
            0 => expr(format!("({r})::text IN ('v1', 'v2', 'v3', 'w')"), deps),
            1 => expr(format!("length(({r})::text) < 50"), deps),
            2 => expr(format!("COALESCE({r}, 'x') <> 'zz'"), deps),
            3 => expr(format!("({r})::text LIKE 'v%'"), deps),
            4 if g.features.unstable_prints => {
                expr(format!("{r} = ANY (ARRAY['v1', 'v2', 'v3'])"), deps)
            }
            4 => expr(format!("({r})::text = ANY (ARRAY['v1', 'v2', 'v3'])"), deps),
            5 => expr(format!("upper(({r})::text) <> 'Q'"), deps),
            _ => match g.pick(&callable) {
                Some(f) => expr(
                    format!("{}(({r})::text) <> ''", f.name.sql()),
                    with(vec![format!("o{}", f.id)]),
                ),
                None if g.features.unstable_prints => expr(format!("{r} NOT IN ('a', 'b')"), deps),
                None => expr(format!("({r})::text NOT IN ('a', 'b')"), deps),
            },
        },
        Family::Enum => {
            // Labels beyond l1..l3 may be removed later: the expression depends on them.
            let extra: Vec<&(String, String)> =
                labels.iter().filter(|(l, _)| !l.starts_with('l')).collect();
            match (g.below(3), g.pick(&extra)) {
                (0, Some((label, key))) => expr(
                    format!("{} IN ('l1', 'l2', 'l3', {})", as_enum(c), literal(label)),
                    with(vec![key.clone()]),
                ),
                (1, Some((label, key))) => expr(
                    format!("{} <> {}", as_enum(c), literal(label)),
                    with(vec![key.clone()]),
                ),
                (2, _) if !immutable => expr(format!("({r})::text <> 'zz'"), deps),
                _ => expr(format!("{} IN ('l1', 'l2', 'l3')", as_enum(c)), deps),
            }
        }
        Family::Bool => expr(format!("{r} IS NOT NULL"), deps),
        Family::Date => expr(format!("{r} > '2000-01-01'::date"), deps),
        Family::IntArray => expr(format!("cardinality({r}) > 0"), deps),
        Family::TextArray => expr(format!("{r} <> '{{}}'::text[]"), deps),
        Family::Composite => expr(format!("({r}).a > 0"), deps),
    }
}

/// `c` as its enum: PostgreSQL finds no `=` or `<>` for a domain over an enum (`ty2 <>
/// unknown`, `ty2 <> ty2`, `ty2 = ty1` of an IN list: PG15 seeds 233, 715, 716, 874).
fn as_enum(c: &ColumnRef) -> String {
    match &c.ty {
        ColType::Domain(_, _, base) => format!("({})::{}", c.sql, base.sql()),
        _ => c.sql.clone(),
    }
}

/// A default for a column of `ty`, valid for every type of its family.
pub fn default(
    g: &mut Gen,
    ty: &ColType,
    functions: &[FunctionRef],
    sequence: Option<(u32, &QName)>,
) -> Option<Expr> {
    let callable: Vec<&FunctionRef> = functions
        .iter()
        .filter(|f| f.family == ty.family())
        .collect();
    let (sql, mut deps) = match ty.family() {
        Family::Number => match (g.below(5), sequence, g.pick(&callable)) {
            (0, Some((id, seq)), _) => (
                format!("nextval({}::regclass)", literal(&seq.sql())),
                vec![format!("o{id}")],
            ),
            (1, _, Some(f)) => (format!("{}(1)", f.name.sql()), vec![format!("o{}", f.id)]),
            (2, _, _) => ("COALESCE(NULL::integer, 4)".into(), vec![]),
            (3, _, _) => ("CASE WHEN true THEN 1 ELSE 2 END".into(), vec![]),
            _ => ("42".into(), vec![]),
        },
        Family::Text => match (g.below(4), g.pick(&callable)) {
            (0, Some(f)) => (format!("{}('d')", f.name.sql()), vec![format!("o{}", f.id)]),
            (1, _) => ("'a' || 'b'".into(), vec![]),
            (2, _) => ("upper('x')".into(), vec![]),
            _ => ("'it''s'".into(), vec![]),
        },
        Family::Bool => ("true".into(), vec![]),
        Family::Date => ("'2020-02-02'::date".into(), vec![]),
        Family::IntArray => ("ARRAY[1, 2]".into(), vec![]),
        Family::TextArray => ("'{a,\"b c\"}'::text[]".into(), vec![]),
        Family::Enum => ("'l1'".into(), vec![]),
        Family::Composite => return None,
    };
    // A literal of a domain or an enum type is cast so that it resolves to that type.
    let sql = match ty {
        ColType::Enum(..) | ColType::Domain(..) => format!("({sql})::{}", ty.sql()),
        _ => sql,
    };
    deps.extend(ty.deps());
    Some(expr(sql, deps))
}

/// An immutable value expression over `c` of the same family: for generated columns, index
/// keys and view columns.
pub fn derived(g: &mut Gen, c: &ColumnRef, functions: &[FunctionRef]) -> Option<(Expr, Family)> {
    let r = &c.sql;
    let deps = vec![c.key.clone()];
    let callable: Vec<&FunctionRef> = functions.iter().filter(|f| f.family == c.family).collect();
    let through_domain = matches!(c.ty, ColType::Domain(..));
    Some(match c.family {
        Family::Number => match (g.below(3), g.pick(&callable)) {
            (0, Some(f)) => {
                let mut d = deps;
                d.push(format!("o{}", f.id));
                (
                    expr(format!("{}(({r})::integer)", f.name.sql()), d),
                    Family::Number,
                )
            }
            (1, _) => (expr(format!("(({r})::numeric * 2)"), deps), Family::Number),
            _ => (expr(format!("(({r})::bigint + 1)"), deps), Family::Number),
        },
        Family::Text if !through_domain => match (g.below(2), g.pick(&callable)) {
            (0, Some(f)) => {
                let mut d = deps;
                d.push(format!("o{}", f.id));
                (
                    expr(format!("{}(({r})::text)", f.name.sql()), d),
                    Family::Text,
                )
            }
            _ => (expr(format!("lower(({r})::text)"), deps), Family::Text),
        },
        _ => return None,
    })
}

/// A column reference in a view or table: `"name"`.
pub fn column_sql(name: &str) -> String {
    quote(name)
}
