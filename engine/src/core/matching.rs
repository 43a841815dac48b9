//! Splitting two keyed collections into added, removed, modified and unchanged, as migra's
//! `differences` does: every list sorted by key. [`Pairs`] matches a catalog list once per diff;
//! [`Matching`] holds every list's pairs.

use super::identity::key_of;
use super::Identify;
use crate::model::{Catalog, IdentityFields, Listed, ObjectKind};

pub(crate) struct Differences<'a, T> {
    pub added: Vec<(String, &'a T)>,
    pub removed: Vec<(String, &'a T)>,
    /// (key, before, after)
    pub modified: Vec<(String, &'a T, &'a T)>,
    pub unchanged: Vec<(String, &'a T, &'a T)>,
}

/// Matches `from` and `to` by `key`; `same` decides whether a matched pair is unchanged.
pub(crate) fn differences<'a, T>(
    from: &'a [T],
    to: &'a [T],
    key: impl Fn(&T) -> String,
    same: impl Fn(&T, &T) -> bool,
) -> Differences<'a, T> {
    let from = keyed(from, &key);
    let to = keyed(to, &key);
    let mut d = Differences {
        added: vec![],
        removed: vec![],
        modified: vec![],
        unchanged: vec![],
    };
    // Both sides sorted by key: one merge instead of a map per side.
    let mut to = to.into_iter().peekable();
    for (k, a) in from {
        while let Some(added) = to.next_if(|(tk, _)| *tk < k) {
            d.added.push(added);
        }
        match to.next_if(|(tk, _)| *tk == k) {
            None => d.removed.push((k, a)),
            Some((_, b)) if same(a, b) => d.unchanged.push((k, a, b)),
            Some((_, b)) => d.modified.push((k, a, b)),
        }
    }
    d.added.extend(to);
    d
}

/// Each item with its key, sorted by key; of items with equal keys the last one stays, as when
/// collecting into a map. The stable sort is linear on the catalog's already sorted lists.
fn keyed<T>(items: &[T], key: impl Fn(&T) -> String) -> Vec<(String, &T)> {
    let mut out: Vec<(String, &T)> = items.iter().map(|x| (key(x), x)).collect();
    // A catalog's lists nearly always come in key order already, with no key twice.
    if out.windows(2).all(|w| w[0].0 < w[1].0) {
        return out;
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.reverse();
    // After the reverse, the last of equal keys comes first, and dedup keeps the first.
    out.dedup_by(|a, b| a.0 == b.0);
    out.reverse();
    out
}

/// One catalog list of both catalogs matched by identity, once per diff: what is added, what
/// is removed (each in key order, keys formatted) and the pairs found on both sides (in list
/// order, no key formatted: most objects are unchanged). Each kind then splits the pairs with
/// its own idea of "the same" ([`Pairs::differences`]), which costs a pass over the pairs and a
/// key for each changed one.
pub(crate) struct Pairs<'a, T> {
    from: &'a [T],
    to: &'a [T],
    /// Positions in the lists: the work is done on identities, once for every item type, so the
    /// code is not repeated for each of the catalog's lists (the wasm module's size).
    positions: Positions,
}

/// [`Pairs`] as positions: (key, position) added to `to` and removed from `from`, each in key
/// order; (position in `from`, position in `to`) matched, in list order.
#[derive(Default)]
struct Positions {
    added: Vec<(String, usize)>,
    removed: Vec<(String, usize)>,
    matched: Vec<(usize, usize)>,
    /// Both lists were strictly in normalized order, as the merge and the binary searches of
    /// `presence` need.
    in_order: bool,
}

/// An item's identity and kind: all the matching looks at.
type Identified<'a> = (IdentityFields<'a>, ObjectKind);

