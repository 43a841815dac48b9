//! The plan: a [`Report`] for a person reviewing a migration, in a terminal (`migra --format
//! plan`) or in a pull request (`--format markdown`). The changes grouped by kind of object, as the
//! web page groups them, each with its hazards (the locks it takes among them) and its statements.
//!
//! Identities, SQL and warnings are the schemas' own text, which may hold anything: the plain form
//! shows control characters as escapes, the markdown form keeps identities in code spans, the SQL
//! in a fence longer than any run of backticks in it, and escapes the rest.

use std::fmt::Write as _;

use super::migration::Change;
use super::report::{Report, ReportStatement, Status};
use crate::core::{Action, Hazard};
use crate::model::ObjectKind;

/// The two forms of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanStyle {
    /// Plain text for a terminal.
    Text,
    /// GitHub-flavoured markdown, for a pull request comment.
    Markdown,
}

/// How the plan says a statement was refused.
const REFUSED: &str = "refused: the migration removes something, and migra prints it only with \
                       --unsafe (the statements marked refused)";

impl Report {
    /// The plan of this report, in `style`; ends with a newline.
    pub fn plan(&self, style: PlanStyle) -> String {
        match style {
            PlanStyle::Text => text(self),
            PlanStyle::Markdown => markdown(self),
        }
    }
}

/// The groups of the plan: per kind of object, in the order kinds are declared (migra's order),
/// the changes of that kind in the order of their first statements.
fn groups(report: &Report) -> Vec<(ObjectKind, Vec<usize>)> {
    let mut groups: Vec<(ObjectKind, Vec<usize>)> = vec![];
    for (index, change) in report.changes.iter().enumerate() {
        match groups.iter_mut().find(|(kind, _)| *kind == change.kind) {
            Some((_, changes)) => changes.push(index),
            None => groups.push((change.kind, vec![index])),
        }
    }
    groups.sort_by_key(|(kind, _)| *kind);
    groups
}

/// A kind of object as a heading.
fn kind_heading(kind: ObjectKind) -> &'static str {
    match kind {
        ObjectKind::Schema => "Schemas",
        ObjectKind::Extension => "Extensions",
        ObjectKind::Collation => "Collations",
        ObjectKind::Enum => "Enums",
        ObjectKind::Domain => "Domains",
        ObjectKind::CompositeType => "Composite types",
        ObjectKind::RangeType => "Range types",
        ObjectKind::BaseType => "Base types",
        ObjectKind::ShellType => "Shell types",
        ObjectKind::Sequence => "Sequences",
        ObjectKind::Table => "Tables",
        ObjectKind::View => "Views",
        ObjectKind::MaterializedView => "Materialized views",
        ObjectKind::Constraint => "Constraints",
        ObjectKind::Index => "Indexes",
        ObjectKind::Function => "Functions",
        ObjectKind::Aggregate => "Aggregates",
        ObjectKind::Trigger => "Triggers",
        ObjectKind::EventTrigger => "Event triggers",
        ObjectKind::Policy => "Policies",
        ObjectKind::Cast => "Casts",
        ObjectKind::Publication => "Publications",
        ObjectKind::Rule => "Rules",
        ObjectKind::Statistics => "Extended statistics",
        ObjectKind::Language => "Languages",
        ObjectKind::Conversion => "Conversions",
        ObjectKind::AccessMethod => "Access methods",
        ObjectKind::Transform => "Transforms",
        ObjectKind::Operator => "Operators",
        ObjectKind::OperatorFamily => "Operator families",
        ObjectKind::OperatorClass => "Operator classes",
        ObjectKind::TextSearchParser => "Text search parsers",
        ObjectKind::TextSearchTemplate => "Text search templates",
        ObjectKind::TextSearchDictionary => "Text search dictionaries",
        ObjectKind::TextSearchConfiguration => "Text search configurations",
        ObjectKind::ForeignDataWrapper => "Foreign-data wrappers",
        ObjectKind::ForeignServer => "Foreign servers",
        ObjectKind::UserMapping => "User mappings",
        ObjectKind::Subscription => "Subscriptions",
    }
}

