//! Base types (`CREATE TYPE name (INPUT = ..., OUTPUT = ...)`) and shell types. A base type is
//! created as PostgreSQL's own dump does it: the shell, then its input, output, receive and send
//! functions (they use the shell), then the definition; it is dropped with `cascade`, which takes
//! those functions (core/base_types.rs says why, and which functions they are). The receive,
//! send, type modifier, analyze and subscript functions and a storage strategy other than
//! `plain` change in place; anything else replaces the type, unless columns hold values of it.

use std::collections::BTreeSet;

use crate::core::base_types::{self, Change};
use crate::core::sql::quote_ident;
use crate::core::{Action, Context, Hazard, Identify, ObjectId, Phase, Step, StepAction};
use crate::model::*;

impl BaseType {
    /// The options of `create type`, every one written out (the defaults too, as pg_dump does),
    /// so that nothing depends on what `LIKE` or the defaults would give.
    fn definition_sql(&self) -> String {
        let mut options = vec![
            format!("input = {}", self.input),
            format!("output = {}", self.output),
        ];
        // `-` is set after the creation (`subscript_none_sql`): CREATE TYPE has no NONE.
        let subscript = self.subscript.clone().filter(|s| s != NO_SUBSCRIPT);
        let functions = [
            ("receive", &self.receive),
            ("send", &self.send),
            ("typmod_in", &self.typmod_in),
            ("typmod_out", &self.typmod_out),
            ("analyze", &self.analyze),
            ("subscript", &subscript),
        ];
        for (option, function) in functions {
            if let Some(function) = function {
                options.push(format!("{option} = {function}"));
            }
        }
        let length = if self.internal_length < 0 {
            "variable".to_string()
        } else {
            self.internal_length.to_string()
        };
        options.push(format!("internallength = {length}"));
        if self.passed_by_value {
            options.push("passedbyvalue".into());
        }
        options.push(format!("alignment = {}", self.alignment));
        options.push(format!("storage = {}", self.storage));
        options.push(format!("category = {}", literal(&self.category)));
        if self.preferred {
            options.push("preferred = true".into());
        }
        if let Some(default) = &self.default {
            options.push(format!("default = {}", literal(default)));
        }
        if let Some(element) = &self.element {
            options.push(format!("element = {element}"));
        }
        options.push(format!("delimiter = {}", literal(&self.delimiter)));
        if self.collatable {
            options.push("collatable = true".into());
        }
        format!("create type {} ({});", self.key(), options.join(", "))
    }

    /// `alter type ... set (...)` for what differs of the settable options, `NONE` for a
    /// function `self` no longer has.
    fn set_sql(&self, before: &BaseType) -> String {
        let functions = [
            ("receive", &before.receive, &self.receive),
            ("send", &before.send, &self.send),
            ("typmod_in", &before.typmod_in, &self.typmod_in),
            ("typmod_out", &before.typmod_out, &self.typmod_out),
            ("analyze", &before.analyze, &self.analyze),
        ];
        let mut options: Vec<String> = functions
            .into_iter()
            .filter(|(_, was, now)| was != now)
            .map(|(option, _, now)| format!("{option} = {}", now.as_deref().unwrap_or("none")))
            .collect();
        if before.subscript_handler() != self.subscript_handler() {
            let handler = self.subscript_handler().unwrap_or("none");
            options.push(format!("subscript = {handler}"));
        }
        if before.storage != self.storage {
            options.push(format!("storage = {}", self.storage));
        }
        format!("alter type {} set ({});", self.key(), options.join(", "))
    }
}

/// `BaseType::subscript` of a type with an `ELEMENT` and no subscripting handler.
const NO_SUBSCRIPT: &str = "-";

impl BaseType {
    /// The subscripting handler the type has: the one named, none for `-`, and the
    /// `raw_array_subscript_handler` an `ELEMENT` implies (14+) when none is named.
    fn subscript_handler(&self) -> Option<&str> {
        match self.subscript.as_deref() {
            Some(NO_SUBSCRIPT) => None,
            Some(handler) => Some(handler),
            None => self
                .element
                .is_some()
                .then_some("raw_array_subscript_handler"),
        }
    }

    /// `alter type ... set (subscript = none)` for a type created with an `ELEMENT` but no
    /// handler, which CREATE TYPE cannot say.
    fn subscript_none_sql(&self) -> Option<String> {
        (self.subscript.as_deref() == Some(NO_SUBSCRIPT))
            .then(|| format!("alter type {} set (subscript = none);", self.key()))
    }
}

