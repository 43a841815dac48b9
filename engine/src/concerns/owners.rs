//! `ALTER ... OWNER TO` on every object that has an owner (`--with-owners`; migra never migrated
//! owners, so without the flag nothing here runs and the output is migra's).
//!
//! The rule: every object the migration creates (new, or dropped and created again) is given
//! the target's owner, whoever runs the migration (as pg_dump does: the role that runs it owns
//! what it creates, which need not be the target's owner); every object kept whose owner differs
//! is given the target's. The statements come last (their own phase, after comments), so that the
//! role running the migration owns what it alters until everything else is done. An owner the
//! catalog does not know (empty) is never written. The roles must exist where the migration
//! runs: roles are the cluster's, not the database's, and no migration creates one.

use std::collections::BTreeMap;

use crate::core::object::objects;
use crate::core::sql::quote_role;
use crate::core::{Action, Context, Identify, ObjectId, Phase, Step, StepAction};

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    if !cx.options.with_owners {
        return;
    }
    let before: BTreeMap<ObjectId, String> = objects(cx.from)
        .into_iter()
        .filter_map(|o| o.owner().map(|(_, owner)| (o.id(), owner.to_string())))
        .collect();
    let mut owners = vec![];
    for object in objects(cx.to) {
        let Some((target, owner)) = object.owner() else {
            continue;
        };
        if owner.is_empty() {
            continue;
        }
        let id = object.id();
        let created = out
            .iter()
            .any(|s| s.object == id && s.action == StepAction::Create);
        let change = match before.get(&id) {
            _ if created => Action::Create,
            Some(old) if old != owner && !old.is_empty() => Action::Alter,
            // Kept with the same owner, or not created (a kind the diff leaves alone).
            _ => continue,
        };
        owners.push(Step::new(
            Phase::Owners,
            id,
            StepAction::Attach,
            change,
            format!("alter {target} owner to {};", quote_role(owner)),
        ));
    }
    out.extend(owners);
}