impl<'a, T: Listed> Pairs<'a, T> {
    /// Matches two lists in the catalog's normalized order (`diff()` has checked it) by a merge
    /// on their identity fields. Lists not strictly in that order (an identity twice, which no
    /// server writes) are matched on their keys as [`differences`] matches them, the last of
    /// equal keys kept.
    pub fn new(from: &'a [T], to: &'a [T]) -> Pairs<'a, T> {
        let identified = |list: &'a [T]| -> Vec<Identified<'a>> {
            list.iter()
                .map(|x| (x.identity(), x.object_kind()))
                .collect()
        };
        Pairs {
            from,
            to,
            positions: Positions::of(&identified(from), &identified(to)),
        }
    }

    /// The pairs split by `same`: [`differences`]'s result (modified in key order), with empty
    /// keys for the unchanged.
    pub fn differences(&self, same: impl Fn(&T, &T) -> bool) -> Differences<'a, T> {
        let (from, to) = (self.from, self.to);
        // Sorted as positions, a type every list shares: a sort of each list's own tuples is
        // compiled once per item type (the wasm module's size).
        let mut modified_at: Vec<(String, usize, usize)> = vec![];
        let mut unchanged = vec![];
        for &(i, j) in &self.positions.matched {
            let (a, b) = (&from[i], &to[j]);
            if same(a, b) {
                unchanged.push((String::new(), a, b));
            } else {
                modified_at.push((a.key(), i, j));
            }
        }
        modified_at.sort_by(|x, y| x.0.cmp(&y.0));
        let modified = modified_at
            .into_iter()
            .map(|(key, i, j)| (key, &from[i], &to[j]))
            .collect();
        let at = |list: &'a [T], entries: &[(String, usize)]| -> Vec<(String, &'a T)> {
            entries
                .iter()
                .map(|(key, i)| (key.clone(), &list[*i]))
                .collect()
        };
        Differences {
            added: at(to, &self.positions.added),
            removed: at(from, &self.positions.removed),
            modified,
            unchanged,
        }
    }

    /// The items of `from` that `to` lacks, in list order: those removed, and those matched by
    /// an item of another kind (a view become a materialized view is another object).
    pub fn missing(&self) -> Vec<&'a T> {
        let kind_changed = self
            .positions
            .matched
            .iter()
            .filter(|&&(i, j)| self.from[i].object_kind() != self.to[j].object_kind());
        let mut at: Vec<usize> = self.positions.removed.iter().map(|&(_, i)| i).collect();
        at.extend(kind_changed.map(|&(i, _)| i));
        at.sort_unstable();
        at.into_iter().map(|i| &self.from[i]).collect()
    }
}

impl Positions {
    fn of(from: &[Identified], to: &[Identified]) -> Positions {
        let strictly_sorted = |list: &[Identified]| list.windows(2).all(|w| w[0].0 < w[1].0);
        if !(strictly_sorted(from) && strictly_sorted(to)) {
            return Positions::by_key(from, to);
        }
        let key = |(fields, kind): &Identified| key_of(*kind, *fields);
        let mut positions = Positions {
            in_order: true,
            ..Positions::default()
        };
        let mut next = 0;
        for (i, a) in from.iter().enumerate() {
            while next < to.len() && to[next].0 < a.0 {
                positions.added.push((key(&to[next]), next));
                next += 1;
            }
            match to.get(next).filter(|b| b.0 == a.0) {
                None => positions.removed.push((key(a), i)),
                Some(_) => {
                    positions.matched.push((i, next));
                    next += 1;
                }
            }
        }
        positions
            .added
            .extend((next..to.len()).map(|j| (key(&to[j]), j)));
        // Field order is key order but for names with characters that sort before the quote.
        positions.added.sort_by(|x, y| x.0.cmp(&y.0));
        positions.removed.sort_by(|x, y| x.0.cmp(&y.0));
        positions
    }

    /// The matching of [`differences`]: by formatted key, both sides sorted, each key once. Not
    /// `in_order`.
    fn by_key(from: &[Identified], to: &[Identified]) -> Positions {
        let keyed = |list: &[Identified]| {
            let positions: Vec<usize> = (0..list.len()).collect();
            keyed(&positions, |&i| key_of(list[i].1, list[i].0))
                .into_iter()
                .map(|(key, &i)| (key, i))
                .collect::<Vec<_>>()
        };
        let mut positions = Positions::default();
        let mut to = keyed(to).into_iter().peekable();
        for (k, a) in keyed(from) {
            while let Some(added) = to.next_if(|(tk, _)| *tk < k) {
                positions.added.push(added);
            }
            match to.next_if(|(tk, _)| *tk == k) {
                None => positions.removed.push((k, a)),
                Some((_, b)) => positions.matched.push((a, b)),
            }
        }
        positions.added.extend(to);
        positions
    }
}