/// A string constant (a category, a default, a delimiter).
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn drop_sql(key: &str) -> String {
    // `cascade` takes the type's own input, output, receive and send functions, which depend on
    // it as it depends on them; whatever else used it was dropped before by its own step.
    format!("drop type {key} cascade;")
}

/// The steps creating `t`: the shell, the functions that use it, the definition; in `phase`.
/// `io` is [`base_types::io_functions`] of TARGET.
fn creation(
    cx: &Context,
    io: &BTreeSet<(ObjectId, ObjectId)>,
    t: &BaseType,
    phase: Phase,
    change: Action,
) -> Vec<Step> {
    let mut shell = Step::new(
        phase,
        t.id(),
        StepAction::Create,
        change,
        format!("create type {};", t.key()),
    );
    // A shell of that name in FROM goes first (shell_types below).
    let shell_id = ObjectId::qualified(ObjectKind::ShellType, &t.schema, &t.name);
    shell = shell.after_drop_of(shell_id);
    let mut out = vec![shell];
    for (_, function) in io.iter().filter(|(ty, _)| *ty == t.id()) {
        if let Some(f) = cx.to.functions.iter().find(|f| f.id() == *function) {
            out.push(Step::new(
                phase,
                t.id(),
                StepAction::Alter,
                change,
                format!("{};", f.definition),
            ));
        }
    }
    out.push(Step::new(
        phase,
        t.id(),
        StepAction::Alter,
        change,
        t.definition_sql(),
    ));
    if let Some(sql) = t.subscript_none_sql() {
        out.push(Step::new(phase, t.id(), StepAction::Alter, change, sql));
    }
    out
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>, warnings: &mut Vec<String>) {
    let d = cx.matched.base_types.differences(base_types::definition_eq);
    let io = base_types::io_functions(cx.to);
    for (_, t) in &d.added {
        out.extend(creation(cx, &io, t, Phase::CreateTypes, Action::Create));
    }
    for &(before, after, change) in &cx.base_type_changes.0 {
        match change {
            Change::InPlace => {
                // Attached, not an alteration: a function it now names uses the type in turn
                // (a receive function returns it), so the step waits for the functions it names
                // and runs before those it stops naming are dropped, and nothing else.
                let mut step = Step::new(
                    Phase::CreateTypes,
                    after.id(),
                    StepAction::Attach,
                    Action::Alter,
                    after.set_sql(before),
                );
                for function in functions_named(cx.to, &after.id()) {
                    step = step.requires(function);
                }
                for function in functions_named(cx.from, &before.id()) {
                    step = step.ahead_of_drop(function);
                }
                out.push(step);
                if before.storage != after.storage {
                    out.extend(column_storage(cx, before, after));
                }
            }
            Change::Replaced => {
                out.push(Step::drop_to_replace(
                    Phase::DropSelectables,
                    before.id(),
                    drop_sql(&before.key()),
                ));
                out.extend(creation(
                    cx,
                    &io,
                    after,
                    Phase::DropSelectables,
                    Action::Replace,
                ));
            }
            Change::Refused => {
                let columns = base_types::columns_using(cx.from, cx.to, &before.id());
                warnings.push(base_types::refusal_warning(after, &columns));
            }
        }
    }
    for (key, t) in &d.removed {
        out.push(Step::drop(t.id(), drop_sql(key)).hazard(Hazard::DropsObject));
    }

    let shells = cx.matched.shell_types.differences(|_, _| true);
    for (key, t) in &shells.removed {
        out.push(Step::drop(t.id(), format!("drop type {key};")).hazard(Hazard::DropsObject));
    }
    for (key, t) in &shells.added {
        // A base type of that name in FROM is dropped first.
        let base = ObjectId::qualified(ObjectKind::BaseType, &t.schema, &t.name);
        out.push(Step::create(t.id(), format!("create type {key};")).after_drop_of(base));
    }
}

/// A type's storage is what its columns get when created: those it had keep the old one, so the
/// ones TARGET leaves at the type's get the new one set.
fn column_storage(cx: &Context, before: &BaseType, after: &BaseType) -> Vec<Step> {
    base_types::columns_using(cx.from, cx.to, &before.id())
        .into_iter()
        .filter(|(table, column)| {
            let identity = table.identity.as_ref();
            identity
                .and_then(|i| cx.to_lookup.column(&i.schema, &i.name, column))
                .is_some_and(|c| c.settings.as_ref().is_none_or(|s| s.storage.is_none()))
        })
        .map(|(table, column)| {
            let sql = format!(
                "alter table only {} alter column {} set storage {};",
                table.key,
                quote_ident(&column),
                after.storage
            );
            Step::new(
                Phase::CreateTypes,
                table,
                StepAction::Attach,
                Action::Alter,
                sql,
            )
        })
        .collect()
}