/// An action as the change list's JSON names it.
fn action_name(action: Action) -> &'static str {
    match action {
        Action::Create => "create",
        Action::Drop => "drop",
        Action::Alter => "alter",
        Action::Replace => "replace",
    }
}

/// `3 changes (1 create, 2 alter), 5 statements (1 destructive)`.
fn summary(report: &Report) -> String {
    let mut counts = vec![];
    for action in [Action::Create, Action::Drop, Action::Alter, Action::Replace] {
        let n = report.changes.iter().filter(|c| c.action == action).count();
        if n > 0 {
            counts.push(format!("{n} {}", action_name(action)));
        }
    }
    let changes = report.changes.len();
    let statements = report.statements.len();
    let destructive = report
        .statements
        .iter()
        .filter(|s| s.statement.destructive)
        .count();
    let mut line = format!("{changes} {}", plural(changes, "change", "changes"));
    if !counts.is_empty() {
        let _ = write!(line, " ({})", counts.join(", "));
    }
    let _ = write!(
        line,
        ", {statements} {}",
        plural(statements, "statement", "statements")
    );
    if destructive > 0 {
        let _ = write!(line, " ({destructive} destructive)");
    }
    line
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn hazard_list(hazards: &[Hazard]) -> String {
    let messages: Vec<&str> = hazards.iter().map(|h| h.message()).collect();
    messages.join(", ")
}

/// What a statement is, besides its SQL: refused or destructive, and its hazards when
/// `with_hazards`.
fn statement_notes(statement: &ReportStatement, with_hazards: bool) -> Vec<&'static str> {
    let mut notes = vec![];
    if statement.refused {
        notes.push("refused");
    } else if statement.statement.destructive {
        notes.push("destructive");
    }
    if with_hazards {
        notes.extend(statement.statement.hazards.iter().map(|h| h.message()));
    }
    notes
}

/// Whether the statements of `change` need their own hazards shown: not when each has all the
/// hazards of the change (then the change's list says it all, as for a change of one statement).
fn hazards_differ(report: &Report, change: &Change) -> bool {
    change.statements.iter().any(|&i| {
        report.statements.get(i).is_some_and(|s| {
            let hazards = &s.statement.hazards;
            hazards.len() != change.hazards.len()
                || change.hazards.iter().any(|h| !hazards.contains(h))
        })
    })
}

/// The statements that set a setting, which belong to no change.
fn settings(report: &Report) -> Vec<usize> {
    (0..report.statements.len())
        .filter(|&i| report.statements[i].statement.setting.is_some())
        .collect()
}

// --- Plain text ---

fn text(report: &Report) -> String {
    let mut out = String::new();
    if report.status == Status::NoDifferences {
        out.push_str("No differences: the schemas are the same.\n");
        warnings_text(report, &mut out);
        return out;
    }
    let _ = writeln!(out, "Migration plan: {}", summary(report));
    if !report.hazards.is_empty() {
        let _ = writeln!(out, "Hazards: {}", hazard_list(&report.hazards));
    }
    if report.status == Status::Refused {
        let _ = writeln!(
            out,
            "{}{}",
            REFUSED[..1].to_ascii_uppercase(),
            &REFUSED[1..]
        );
    }
    for (kind, changes) in groups(report) {
        let _ = writeln!(out, "\n{}", kind_heading(kind));
        for &index in &changes {
            let change = &report.changes[index];
            let _ = write!(
                out,
                "  {:<7}  {}",
                action_name(change.action),
                terminal(&change.identity)
            );
            if !change.hazards.is_empty() {
                let _ = write!(out, "  [{}]", hazard_list(&change.hazards));
            }
            out.push('\n');
            let with_hazards = hazards_differ(report, change);
            for &statement in &change.statements {
                statement_text(report, statement, with_hazards, &mut out);
            }
        }
    }
    let settings = settings(report);
    if !settings.is_empty() {
        out.push_str("\nSettings\n");
        for statement in settings {
            statement_text(report, statement, true, &mut out);
        }
    }
    warnings_text(report, &mut out);
    out
}