/// Every list of two catalogs matched once ([`Pairs`]), for the lists of objects the table of
/// kinds declares (`model/declarations.rs`): the diff's "match" stage.
macro_rules! matching {
    ($(($list:ident, $ty:ident, [$($kind:ident),*], $shape:ident [$($field:ident),+], $schema:ident [$($schema_field:ident)?], $diffed:ident, $create:ident, $drop:ident, [$($doc:literal),*])),+) => {
        matching!(@collect [] $($list $ty $diffed,)+);
    };
    // Entries are not objects: nothing to match by identity.
    (@collect [$($done:tt)*] $list:ident $ty:ident entries, $($rest:tt)*) => {
        matching!(@collect [$($done)*] $($rest)*);
    };
    (@collect [$($done:tt)*] $list:ident $ty:ident $diffed:ident, $($rest:tt)*) => {
        matching!(@collect [$($done)* $list $ty,] $($rest)*);
    };
    (@collect [$($list:ident $ty:ident,)*]) => {
        /// Each list of objects of the two catalogs, matched by identity.
        pub(crate) struct Matching<'a> {
            $(pub $list: Pairs<'a, crate::model::$ty>,)*
        }

        impl<'a> Matching<'a> {
            pub fn new(from: &'a Catalog, to: &'a Catalog) -> Matching<'a> {
                Matching {
                    $($list: Pairs::new(&from.$list, &to.$list),)*
                }
            }

            /// Whether every list of both catalogs was in normalized order, each identity
            /// once: what a catalog read from JSON is, and what the merges of this matching and
            /// the binary searches of `presence` rely on. A catalog built out of order in code
            /// is normalized by `diff()` and matched again.
            pub fn in_order(&self) -> bool {
                true $(&& self.$list.positions.in_order)*
            }
        }
    };
}

crate::model::declarations::for_each_list!(matching);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sql::qualified;
    use crate::model::{IdentityFields, ObjectKind, Text};

    struct Item {
        schema: Text,
        name: Text,
        value: u8,
    }

    impl Listed for Item {
        fn object_kind(&self) -> ObjectKind {
            ObjectKind::Table
        }
        fn identity(&self) -> IdentityFields<'_> {
            IdentityFields {
                schema: &self.schema,
                name: &self.name,
                ..IdentityFields::default()
            }
        }
    }

    fn items(list: &[(&str, &str, u8)]) -> Vec<Item> {
        let mut items: Vec<Item> = list
            .iter()
            .map(|&(schema, name, value)| Item {
                schema: schema.into(),
                name: name.into(),
                value,
            })
            .collect();
        items.sort_by(|a, b| a.identity().cmp(&b.identity()));
        items
    }

    fn key(x: &Item) -> String {
        qualified(&x.schema, &x.name)
    }

    fn summary(d: &Differences<'_, Item>) -> Vec<(char, String)> {
        let mut out: Vec<(char, String)> = vec![];
        out.extend(d.added.iter().map(|(k, _)| ('+', k.clone())));
        out.extend(d.removed.iter().map(|(k, _)| ('-', k.clone())));
        out.extend(d.modified.iter().map(|(k, _, _)| ('~', k.clone())));
        out.push(('=', d.unchanged.len().to_string()));
        out
    }

    #[test]
    fn missing_is_what_is_removed_or_of_another_kind_in_list_order() {
        let from = items(&[("s", "a", 0), ("s", "b", 0), ("s", "c", 0), ("t", "d", 0)]);
        let to = items(&[("s", "b", 0), ("s", "c", 0), ("u", "e", 0)]);
        let pairs = Pairs::new(&from, &to);
        assert!(pairs.positions.in_order);
        let names: Vec<&str> = pairs.missing().iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["a", "d"]);
        // Out of order: matched by key all the same, and said not to be in order.
        let backwards: Vec<Item> = items(&[("s", "b", 0), ("s", "a", 0)])
            .into_iter()
            .rev()
            .collect();
        let pairs = Pairs::new(&backwards, &to);
        assert!(!pairs.positions.in_order);
        let names: Vec<&str> = pairs.missing().iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["a"]);
    }

    #[test]
    fn pairs_split_as_differences_does() {
        // Names with a space or a quote sort differently as fields and as quoted keys.
        let from = items(&[
            ("s", "a", 0),
            ("s", "a b", 0),
            ("s", "a\"", 1),
            ("s", "ab", 0),
            ("s", "c", 0),
            ("t", "x", 0),
        ]);
        let mut to = items(&[
            ("s", "a", 0),
            ("s", "a ", 0),
            ("s", "a\"", 2),
            ("s", "a!", 0),
            ("s", "ab", 1),
            ("t", "x", 0),
            ("u", "y", 0),
        ]);
        let same = |a: &Item, b: &Item| a.value == b.value;
        let expected = summary(&differences(&from, &to, key, same));
        let got = summary(&Pairs::new(&from, &to).differences(same));
        assert_eq!(got, expected);
        assert!(expected.contains(&('~', qualified("s", "a\""))));
        // A key twice: the same result as `differences`, the last of equal keys kept.
        to.insert(
            1,
            Item {
                schema: "s".into(),
                name: "a".into(),
                value: 9,
            },
        );
        let expected = summary(&differences(&from, &to, key, same));
        let got = summary(&Pairs::new(&from, &to).differences(same));
        assert_eq!(got, expected);
    }
}
