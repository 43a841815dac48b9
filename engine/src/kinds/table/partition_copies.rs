//! The partition copies of a partitioned table's indexes, as a type change of one of its
//! columns leaves them.

use crate::core::object::CatalogObject;
use crate::core::sql::quote_ident_if_needed;
use crate::core::{Action, Context, Identify, Step};
use crate::model::{Index, Table};

/// The comments of partition copies that a type change of a column of a partitioned table leaves
/// wrong, given the partitioned indexes it rebuilds ([`rebuilt_indexes`]). PostgreSQL rebuilds the partitioned indexes over the column, and their
/// copies with them: a copy's own comment is lost, and up to 16 the copy takes its parent's
/// (PG15 fuzz seed 58966; the re-diff saw it: `comment on index part16_c15_idx is null`). Each
/// copy whose comment then differs from TARGET's gets TARGET's back, after the change.
pub(super) fn copy_comments_after_retype(cx: &Context, rebuilt: &[&Index]) -> Vec<Step> {
    let copies_take_parents = cx.from.server_version_num < 170000;
    let mut out = vec![];
    for parent in rebuilt {
        let is_copy = |i: &&Index| {
            i.parent_index
                .as_ref()
                .is_some_and(|p| p.schema == parent.schema && p.name == parent.name)
        };
        let left = if copies_take_parents {
            parent.comment.as_deref()
        } else {
            None
        };
        for copy in cx.to.indexes.iter().filter(is_copy) {
            if copy.comment.as_deref() != left {
                out.push(Step::comment(
                    copy.id(),
                    &copy.comment_target(),
                    copy.comment.as_deref(),
                    Action::Alter,
                ));
            }
        }
    }
    out
}

/// The partitioned indexes of the partitioned table `table` over `column`, kept by the diff, that
/// a type change of the column rebuilds on every partition (on every major, even a change that
/// needs no rewrite: the partitions are read, where a plain table's index is kept as it is).
pub(super) fn rebuilt_indexes<'a>(
    cx: &'a Context,
    table: &'a Table,
    column: &'a str,
) -> impl Iterator<Item = &'a Index> + 'a {
    cx.from.indexes.iter().filter(move |parent| {
        parent.schema == table.schema
            && parent.table == table.name
            && parent.parent_index.is_none()
            && names_identifier(&parent.definition, column)
            && !cx.must_recreate(&parent.id())
            && cx
                .to_lookup
                .index(&parent.schema, &parent.name)
                .is_some_and(|kept| kept.definition == parent.definition)
    })
}

/// Whether `text` names the identifier `name` as a whole word, bare or quoted (an index's
/// definition its column).
fn names_identifier(text: &str, name: &str) -> bool {
    let quoted = quote_ident_if_needed(name);
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$' || c == '"';
    text.match_indices(quoted.as_str()).any(|(at, found)| {
        let before = text[..at].chars().next_back();
        let after = text[at + found.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

#[cfg(test)]
mod tests {
    use super::names_identifier;

    #[test]
    fn an_identifier_is_named_as_a_whole_word() {
        let definition = r#"CREATE INDEX ix ON ONLY public.t USING btree (c15, "q""x c1")"#;
        assert!(names_identifier(definition, "c15"));
        assert!(names_identifier(definition, "q\"x c1"));
        assert!(!names_identifier(definition, "c1"));
        assert!(!names_identifier(definition, "x c1"));
    }
}
