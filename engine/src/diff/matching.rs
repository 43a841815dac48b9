//! Splitting two keyed collections into added, removed, modified and unchanged, as migra's
//! `differences` does: every list sorted by key.

use std::collections::BTreeMap;

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
    let from_map: BTreeMap<String, &T> = from.iter().map(|x| (key(x), x)).collect();
    let to_map: BTreeMap<String, &T> = to.iter().map(|x| (key(x), x)).collect();
    let mut d = Differences {
        added: vec![],
        removed: vec![],
        modified: vec![],
        unchanged: vec![],
    };
    for (k, a) in &from_map {
        match to_map.get(k) {
            None => d.removed.push((k.clone(), *a)),
            Some(b) if same(a, b) => d.unchanged.push((k.clone(), *a, *b)),
            Some(b) => d.modified.push((k.clone(), *a, *b)),
        }
    }
    for (k, b) in &to_map {
        if !from_map.contains_key(k) {
            d.added.push((k.clone(), *b));
        }
    }
    d
}
