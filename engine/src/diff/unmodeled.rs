//! The warnings that name what a diff cannot migrate: the objects of either catalog that no list
//! models (`Catalog::unmodeled`). Nothing in a schema is passed over in silence.

use crate::model::{counted, Catalog, UnmodeledObject};

/// How many names a warning lists before it counts the rest.
const NAMES_SHOWN: usize = 10;

/// One warning per kind and side: objects only the FROM catalog has (left as they are), only
/// the TARGET has (not created), and both have (not compared). Kinds in name order, FROM-only,
/// TARGET-only then both for each.
pub(super) fn warnings(from: &Catalog, to: &Catalog) -> Vec<String> {
    let (mut only_from, mut only_to, mut both) = (vec![], vec![], vec![]);
    // Both lists are sorted (kind, schema, name): one merge splits them.
    let (mut a, mut b) = (
        from.unmodeled.iter().peekable(),
        to.unmodeled.iter().peekable(),
    );
    loop {
        match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x == y => {
                both.push(*x);
                a.next();
                b.next();
            }
            (Some(x), Some(y)) if x < y => only_from.extend(a.next()),
            (Some(_), Some(_)) | (None, Some(_)) => only_to.extend(b.next()),
            (Some(_), None) => only_from.extend(a.next()),
            (None, None) => break,
        }
    }
    let mut kinds: Vec<&str> = [&only_from, &only_to, &both]
        .iter()
        .flat_map(|list| list.iter().map(|o| o.kind.as_str()))
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    let mut out = vec![];
    for kind in kinds {
        let of_kind = |list: &[&UnmodeledObject]| -> Vec<String> {
            list.iter()
                .filter(|o| o.kind == kind)
                .map(|o| o.name.to_string())
                .collect()
        };
        let groups = [
            (
                of_kind(&only_from),
                "the FROM database has",
                "not migrated: left as they are, the TARGET has none of that name",
            ),
            (
                of_kind(&only_to),
                "the TARGET has",
                "not migrated: the migration does not create them",
            ),
            (
                of_kind(&both),
                "both databases have",
                "not compared: a difference in them is not migrated",
            ),
        ];
        for (names, side, consequence) in groups {
            if !names.is_empty() {
                out.push(format!(
                    "{side} {} that migra-rs does not read ({consequence}): {}",
                    counted(names.len(), kind),
                    listed(&names)
                ));
            }
        }
    }
    out
}

/// The first names, then how many more.
fn listed(names: &[String]) -> String {
    let mut text = names
        .iter()
        .take(NAMES_SHOWN)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > NAMES_SHOWN {
        text.push_str(&format!(" and {} more", names.len() - NAMES_SHOWN));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(kind: &str, name: &str) -> UnmodeledObject {
        UnmodeledObject {
            kind: kind.into(),
            schema: Some("s".into()),
            name: name.into(),
        }
    }

    #[test]
    fn each_side_and_both_are_named_per_kind() {
        let mut from = Catalog::empty();
        let mut to = Catalog::empty();
        from.unmodeled = vec![
            object("foreign table", "s.a"),
            object("foreign table", "s.b"),
            object("operator family", "s.f USING btree"),
        ];
        to.unmodeled = vec![
            object("foreign table", "s.b"),
            object("foreign table", "s.c"),
            object("foreign table", "s.d"),
            object("operator family", "s.f USING btree"),
            object("operator family", "s.g USING hash"),
        ];
        assert_eq!(
            warnings(&from, &to),
            [
                "the FROM database has 1 foreign table that migra-rs does not read (not \
                 migrated: left as they are, the TARGET has none of that name): s.a",
                "the TARGET has 2 foreign tables that migra-rs does not read (not migrated: the \
                 migration does not create them): s.c, s.d",
                "both databases have 1 foreign table that migra-rs does not read (not \
                 compared: a difference in them is not migrated): s.b",
                "the TARGET has 1 operator family that migra-rs does not read (not migrated: \
                 the migration does not create them): s.g USING hash",
                "both databases have 1 operator family that migra-rs does not read (not \
                 compared: a difference in them is not migrated): s.f USING btree",
            ]
        );
        assert!(warnings(&Catalog::empty(), &Catalog::empty()).is_empty());
    }

    #[test]
    fn long_lists_are_counted() {
        let mut to = Catalog::empty();
        to.unmodeled = (0..12)
            .map(|i| object("operator", &format!("s.o{i:02}")))
            .collect();
        let w = warnings(&Catalog::empty(), &to);
        assert_eq!(w.len(), 1);
        assert!(
            w[0].starts_with("the TARGET has 12 operators that"),
            "{}",
            w[0]
        );
        assert!(w[0].ends_with("s.o09 and 2 more"), "{}", w[0]);
    }
}