/// `      #3  alter table ...;  (destructive, drops data)`: the statement's number (counted from 1,
/// as the web page counts), its first line, how many more lines it has, and its notes (its
/// hazards only `with_hazards`).
fn statement_text(report: &Report, index: usize, with_hazards: bool, out: &mut String) {
    let Some(statement) = report.statements.get(index) else {
        return;
    };
    let sql = &statement.statement.sql;
    let mut lines = sql.lines();
    let first = lines.next().unwrap_or_default();
    let more = lines.count();
    let _ = write!(out, "      #{:<3} {}", index + 1, terminal(first));
    if more > 0 {
        let _ = write!(out, " ... (+{more} {})", plural(more, "line", "lines"));
    }
    let notes = statement_notes(statement, with_hazards);
    if !notes.is_empty() {
        let _ = write!(out, "  ({})", notes.join(", "));
    }
    out.push('\n');
}

fn warnings_text(report: &Report, out: &mut String) {
    if report.warnings.is_empty() {
        return;
    }
    out.push_str("\nWarnings\n");
    for warning in &report.warnings {
        let _ = writeln!(out, "  - {}", terminal(warning));
    }
}

/// `text` with its control characters (a newline, an escape sequence) shown as escapes, so that
/// a name cannot break a line or drive the terminal. Tabs stay.
fn terminal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\t' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

// --- Markdown ---

fn markdown(report: &Report) -> String {
    let mut out = String::from("## Migration plan\n\n");
    if report.status == Status::NoDifferences {
        out.push_str("No differences: the schemas are the same.\n");
        warnings_markdown(report, &mut out);
        return out;
    }
    let _ = writeln!(out, "{}.", summary(report));
    if !report.hazards.is_empty() {
        let _ = writeln!(out, "\n**Hazards:** {}.", hazard_list(&report.hazards));
    }
    if report.status == Status::Refused {
        let _ = writeln!(
            out,
            "\n> [!CAUTION]\n> **Refused:** the migration removes something, and `migra` prints \
             it only with `--unsafe` (the statements marked refused)."
        );
    }
    for (kind, changes) in groups(report) {
        let _ = writeln!(out, "\n### {}\n", kind_heading(kind));
        out.push_str("| change | object | hazards | statements |\n");
        out.push_str("| --- | --- | --- | --- |\n");
        for &index in &changes {
            let change = &report.changes[index];
            let with_hazards = hazards_differ(report, change);
            let statements: Vec<String> = change
                .statements
                .iter()
                .map(|&i| statement_reference(report, i, with_hazards))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                action_name(change.action),
                code_span(&change.identity, true),
                hazard_list(&change.hazards),
                statements.join(", ")
            );
        }
    }
    let settings = settings(report);
    if !settings.is_empty() {
        out.push_str("\n### Settings\n\n");
        for index in settings {
            let sql = &report.statements[index].statement.sql;
            let _ = writeln!(out, "- #{} {}", index + 1, code_span(sql, false));
        }
    }
    warnings_markdown(report, &mut out);
    let statements = report.statements.len();
    let _ = writeln!(
        out,
        "\n<details><summary>SQL: {statements} {}</summary>\n",
        plural(statements, "statement", "statements")
    );
    let sql: String = report
        .statements
        .iter()
        .map(|s| format!("{}\n\n", s.statement.sql))
        .collect();
    let sql = sql.trim_end_matches('\n');
    let fence = "`".repeat(longest_run(sql, '`').max(2) + 1);
    let _ = writeln!(out, "{fence}sql\n{sql}\n{fence}\n\n</details>");
    out
}

