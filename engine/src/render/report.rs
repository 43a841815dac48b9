//! The migration as one document for review, whatever the drop guard decides: what `migra
//! --format json` prints on every outcome, and what the plan (`--format plan`, `markdown`) shows.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::migration::{Change, Migration, Statement};
use crate::core::Hazard;

/// The value of a report's `format` field.
pub const REPORT_FORMAT: &str = "migra-migration";
/// The version of the report format this engine writes.
pub const REPORT_VERSION: u32 = 1;

/// A migration and what the drop guard made of it: the document `migra --format json` prints,
/// one per run, whether the schemas are the same (exit 0), the migration is printed (exit 2) or
/// refused for want of `--unsafe` (exit 3). Its JSON Schema is `engine/migration.schema.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Always `migra-migration`.
    pub format: ReportFormat,
    /// The version of this document's format: 1.
    pub version: u32,
    /// What `migra` made of the migration, as its exit status says.
    pub status: Status,
    /// The statements, in the order they must run: printed or refused, all of them.
    pub statements: Vec<ReportStatement>,
    /// One entry per object created, dropped, altered or replaced, in the order of its first
    /// statement.
    pub changes: Vec<Change>,
    /// Differences the engine saw but does not migrate, each naming the object and what differs.
    pub warnings: Vec<String>,
    /// Every hazard of the statements, each once, in the order the hazards are declared (data
    /// loss first).
    pub hazards: Vec<Hazard>,
}

/// The `format` field of a [`Report`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ReportFormat {
    /// The only value: this is a migration report.
    #[serde(rename = "migra-migration")]
    MigraMigration,
}

/// What `migra` made of a migration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The schemas are the same: there are no statements (exit status 0).
    NoDifferences,
    /// The migration is printed (exit status 2).
    Migration,
    /// The migration removes something and `--unsafe` was not given: nothing is printed, and the
    /// statements that remove something are marked `refused` (exit status 3).
    Refused,
}

/// One statement of a [`Report`]: the migration's [`Statement`], and whether the drop guard
/// refused it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReportStatement {
    /// The statement.
    #[serde(flatten)]
    pub statement: Statement,
    /// The statement removes something and `--unsafe` was not given: the reason the migration is
    /// refused. Absent otherwise.
    #[serde(default, skip_serializing_if = "is_false")]
    pub refused: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Report {
    /// The report of `migration`, as `migra` decides on it: refused when a statement removes
    /// something and `allow_unsafe` (`--unsafe`) is false.
    pub fn new(migration: Migration, allow_unsafe: bool) -> Report {
        let status = if migration.is_empty() {
            Status::NoDifferences
        } else if migration.has_destructive() && !allow_unsafe {
            Status::Refused
        } else {
            Status::Migration
        };
        let mut hazards: Vec<Hazard> = migration
            .statements
            .iter()
            .flat_map(|s| s.hazards.iter().copied())
            .collect();
        hazards.sort_unstable();
        hazards.dedup();
        let statements = migration
            .statements
            .into_iter()
            .map(|statement| ReportStatement {
                refused: status == Status::Refused && statement.destructive,
                statement,
            })
            .collect();
        Report {
            format: ReportFormat::MigraMigration,
            version: REPORT_VERSION,
            status,
            statements,
            changes: migration.changes,
            warnings: migration.warnings,
            hazards,
        }
    }

    /// The report as pretty-printed JSON text, ending with a newline.
    pub fn to_json(&self) -> String {
        // Serializing plain data structures with string keys cannot fail.
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The JSON Schema of [`Report`], generated from the Rust types. The committed copy
/// (`engine/migration.schema.json`) is checked against this by a test.
pub fn report_json_schema() -> String {
    let schema = schemars::schema_for!(Report);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Catalog;

    const COMMITTED_SCHEMA: &str = include_str!("../../migration.schema.json");

    #[test]
    fn committed_json_schema_is_current() {
        assert!(
            report_json_schema() == COMMITTED_SCHEMA,
            "engine/migration.schema.json is stale: run `cargo run -q -p migra-engine --example \
             migration_schema > engine/migration.schema.json` and commit it"
        );
    }

    /// The JSON Schema is the format's documentation: every property says what it holds.
    #[test]
    fn every_json_schema_property_is_described() {
        let schema: serde_json::Value = serde_json::from_str(&report_json_schema()).unwrap();
        let mut missing = vec![];
        crate::model::undescribed_properties(&schema, "", &mut missing);
        assert!(missing.is_empty(), "undescribed properties: {missing:?}");
    }

    fn catalog(json: &str) -> Catalog {
        Catalog::from_json(json).unwrap()
    }

    /// One schema `app` with a table `t`, and `columns` in it.
    fn with_table(columns: &str) -> Catalog {
        catalog(&format!(
            r#"{{"format": "migra-catalog", "version": 1, "server_version_num": 150000,
                "schemas": [{{"name": "app", "owner": "o"}}],
                "tables": [{{"schema": "app", "name": "t", "owner": "o", "columns": [{columns}]}}]}}"#
        ))
    }

    fn report(from: &Catalog, to: &Catalog, allow_unsafe: bool) -> Report {
        let migration = crate::diff(from, to, &crate::Options::default()).unwrap();
        Report::new(migration, allow_unsafe)
    }

    #[test]
    fn status_follows_the_drop_guard() {
        let empty = Catalog::empty();
        let table = with_table("");
        let same = report(&table, &table, false);
        assert_eq!(same.status, Status::NoDifferences);
        assert!(same.statements.is_empty() && same.hazards.is_empty());
        assert_eq!(report(&empty, &table, false).status, Status::Migration);
        let refused = report(&table, &empty, false);
        assert_eq!(refused.status, Status::Refused);
        assert!(refused.statements.iter().any(|s| s.refused));
        assert!(refused
            .statements
            .iter()
            .all(|s| s.refused == s.statement.destructive));
        let allowed = report(&table, &empty, true);
        assert_eq!(allowed.status, Status::Migration);
        assert!(allowed.statements.iter().all(|s| !s.refused));
        assert!(allowed.hazards.contains(&Hazard::DropsData));
        let mut sorted = allowed.hazards.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(allowed.hazards, sorted, "each once, in declaration order");
    }

    /// The JSON: `format` and `version` first, a statement's fields flat with `refused` only when
    /// true, `before` and `after` as objects.
    #[test]
    fn json_shape() {
        let a = with_table(r#"{"name": "c", "type": "integer", "not_null": false}"#);
        let b = with_table(r#"{"name": "c", "type": "bigint", "not_null": false}"#);
        let json: serde_json::Value =
            serde_json::from_str(&report(&a, &b, false).to_json()).unwrap();
        assert!(report(&a, &b, false).to_json().starts_with(
            "{\n  \"format\": \"migra-migration\",\n  \"version\": 1,\n  \"status\": \"migration\","
        ));
        let statement = &json["statements"][0];
        assert!(statement["sql"].as_str().unwrap().contains("bigint"));
        assert_eq!(statement["destructive"], false);
        assert!(statement.get("refused").is_none() && statement.get("setting").is_none());
        let change = &json["changes"][0];
        assert_eq!(change["action"], "alter");
        assert_eq!(change["before"]["columns"][0]["type"], "integer");
        assert_eq!(change["after"]["columns"][0]["type"], "bigint");
        let read: Report = serde_json::from_value(json).unwrap();
        assert_eq!(read, report(&a, &b, false));
    }
}
