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

use std::collections::{BTreeMap, BTreeSet};

use crate::core::object::objects;
use crate::core::sql::quote_role;
use crate::core::{Action, Context, Identify, ObjectId, Phase, Step, StepAction};

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    if !cx.options.with_owners {
        return;
    }
    // By identity, the last of equal identities kept, as matching keeps it (a catalog file may
    // repeat one; no server writes that).
    let owners_of = |catalog| -> BTreeMap<ObjectId, (String, String)> {
        objects(catalog)
            .into_iter()
            .filter_map(|o| {
                o.owner()
                    .map(|(target, owner)| (o.id(), (target, owner.to_string())))
            })
            .collect()
    };
    let before = owners_of(cx.from);
    let created: BTreeSet<&ObjectId> = out
        .iter()
        .filter(|s| s.action == StepAction::Create)
        .map(|s| &s.object)
        .collect();
    let mut owners = vec![];
    for (id, (target, owner)) in owners_of(cx.to) {
        if owner.is_empty() {
            continue;
        }
        let change = match before.get(&id) {
            _ if created.contains(&id) => Action::Create,
            Some((_, old)) if *old != owner && !old.is_empty() => Action::Alter,
            // Kept with the same owner, or not created (a kind the diff leaves alone).
            _ => continue,
        };
        owners.push(Step::new(
            Phase::Owners,
            id,
            StepAction::Attach,
            change,
            format!("alter {target} owner to {};", quote_role(&owner)),
        ));
    }
    out.extend(owners);
}