/// `#3` with what the statement is: `#3 (refused, drops data)`.
fn statement_reference(report: &Report, index: usize, with_hazards: bool) -> String {
    let notes = report
        .statements
        .get(index)
        .map(|s| statement_notes(s, with_hazards))
        .unwrap_or_default();
    if notes.is_empty() {
        format!("#{}", index + 1)
    } else {
        format!("#{} ({})", index + 1, notes.join(", "))
    }
}

fn warnings_markdown(report: &Report, out: &mut String) {
    if report.warnings.is_empty() {
        return;
    }
    out.push_str("\n### Warnings\n\n");
    for warning in &report.warnings {
        let _ = writeln!(out, "- {}", markdown_text(warning));
    }
}

/// `text` as an inline code span: delimited by more backticks than any run in it, control
/// characters as escapes (a newline would end a table row), and in a table cell every `|` escaped
/// (GitHub reads `\|` as a pipe even inside a code span there).
fn code_span(text: &str, in_table: bool) -> String {
    let mut inner = terminal(text);
    if in_table {
        inner = inner.replace('|', "\\|");
    }
    let ticks = "`".repeat(longest_run(&inner, '`') + 1);
    // A span that begins or ends with a backtick needs a space inside its delimiters.
    let pad = if inner.starts_with('`') || inner.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{inner}{pad}{ticks}")
}

