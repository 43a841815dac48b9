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

/// [`differences`] for two lists in the catalog's normalized order (`diff()` has checked it),
/// merged on `fields`, the fields of the identity in the order the lists are sorted by: a key is
/// formatted only for what is added, removed or modified, not for the many unchanged objects, whose
/// keys come back empty. Each list is then put in key order, so the result is `differences`'s
/// own. A list with a key twice (no server writes one) takes `differences`'s path, so that the
/// same item stays as there.
pub(crate) fn differences_in_order<'a, T, K: Ord>(
    from: &'a [T],
    to: &'a [T],
    fields: impl Fn(&'a T) -> K,
    key: impl Fn(&T) -> String,
    same: impl Fn(&T, &T) -> bool,
) -> Differences<'a, T> {
    let strictly_sorted = |list: &'a [T]| list.windows(2).all(|w| fields(&w[0]) < fields(&w[1]));
    if !strictly_sorted(from) || !strictly_sorted(to) {
        return differences(from, to, key, same);
    }
    let mut d = Differences {
        added: vec![],
        removed: vec![],
        modified: vec![],
        unchanged: vec![],
    };
    let mut next = 0;
    for a in from {
        let wanted = fields(a);
        while next < to.len() && fields(&to[next]) < wanted {
            d.added.push((key(&to[next]), &to[next]));
            next += 1;
        }
        match to.get(next).filter(|b| fields(b) == wanted) {
            None => d.removed.push((key(a), a)),
            Some(b) => {
                next += 1;
                if same(a, b) {
                    d.unchanged.push((String::new(), a, b));
                } else {
                    d.modified.push((key(a), a, b));
                }
            }
        }
    }
    d.added.extend(to[next..].iter().map(|b| (key(b), b)));
    // Field order is key order but for names with characters that sort before the quote.
    d.added.sort_by(|x, y| x.0.cmp(&y.0));
    d.removed.sort_by(|x, y| x.0.cmp(&y.0));
    d.modified.sort_by(|x, y| x.0.cmp(&y.0));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sql::qualified;

    type Item = (&'static str, &'static str, u8);

    fn fields(x: &Item) -> (&str, &str) {
        (x.0, x.1)
    }

    fn key(x: &Item) -> String {
        qualified(x.0, x.1)
    }

    fn summary<'a>(d: &Differences<'a, Item>) -> Vec<(char, String)> {
        let mut out: Vec<(char, String)> = vec![];
        out.extend(d.added.iter().map(|(k, _)| ('+', k.clone())));
        out.extend(d.removed.iter().map(|(k, _)| ('-', k.clone())));
        out.extend(d.modified.iter().map(|(k, _, _)| ('~', k.clone())));
        out.push(('=', d.unchanged.len().to_string()));
        out
    }

    #[test]
    fn in_order_gives_what_differences_gives() {
        // Names with a space or a quote sort differently as fields and as quoted keys.
        let mut from: Vec<Item> = vec![
            ("s", "a", 0),
            ("s", "a b", 0),
            ("s", "a\"", 1),
            ("s", "ab", 0),
            ("s", "c", 0),
            ("t", "x", 0),
        ];
        let mut to: Vec<Item> = vec![
            ("s", "a", 0),
            ("s", "a ", 0),
            ("s", "a\"", 2),
            ("s", "a!", 0),
            ("s", "ab", 1),
            ("t", "x", 0),
            ("u", "y", 0),
        ];
        from.sort_by(|a, b| fields(a).cmp(&fields(b)));
        to.sort_by(|a, b| fields(a).cmp(&fields(b)));
        let same = |a: &Item, b: &Item| a.2 == b.2;
        let expected = summary(&differences(&from, &to, key, same));
        let got = summary(&differences_in_order(&from, &to, fields, key, same));
        assert_eq!(got, expected);
        assert!(expected.contains(&('~', key(&("s", "a\"", 0)))));
        // A key twice: the same result as `differences`, the last of equal keys kept.
        to.insert(1, ("s", "a", 9));
        let expected = summary(&differences(&from, &to, key, same));
        let got = summary(&differences_in_order(&from, &to, fields, key, same));
        assert_eq!(got, expected);
    }
}
