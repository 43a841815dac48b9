//! GRANT and REVOKE on every object that carries privileges (`--with-privileges`). A new or
//! recreated object starts from PostgreSQL's default privileges for its kind, so only what differs
//! from those is granted or revoked.

use crate::kinds::Privilege;
use crate::migration::{Action, Hazard};
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::{quote_ident, quote_role};

use super::Context;

/// One object's privileges on each side, and how GRANT names it.
struct Holder<'a> {
    id: ObjectId,
    /// `table "s"."t"`, `function "s"."f"(integer)`, `schema "s"`...
    target: String,
    /// `("c")` for column privileges.
    columns: String,
    before: Option<&'a [Privilege]>,
    after: Option<&'a [Privilege]>,
    defaults: Vec<Privilege>,
}

fn public(privilege: &str) -> Vec<Privilege> {
    vec![Privilege {
        grantee: "PUBLIC".into(),
        privilege: privilege.into(),
        grantable: false,
    }]
}

fn holders<'a>(cx: &Context<'a>) -> Vec<Holder<'a>> {
    let mut out = vec![];
    macro_rules! pair {
        ($list:ident, $key:expr, $id:expr, $target:expr, $defaults:expr) => {{
            let mut keys: Vec<String> = cx
                .from
                .$list
                .iter()
                .chain(cx.to.$list.iter())
                .map($key)
                .collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let before = cx.from.$list.iter().find(|x| $key(x) == k);
                let after = cx.to.$list.iter().find(|x| $key(x) == k);
                let any = after.or(before).expect("key came from one of the sides");
                out.push(Holder {
                    id: $id(any),
                    target: $target(any),
                    columns: String::new(),
                    before: before.map(|x| x.privileges.as_slice()),
                    after: after.map(|x| x.privileges.as_slice()),
                    defaults: $defaults,
                });
            }
        }};
    }
    pair!(
        schemas,
        |x: &crate::kinds::Schema| x.key(),
        |x: &crate::kinds::Schema| x.id(),
        |x: &crate::kinds::Schema| format!("schema {}", x.key()),
        vec![]
    );
    pair!(
        tables,
        |x: &crate::kinds::Table| x.key(),
        |x: &crate::kinds::Table| x.id(),
        |x: &crate::kinds::Table| format!("table {}", x.key()),
        vec![]
    );
    pair!(
        views,
        |x: &crate::kinds::View| x.key(),
        |x: &crate::kinds::View| x.id(),
        |x: &crate::kinds::View| format!("table {}", x.key()),
        vec![]
    );
    pair!(
        sequences,
        |x: &crate::kinds::Sequence| x.key(),
        |x: &crate::kinds::Sequence| x.id(),
        |x: &crate::kinds::Sequence| format!("sequence {}", x.key()),
        vec![]
    );
    pair!(
        functions,
        |x: &crate::kinds::Function| x.key(),
        |x: &crate::kinds::Function| x.id(),
        |x: &crate::kinds::Function| format!(
            "{} {}",
            if x.kind == crate::kinds::FunctionKind::Procedure {
                "procedure"
            } else {
                "function"
            },
            x.key()
        ),
        public("EXECUTE")
    );
    pair!(
        enums,
        |x: &crate::kinds::Enum| x.key(),
        |x: &crate::kinds::Enum| x.id(),
        |x: &crate::kinds::Enum| format!("type {}", x.key()),
        public("USAGE")
    );
    pair!(
        domains,
        |x: &crate::kinds::Domain| x.key(),
        |x: &crate::kinds::Domain| x.id(),
        |x: &crate::kinds::Domain| format!("domain {}", x.key()),
        public("USAGE")
    );
    pair!(
        composite_types,
        |x: &crate::kinds::CompositeType| x.key(),
        |x: &crate::kinds::CompositeType| x.id(),
        |x: &crate::kinds::CompositeType| format!("type {}", x.key()),
        public("USAGE")
    );
    pair!(
        range_types,
        |x: &crate::kinds::RangeType| x.key(),
        |x: &crate::kinds::RangeType| x.id(),
        |x: &crate::kinds::RangeType| format!("type {}", x.key()),
        public("USAGE")
    );

    // Column privileges.
    for table in &cx.to.tables {
        let old = cx
            .from
            .tables
            .iter()
            .find(|t| t.schema == table.schema && t.name == table.name);
        for column in &table.columns {
            let before = old.and_then(|t| t.columns.iter().find(|c| c.name == column.name));
            if column.privileges.is_empty() && before.is_none_or(|c| c.privileges.is_empty()) {
                continue;
            }
            out.push(Holder {
                id: table.id(),
                target: format!("table {}", table.key()),
                columns: format!(" ({})", quote_ident(&column.name)),
                before: before.map(|c| c.privileges.as_slice()),
                after: Some(column.privileges.as_slice()),
                defaults: vec![],
            });
        }
    }
    out
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    for holder in holders(cx) {
        let Some(after) = holder.after else { continue };
        let recreated = cx.must_recreate(&holder.id);
        let before: &[Privilege] = match holder.before {
            Some(b) if !recreated => b,
            _ => &holder.defaults,
        };
        let change = if holder.before.is_some() {
            Action::Alter
        } else {
            Action::Create
        };
        for p in before.iter().filter(|p| !after.contains(p)) {
            out.push(
                Step::new(
                    Phase::RevokePrivileges,
                    holder.id.clone(),
                    StepAction::Attach,
                    change,
                    format!(
                        "revoke {}{} on {} from {};",
                        p.privilege.to_lowercase(),
                        holder.columns,
                        holder.target,
                        quote_role(&p.grantee)
                    ),
                )
                .destructive(true)
                .hazard(Hazard::DropsObject)
                .requires(holder.id.clone()),
            );
        }
        for p in after.iter().filter(|p| !before.contains(p)) {
            let option = if p.grantable {
                " with grant option"
            } else {
                ""
            };
            out.push(
                Step::new(
                    Phase::GrantPrivileges,
                    holder.id.clone(),
                    StepAction::Attach,
                    change,
                    format!(
                        "grant {}{} on {} to {}{option};",
                        p.privilege.to_lowercase(),
                        holder.columns,
                        holder.target,
                        quote_role(&p.grantee)
                    ),
                )
                .requires(holder.id.clone()),
            );
        }
    }
}
