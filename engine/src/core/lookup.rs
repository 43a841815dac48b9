//! Indexes over one catalog for the questions kinds ask about other kinds ("is this table
//! partitioned?", "is this relation a materialized view?"), so that no kind scans a whole list per
//! object: the diff stays linear in the size of the schema.

use std::collections::BTreeSet;

use super::presence::find_in;
use crate::model::declarations::{IdentityFields, Listed};
use crate::model::Catalog;
use crate::model::{Column, Constraint, ConstraintType, Index, QualifiedName, Table};

/// Answers by binary search in the catalog's lists, which `diff()` has put in normalized order
/// (sorted by identity fields) before it builds one.
pub(crate) struct Lookup<'a> {
    catalog: &'a Catalog,
    /// The tables in an inheritance or partition tree: with a parent or a child.
    in_trees: BTreeSet<(&'a str, &'a str)>,
}

impl<'a> Lookup<'a> {
    pub fn new(catalog: &'a Catalog) -> Lookup<'a> {
        Lookup {
            catalog,
            in_trees: catalog
                .tables
                .iter()
                .flat_map(|t| {
                    let parents: Vec<(&str, &str)> = parents_of(t)
                        .map(|p| (p.schema.as_str(), p.name.as_str()))
                        .collect();
                    let own = (!parents.is_empty()).then_some((t.schema.as_str(), t.name.as_str()));
                    parents.into_iter().chain(own)
                })
                .collect(),
        }
    }

    /// Whether the table has a parent or a child (an inheritance or partition tree).
    pub fn in_a_tree(&self, schema: &str, table: &str) -> bool {
        self.in_trees.contains(&(schema, table))
    }

    pub fn is_partitioned(&self, schema: &str, table: &str) -> bool {
        self.table(schema, table)
            .is_some_and(|t| t.partition_key.is_some())
    }

    pub fn is_foreign_table(&self, schema: &str, table: &str) -> bool {
        self.table(schema, table)
            .is_some_and(|t| t.foreign.is_some())
    }

    pub fn is_matview(&self, schema: &str, name: &str) -> bool {
        let wanted = IdentityFields {
            schema,
            name,
            ..IdentityFields::default()
        };
        find_in(
            &self.catalog.views,
            |v| v.identity(),
            wanted,
            |v| v.materialized,
        )
        .is_some()
    }

    /// The parents of a table (partitioned parent, inheritance parents); `None` when there is no
    /// such table.
    pub fn parents(&self, schema: &str, table: &str) -> Option<Vec<&'a QualifiedName>> {
        Some(parents_of(self.table(schema, table)?).collect())
    }

    /// Whether the index behind a constraint is created by the constraint itself rather than
    /// first on its own (exclusion constraints, and every constraint on a partitioned table).
    pub fn creates_own_index(&self, constraint: &Constraint) -> bool {
        constraint.constraint_type == ConstraintType::Exclusion
            || self.is_partitioned(&constraint.schema, &constraint.table)
    }

    pub fn table(&self, schema: &str, table: &str) -> Option<&'a Table> {
        let wanted = IdentityFields {
            schema,
            name: table,
            ..IdentityFields::default()
        };
        find_in(&self.catalog.tables, |t| t.identity(), wanted, |_| true)
    }

    pub fn column(&self, schema: &str, table: &str, column: &str) -> Option<&'a Column> {
        let table = self.table(schema, table)?;
        table.columns.iter().find(|c| c.name == column)
    }

    pub fn index(&self, schema: &str, name: &str) -> Option<&'a Index> {
        let wanted = IdentityFields {
            schema,
            name,
            ..IdentityFields::default()
        };
        find_in(&self.catalog.indexes, |i| i.identity(), wanted, |_| true)
    }

    pub fn constraint(&self, schema: &str, table: &str, name: &str) -> Option<&'a Constraint> {
        let wanted = IdentityFields {
            schema,
            table,
            name,
            args: "",
        };
        find_in(
            &self.catalog.constraints,
            |c| c.identity(),
            wanted,
            |_| true,
        )
    }
}

/// A table's inheritance parents, then its partitioned parent.
fn parents_of(table: &Table) -> impl Iterator<Item = &QualifiedName> {
    table
        .inherits
        .iter()
        .chain(table.partition_of.as_ref().map(|p| &p.parent))
}
