//! Splitting two keyed collections into added, removed, modified and unchanged, as migra's
//! `differences` does: every list sorted by key.

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
    differences_by_key(from, to, key, |_, a, b| same(a, b))
}

/// [`differences`] where `same` also gets the matched pair's key, so that it can ask about the
/// object's identity without building it again.
pub(crate) fn differences_by_key<'a, T>(
    from: &'a [T],
    to: &'a [T],
    key: impl Fn(&T) -> String,
    same: impl Fn(&str, &T, &T) -> bool,
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
            Some((_, b)) if same(&k, a, b) => d.unchanged.push((k, a, b)),
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
