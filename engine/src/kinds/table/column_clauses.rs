//! The clauses of `alter column` for a column kept on both sides, in migra's order.

use crate::core::sql::quote_ident;
use crate::core::type_change::{self, Conversion};
use crate::core::{Context, Hazard};
use crate::model::*;

/// `add generated ... as identity`, with the options of its sequence.
pub(super) fn identity_clause(id: &Identity) -> String {
    let mut clause = format!("add generated {} as identity", id.generation.sql());
    let options: Vec<String> = id
        .sequence
        .as_ref()
        .map(|s| s.clauses())
        .unwrap_or_default()
        .into_iter()
        .filter(|c| !c.starts_with("as "))
        .collect();
    if !options.is_empty() {
        clause.push_str(&format!(" ({})", options.join(" ")));
    }
    clause
}

/// A clause of `alter column`: its text, whether the drop guard refuses it, its hazards.
pub(super) type Clause = (String, bool, Vec<Hazard>);

/// migra's clause order: default, NOT NULL added, identity, NOT NULL dropped, type.
pub(super) fn alter_column_clauses(
    cx: &Context,
    table: &Table,
    old: &Column,
    new: &Column,
    default_reset: bool,
) -> Vec<Clause> {
    let mut clauses: Vec<Clause> = vec![];
    // An identity column cannot take a default: the identity goes first when both change.
    let identity_dropped = old.identity.is_some() && new.identity.is_none();
    if identity_dropped && new.default.is_some() {
        clauses.push(("drop identity".to_string(), true, vec![]));
    }
    if old.generated.is_some() && new.generated.is_none() {
        clauses.push(("drop expression".to_string(), false, vec![]));
    }
    if old.default != new.default && !default_reset {
        match &new.default {
            Some(d) => clauses.push((format!("set default {d}"), false, vec![])),
            None if old.generated.is_none() => {
                clauses.push(("drop default".to_string(), true, vec![]))
            }
            None => {}
        }
    }
    // An identity's sequence options, set after the column's type change: its bounds follow the
    // type (`set maxvalue` of bigint's bound on an integer column fails, issue 15 seed 116).
    let mut identity_options: Option<Clause> = None;
    let retyped = old.type_name != new.type_name || old.collation != new.collation;
    // Identity columns are NOT NULL by construction; adding identity sets it, dropping it keeps it.
    // From 18 a child's NOT NULL that was only inherited becomes its own too with SET NOT NULL
    // (not_null_names.rs), which checks nothing: the column is NOT NULL already. A table that
    // leaves its parents (DETACH, NO INHERIT) gets its constraints as its own by that. The other
    // way, own to only inherited, has no statement ("cannot drop inherited constraint"): like a
    // column's `attislocal` (docs/pg-dump-oracle.md), it stays as it is.
    let made_own = old.not_null
        && new.not_null
        && old.not_null_inherited
        && !new.not_null_inherited
        && keeps_a_parent(cx, table);
    if made_own {
        clauses.push(("set not null".to_string(), false, vec![]));
    }
    if new.not_null && !old.not_null {
        // A foreign table has no rows here to check.
        let hazards = if table.foreign.is_some() {
            vec![]
        } else {
            vec![Hazard::ScansTable, Hazard::MayFailOnExistingRows]
        };
        clauses.push(("set not null".to_string(), false, hazards));
    }
    match (&old.identity, &new.identity) {
        (None, Some(id)) => clauses.push((identity_clause(id), false, vec![])),
        (Some(_), None) if new.default.is_none() => {
            clauses.push(("drop identity".to_string(), true, vec![]))
        }
        (Some(_), None) => {}
        (Some(a), Some(b)) => {
            if a.generation != b.generation {
                clauses.push((
                    format!("set generated {}", b.generation.sql()),
                    false,
                    vec![],
                ));
            }
            if let (Some(sa), Some(sb)) = (&a.sequence, &b.sequence) {
                let changes: Vec<String> = sb
                    .alter_clauses(sa)
                    .into_iter()
                    .filter(|c| !c.starts_with("as "))
                    .map(|c| format!("set {c}"))
                    .collect();
                if !changes.is_empty() {
                    let clause = (changes.join(" "), false, vec![]);
                    if retyped {
                        identity_options = Some(clause);
                    } else {
                        clauses.push(clause);
                    }
                }
            }
        }
        (None, None) => {}
    }
    if old.not_null && !new.not_null {
        clauses.push(("drop not null".to_string(), true, vec![]));
    }
    if retyped && table.foreign.is_some() {
        // A foreign table holds no rows to convert, and takes no USING.
        clauses.push((
            format!("set data type {}", new.type_with_collation()),
            false,
            vec![],
        ));
    } else if retyped {
        let through_text = match type_change::conversion(cx.from, cx.to, old, new) {
            Conversion::ThroughText => "::text",
            Conversion::Direct | Conversion::Readd => "",
        };
        let change = type_change::classify(
            &old.type_name,
            &new.type_name,
            old.type_ref.is_some() || new.type_ref.is_some(),
        );
        let hazards = [
            (change.rewrites, Hazard::RewritesTable),
            (change.may_fail, Hazard::MayFailOnExistingRows),
            (change.may_change_values, Hazard::DropsData),
        ];
        clauses.push((
            format!(
                "set data type {} using {}{through_text}::{}",
                new.type_with_collation(),
                quote_ident(&new.name),
                new.type_name
            ),
            change.loses_data(),
            hazards
                .into_iter()
                .filter(|(h, _)| *h)
                .map(|(_, h)| h)
                .collect(),
        ));
    }
    clauses.extend(identity_options);
    clauses
}

/// Whether `table` has a parent (partitioned table or inheritance parent) on both sides.
fn keeps_a_parent(cx: &Context, table: &Table) -> bool {
    cx.from_lookup
        .table(&table.schema, &table.name)
        .is_some_and(|before| before.parents().any(|p| table.parents().any(|n| n == p)))
}