/// The functions `base` depends on in `catalog`: the ones its definition names.
fn functions_named(catalog: &Catalog, base: &ObjectId) -> Vec<ObjectId> {
    base_types::functions_named(catalog)
        .into_iter()
        .filter(|(t, _)| t == base)
        .map(|(_, f)| f)
        .collect()
}

crate::core::object::catalog_object!(BaseType, comment: "type", grant: "type", public: Some("USAGE"), owner: "type");
crate::core::object::catalog_object!(ShellType, comment: "type", owner: "type");

#[cfg(test)]
mod tests {
    use crate::{diff, Catalog, Options};

    /// A catalog with base type `s.t` of `category` (its functions `s.t_in` and `s.t_out` using it
    /// in turn) and, if `column`, a table `s.u` with a column of it.
    fn catalog(category: &str, column: bool) -> Catalog {
        let table = if column {
            r#"{"schema": "s", "name": "u", "owner": "o", "columns": [{"name": "c", "type": "s.t"}]}"#
        } else {
            ""
        };
        let uses = if column {
            r#"{"dependent": {"kind": "table", "schema": "s", "name": "u", "column": "c"},
                "referenced": {"kind": "base_type", "schema": "s", "name": "t"}},"#
        } else {
            ""
        };
        let function = |name: &str, args: &str| {
            format!(
                r#"{{"schema": "s", "name": "{name}", "identity_arguments": "{args}",
                    "arguments": "{args}", "result": "x", "kind": "function",
                    "language": "internal", "volatility": "immutable", "strict": true,
                    "security_definer": false, "leakproof": false, "parallel": "unsafe",
                    "returns_set": false, "definition": "CREATE FUNCTION s.{name}()",
                    "owner": "o"}}"#
            )
        };
        let edges = |f: &str, args: &str| {
            format!(
                r#"{{"dependent": {{"kind": "base_type", "schema": "s", "name": "t"}},
                    "referenced": {{"kind": "function", "schema": "s", "name": "{f}", "args": "{args}"}}}},
                   {{"dependent": {{"kind": "function", "schema": "s", "name": "{f}", "args": "{args}"}},
                    "referenced": {{"kind": "base_type", "schema": "s", "name": "t"}}}}"#
            )
        };
        Catalog::from_json(&format!(
            r#"{{"format": "migra-catalog", "version": 1, "server_version_num": 150000,
                "base_types": [{{"schema": "s", "name": "t", "owner": "o", "input": "s.t_in",
                    "output": "s.t_out", "internal_length": 4, "passed_by_value": true,
                    "alignment": "int4", "storage": "plain", "category": "{category}",
                    "preferred": false, "delimiter": ",", "collatable": false}}],
                "functions": [{}, {}],
                "tables": [{table}],
                "dependencies": [{uses} {}, {}]}}"#,
            function("t_in", "cstring"),
            function("t_out", "s.t"),
            edges("t_in", "cstring"),
            edges("t_out", "s.t"),
        ))
        .expect("a valid catalog")
    }

    #[test]
    fn a_replaced_type_goes_and_comes_back_with_its_functions() {
        let migration = diff(
            &catalog("U", false),
            &catalog("N", false),
            &Options::default(),
        )
        .expect("a diff");
        assert_eq!(
            migration.sql(),
            "drop type \"s\".\"t\" cascade;\n\n\
             create type \"s\".\"t\";\n\n\
             CREATE FUNCTION s.t_in();\n\n\
             CREATE FUNCTION s.t_out();\n\n\
             create type \"s\".\"t\" (input = s.t_in, output = s.t_out, internallength = 4, \
             passedbyvalue, alignment = int4, storage = plain, category = 'N', delimiter = ',');\n\n"
        );
    }

    #[test]
    fn a_type_columns_hold_is_not_replaced_and_the_warning_names_them() {
        let migration = diff(
            &catalog("U", true),
            &catalog("N", true),
            &Options::default(),
        )
        .expect("a diff");
        assert_eq!(migration.sql(), "");
        assert!(
            migration
                .warnings
                .iter()
                .any(|w| w.starts_with("\"s\".\"t\": ") && w.contains("\"s\".\"u\".\"c\"")),
            "{:?}",
            migration.warnings
        );
    }
}
