//! Indexes over one catalog for the questions kinds ask about other kinds ("is this table
//! partitioned?", "is this relation a materialized view?"), so that no kind scans a whole list per
//! object: the diff stays linear in the size of the schema.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Catalog;
use crate::model::{Column, Constraint, ConstraintType, QualifiedName, Table};

pub(crate) struct Lookup<'a> {
    partitioned: BTreeSet<(&'a str, &'a str)>,
    matviews: BTreeSet<(&'a str, &'a str)>,
    constraints: BTreeMap<(&'a str, &'a str, &'a str), &'a Constraint>,
    tables: BTreeMap<(&'a str, &'a str), &'a Table>,
    /// The tables in an inheritance or partition tree: with a parent or a child.
    in_trees: BTreeSet<(&'a str, &'a str)>,
}

impl<'a> Lookup<'a> {
    pub fn new(catalog: &'a Catalog) -> Lookup<'a> {
        Lookup {
            partitioned: catalog
                .tables
                .iter()
                .filter(|t| t.partition_key.is_some())
                .map(|t| (t.schema.as_str(), t.name.as_str()))
                .collect(),
            matviews: catalog
                .views
                .iter()
                .filter(|v| v.materialized)
                .map(|v| (v.schema.as_str(), v.name.as_str()))
                .collect(),
            constraints: catalog
                .constraints
                .iter()
                .map(|c| ((c.schema.as_str(), c.table.as_str(), c.name.as_str()), c))
                .collect(),
            tables: catalog
                .tables
                .iter()
                .map(|t| ((t.schema.as_str(), t.name.as_str()), t))
                .collect(),
            in_trees: catalog
                .tables
                .iter()
                .flat_map(|t| {
                    let parents: Vec<(&str, &str)> = t
                        .inherits
                        .iter()
                        .chain(t.partition_of.as_ref().map(|p| &p.parent))
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
        self.partitioned.contains(&(schema, table))
    }

    pub fn is_foreign_table(&self, schema: &str, table: &str) -> bool {
        self.tables
            .get(&(schema, table))
            .is_some_and(|t| t.foreign.is_some())
    }

    pub fn is_matview(&self, schema: &str, name: &str) -> bool {
        self.matviews.contains(&(schema, name))
    }

    /// The parents of a table (partitioned parent, inheritance parents); `None` when there is no
    /// such table.
    pub fn parents(&self, schema: &str, table: &str) -> Option<Vec<&'a QualifiedName>> {
        let table = *self.tables.get(&(schema, table))?;
        Some(
            table
                .inherits
                .iter()
                .chain(table.partition_of.as_ref().map(|p| &p.parent))
                .collect(),
        )
    }

    /// Whether the index behind a constraint is created by the constraint itself rather than
    /// first on its own (exclusion constraints, and every constraint on a partitioned table).
    pub fn creates_own_index(&self, constraint: &Constraint) -> bool {
        constraint.constraint_type == ConstraintType::Exclusion
            || self.is_partitioned(&constraint.schema, &constraint.table)
    }

    pub fn table(&self, schema: &str, table: &str) -> Option<&'a Table> {
        self.tables.get(&(schema, table)).copied()
    }

    pub fn column(&self, schema: &str, table: &str, column: &str) -> Option<&'a Column> {
        let table = *self.tables.get(&(schema, table))?;
        table.columns.iter().find(|c| c.name == column)
    }

    pub fn constraint(&self, schema: &str, table: &str, name: &str) -> Option<&'a Constraint> {
        self.constraints.get(&(schema, table, name)).copied()
    }
}
