//! New objects, each made from what the model already has, so the dependency web grows dense:
//! tables use types, functions and sequences; keys, indexes, views and triggers use tables.

use crate::exprs::{self, column_sql, ColumnRef, FunctionRef};
use crate::gen::Gen;
use crate::model::{
    Body, ColType, Column, Constraint, Expr, Family, Kind, Model, Object, Partitioning, QName,
    Table,
};

/// A random schema.
pub fn schema(g: &mut Gen) -> Model {
    let mut m = Model::default();
    for _ in 0..g.below(2) {
        let name = g.name("s");
        push(&mut m, g, Kind::Schema(name));
    }
    for _ in 0..1 + g.below(2) {
        add_type(g, &mut m);
    }
    for _ in 0..1 + g.below(3) {
        add_function(g, &mut m);
    }
    if g.chance(50) {
        add_sequence(g, &mut m);
    }
    for _ in 0..2 + g.below(3) {
        add_table(g, &mut m);
    }
    for _ in 0..g.below(4) {
        add_dependent(g, &mut m);
    }
    m
}

/// Adds an object to the model with a comment and a grant now and then.
pub fn push(m: &mut Model, g: &mut Gen, kind: Kind) -> u32 {
    let id = g.id();
    let comment = g.chance(25).then(|| format!("about {id}: it's \"quoted\""));
    let grantable = matches!(
        kind,
        Kind::Table(_) | Kind::View { .. } | Kind::Sequence { .. }
    );
    let grant = (grantable && g.chance(20)).then(|| "SELECT".to_string());
    m.objects.push(Object {
        id,
        kind,
        comment,
        grant,
    });
    id
}

/// A schema for a new object: `public` mostly.
pub(crate) fn schema_for(g: &mut Gen, m: &Model) -> String {
    let schemas: Vec<&String> = m
        .objects
        .iter()
        .filter_map(|o| match &o.kind {
            Kind::Schema(s) => Some(s),
            _ => None,
        })
        .collect();
    match g.pick(&schemas) {
        Some(s) if g.chance(40) => (*s).clone(),
        _ => "public".into(),
    }
}

/// A new enum, composite or domain.
pub fn add_type(g: &mut Gen, m: &mut Model) {
    let schema = schema_for(g, m);
    let name = QName {
        schema,
        name: g.name("ty"),
    };
    let kind = match g.below(3) {
        0 => {
            let mut labels: Vec<String> = vec!["l1".into(), "l2".into(), "l3".into()];
            for i in 0..g.below(3) {
                let at = g.below(labels.len() as u32 + 1) as usize;
                labels.insert(at, format!("x{i}"));
            }
            Kind::Enum { name, labels }
        }
        1 => Kind::Composite { name },
        _ => {
            let base = base_type(g, m, false);
            let check = domain_check(g, &base, m);
            Kind::Domain { name, base, check }
        }
    };
    push(m, g, kind);
}

/// A domain's check on VALUE.
pub fn domain_check(g: &mut Gen, base: &ColType, m: &Model) -> Option<Expr> {
    if !g.chance(60) {
        return None;
    }
    let value = ColumnRef {
        sql: "VALUE".into(),
        family: base.family(),
        key: "s:public".into(),
        ty: base.clone(),
    };
    let labels = labels_of(m, base);
    let mut e = exprs::condition(g, &value, &[], &labels, false);
    e.deps.retain(|d| d != "s:public");
    Some(e)
}

/// A scalar type, or a type of the model when `model_types` allows.
pub fn base_type(g: &mut Gen, m: &Model, model_types: bool) -> ColType {
    let types: Vec<ColType> = if model_types {
        m.objects
            .iter()
            .filter_map(|o| match &o.kind {
                Kind::Enum { name, .. } => Some(ColType::Enum(o.id, name.clone())),
                Kind::Composite { name } => Some(ColType::Composite(o.id, name.clone())),
                Kind::Domain { name, base, .. } => {
                    Some(ColType::Domain(o.id, name.clone(), Box::new(base.clone())))
                }
                _ => None,
            })
            .collect()
    } else {
        m.objects
            .iter()
            .filter_map(|o| match &o.kind {
                Kind::Enum { name, .. } => Some(ColType::Enum(o.id, name.clone())),
                _ => None,
            })
            .collect()
    };
    if g.chance(35) {
        if let Some(t) = g.pick(&types) {
            return t.clone();
        }
    }
    match g.below(if model_types { 10 } else { 5 }) {
        0 => ColType::Int,
        1 => ColType::BigInt,
        2 => ColType::Numeric,
        3 => ColType::Text,
        4 => ColType::Varchar(20 + 10 * g.below(3) as u16),
        5 => ColType::Bool,
        6 => ColType::Date,
        7 => ColType::IntArray,
        8 => ColType::TextArray,
        _ => ColType::Int,
    }
}

