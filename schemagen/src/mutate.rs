//! Mutations: the changes that turn schema A into schema B. Each is data (the new object whole),
//! so a pair can be replayed with some of its objects or mutations left out while shrinking.

use crate::exprs;
use crate::gen::Gen;
use crate::generate::{self, column_ref, functions, labels_of};
use crate::model::{Body, ColType, Constraint, Kind, Model, Object, QName};

/// One change to a model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mutation {
    /// New objects.
    Add(Vec<Object>),
    /// The object with this id goes, with everything depending on it.
    Drop(u32),
    /// The object with this id becomes this (same id): an alter.
    Replace(Box<Object>),
}

/// Applies `mutation`; a mutation of an object the model no longer has does nothing. What the
/// change leaves dangling goes ([`Model::cascade`]).
pub fn apply(m: &mut Model, mutation: &Mutation) {
    match mutation {
        Mutation::Add(objects) => {
            for o in objects {
                if m.get(o.id).is_none() {
                    m.objects.push(o.clone());
                }
            }
        }
        Mutation::Drop(id) => m.objects.retain(|o| o.id != *id),
        Mutation::Replace(new) => {
            if let Some(o) = m.get_mut(new.id) {
                *o = (**new).clone();
            }
        }
    }
    m.cascade();
}

/// The model after `mutations`.
pub fn replay(base: &Model, mutations: &[Mutation]) -> Model {
    let mut m = base.clone();
    for mutation in mutations {
        apply(&mut m, mutation);
    }
    m
}

/// The objects added to `after` that `before` lacks.
fn added(before: &Model, after: Model) -> Vec<Object> {
    after
        .objects
        .into_iter()
        .filter(|o| before.get(o.id).is_none())
        .collect()
}

/// A random mutation of `m` (a table moved is two: drop and create), or `None` when the one
/// drawn does not apply.
pub fn mutation(g: &mut Gen, m: &Model) -> Option<Vec<Mutation>> {
    match g.below(20) {
        7..=12 => table_mutation(g, m),
        _ => single_mutation(g, m).map(|one| vec![one]),
    }
}

fn single_mutation(g: &mut Gen, m: &Model) -> Option<Mutation> {
    let ids: Vec<u32> = m.objects.iter().map(|o| o.id).collect();
    match g.below(10) {
        0..=2 => {
            let mut c = m.clone();
            match g.below(6) {
                0 => generate::add_type(g, &mut c),
                1 => generate::add_function(g, &mut c),
                2 => generate::add_sequence(g, &mut c),
                3 => generate::add_table(g, &mut c),
                _ => generate::add_dependent(g, &mut c),
            }
            let new = added(m, c);
            (!new.is_empty()).then_some(Mutation::Add(new))
        }
        3 | 4 => g.pick(&ids).map(|id| Mutation::Drop(*id)),
        5 => {
            let o = m.get(*g.pick(&ids)?)?.clone();
            let mut new = o.clone();
            new.comment = match &o.comment {
                Some(_) if g.chance(50) => None,
                _ => Some(format!("changed {}", g.below(100))),
            };
            Some(Mutation::Replace(Box::new(new)))
        }
        6 => {
            let o = m.get(*g.pick(&ids)?)?.clone();
            if !matches!(
                o.kind,
                Kind::Table(_) | Kind::View { .. } | Kind::Sequence { .. }
            ) {
                return None;
            }
            let mut new = o.clone();
            new.grant = match &o.grant {
                Some(_) => None,
                None => Some("SELECT".into()),
            };
            Some(Mutation::Replace(Box::new(new)))
        }
        _ => other_mutation(g, m),
    }
}

/// A type change that keeps the family (and the values' text): the alter paths of columns under
/// views, indexes, constraints, policies and foreign keys.
fn retype(g: &mut Gen, ty: &ColType, in_foreign_key: bool) -> Option<ColType> {
    Some(match ty {
        ColType::Int => {
            if in_foreign_key || g.chance(50) {
                ColType::BigInt
            } else {
                ColType::Numeric
            }
        }
        ColType::BigInt => ColType::Int,
        ColType::Numeric if !in_foreign_key => ColType::Int,
        ColType::Text => ColType::Varchar(40),
        ColType::Varchar(n) => {
            if g.chance(50) {
                ColType::Text
            } else {
                ColType::Varchar(n + 15)
            }
        }
        _ => return None,
    })
}

/// Whether a foreign key uses column `column` of table `id`, either side.
fn in_foreign_key(m: &Model, id: u32, column: &str) -> bool {
    m.objects.iter().any(|o| match &o.kind {
        Kind::ForeignKey {
            table,
            columns,
            target,
            target_columns,
            ..
        } => {
            (*table == id && columns.iter().any(|c| c == column))
                || (*target == id && target_columns.iter().any(|c| c == column))
        }
        _ => false,
    })
}

