//! The options of foreign data (`OPTIONS (name 'value')`): of wrappers, servers, user mappings,
//! foreign tables and their columns. A value the fetch did not read (a secret,
//! docs/safety.md) is unknown: it compares equal to any value and is never written.

use crate::core::sql::{quote_ident, quote_literal};
use crate::model::ForeignOption;

/// `OPTIONS (...)` of a creation, without the options whose value is unknown; empty when none.
pub(crate) fn create_options(options: &[ForeignOption]) -> String {
    let known: Vec<String> = options
        .iter()
        .filter_map(|o| {
            let value = o.value.as_ref()?;
            Some(format!("{} {}", quote_ident(&o.name), quote_literal(value)))
        })
        .collect();
    if known.is_empty() {
        String::new()
    } else {
        format!(" options ({})", known.join(", "))
    }
}

/// Whether two option lists are the same, an unknown value matching any.
pub(crate) fn options_eq(a: &[ForeignOption], b: &[ForeignOption]) -> bool {
    a.len() == b.len()
        && b.iter().all(|o| {
            a.iter().any(|p| {
                p.name == o.name && (p.value.is_none() || o.value.is_none() || p.value == o.value)
            })
        })
}

/// `OPTIONS (ADD ..., SET ..., DROP ...)` taking `before`'s options to `after`'s; `None` when
/// nothing known changes.
pub(crate) fn alter_options(before: &[ForeignOption], after: &[ForeignOption]) -> Option<String> {
    let mut parts = vec![];
    for o in after {
        let Some(value) = &o.value else { continue };
        match before.iter().find(|p| p.name == o.name) {
            None => parts.push(format!(
                "add {} {}",
                quote_ident(&o.name),
                quote_literal(value)
            )),
            Some(p) if p.value.as_ref().is_some_and(|v| v != value) => parts.push(format!(
                "set {} {}",
                quote_ident(&o.name),
                quote_literal(value)
            )),
            Some(_) => {}
        }
    }
    for p in before {
        if !after.iter().any(|o| o.name == p.name) {
            parts.push(format!("drop {}", quote_ident(&p.name)));
        }
    }
    (!parts.is_empty()).then(|| format!(" options ({})", parts.join(", ")))
}