/// A function of one argument: numbers or text, one of the three body styles.
pub fn add_function(g: &mut Gen, m: &mut Model) {
    let schema = schema_for(g, m);
    let name = QName {
        schema,
        name: g.name("f"),
    };
    let (arg, ret) = if g.chance(60) {
        let pick = [ColType::Int, ColType::BigInt, ColType::Numeric];
        (
            pick[g.below(3) as usize].clone(),
            pick[g.below(3) as usize].clone(),
        )
    } else {
        (ColType::Text, ColType::Text)
    };
    let body = match g.below(3) {
        0 => Body::Plpgsql,
        1 if g.features.sql_standard_bodies => Body::SqlStandard,
        _ => Body::Sql,
    };
    let n = 1 + g.below(9);
    push(
        m,
        g,
        Kind::Function {
            name,
            arg,
            ret,
            body,
            n,
        },
    );
}

/// A standalone sequence.
pub fn add_sequence(g: &mut Gen, m: &mut Model) {
    let schema = schema_for(g, m);
    let name = QName {
        schema,
        name: g.name("seq"),
    };
    push(
        m,
        g,
        Kind::Sequence {
            name,
            owned_by: None,
        },
    );
}

/// The functions expressions may call.
pub fn functions(m: &Model) -> Vec<FunctionRef> {
    m.objects
        .iter()
        .filter_map(|o| match &o.kind {
            Kind::Function { name, arg, .. } => Some(FunctionRef {
                id: o.id,
                name: name.clone(),
                family: arg.family(),
            }),
            _ => None,
        })
        .collect()
}

/// The labels of an enum type (through a domain), with their keys.
pub fn labels_of(m: &Model, ty: &ColType) -> Vec<(String, String)> {
    match ty {
        ColType::Enum(id, _) => match m.get(*id).map(|o| &o.kind) {
            Some(Kind::Enum { labels, .. }) => labels
                .iter()
                .map(|l| (l.clone(), format!("o{id}.l:{l}")))
                .collect(),
            _ => vec![],
        },
        ColType::Domain(_, _, base) => labels_of(m, base),
        _ => vec![],
    }
}

/// A column reference for expressions of table `id`.
pub fn column_ref(id: u32, c: &Column) -> ColumnRef {
    ColumnRef {
        sql: column_sql(&c.name),
        family: c.ty.family(),
        key: format!("o{id}.c:{}", c.name),
        ty: c.ty.clone(),
    }
}

/// A new column for table `id`.
pub fn column(g: &mut Gen, m: &Model, id: u32, others: &[Column]) -> Column {
    let ty = base_type(g, m, true);
    let name = g.name("c");
    let sequences: Vec<(u32, QName)> = m
        .objects
        .iter()
        .filter_map(|o| match &o.kind {
            Kind::Sequence { name, .. } => Some((o.id, name.clone())),
            _ => None,
        })
        .collect();
    let seq = g.pick(&sequences).map(|(id, n)| (*id, n));
    let fns = functions(m);
    let mut col = Column {
        name,
        ty: ty.clone(),
        not_null: g.chance(30),
        default: None,
        generated: None,
        identity: None,
        comment: g.chance(15).then(|| "a column's comment".to_string()),
        grant: None,
    };
    match g.below(6) {
        0 | 1 => col.default = exprs::default(g, &ty, &fns, seq),
        2 if matches!(ty, ColType::Int | ColType::BigInt) => {
            col.identity = Some(g.chance(50));
            col.not_null = true;
        }
        3 => {
            // Generated from another plain column of this table.
            let plain: Vec<&Column> = others
                .iter()
                .filter(|c| {
                    c.generated.is_none()
                        && matches!(
                            c.ty,
                            ColType::Int
                                | ColType::BigInt
                                | ColType::Numeric
                                | ColType::Text
                                | ColType::Varchar(_)
                        )
                })
                .collect();
            if let Some(src) = g.pick(&plain) {
                let r = column_ref(id, src);
                if let Some((e, family)) = exprs::derived(g, &r, &fns) {
                    col.ty = match family {
                        Family::Number => ColType::Numeric,
                        _ => ColType::Text,
                    };
                    col.generated = Some(e);
                }
            }
        }
        _ => {}
    }
    // Column privileges, which a column dropped and added again or a table created again must
    // get back (from the extra stream: added after seeds 0 to 10999 ran).
    col.grant = match g.extra_below(16) {
        0 => Some("SELECT".to_string()),
        1 => Some("UPDATE".to_string()),
        _ => None,
    };
    col
}

