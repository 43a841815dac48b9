//! Range types (`pg_range`): created, dropped, and replaced (with what uses them) when their
//! definition changes, which PostgreSQL cannot alter.

use crate::core::sql::qualified;
use crate::core::Matching;
use crate::core::{Context, Hazard, Identify, ObjectId, Phase, Step};
use crate::model::*;

impl RangeType {
    fn create_sql(&self) -> String {
        let mut options = vec![format!("subtype = {}", self.subtype)];
        if let Some(opclass) = &self.subtype_opclass {
            options.push(format!("subtype_opclass = {opclass}"));
        }
        if let Some(collation) = &self.collation {
            options.push(format!(
                "collation = {}",
                qualified(&collation.schema, &collation.name)
            ));
        }
        if let Some(canonical) = &self.canonical {
            options.push(format!("canonical = {canonical}"));
        }
        if let Some(diff) = &self.subtype_diff {
            options.push(format!("subtype_diff = {diff}"));
        }
        if let Some(multirange) = &self.multirange_name {
            options.push(format!(
                "multirange_type_name = {}",
                qualified(&self.schema, multirange)
            ));
        }
        format!(
            "create type {} as range ({});",
            self.key(),
            options.join(", ")
        )
    }
}

fn range_definition_eq(a: &RangeType, b: &RangeType) -> bool {
    let RangeType {
        schema: _,
        name: _,
        owner: _,
        subtype,
        subtype_opclass,
        collation,
        canonical,
        subtype_diff,
        multirange_name,
        comment: _,
        privileges: _,
    } = a;
    *subtype == b.subtype
        && *subtype_opclass == b.subtype_opclass
        && *collation == b.collation
        && *canonical == b.canonical
        && *subtype_diff == b.subtype_diff
        && *multirange_name == b.multirange_name
}

/// Range types that must be dropped and created again, so their dependents must be too.
pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let d = matched.range_types.differences(range_definition_eq);
    d.modified.iter().map(|(_, _, x)| x.id()).collect()
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    let d = cx.matched.range_types.differences(range_definition_eq);
    for (_, x) in &d.added {
        out.push(Step::create(x.id(), x.create_sql()));
    }
    for (key, _, after) in &d.modified {
        let [drop, create] = Step::replacement(
            Phase::DropSelectables,
            after.id(),
            format!("drop type {key};"),
            after.create_sql(),
        );
        out.push(drop.hazard(Hazard::DropsObject));
        out.push(create);
    }
    for (key, x) in &d.removed {
        out.push(Step::drop(x.id(), format!("drop type {key};")).hazard(Hazard::DropsObject));
    }
}

crate::core::object::catalog_object!(RangeType, comment: "type", grant: "type", public: Some("USAGE"), owner: "type");
