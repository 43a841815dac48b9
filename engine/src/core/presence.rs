//! Which objects one catalog has and the other lacks, asked of the identity fields of the
//! catalogs' sorted lists (the order `Catalog::normalize` gives them): read from the diff's
//! matching (one merge of each list) for all of them, a binary search for one. No identity is
//! formatted and nothing is hashed, so the questions cost a sequential pass rather than a cache
//! miss per object.
//!
//! The objects are those of `kinds::object::objects` and the extensions.

use super::matching::Matching;
use super::Identify;
use crate::core::object::CatalogObject;
use crate::core::ObjectId;
use crate::model::Catalog;
use crate::model::{Listed, ObjectKind};

/// The first item of `list`, sorted by `key`, with key `wanted` that is `same`.
pub(crate) fn find_in<'a, T, K: Ord>(
    list: &'a [T],
    key: impl Fn(&'a T) -> K,
    wanted: K,
    same: impl Fn(&T) -> bool,
) -> Option<&'a T> {
    // `partition_point`, but with the items borrowed for as long as `key` wants them.
    let (mut start, mut end) = (0, list.len());
    while start < end {
        let middle = start + (end - start) / 2;
        if key(&list[middle]) < wanted {
            start = middle + 1;
        } else {
            end = middle;
        }
    }
    list[start..]
        .iter()
        .take_while(|item| key(item) == wanted)
        .find(|item| same(item))
}

/// The generated parts of this module: for every list of objects the table of kinds declares
/// (`model/declarations.rs`), what one catalog lacks of the other, and finding by identity.
macro_rules! presence {
    ($(($list:ident, $ty:ident, [$($kind:ident),*], $shape:ident [$($field:ident),+], $schema:ident [$($schema_field:ident)?], $diffed:ident, $create:ident, $drop:ident, [$($doc:literal),*])),+) => {
        /// The identities of the objects of FROM that TARGET lacks (an object whose kind
        /// changed, a view become a materialized view, is another object), in list order.
        pub(crate) fn missing_from(matched: &Matching) -> Vec<ObjectId> {
            let mut out = vec![];
            $( presence!(@missing $diffed, matched, out, $list); )+
            out
        }

        /// Whether `catalog` has the object with this identity (an extension too). The lists
        /// must be in normalized order ([`Matching::in_order`]).
        pub(crate) fn contains(catalog: &Catalog, id: &ObjectId) -> bool {
            let Some(identity) = &id.identity else {
                return false;
            };
            let wanted = identity.fields();
            $($(
                if id.kind == ObjectKind::$kind {
                    return presence!(@contains $diffed, catalog, id, wanted, $list);
                }
            )*)+
            false
        }

        /// The object of `catalog` with this identity, among those that take comments and
        /// privileges ([`objects`](super::object::objects)).
        pub(crate) fn find<'a>(catalog: &'a Catalog, id: &ObjectId) -> Option<&'a dyn CatalogObject> {
            let wanted = id.identity.as_ref()?.fields();
            $($(
                if id.kind == ObjectKind::$kind {
                    return presence!(@find $diffed, catalog, id, wanted, $list);
                }
            )*)+
            None
        }
    };
    (@missing object, $matched:ident, $out:ident, $list:ident) => {
        presence!(@missing bare, $matched, $out, $list)
    };
    (@missing bare, $matched:ident, $out:ident, $list:ident) => {
        $out.extend($matched.$list.missing().into_iter().map(|x| x.id()))
    };
    (@missing $other:ident, $matched:ident, $out:ident, $list:ident) => {};
    (@contains object, $catalog:ident, $id:ident, $wanted:ident, $list:ident) => {
        presence!(@contains bare, $catalog, $id, $wanted, $list)
    };
    (@contains bare, $catalog:ident, $id:ident, $wanted:ident, $list:ident) => {
        find_in(&$catalog.$list, |x| x.identity(), $wanted, |x| x.object_kind() == $id.kind)
            .is_some()
    };
    (@contains $other:ident, $catalog:ident, $id:ident, $wanted:ident, $list:ident) => {
        false
    };
    // Extensions take no comment of their own (it comes with the extension), so they are not
    // among the objects that do.
    (@find object, $catalog:ident, $id:ident, $wanted:ident, $list:ident) => {
        find_in(&$catalog.$list, |x| x.identity(), $wanted, |x| x.object_kind() == $id.kind)
            .map(|x| x as &dyn CatalogObject)
    };
    (@find $other:ident, $catalog:ident, $id:ident, $wanted:ident, $list:ident) => {
        None
    };
}

crate::model::declarations::for_each_list!(presence);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{diff, Options};

    const FROM: &str = include_str!("../../benches/fixtures/from-50.json");
    const TARGET: &str = include_str!("../../benches/fixtures/target-50.json");

    #[test]
    fn unsorted_catalogs_give_the_same_migration() {
        let from = Catalog::from_json(FROM).expect("fixture");
        let to = Catalog::from_json(TARGET).expect("fixture");
        let expected = diff(&from, &to, &Options::default()).expect("diff");
        let (mut shuffled_from, mut shuffled_to) = (from.clone(), to.clone());
        shuffled_from.tables.reverse();
        shuffled_to.constraints.reverse();
        shuffled_to.schemas.reverse();
        let got = diff(&shuffled_from, &shuffled_to, &Options::default()).expect("diff");
        assert_eq!(got.sql(), expected.sql());
        assert!(!expected.sql().is_empty());
    }

    #[test]
    fn contains_answers_for_every_object() {
        let catalog = Catalog::from_json(TARGET).expect("fixture");
        let empty = Catalog::empty();
        for object in crate::core::object::objects(&catalog) {
            assert!(contains(&catalog, &object.id()), "{:?}", object.id());
            let found = find(&catalog, &object.id()).expect("found");
            assert!(std::ptr::addr_eq(found, object), "{:?}", object.id());
            assert!(!contains(&empty, &object.id()));
        }
        let same = Matching::new(&catalog, &catalog);
        assert!(same.in_order());
        assert!(missing_from(&same).is_empty());
        let gone = missing_from(&Matching::new(&catalog, &empty));
        assert_eq!(
            gone.len(),
            crate::core::object::objects(&catalog).len() + catalog.extensions.len()
        );
    }
}