/// A new table: columns, keys, checks, and sometimes partitioned or inheriting.
pub fn add_table(g: &mut Gen, m: &mut Model) {
    let schema = schema_for(g, m);
    let name = QName {
        schema: schema.clone(),
        name: g.name("tab"),
    };
    let id = g.id();
    let mut columns: Vec<Column> = vec![];
    let key_type = [ColType::Int, ColType::BigInt, ColType::Text][g.below(3) as usize].clone();
    columns.push(Column {
        name: g.name("id"),
        ty: key_type,
        not_null: true,
        default: None,
        generated: None,
        identity: None,
        comment: None,
        grant: None,
    });
    for _ in 0..1 + g.below(4) {
        let c = column(g, m, id, &columns);
        columns.push(c);
    }
    let mut t = Table {
        name,
        columns,
        constraints: vec![],
        partitioning: None,
        inherits: None,
        policies: vec![],
    };
    let parents: Vec<(u32, QName)> = m
        .objects
        .iter()
        .filter_map(|o| match &o.kind {
            Kind::Table(p) if p.partitioning.is_none() && p.inherits.is_none() => {
                Some((o.id, p.name.clone()))
            }
            _ => None,
        })
        .collect();
    if g.chance(15) {
        t.inherits = g.pick(&parents).cloned();
    }
    if t.inherits.is_none()
        && g.chance(20)
        && matches!(t.columns[0].ty, ColType::Int | ColType::BigInt)
    {
        t.partitioning = Some(partitioning(g, &t.columns[0].name));
    }
    add_constraints(g, m, id, &mut t);
    if g.chance(20) {
        let cols: Vec<Column> = t.columns.clone();
        if let Some(c) = g.pick(&cols) {
            let labels = labels_of(m, &c.ty);
            let e = exprs::condition(g, &column_ref(id, c), &functions(m), &labels, false);
            t.policies.push((g.name("pol"), e));
        }
    }
    let comment = g.chance(30).then(|| "a table".to_string());
    let grant = g.chance(20).then(|| "SELECT, INSERT".to_string());
    m.objects.push(Object {
        id,
        kind: Kind::Table(t),
        comment,
        grant,
    });
}

/// Range partitions of a table on an integer column, split at 2.
pub fn partitioning(g: &mut Gen, column: &str) -> Partitioning {
    Partitioning {
        column: column.to_string(),
        partitions: vec![g.name("part"), g.name("part")],
    }
}

/// A primary key, unique constraints and checks for a table.
pub fn add_constraints(g: &mut Gen, m: &Model, id: u32, t: &mut Table) {
    let key_col = t.columns[0].name.clone();
    if t.inherits.is_none() && g.chance(75) {
        t.constraints.push(Constraint::PrimaryKey {
            name: g.name("pk"),
            columns: vec![key_col.clone()],
        });
    }
    let keyable: Vec<Column> = t
        .columns
        .iter()
        .skip(1)
        .filter(|c| c.ty.keyable() && c.generated.is_none())
        .cloned()
        .collect();
    if let Some(c) = g.pick(&keyable) {
        if g.chance(50) {
            let mut columns = vec![c.name.clone()];
            if t.partitioning.is_some() {
                columns.push(key_col.clone());
            }
            t.constraints.push(Constraint::Unique {
                name: g.name("uq"),
                columns,
            });
        }
    }
    for _ in 0..g.below(3) {
        // Not on generated columns: their values are computed, not the rows' values 1 to 3.
        let cols: Vec<Column> = t
            .columns
            .iter()
            .filter(|c| c.generated.is_none())
            .cloned()
            .collect();
        if let Some(c) = g.pick(&cols) {
            let labels = labels_of(m, &c.ty);
            let expr = exprs::condition(g, &column_ref(id, c), &functions(m), &labels, false);
            t.constraints.push(Constraint::Check {
                name: g.name("ck"),
                expr,
            });
        }
    }
}

pub use crate::dependents::*;
