//! Text search parsers, templates, dictionaries and configurations (`pg_ts_parser`,
//! `pg_ts_template`, `pg_ts_dict`, `pg_ts_config`): created, dropped, and altered where
//! PostgreSQL can alter them.
//!
//! How these kinds are compared, created, dropped and altered; the catalog types are in `model`.
//! PostgreSQL alters no parser or template, nor a dictionary's template or a configuration's
//! parser: those changes drop the object and create it again, with what uses it (a dictionary on
//! a template, a configuration on a parser or dictionary, an index on a configuration:
//! `replaced`, for `diff/dependents.rs`). A dictionary's options are altered in place, and so
//! are a configuration's token mappings (`add`, `alter` and `drop mapping`).

use crate::core::sql::quote_ident_if_needed;
use crate::core::{
    Action, Context, Hazard, Identify, Matching, ObjectId, Pairs, Phase, Step, StepAction,
};
use crate::model::*;

/// What the generator needs of each text search kind.
trait TextSearchObject: Identify + Listed {
    /// The kind as SQL names it: `text search parser`.
    const WORD: &'static str;
    /// Whether two objects of the same identity are defined alike (the comment is another
    /// concern).
    fn definition_eq(&self, other: &Self) -> bool;
    /// Whether `self` can become `other` by [`TextSearchObject::alter_sql`] (otherwise it is
    /// dropped and created again).
    fn alterable_to(&self, other: &Self) -> bool;
    /// The statements that create the object: `create ...`, then any `alter ...` it needs.
    fn create_sql(&self) -> Vec<String>;
    /// The statements that turn `self` into `other`, which it is alterable to.
    fn alter_sql(&self, other: &Self) -> Vec<String>;
}

impl TextSearchObject for TextSearchParser {
    const WORD: &'static str = "text search parser";

    fn definition_eq(&self, other: &Self) -> bool {
        let TextSearchParser {
            schema: _,
            name: _,
            start,
            get_token,
            end,
            lexical_types,
            headline,
            comment: _,
        } = self;
        *start == other.start
            && *get_token == other.get_token
            && *end == other.end
            && *lexical_types == other.lexical_types
            && *headline == other.headline
    }

    fn alterable_to(&self, _: &Self) -> bool {
        false
    }

    fn create_sql(&self) -> Vec<String> {
        let headline = match &self.headline {
            Some(f) => format!(", headline = {f}"),
            None => String::new(),
        };
        vec![format!(
            "create text search parser {} (start = {}, gettoken = {}, end = {}, lextypes = {}{headline});",
            self.key(),
            self.start,
            self.get_token,
            self.end,
            self.lexical_types
        )]
    }

    fn alter_sql(&self, _: &Self) -> Vec<String> {
        vec![]
    }
}

impl TextSearchObject for TextSearchTemplate {
    const WORD: &'static str = "text search template";

    fn definition_eq(&self, other: &Self) -> bool {
        let TextSearchTemplate {
            schema: _,
            name: _,
            init,
            lexize,
            comment: _,
        } = self;
        *init == other.init && *lexize == other.lexize
    }

    fn alterable_to(&self, _: &Self) -> bool {
        false
    }

    fn create_sql(&self) -> Vec<String> {
        let init = match &self.init {
            Some(f) => format!("init = {f}, "),
            None => String::new(),
        };
        vec![format!(
            "create text search template {} ({init}lexize = {});",
            self.key(),
            self.lexize
        )]
    }

    fn alter_sql(&self, _: &Self) -> Vec<String> {
        vec![]
    }
}

impl TextSearchObject for TextSearchDictionary {
    const WORD: &'static str = "text search dictionary";

    fn definition_eq(&self, other: &Self) -> bool {
        let TextSearchDictionary {
            schema: _,
            name: _,
            template,
            options,
            owner: _,
            comment: _,
        } = self;
        *template == other.template && *options == other.options
    }

    fn alterable_to(&self, other: &Self) -> bool {
        self.template == other.template
    }

