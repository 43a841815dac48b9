//! Default privileges (`pg_default_acl`): what `ALTER DEFAULT PRIVILEGES` set up.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::object::{lacks_maintain, maintain_warning};
use crate::core::sql::{quote_ident, quote_role};
use crate::core::Action;
use crate::core::Context;
use crate::core::{ObjectId, Phase, Step, StepAction};

use crate::model::*;

impl DefaultPrivilege {
    fn prefix(&self) -> String {
        let mut sql = format!(
            "alter default privileges for role {}",
            quote_ident(&self.role)
        );
        if let Some(schema) = &self.schema {
            sql.push_str(&format!(" in schema {}", quote_ident(schema)));
        }
        sql
    }
}

/// `ALTER DEFAULT PRIVILEGES`, entry by entry. Default privileges belong to no object, so their
/// steps hang off the schema they name (or the database as a whole).
pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>, warnings: &mut Vec<String>) {
    let id = |d: &DefaultPrivilege| {
        ObjectId::of(
            ObjectKind::Schema,
            IdentityFields {
                name: d.schema.as_deref().unwrap_or(""),
                ..IdentityFields::default()
            },
        )
    };
    // What FROM changes and TARGET does not is undone; what TARGET changes and FROM does not
    // is done. Undoing a grant or doing a revoke takes a privilege away (destructive).
    let undone = cx
        .from
        .default_privileges
        .iter()
        .filter(|d| !cx.to.default_privileges.contains(d))
        .map(|d| (d, !d.revoked));
    let done = cx
        .to
        .default_privileges
        .iter()
        .filter(|d| !cx.from.default_privileges.contains(d))
        .map(|d| (d, d.revoked));
    let (revokes, grants): (Vec<_>, Vec<_>) = undone.chain(done).partition(|(_, revoke)| *revoke);
    for (d, _) in revokes {
        out.push(
            Step::new(
                Phase::RevokePrivileges,
                id(d),
                StepAction::Attach,
                Action::Alter,
                format!(
                    "{} revoke {} on {} from {};",
                    d.prefix(),
                    d.privilege.to_lowercase(),
                    d.object_type,
                    quote_role(&d.grantee)
                ),
            )
            .destructive(true),
        );
    }
    for (d, _) in grants {
        let option = if d.grantable && !d.revoked {
            " with grant option"
        } else {
            ""
        };
        let sql = format!(
            "{} grant {} on {} to {}{option};",
            d.prefix(),
            d.privilege.to_lowercase(),
            d.object_type,
            quote_role(&d.grantee)
        );
        if d.privilege == "MAINTAIN" && lacks_maintain(cx.from) {
            warnings.push(maintain_warning(cx.from, &sql));
            continue;
        }
        out.push(Step::new(
            Phase::GrantPrivileges,
            id(d),
            StepAction::Attach,
            Action::Alter,
            sql,
        ));
    }
}
