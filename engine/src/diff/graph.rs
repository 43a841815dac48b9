//! A catalog's `pg_depend` edges at object granularity, keyed once: every object an edge names
//! gets one [`ObjectId`] and one index, and the edges are index pairs. The recreation pass and
//! the planner both walk this instead of formatting identities per edge.

use super::FastMap;
use crate::catalog::Catalog;
use crate::kinds::{Dependency, ObjectKind, ObjectRef};
use crate::plan::{Edge, Graph, ObjectId};
use crate::sql::{qualified, qualified_call, qualified_member, quote_ident};
use crate::text::Text;

/// The fields of a reference that its identity is made of, and only those (not the column, not
/// what [`object_id`] ignores for its kind; absent reads as empty, as there). Identities are
/// injective in these fields, so equal keys mean equal identities and the other way round.
type RefKey<'a> = (ObjectKind, &'a str, &'a str, &'a str, &'a str);

fn ref_key(r: &ObjectRef) -> RefKey<'_> {
    fn field(f: &Option<Text>) -> &str {
        f.as_deref().unwrap_or_default()
    }
    let (schema, table, args) = match r.kind {
        ObjectKind::Schema | ObjectKind::Extension | ObjectKind::EventTrigger => ("", "", ""),
        ObjectKind::Function | ObjectKind::Aggregate => (field(&r.schema), "", field(&r.args)),
        ObjectKind::Constraint | ObjectKind::Trigger | ObjectKind::Policy => {
            (field(&r.schema), field(&r.table), "")
        }
        _ => (field(&r.schema), "", ""),
    };
    (r.kind, schema, table, r.name.as_str(), args)
}

impl<'a> Graph<'a> {
    /// The catalog's dependencies; an object's edges to itself are left out.
    pub(crate) fn new(catalog: &'a Catalog) -> Graph<'a> {
        let mut graph = Graph {
            ids: vec![],
            edges: Vec::with_capacity(catalog.dependencies.len()),
        };
        // Most objects are named by many edges: format each identity once.
        let mut by_ref: FastMap<RefKey<'a>, u32> =
            FastMap::with_capacity_and_hasher(catalog.dependencies.len(), Default::default());
        let mut intern = |ids: &mut Vec<ObjectId>, r: &'a ObjectRef| -> u32 {
            *by_ref.entry(ref_key(r)).or_insert_with(|| {
                ids.push(object_id(r));
                (ids.len() - 1) as u32
            })
        };
        // Dependencies are sorted by dependent, so an object's edges come together: its index
        // is found once per run rather than once per edge.
        let mut last: Option<(RefKey<'a>, u32)> = None;
        for dependency in &catalog.dependencies {
            let key = ref_key(&dependency.dependent);
            let dependent = match last {
                Some((last_key, index)) if last_key == key => index,
                _ => {
                    let index = intern(&mut graph.ids, &dependency.dependent);
                    last = Some((key, index));
                    index
                }
            };
            let referenced = intern(&mut graph.ids, &dependency.referenced);
            if dependent != referenced {
                graph.edges.push(Edge {
                    dependent,
                    referenced,
                    dependency,
                });
            }
        }
        graph
    }

    /// Leaves only the edges that order statements. A sequence's OWNED BY link does not: the
    /// sequence does not need its table to exist first (the generator states that ordering).
    pub(crate) fn keep_ordering_edges(&mut self) {
        self.edges.retain(|e| {
            let d: &Dependency = e.dependency;
            !(d.dependent.kind == ObjectKind::Sequence && d.referenced.kind == ObjectKind::Table)
        });
    }
}

/// The planner's identity for a referenced object; the same text the kinds use as keys.
pub(crate) fn object_id(r: &ObjectRef) -> ObjectId {
    let schema = r.schema.as_deref().unwrap_or_default();
    let key = match r.kind {
        ObjectKind::Schema | ObjectKind::Extension | ObjectKind::EventTrigger => {
            quote_ident(&r.name)
        }
        ObjectKind::Function | ObjectKind::Aggregate => {
            qualified_call(schema, &r.name, r.args.as_deref().unwrap_or_default())
        }
        ObjectKind::Constraint | ObjectKind::Trigger | ObjectKind::Policy => {
            qualified_member(schema, r.table.as_deref().unwrap_or_default(), &r.name)
        }
        _ => qualified(schema, &r.name),
    };
    ObjectId::new(r.kind, key)
}