fn table_mutation(g: &mut Gen, m: &Model) -> Option<Vec<Mutation>> {
    let tables = generate::tables(m);
    let (id, t) = g.pick(&tables)?.clone();
    let o = m.get(id)?;
    let mut t2 = t.clone();
    let col_at = g.below(t.columns.len() as u32) as usize;
    let col = t.columns.get(col_at)?.clone();
    let is_key = t
        .partitioning
        .as_ref()
        .is_some_and(|p| p.column == col.name);
    match g.below(10) {
        0 => {
            let c = generate::column(g, m, id, &t.columns);
            t2.columns.push(c);
        }
        1 if t.columns.len() > 1 && !is_key => {
            t2.columns.remove(col_at);
        }
        2 | 3 if !is_key && col.generated.is_none() => {
            let ty = retype(g, &col.ty, in_foreign_key(m, id, &col.name))?;
            // An identity column is an integer type (found by seed 119).
            if col.identity.is_some() && !matches!(ty, ColType::Int | ColType::BigInt) {
                return None;
            }
            t2.columns[col_at].ty = ty;
        }
        4 if col.identity.is_none() && col.generated.is_none() => {
            let fns = functions(m);
            t2.columns[col_at].default = match col.default {
                Some(_) if g.chance(50) => None,
                _ => exprs::default(g, &col.ty, &fns, None),
            };
        }
        5 if col.identity.is_none() && !is_key => {
            t2.columns[col_at].not_null = !col.not_null;
        }
        6 if col.generated.is_none() => {
            if t.constraints.is_empty() || g.chance(50) {
                let labels = labels_of(m, &col.ty);
                let expr =
                    exprs::condition(g, &column_ref(id, &col), &functions(m), &labels, false);
                t2.constraints.push(Constraint::Check {
                    name: g.name("ck"),
                    expr,
                });
            } else {
                let at = g.below(t.constraints.len() as u32) as usize;
                t2.constraints.remove(at);
            }
        }
        7 => {
            if t.policies.is_empty() || g.chance(50) {
                let labels = labels_of(m, &col.ty);
                let e = exprs::condition(g, &column_ref(id, &col), &functions(m), &labels, false);
                t2.policies.push((g.name("pol"), e));
            } else {
                t2.policies.pop();
            }
        }
        8 => {
            // Partitioning switched on or off: the table is created again (its rows may go).
            let has_children = m.objects.iter().any(|x| {
                x.table()
                    .is_some_and(|c| c.inherits.as_ref().is_some_and(|(p, _)| *p == id))
            });
            let key = &t.columns[0];
            // A unique index must include the partition key (found by seed 116).
            let unique_index = m.objects.iter().any(
                |x| matches!(&x.kind, Kind::Index { table, unique: true, .. } if *table == id),
            );
            if has_children
                || (t.partitioning.is_none() && unique_index)
                || t.inherits.is_some()
                || !matches!(key.ty, ColType::Int | ColType::BigInt)
            {
                return None;
            }
            if t.partitioning.is_some() {
                t2.partitioning = None;
            } else {
                t2.partitioning = Some(generate::partitioning(g, &key.name));
                t2.constraints
                    .retain(|c| !matches!(c, Constraint::Unique { .. }));
                for c in &mut t2.columns {
                    c.identity = None;
                }
            }
        }
        _ => {
            // Moved to another schema: dropped, and created there with the same name.
            let schemas: Vec<String> = std::iter::once("public".to_string())
                .chain(m.objects.iter().filter_map(|x| match &x.kind {
                    Kind::Schema(s) => Some(s.clone()),
                    _ => None,
                }))
                .filter(|s| *s != t.name.schema)
                .collect();
            let schema = g.pick(&schemas)?.clone();
            let mut moved = o.clone();
            moved.id = g.id();
            let old_key = format!("o{id}.");
            let new_key = format!("o{}.", moved.id);
            if let Kind::Table(mt) = &mut moved.kind {
                mt.name = QName {
                    schema,
                    name: t.name.name.clone(),
                };
                // The table's own columns in its expressions are keyed by the new id.
                let rekey = |deps: &mut Vec<String>| {
                    for d in deps.iter_mut() {
                        if let Some(rest) = d.strip_prefix(&old_key) {
                            *d = format!("{new_key}{rest}");
                        }
                    }
                };
                for c in &mut mt.columns {
                    for e in c.default.iter_mut().chain(c.generated.iter_mut()) {
                        rekey(&mut e.deps);
                    }
                }
                for c in &mut mt.constraints {
                    if let Constraint::Check { expr, .. } = c {
                        rekey(&mut expr.deps);
                    }
                }
                for (_, e) in &mut mt.policies {
                    rekey(&mut e.deps);
                }
                if let Some(p) = &mut mt.partitioning {
                    p.partitions = vec![g.name("part"), g.name("part")];
                }
                for c in &mut mt.constraints {
                    match c {
                        Constraint::PrimaryKey { name, .. }
                        | Constraint::Unique { name, .. }
                        | Constraint::Check { name, .. } => *name = g.name("k"),
                    }
                }
            }
            // Dropped, then created there: two mutations that shrink together or not at all
            // (the create alone would clash with the name still taken).
            return Some(vec![Mutation::Drop(id), Mutation::Add(vec![moved])]);
        }
    }
    let mut new = o.clone();
    new.kind = Kind::Table(t2);
    Some(vec![Mutation::Replace(Box::new(new))])
}