    fn create_sql(&self) -> Vec<String> {
        let options: String = self
            .options
            .iter()
            .map(|o| format!(", {} = {}", o.name, o.value))
            .collect();
        vec![format!(
            "create text search dictionary {} (template = {}{options});",
            self.key(),
            self.template
        )]
    }

    /// One `alter text search dictionary`, which removes the options named without a value and
    /// moves those it sets to the end of the list, in its order. So the target's longest prefix
    /// that the kept options already form in order stays; the options of the source that are not
    /// part of it are removed, and the rest of the target is set after them.
    fn alter_sql(&self, other: &Self) -> Vec<String> {
        let mut kept = 0;
        let mut from = 0;
        for option in &other.options {
            match self.options[from..].iter().position(|o| o == option) {
                Some(at) => {
                    from += at + 1;
                    kept += 1;
                }
                None => break,
            }
        }
        let prefix = &other.options[..kept];
        let mut items: Vec<String> = self
            .options
            .iter()
            .filter(|o| {
                !prefix.contains(o) && !other.options[kept..].iter().any(|n| n.name == o.name)
            })
            .map(|o| o.name.to_string())
            .collect();
        items.extend(
            other.options[kept..]
                .iter()
                .map(|o| format!("{} = {}", o.name, o.value)),
        );
        if items.is_empty() {
            return vec![];
        }
        vec![format!(
            "alter text search dictionary {} ({});",
            self.key(),
            items.join(", ")
        )]
    }
}

impl TextSearchObject for TextSearchConfiguration {
    const WORD: &'static str = "text search configuration";

    fn definition_eq(&self, other: &Self) -> bool {
        let TextSearchConfiguration {
            schema: _,
            name: _,
            parser,
            mappings,
            owner: _,
            comment: _,
        } = self;
        *parser == other.parser && *mappings == other.mappings
    }

    fn alterable_to(&self, other: &Self) -> bool {
        self.parser == other.parser
    }

    fn create_sql(&self) -> Vec<String> {
        let mut sql = vec![format!(
            "create text search configuration {} (parser = {});",
            self.key(),
            self.parser
        )];
        sql.extend(self.mapping_sql("add", self.mappings.iter()));
        sql
    }

    fn alter_sql(&self, other: &Self) -> Vec<String> {
        let find = |list: &'_ [TextSearchMapping], token: &Text| -> Option<usize> {
            list.iter().position(|m| m.token_type == *token)
        };
        let dropped: Vec<&str> = self
            .mappings
            .iter()
            .filter(|m| find(&other.mappings, &m.token_type).is_none())
            .map(|m| m.token_type.as_str())
            .collect();
        let mut sql = vec![];
        if !dropped.is_empty() {
            sql.push(format!(
                "alter text search configuration {} drop mapping for {};",
                self.key(),
                tokens_sql(&dropped)
            ));
        }
        let changed = other.mappings.iter().filter(|m| {
            find(&self.mappings, &m.token_type)
                .is_some_and(|i| self.mappings[i].dictionaries != m.dictionaries)
        });
        sql.extend(self.mapping_sql("alter", changed));
        let added = other
            .mappings
            .iter()
            .filter(|m| find(&self.mappings, &m.token_type).is_none());
        sql.extend(self.mapping_sql("add", added));
        sql
    }
}

impl TextSearchConfiguration {
    /// `alter text search configuration ... add|alter mapping for t1, t2 with d1, d2;`, one
    /// statement per list of dictionaries, in the order of each list's first token type.
    fn mapping_sql<'a>(
        &self,
        verb: &str,
        mappings: impl Iterator<Item = &'a TextSearchMapping>,
    ) -> Vec<String> {
        let mut groups: Vec<(&[Text], Vec<&str>)> = vec![];
        for m in mappings {
            match groups
                .iter_mut()
                .find(|(d, _)| *d == m.dictionaries.as_slice())
            {
                Some((_, tokens)) => tokens.push(&m.token_type),
                None => groups.push((&m.dictionaries, vec![&m.token_type])),
            }
        }
        groups
            .into_iter()
            .map(|(dictionaries, tokens)| {
                format!(
                    "alter text search configuration {} {verb} mapping for {} with {};",
                    self.key(),
                    tokens_sql(&tokens),
                    dictionaries.join(", ")
                )
            })
            .collect()
    }
}

