//! A catalog's `pg_depend` edges at object granularity, asked about the few objects a diff
//! touches. Edges name tens of thousands of objects and a diff changes a few hundred, so no
//! index of every object is built: a question names its objects in an [`ObjectSet`] (small, so
//! it stays in cache) and one pass over the edges answers it, comparing the references' own
//! fields. Identities are formatted only for the objects an answer names.

use super::key_index::KeyIndex;
use std::collections::BTreeSet;

use crate::core::{object_id, ref_key, ObjectId, RefKey};
use crate::model::Catalog;
use crate::model::{Dependency, ObjectKind, Text};

/// A [`RefKey`] as one byte string: the kind, then each field after its length, so that
/// different keys never write the same bytes.
fn write_key(out: &mut Vec<u8>, (kind, fields): RefKey) {
    out.clear();
    out.push(kind as u8);
    for field in [fields.schema, fields.table, fields.name, fields.args] {
        out.extend_from_slice(&(field.len() as u32).to_le_bytes());
        out.extend_from_slice(field.as_bytes());
    }
}

/// A catalog's dependencies; an object's edges to itself are left out.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Graph<'a> {
    dependencies: &'a [Dependency],
    /// Leaves out the edges that do not order statements (see [`Graph::ordering_edges`]).
    ordering_only: bool,
    /// Leaves out the edges of these (table, column, what it uses) (see [`Graph::releasing`]).
    released: Option<&'a BTreeSet<(ObjectId, Text, ObjectId)>>,
}

