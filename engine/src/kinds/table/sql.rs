//! The text of a table's statements: CREATE TABLE, ALTER TABLE, a column's definition.

use crate::core::foreign_options::create_options;
use crate::core::sql::{qualified, quote_ident};
use crate::core::Identify;
use crate::model::*;

impl Table {
    pub(super) fn create_sql(&self) -> String {
        let unlogged = if self.unlogged { "unlogged " } else { "" };
        let mut sql = format!("create {unlogged}{} {}", self.relation_word(), self.key());
        if let Some(part) = &self.partition_of {
            sql.push_str(&format!(
                " partition of {} {}",
                qualified(&part.parent.schema, &part.parent.name),
                part.bound
            ));
        } else {
            // Inherited columns come from the parents; listing them would make them local.
            let columns: Vec<String> = self
                .columns
                .iter()
                .filter(|c| !c.inherited)
                .map(|c| format!("    {}", c.definition()))
                .collect();
            sql.push_str(" (");
            if !columns.is_empty() {
                sql.push('\n');
                sql.push_str(&columns.join(",\n"));
            }
            sql.push_str("\n)");
            if !self.inherits.is_empty() {
                let parents: Vec<String> = self
                    .inherits
                    .iter()
                    .map(|p| qualified(&p.schema, &p.name))
                    .collect();
                sql.push_str(&format!(" inherits ({})", parents.join(", ")));
            }
        }
        if let Some(foreign) = &self.foreign {
            sql.push_str(&format!(
                " server {}{}",
                quote_ident(&foreign.server),
                create_options(&foreign.options)
            ));
        }
        if let Some(key) = &self.partition_key {
            sql.push_str(&format!(" partition by {key}"));
        }
        if let Some(method) = &self.access_method {
            sql.push_str(&format!(" using {}", quote_ident(method)));
        }
        if !self.reloptions.is_empty() {
            sql.push_str(&format!(" with ({})", self.reloptions.join(", ")));
        }
        if let Some(tablespace) = &self.tablespace {
            sql.push_str(&format!(" tablespace {}", quote_ident(tablespace)));
        }
        sql.push_str(";\n");
        sql
    }

    pub(super) fn drop_sql(&self) -> String {
        format!("drop {} {};", self.relation_word(), self.key())
    }

    /// How DROP, CREATE and COMMENT ON name the table: `foreign table` or `table`.
    pub(super) fn relation_word(&self) -> &'static str {
        if self.foreign.is_some() {
            "foreign table"
        } else {
            "table"
        }
    }

    pub(crate) fn alter(&self, clause: &str) -> String {
        format!("alter table {} {clause};", self.key())
    }
}

impl Column {
    /// The column as CREATE TABLE and ADD COLUMN spell it, in migra's clause order.
    pub(crate) fn definition(&self) -> String {
        let mut sql = format!("{} {}", quote_ident(&self.name), self.type_name);
        if let Some(collation) = &self.collation {
            sql.push_str(&format!(" collate {}", collation_name(collation)));
        }
        if let Some(identity) = &self.identity {
            sql.push_str(&format!(
                " generated {} as identity",
                identity.generation.sql()
            ));
            let options = identity
                .sequence
                .as_ref()
                .map(|s| s.clauses())
                .unwrap_or_default();
            let options: Vec<String> = options
                .into_iter()
                .filter(|c| !c.starts_with("as "))
                .collect();
            if !options.is_empty() {
                sql.push_str(&format!(" ({})", options.join(" ")));
            }
        }
        if self.not_null {
            // A name PostgreSQL would not give the constraint itself (18+, not_null_names.rs).
            if let Some(name) = &self.not_null_name {
                sql.push_str(&format!(" constraint {}", quote_ident(name)));
            }
            sql.push_str(" not null");
        }
        if let Some(generated) = &self.generated {
            let kind = match generated.kind {
                GeneratedKind::Stored => "stored",
                GeneratedKind::Virtual => "virtual",
            };
            sql.push_str(&format!(
                " generated always as ({}) {kind}",
                generated.expression
            ));
        } else if let Some(default) = &self.default {
            sql.push_str(&format!(" default {default}"));
        }
        sql
    }

    pub(super) fn type_with_collation(&self) -> String {
        match &self.collation {
            Some(c) => format!("{} collate {}", self.type_name, collation_name(c)),
            None => self.type_name.to_string(),
        }
    }
}

/// migra names a column's collation without its schema when it lives in `public` or `pg_catalog`,
/// which are on every search path it was run with.
fn collation_name(c: &QualifiedName) -> String {
    if c.schema == "pg_catalog" || c.schema == "public" {
        quote_ident(&c.name)
    } else {
        qualified(&c.schema, &c.name)
    }
}

impl IdentityGeneration {
    pub(super) fn sql(self) -> &'static str {
        match self {
            IdentityGeneration::Always => "always",
            IdentityGeneration::ByDefault => "by default",
        }
    }
}
