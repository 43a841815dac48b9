//! COMMENT ON, for every commentable kind. Comments are compared on their own, so a comment change
//! never makes an object count as changed.

use crate::diff::Context;
use crate::migration::Action;
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::{qualified, quote_ident, quote_literal};

/// One commentable thing: its id for ordering, how COMMENT ON names it, and its comment per side.
struct Commented {
    id: ObjectId,
    target: String,
    before: Option<Option<String>>,
    after: Option<Option<String>>,
}

fn collect(cx: &Context) -> Vec<Commented> {
    let mut items: Vec<Commented> = vec![];
    let mut add =
        |id: ObjectId, target: String, side_after: bool, comment: &Option<String>| match items
            .iter_mut()
            .find(|c| c.id == id && c.target == target)
        {
            Some(c) => {
                if side_after {
                    c.after = Some(comment.clone())
                } else {
                    c.before = Some(comment.clone())
                }
            }
            None => items.push(Commented {
                id,
                target,
                before: if side_after {
                    None
                } else {
                    Some(comment.clone())
                },
                after: if side_after {
                    Some(comment.clone())
                } else {
                    None
                },
            }),
        };
    for (side_after, catalog) in [(false, cx.from), (true, cx.to)] {
        for x in &catalog.schemas {
            add(
                x.id(),
                format!("schema {}", x.key()),
                side_after,
                &x.comment,
            );
        }
        // An extension's comment comes with the extension: not ours to set.
        for x in &catalog.collations {
            add(
                x.id(),
                format!("collation {}", x.key()),
                side_after,
                &x.comment,
            );
        }
        for x in &catalog.enums {
            add(x.id(), format!("type {}", x.key()), side_after, &x.comment);
        }
        for x in &catalog.domains {
            add(
                x.id(),
                format!("domain {}", x.key()),
                side_after,
                &x.comment,
            );
        }
        for x in &catalog.composite_types {
            add(x.id(), format!("type {}", x.key()), side_after, &x.comment);
        }
        for x in &catalog.range_types {
            add(x.id(), format!("type {}", x.key()), side_after, &x.comment);
        }
        for x in &catalog.sequences {
            add(
                x.id(),
                format!("sequence {}", x.key()),
                side_after,
                &x.comment,
            );
        }
        for x in &catalog.tables {
            add(x.id(), format!("table {}", x.key()), side_after, &x.comment);
            for c in &x.columns {
                add(
                    x.id(),
                    format!("column {}.{}", x.key(), quote_ident(&c.name)),
                    side_after,
                    &c.comment,
                );
            }
        }
        for x in &catalog.views {
            let what = if x.materialized {
                "materialized view"
            } else {
                "view"
            };
            add(
                x.id(),
                format!("{what} {}", x.key()),
                side_after,
                &x.comment,
            );
            for c in &x.columns {
                add(
                    x.id(),
                    format!("column {}.{}", x.key(), quote_ident(&c.name)),
                    side_after,
                    &c.comment,
                );
            }
        }
        for x in &catalog.constraints {
            let on = qualified(&x.schema, &x.table);
            add(
                x.id(),
                format!("constraint {} on {on}", quote_ident(&x.name)),
                side_after,
                &x.comment,
            );
        }
        for x in &catalog.indexes {
            add(x.id(), format!("index {}", x.key()), side_after, &x.comment);
        }
        for x in &catalog.functions {
            let what = if x.kind == super::FunctionKind::Procedure {
                "procedure"
            } else {
                "function"
            };
            add(
                x.id(),
                format!("{what} {}", x.key()),
                side_after,
                &x.comment,
            );
        }
        for x in &catalog.triggers {
            let on = qualified(&x.schema, &x.table);
            add(
                x.id(),
                format!("trigger {} on {on}", quote_ident(&x.name)),
                side_after,
                &x.comment,
            );
        }
        for x in &catalog.policies {
            let on = qualified(&x.schema, &x.table);
            add(
                x.id(),
                format!("policy {} on {on}", quote_ident(&x.name)),
                side_after,
                &x.comment,
            );
        }
        for x in &catalog.event_triggers {
            add(
                x.id(),
                format!("event trigger {}", x.key()),
                side_after,
                &x.comment,
            );
        }
    }
    items
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    for item in collect(cx) {
        let Some(after) = item.after else { continue };
        // A recreated object lost its comment with the drop.
        let before = if cx.must_recreate(&item.id) {
            None
        } else {
            item.before.clone().flatten()
        };
        if before == after {
            continue;
        }
        let text = match &after {
            Some(comment) => quote_literal(comment),
            None => "null".to_string(),
        };
        let change = if item.before.is_some() {
            Action::Alter
        } else {
            Action::Create
        };
        out.push(
            Step::new(
                Phase::Comments,
                item.id.clone(),
                StepAction::Attach,
                change,
                format!("comment on {} is {text};", item.target),
            )
            .requires(item.id),
        );
    }
}