impl<'a> Graph<'a> {
    pub(crate) fn new(catalog: &'a Catalog) -> Graph<'a> {
        Graph::of(&catalog.dependencies)
    }

    pub(crate) fn of(dependencies: &'a [Dependency]) -> Graph<'a> {
        Graph {
            dependencies,
            ordering_only: false,
            released: None,
        }
    }

    /// Only the edges that order statements. A sequence's OWNED BY link does not: the sequence
    /// does not need its table to exist first (the generator states that ordering).
    pub(crate) fn ordering_edges(self) -> Graph<'a> {
        Graph {
            ordering_only: true,
            ..self
        }
    }

    /// Marks the edges from a column of a table to what it uses, for the columns in `released`:
    /// a default or generated expression over something dropped and created again, whose own
    /// steps say when they run (kinds/table/defaults.rs, columns.rs). Through the table, such an
    /// edge would order every ALTER of the table both before the drop of what the column used
    /// and after its creation again: a cycle as soon as the table has another change. The
    /// planner does not order the table's ALTERs by them ([`Graph::is_released`]).
    pub(crate) fn releasing(self, released: &'a BTreeSet<(ObjectId, Text, ObjectId)>) -> Graph<'a> {
        Graph {
            released: (!released.is_empty()).then_some(released),
            ..self
        }
    }

    fn edges(&self) -> impl Iterator<Item = &'a Dependency> + '_ {
        self.dependencies.iter().filter(move |d| {
            !(self.ordering_only
                && d.dependent.kind == ObjectKind::Sequence
                && d.referenced.kind == ObjectKind::Table)
        })
    }

    /// Whether `d` is an edge [`Graph::releasing`] marked.
    pub(crate) fn is_released(&self, d: &Dependency) -> bool {
        let (Some(released), Some(column)) = (self.released, &d.dependent.column) else {
            return false;
        };
        d.dependent.kind == ObjectKind::Table
            && released.contains(&(
                object_id(&d.dependent),
                column.clone(),
                object_id(&d.referenced),
            ))
    }

    /// Every edge from an object of `set` to another object of `set`, as (dependent, referenced)
    /// positions in the set, with the edge.
    pub(crate) fn edges_within(&self, set: &ObjectSet) -> Vec<(u32, u32, &'a Dependency)> {
        let mut key = vec![];
        let mut out = vec![];
        // Dependencies are sorted by dependent, so an object's edges come together: it is looked
        // up once per run rather than once per edge.
        let mut last: Option<(RefKey<'a>, Option<u32>)> = None;
        for dependency in self.edges() {
            let dependent_key = ref_key(&dependency.dependent);
            let dependent = match last {
                Some((last_key, found)) if last_key == dependent_key => found,
                _ => {
                    let found = set.find(&mut key, dependent_key);
                    last = Some((dependent_key, found));
                    found
                }
            };
            let Some(dependent) = dependent else { continue };
            let referenced_key = ref_key(&dependency.referenced);
            if referenced_key == dependent_key {
                continue;
            }
            if let Some(referenced) = set.find(&mut key, referenced_key) {
                out.push((dependent, referenced, dependency));
            }
        }
        out
    }

    /// Every edge to an object of `set` from another object, as the referenced object's position
    /// in the set, with the edge.
    pub(crate) fn edges_into(&self, set: &ObjectSet) -> Vec<(u32, &'a Dependency)> {
        let mut key = vec![];
        self.edges()
            .filter_map(|dependency| {
                let referenced_key = ref_key(&dependency.referenced);
                let referenced = set.find(&mut key, referenced_key)?;
                (ref_key(&dependency.dependent) != referenced_key)
                    .then_some((referenced, dependency))
            })
            .collect()
    }
}

/// Objects to ask a [`Graph`] about, by identity; each has a position, in the order first given.
#[derive(Debug, Default)]
pub(crate) struct ObjectSet {
    index: KeyIndex,
    kinds: KindSet,
    names: NameFilter,
}

impl ObjectSet {
    /// The set of `ids`, and each id's position in it (equal ids share one). Ids without an
    /// identity (a column on its own, a setting) name nothing an edge names, and get no position.
    pub(crate) fn of<'i>(
        ids: impl IntoIterator<Item = &'i ObjectId>,
    ) -> (ObjectSet, Vec<Option<u32>>) {
        let mut set = ObjectSet::default();
        let mut key = vec![];
        let positions = ids
            .into_iter()
            .map(|id| {
                let identity = id.identity.as_ref()?;
                write_key(&mut key, (id.kind, identity.fields()));
                set.kinds.insert(id.kind);
                set.names.insert(&identity.name);
                Some(set.index.insert(&key))
            })
            .collect();
        (set, positions)
    }

    fn find(&self, key: &mut Vec<u8>, ref_key: RefKey) -> Option<u32> {
        if !self.kinds.contains(ref_key.0) || !self.names.may_contain(ref_key.1.name) {
            return None;
        }
        write_key(key, ref_key);
        self.index.find(key)
    }
}

/// Which names a set may hold (a Bloom filter with one hash): most references name objects the
/// question is not about, and this tells most of them from the name alone, without writing
/// and hashing their whole key.
#[derive(Debug, Clone)]
struct NameFilter(Box<[u64; NameFilter::WORDS]>);

impl NameFilter {
    /// 8,192 bits, so that a set of a thousand names lets about one name in nine through.
    const BITS: u32 = 13;
    const WORDS: usize = (1 << Self::BITS) / 64;

    fn bit(name: &str) -> (usize, u64) {
        let bit = (crate::core::hash_bytes(name.as_bytes()) >> (64 - Self::BITS)) as usize;
        (bit / 64, 1 << (bit % 64))
    }

    fn insert(&mut self, name: &str) {
        let (word, mask) = Self::bit(name);
        self.0[word] |= mask;
    }

    fn may_contain(&self, name: &str) -> bool {
        let (word, mask) = Self::bit(name);
        self.0[word] & mask != 0
    }
}

impl Default for NameFilter {
    fn default() -> NameFilter {
        NameFilter(Box::new([0; NameFilter::WORDS]))
    }
}

/// Which kinds a set holds: most references are of kinds a question does not ask about, and
/// are passed over without writing their key. One bit per `ObjectKind` (at most 64 of them).
#[derive(Debug, Default, Clone, Copy)]
struct KindSet(u64);

impl KindSet {
    fn insert(&mut self, kind: ObjectKind) {
        self.0 |= 1 << (kind as u32);
    }

    fn contains(&self, kind: ObjectKind) -> bool {
        self.0 & (1 << (kind as u32)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{object_id, reference};
    use crate::model::ObjectRef;

    #[test]
    fn edges_are_found_by_the_identities_of_their_ends() {
        let table = |name: &str| reference(ObjectKind::Table, "s", "", name, "");
        let view = |name: &str| reference(ObjectKind::View, "s", "", name, "");
        let edge = |dependent: ObjectRef, referenced: ObjectRef| Dependency {
            dependent,
            referenced,
        };
        let dependencies = [
            edge(view("v"), table("t")),
            edge(view("v"), view("v")),
            edge(view("w"), view("v")),
            edge(
                reference(ObjectKind::Sequence, "s", "", "q", ""),
                table("t"),
            ),
        ];
        let graph = Graph::of(&dependencies);
        let ids = [
            object_id(&view("v")),
            object_id(&table("t")),
            object_id(&view("v")),
        ];
        let (set, positions) = ObjectSet::of(&ids);
        assert_eq!(positions, [Some(0), Some(1), Some(0)]);
        let within: Vec<_> = graph
            .edges_within(&set)
            .iter()
            .map(|e| (e.0, e.1))
            .collect();
        assert_eq!(within, [(0, 1)]);
        let into: Vec<_> = graph.edges_into(&set).iter().map(|e| e.0).collect();
        assert_eq!(into, [1, 0, 1]);
        let ordering: Vec<_> = graph
            .ordering_edges()
            .edges_into(&set)
            .iter()
            .map(|e| e.0)
            .collect();
        assert_eq!(ordering, [1, 0]);
    }
}
