//! GRANT and REVOKE on every object that carries privileges, and on columns (`--with-privileges`).
//! A new or recreated object starts from PostgreSQL's default privileges for its kind, so only
//! what differs from those is granted or revoked.

use std::collections::{BTreeMap, BTreeSet};

use crate::core::object::{lacks_maintain, maintain_warning, objects};
use crate::core::sql::{quote_ident, quote_role};
use crate::core::Identify;
use crate::core::{Action, Hazard};
use crate::core::{ObjectId, Phase, Step, StepAction};
use crate::model::Catalog;
use crate::model::ObjectKind;
use crate::model::Privilege;

use crate::core::Context;

/// Everything that can hold privileges on one side: (object, GRANT target, column list) → (held, defaults).
type Holders = BTreeMap<(ObjectId, String, String), (Vec<Privilege>, Vec<Privilege>)>;

fn holders(catalog: &Catalog) -> Holders {
    let mut out = Holders::new();
    for object in objects(catalog) {
        if let Some(target) = object.grant_target() {
            out.insert(
                (object.id(), target, String::new()),
                (object.privileges().to_vec(), object.default_privileges()),
            );
        }
    }
    for table in &catalog.tables {
        for column in table.columns.iter().filter(|c| !c.privileges.is_empty()) {
            let columns = format!(" ({})", quote_ident(&column.name));
            out.insert(
                (table.id(), format!("table {}", table.key()), columns),
                (column.privileges.clone(), vec![]),
            );
        }
    }
    out
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>, warnings: &mut Vec<String>) {
    let before = holders(cx.from);
    let mut after = holders(cx.to);
    // Column privileges that went away entirely must be revoked too.
    for (key, (_, defaults)) in &before {
        if !key.2.is_empty() && cx.to.tables.iter().any(|t| t.id() == key.0) {
            after
                .entry(key.clone())
                .or_insert_with(|| (vec![], defaults.clone()));
        }
    }
    // Objects the kinds replace (dropped and created again) start from the defaults too: a
    // table whose partitioning changes, a view CREATE OR REPLACE cannot change, a recreated type.
    let replaced: BTreeSet<ObjectId> = out
        .iter()
        .filter(|s| s.change == Action::Replace && s.action != StepAction::Attach)
        .map(|s| s.object.clone())
        .collect();
    // Columns dropped (and perhaps added again): the new one starts with no privileges.
    let dropped_columns: BTreeSet<(ObjectId, String)> = out
        .iter()
        .filter_map(|s| s.drops_column.as_ref())
        .map(|(table, column)| (table.clone(), format!(" ({})", quote_ident(column))))
        .collect();
    let was_of = |key: &(ObjectId, String, String), defaults: &[Privilege]| -> Vec<Privilege> {
        let dropped = || dropped_columns.contains(&(key.0.clone(), key.2.clone()));
        match before.get(key) {
            Some((privileges, _))
                if !cx.must_recreate(&key.0) && !replaced.contains(&key.0) && !dropped() =>
            {
                privileges.clone()
            }
            _ => defaults.to_vec(),
        }
    };
    // A table's privilege revoked goes from every column of it too ("revoking a table-level
    // privilege also revokes the corresponding column privileges"): a column keeping it in
    // TARGET is granted it again (issue 15, PG15 seeds 13 and 59). (table, privilege, grantee).
    let revoked_from_tables: BTreeSet<(ObjectId, String, String)> = after
        .iter()
        .filter(|((id, _, columns), _)| columns.is_empty() && id.kind == ObjectKind::Table)
        .flat_map(|(key, (held, defaults))| {
            was_of(key, defaults)
                .into_iter()
                .filter(|p| !held.contains(p))
                .map(|p| {
                    (
                        key.0.clone(),
                        p.privilege.to_string(),
                        p.grantee.to_string(),
                    )
                })
        })
        .collect();
    for (key, (held, defaults)) in &after {
        let (id, target, columns) = key;
        let existed = before.get(key);
        let mut was = was_of(key, defaults);
        if !columns.is_empty() {
            was.retain(|p| {
                !revoked_from_tables.contains(&(
                    id.clone(),
                    p.privilege.to_string(),
                    p.grantee.to_string(),
                ))
            });
        }
        let change = if existed.is_some() {
            Action::Alter
        } else {
            Action::Create
        };
        for p in was.iter().filter(|p| !held.contains(p)) {
            out.push(
                Step::new(
                    Phase::RevokePrivileges,
                    id.clone(),
                    StepAction::Attach,
                    change,
                    format!(
                        "revoke {}{columns} on {target} from {};",
                        p.privilege.to_lowercase(),
                        quote_role(&p.grantee)
                    ),
                )
                .destructive(true)
                .hazard(Hazard::DropsObject),
            );
        }
        for p in held.iter().filter(|p| !was.contains(p)) {
            let option = if p.grantable {
                " with grant option"
            } else {
                ""
            };
            let sql = format!(
                "grant {}{columns} on {target} to {}{option};",
                p.privilege.to_lowercase(),
                quote_role(&p.grantee)
            );
            if p.privilege == "MAINTAIN" && lacks_maintain(cx.from) {
                warnings.push(maintain_warning(cx.from, &sql));
                continue;
            }
            out.push(Step::new(
                Phase::GrantPrivileges,
                id.clone(),
                StepAction::Attach,
                change,
                sql,
            ));
        }
    }
}