/// Token type names as a list of identifiers.
fn tokens_sql(tokens: &[&str]) -> String {
    tokens
        .iter()
        .map(|t| quote_ident_if_needed(t))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The objects dropped and created again because PostgreSQL cannot alter the change: what uses
/// them is recreated too.
pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    fn of<T: TextSearchObject>(pairs: &Pairs<'_, T>, ids: &mut Vec<ObjectId>) {
        let d = pairs.differences(|a, b| a.definition_eq(b) || a.alterable_to(b));
        ids.extend(d.modified.iter().map(|(_, _, x)| x.id()));
    }
    let mut ids = vec![];
    of(&matched.text_search_parsers, &mut ids);
    of(&matched.text_search_templates, &mut ids);
    of(&matched.text_search_dictionaries, &mut ids);
    of(&matched.text_search_configurations, &mut ids);
    ids
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    // Drops in the reverse order of use, creations in the order of use; the dependency edges
    // order them anyway.
    let parsers = changes(cx, &cx.matched.text_search_parsers);
    let templates = changes(cx, &cx.matched.text_search_templates);
    let dictionaries = changes(cx, &cx.matched.text_search_dictionaries);
    let configurations = changes(cx, &cx.matched.text_search_configurations);
    for c in [&configurations, &dictionaries, &templates, &parsers] {
        out.extend(c.drops.iter().cloned());
    }
    for c in [parsers, templates, dictionaries, configurations] {
        out.extend(c.creations);
    }
}

/// One kind's steps: its drops (of removed and replaced objects), then its creations and
/// alterations.
struct Changes {
    drops: Vec<Step>,
    creations: Vec<Step>,
}

fn changes<T: TextSearchObject>(cx: &Context, pairs: &Pairs<'_, T>) -> Changes {
    let recreated = |b: &T| cx.must_recreate_unchanged(b.identity().name, || b.id());
    let d = pairs.differences(|a, b| a.definition_eq(b) && !recreated(b));
    let drop_sql = |x: &T| format!("drop {} if exists {};", T::WORD, x.key());
    let mut c = Changes {
        drops: vec![],
        creations: vec![],
    };
    let create = |x: &T, change: Action, out: &mut Vec<Step>| {
        // A configuration's mappings are part of its creation: as alterations they would have
        // to come before the drops of what the old configuration used.
        for sql in x.create_sql() {
            out.push(Step::new(
                Phase::CreateTextSearch,
                x.id(),
                StepAction::Create,
                change,
                sql,
            ));
        }
    };
    for (_, x) in &d.removed {
        c.drops
            .push(Step::drop(x.id(), drop_sql(x)).hazard(Hazard::DropsObject));
    }
    for (_, x) in &d.added {
        create(x, Action::Create, &mut c.creations);
    }
    for (_, before, after) in &d.modified {
        if before.alterable_to(after) && !recreated(after) {
            for sql in before.alter_sql(after) {
                c.creations.push(Step::new(
                    Phase::CreateTextSearch,
                    after.id(),
                    StepAction::Alter,
                    Action::Alter,
                    sql,
                ));
            }
        } else {
            c.drops.push(Step::drop_to_replace(
                Phase::DropTextSearch,
                before.id(),
                drop_sql(before),
            ));
            create(after, Action::Replace, &mut c.creations);
        }
    }
    c
}

crate::core::object::catalog_object!(TextSearchParser, comment: "text search parser");
crate::core::object::catalog_object!(TextSearchTemplate, comment: "text search template");
crate::core::object::catalog_object!(
    TextSearchDictionary,
    comment: "text search dictionary",
    owner: "text search dictionary"
);
crate::core::object::catalog_object!(
    TextSearchConfiguration,
    comment: "text search configuration",
    owner: "text search configuration"
);