/// `text` as markdown text that reads as written: every ASCII punctuation character escaped
/// (CommonMark allows the escape before any of them), control characters as escapes.
fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in terminal(text).chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The longest run of `c` in `text`.
fn longest_run(text: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for x in text.chars() {
        run = if x == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Catalog;
    use crate::render::Change;
    use crate::Statement;

    fn statement(sql: &str, destructive: bool, hazards: &[Hazard]) -> Statement {
        Statement {
            sql: sql.to_string(),
            destructive,
            hazards: hazards.to_vec(),
            setting: None,
            placement: Default::default(),
        }
    }

    fn change(kind: ObjectKind, identity: &str, action: Action, statements: &[usize]) -> Change {
        Change {
            kind,
            identity: identity.to_string(),
            action,
            statements: statements.to_vec(),
            hazards: vec![],
            before: None,
            after: None,
        }
    }

    /// A table with a hostile name altered, a view replaced, a function created after the
    /// setting migra puts first.
    fn migration() -> crate::Migration {
        let hostile = "\"app\".\"a|b`c\nd\"";
        let mut table = change(ObjectKind::Table, hostile, Action::Alter, &[0, 1]);
        table.hazards = vec![Hazard::DropsData, Hazard::AccessExclusiveLock];
        let mut view = change(ObjectKind::View, "\"app\".\"v\"", Action::Replace, &[2, 5]);
        view.hazards = vec![Hazard::DropsObject];
        let mut setting = statement("set check_function_bodies = off;", false, &[]);
        setting.setting = Some("check_function_bodies".into());
        crate::Migration {
            statements: vec![
                statement(
                    &format!("alter table {hostile} drop column \"x\";"),
                    true,
                    &[Hazard::DropsData, Hazard::AccessExclusiveLock],
                ),
                statement(
                    &format!("alter table {hostile} add column \"y\" text;"),
                    false,
                    &[Hazard::AccessExclusiveLock],
                ),
                statement(
                    "drop view if exists \"app\".\"v\";",
                    true,
                    &[Hazard::DropsObject],
                ),
                setting,
                statement(
                    "CREATE OR REPLACE FUNCTION app.f()\n RETURNS text\n AS $$ select '```' $$;",
                    false,
                    &[],
                ),
                statement(
                    "create or replace view \"app\".\"v\" as  select 1;",
                    false,
                    &[],
                ),
            ],
            changes: vec![
                table,
                view,
                change(
                    ObjectKind::Function,
                    "\"app\".\"f\"()",
                    Action::Create,
                    &[4],
                ),
            ],
            warnings: vec!["aggregate \"app\".\"*agg*\" differs: <b>not</b> migrated".into()],
        }
    }

    #[test]
    fn text_plan() {
        let plan = Report::new(migration(), false).plan(PlanStyle::Text);
        assert_eq!(
            plan,
            r#"Migration plan: 3 changes (1 create, 1 alter, 1 replace), 6 statements (2 destructive)
Hazards: drops data, drops an object, takes an ACCESS EXCLUSIVE lock
Refused: the migration removes something, and migra prints it only with --unsafe (the statements marked refused)

Tables
  alter    "app"."a|b`c\nd"  [drops data, takes an ACCESS EXCLUSIVE lock]
      #1   alter table "app"."a|b`c ... (+1 line)  (refused, drops data, takes an ACCESS EXCLUSIVE lock)
      #2   alter table "app"."a|b`c ... (+1 line)  (takes an ACCESS EXCLUSIVE lock)

Views
  replace  "app"."v"  [drops an object]
      #3   drop view if exists "app"."v";  (refused, drops an object)
      #6   create or replace view "app"."v" as  select 1;

Functions
  create   "app"."f"()
      #5   CREATE OR REPLACE FUNCTION app.f() ... (+2 lines)

Settings
      #4   set check_function_bodies = off;

Warnings
  - aggregate "app"."*agg*" differs: <b>not</b> migrated
"#
        );
        let printed = Report::new(migration(), true).plan(PlanStyle::Text);
        assert!(!printed.contains("refused"), "{printed}");
        assert!(printed.contains("(destructive, drops data"), "{printed}");
    }

    #[test]
    fn markdown_plan() {
        let plan = Report::new(migration(), false).plan(PlanStyle::Markdown);
        assert_eq!(
            plan,
            r#"## Migration plan

3 changes (1 create, 1 alter, 1 replace), 6 statements (2 destructive).

**Hazards:** drops data, drops an object, takes an ACCESS EXCLUSIVE lock.

> [!CAUTION]
> **Refused:** the migration removes something, and `migra` prints it only with `--unsafe` (the statements marked refused).

### Tables

| change | object | hazards | statements |
| --- | --- | --- | --- |
| alter | ``"app"."a\|b`c\nd"`` | drops data, takes an ACCESS EXCLUSIVE lock | #1 (refused, drops data, takes an ACCESS EXCLUSIVE lock), #2 (takes an ACCESS EXCLUSIVE lock) |

### Views

| change | object | hazards | statements |
| --- | --- | --- | --- |
| replace | `"app"."v"` | drops an object | #3 (refused, drops an object), #6 |

### Functions

| change | object | hazards | statements |
| --- | --- | --- | --- |
| create | `"app"."f"()` |  | #5 |

### Settings

- #4 `set check_function_bodies = off;`

### Warnings

- aggregate \"app\"\.\"\*agg\*\" differs\: \<b\>not\<\/b\> migrated

<details><summary>SQL: 6 statements</summary>

````sql
alter table "app"."a|b`c
d" drop column "x";

alter table "app"."a|b`c
d" add column "y" text;

drop view if exists "app"."v";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION app.f()
 RETURNS text
 AS $$ select '```' $$;

create or replace view "app"."v" as  select 1;
````

</details>
"#
        );
    }

    #[test]
    fn no_differences() {
        let same = crate::diff(&Catalog::empty(), &Catalog::empty(), &Default::default()).unwrap();
        let report = Report::new(same, false);
        assert_eq!(
            report.plan(PlanStyle::Text),
            "No differences: the schemas are the same.\n"
        );
        assert_eq!(
            report.plan(PlanStyle::Markdown),
            "## Migration plan\n\nNo differences: the schemas are the same.\n"
        );
    }

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code_span("a", false), "`a`");
        assert_eq!(code_span("`a``", false), "``` `a`` ```");
        assert_eq!(code_span("a|b", true), "`a\\|b`");
        assert_eq!(
            code_span("a\r\nb\u{1b}[31m", false),
            "`a\\r\\nb\\u{1b}[31m`"
        );
        assert_eq!(terminal("tab\there"), "tab\there");
    }
}