fn other_mutation(g: &mut Gen, m: &Model) -> Option<Mutation> {
    let candidates: Vec<&Object> = m
        .objects
        .iter()
        .filter(|o| {
            !matches!(
                o.kind,
                Kind::Table(_) | Kind::Schema(_) | Kind::Composite { .. }
            )
        })
        .collect();
    let o = (*g.pick(&candidates)?).clone();
    let mut new = o.clone();
    match &mut new.kind {
        Kind::Enum { labels, .. } => {
            let extra: Vec<usize> = (0..labels.len())
                .filter(|i| !labels[*i].starts_with('l'))
                .collect();
            match g.pick(&extra) {
                // Removed, even while a check or default uses it.
                Some(at) if g.chance(60) => {
                    labels.remove(*at);
                }
                _ => {
                    let at = g.below(labels.len() as u32 + 1) as usize;
                    labels.insert(at, format!("y{}", g.below(1000)));
                    labels.dedup();
                }
            }
        }
        Kind::Domain { base, check, .. } => {
            if g.chance(50) {
                *base = retype(g, base, false)?;
            } else {
                let b = base.clone();
                *check = generate::domain_check(g, &b, m);
            }
        }
        Kind::Function {
            arg, ret, body, n, ..
        } => match g.below(3) {
            0 => *n += 1,
            1 => {
                *body = match body {
                    Body::Plpgsql if g.features.sql_standard_bodies => Body::SqlStandard,
                    Body::Plpgsql => Body::Sql,
                    _ => Body::Plpgsql,
                }
            }
            _ => {
                // The signature: argument and result within their family.
                if arg.family() == crate::model::Family::Number {
                    let pick = [ColType::Int, ColType::BigInt, ColType::Numeric];
                    *arg = pick[g.below(3) as usize].clone();
                    *ret = pick[g.below(3) as usize].clone();
                } else {
                    return None;
                }
            }
        },
        Kind::Trigger { when, .. } => {
            *when = None;
        }
        Kind::View { .. } | Kind::Index { .. } => {
            // A unique index a foreign key references stays: its new definition need not be one
            // the key can reference (PG15 seed 40102 made B unloadable).
            let key = format!("o{}", o.id);
            let referenced = m.objects.iter().any(
                |x| matches!(&x.kind, Kind::ForeignKey { target_key, .. } if *target_key == key),
            );
            if referenced {
                return None;
            }
            // Rebuilt from scratch on the model, keeping id and name: a new definition.
            let mut c = m.clone();
            if matches!(o.kind, Kind::View { .. }) {
                generate::add_view(g, &mut c);
            } else {
                generate::add_index(g, &mut c);
            }
            let fresh = added(m, c).into_iter().next()?;
            new.kind = match (fresh.kind, &o.kind) {
                (
                    Kind::View {
                        columns,
                        from,
                        from_name,
                        filter,
                        ..
                    },
                    Kind::View {
                        name, materialized, ..
                    },
                ) => Kind::View {
                    name: name.clone(),
                    materialized: *materialized,
                    columns,
                    from,
                    from_name,
                    filter,
                },
                (
                    Kind::Index {
                        table,
                        table_name,
                        unique,
                        keys,
                        predicate,
                        ..
                    },
                    Kind::Index { name, .. },
                ) if table_name.schema == name.schema => Kind::Index {
                    name: name.clone(),
                    table,
                    table_name,
                    unique,
                    keys,
                    predicate,
                },
                _ => return None,
            };
        }
        Kind::Sequence { owned_by, name } => {
            // PostgreSQL: a sequence is owned by a column of a table in its own schema.
            let schema = name.schema.clone();
            *owned_by = match owned_by {
                Some(_) => None,
                None => {
                    let cols: Vec<(u32, QName, String)> = generate::tables(m)
                        .into_iter()
                        .filter(|(_, t)| t.name.schema == schema)
                        .flat_map(|(id, t)| {
                            t.columns
                                .iter()
                                .map(|c| (id, t.name.clone(), c.name.clone()))
                                .collect::<Vec<_>>()
                        })
                        .collect();
                    Some(g.pick(&cols)?.clone())
                }
            };
        }
        _ => return None,
    }
    Some(Mutation::Replace(Box::new(new)))
}
