//! The objects that hang on tables: foreign keys, indexes, views and matviews, triggers.

use crate::exprs;
use crate::gen::Gen;
use crate::generate::{column_ref, functions, labels_of, push, schema_for};
use crate::model::{ColType, Column, Constraint, Expr, Family, Kind, Model, Object, QName, Table};

/// The tables with their ids.
pub fn tables(m: &Model) -> Vec<(u32, Table)> {
    m.objects
        .iter()
        .filter_map(|o| o.table().map(|t| (o.id, t.clone())))
        .collect()
}

/// A foreign key, index, view, matview or trigger on what the model has.
pub fn add_dependent(g: &mut Gen, m: &mut Model) {
    match g.below(5) {
        0 => add_foreign_key(g, m),
        1 => add_index(g, m),
        2 | 3 => add_view(g, m),
        _ => add_trigger(g, m),
    }
}

/// A foreign key to a primary key, a unique constraint or a unique index of the same type.
pub fn add_foreign_key(g: &mut Gen, m: &mut Model) {
    // Targets: (table id, name, column, its type, key).
    let mut targets: Vec<(u32, QName, String, ColType, String)> = vec![];
    for o in &m.objects {
        match &o.kind {
            Kind::Table(t) => {
                for c in &t.constraints {
                    if let Constraint::PrimaryKey { name, columns }
                    | Constraint::Unique { name, columns } = c
                    {
                        if columns.len() == 1 {
                            if let Some(col) = t.columns.iter().find(|x| x.name == columns[0]) {
                                targets.push((
                                    o.id,
                                    t.name.clone(),
                                    col.name.clone(),
                                    col.ty.clone(),
                                    format!("o{}.k:{name}", o.id),
                                ));
                            }
                        }
                    }
                }
            }
            Kind::Index {
                table,
                table_name,
                unique: true,
                keys,
                predicate: None,
                ..
            } if keys.len() == 1 => {
                if let Some(col) = keys[0]
                    .sql
                    .strip_prefix('"')
                    .and_then(|s| s.strip_suffix('"'))
                {
                    let col = col.replace("\"\"", "\"");
                    if let Some(t) = m.get(*table).and_then(Object::table) {
                        if let Some(c) = t.columns.iter().find(|c| c.name == col) {
                            targets.push((
                                *table,
                                table_name.clone(),
                                c.name.clone(),
                                c.ty.clone(),
                                format!("o{}", o.id),
                            ));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // PostgreSQL finds no equality for a foreign key over a domain over an enum ("cannot be
    // implemented ... incompatible types: d1 and d1").
    targets.retain(|(_, _, _, ty, _)| {
        !matches!(ty, ColType::Domain(_, _, base) if matches!(**base, ColType::Enum(..)))
    });
    let Some((target, target_name, target_col, ty, key)) = g.pick(&targets).cloned() else {
        return;
    };
    // A referencing column of the same type, in any plain table.
    let mut sources: Vec<(u32, QName, String)> = vec![];
    for (id, t) in tables(m) {
        for c in &t.columns {
            if c.ty == ty && c.generated.is_none() {
                sources.push((id, t.name.clone(), c.name.clone()));
            }
        }
    }
    let Some((table, table_name, column)) = g.pick(&sources).cloned() else {
        return;
    };
    let name = g.name("fk");
    push(
        m,
        g,
        Kind::ForeignKey {
            name,
            table,
            table_name,
            columns: vec![column],
            target,
            target_name,
            target_columns: vec![target_col],
            target_key: key,
        },
    );
}

/// An index: on a column or an expression, unique or not, partial or not.
pub fn add_index(g: &mut Gen, m: &mut Model) {
    let all = tables(m);
    let Some((table, t)) = g.pick(&all).cloned() else {
        return;
    };
    let keyable: Vec<Column> = t
        .columns
        .iter()
        .filter(|c| c.ty.keyable())
        .cloned()
        .collect();
    let Some(c) = g.pick(&keyable).cloned() else {
        return;
    };
    let r = column_ref(table, &c);
    let fns = functions(m);
    let key = match exprs::derived(g, &r, &fns) {
        Some((e, _)) if g.chance(40) => Expr {
            sql: format!("({})", e.sql),
            deps: e.deps,
        },
        _ => Expr {
            sql: r.sql.clone(),
            deps: vec![r.key.clone()],
        },
    };
    let partitioned = t.partitioning.is_some();
    let unique = !partitioned && g.chance(40);
    let predicate = g.chance(30).then(|| {
        let labels = labels_of(m, &c.ty);
        exprs::condition(g, &r, &[], &labels, true)
    });
    let name = QName {
        schema: t.name.schema.clone(),
        name: g.name("ix"),
    };
    push(
        m,
        g,
        Kind::Index {
            name,
            table,
            table_name: t.name.clone(),
            unique,
            keys: vec![key],
            predicate,
        },
    );
}

/// A view or matview over a table, view or matview, with derived columns and a filter.
pub fn add_view(g: &mut Gen, m: &mut Model) {
    // Relations: (id, name, columns as (name, family, type if a table's)).
    let mut relations: Vec<(u32, QName, Vec<Column>)> = vec![];
    for o in &m.objects {
        match &o.kind {
            Kind::Table(t) => relations.push((o.id, t.name.clone(), t.columns.clone())),
            Kind::View { name, columns, .. } => {
                let cols = columns
                    .iter()
                    .map(|(n, _, f)| Column {
                        name: n.clone(),
                        ty: match f {
                            Family::Number => ColType::Numeric,
                            _ => ColType::Text,
                        },
                        not_null: false,
                        default: None,
                        generated: None,
                        identity: None,
                        comment: None,
                        grant: None,
                    })
                    .collect();
                relations.push((o.id, name.clone(), cols))
            }
            _ => {}
        }
    }
    let Some((from, from_name, cols)) = g.pick(&relations).cloned() else {
        return;
    };
    let fns = functions(m);
    let mut columns: Vec<(String, Expr, Family)> = vec![];
    for c in &cols {
        if !matches!(c.ty.family(), Family::Number | Family::Text) || !g.chance(70) {
            continue;
        }
        let r = column_ref(from, c);
        let (e, family) = match exprs::derived(g, &r, &fns) {
            Some(d) if g.chance(40) => d,
            _ => (
                Expr {
                    sql: r.sql.clone(),
                    deps: vec![r.key.clone()],
                },
                c.ty.family(),
            ),
        };
        columns.push((g.name("vc"), e, family));
    }
    if columns.is_empty() {
        return;
    }
    let filter = match g.pick(&cols).cloned() {
        Some(c) if g.chance(40) => {
            let labels = labels_of(m, &c.ty);
            Some(exprs::condition(
                g,
                &column_ref(from, &c),
                &fns,
                &labels,
                false,
            ))
        }
        _ => None,
    };
    let schema = schema_for(g, m);
    let name = QName {
        schema,
        name: g.name("v"),
    };
    let materialized = g.chance(25);
    push(
        m,
        g,
        Kind::View {
            name,
            materialized,
            columns,
            from,
            from_name,
            filter,
        },
    );
}

/// A trigger function and a trigger on a plain table, sometimes with a WHEN condition.
pub fn add_trigger(g: &mut Gen, m: &mut Model) {
    let all: Vec<(u32, Table)> = tables(m)
        .into_iter()
        .filter(|(_, t)| t.partitioning.is_none())
        .collect();
    let Some((table, t)) = g.pick(&all).cloned() else {
        return;
    };
    // PostgreSQL refuses a BEFORE trigger's WHEN on NEW's generated columns (PG15 seed 362).
    let plain: Vec<_> = t
        .columns
        .iter()
        .filter(|c| c.generated.is_none())
        .cloned()
        .collect();
    let when = match g.pick(&plain).cloned() {
        Some(c) if g.chance(40) && matches!(c.ty.family(), Family::Number | Family::Text) => {
            let mut r = column_ref(table, &c);
            r.sql = format!("NEW.{}", r.sql);
            Some(exprs::condition(g, &r, &[], &[], true))
        }
        _ => None,
    };
    let function = QName {
        schema: t.name.schema.clone(),
        name: g.name("trgf"),
    };
    let name = g.name("trg");
    push(
        m,
        g,
        Kind::Trigger {
            function,
            name,
            table,
            table_name: t.name.clone(),
            when,
        },
    );
}
