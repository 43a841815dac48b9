//! migra-engine: the PostgreSQL schema diff as a pure function.
//!
//! Two [`Catalog`]s go in (read from live databases by the catalog queries, [`catalog_queries`], or from catalog
//! JSON files); the ordered statements that turn the first into the second come out. The crate does
//! no I/O of any kind, so it builds for `wasm32-unknown-unknown` and gives the same bytes everywhere.
//!
//! # Brief overview
//!
//! - [`Catalog`]: one database's schema, the versioned JSON document `migra-fetch` writes
//!   ([`Catalog::from_json`]); its item types are in [`model`], and [`model::catalog_kinds`] lists
//!   its lists as the engine declares them.
//! - [`diff`] with [`Options`] (migra's flags): the [`Migration`], its [`Statement`]s in the order
//!   they must run, with their [`Hazard`]s, and the [`Change`] of each object.
//! - [`Report`]: a migration and what the drop guard (`--unsafe`) made of it, the document
//!   `migra --format json` prints ([`report_json_schema`]), and its plan for a reviewer
//!   ([`Report::plan`], in a [`PlanStyle`]).
//! - [`catalog_queries`] and [`CatalogAssembly`]: what to ask a server, and how its answers become
//!   a catalog, for fetchers in any language.
//!
//! # Example
//!
//! ```
//! use migra_engine::{diff, Catalog, Options};
//!
//! let target = Catalog::from_json(
//!     r#"{"format": "migra-catalog", "version": 1, "server_version_num": 150000,
//!         "schemas": [{"name": "app", "owner": "postgres"}]}"#,
//! )?;
//! let migration = diff(&Catalog::empty(), &target, &Options::default())?;
//! assert_eq!(migration.sql(), "create schema if not exists \"app\";\n\n");
//! assert!(!migration.has_destructive());
//! # Ok::<(), migra_engine::Error>(())
//! ```

#![deny(missing_docs)]

// The flow of a diff is the module order: `model` (the catalogs) → `diff` (filter, match,
// dependents, then each kind of `kinds` and each cross-kind `concerns`, all written in `core`'s
// terms) → `plan` (ordering) → `render` (the migration). `tests/layers.rs` keeps the imports
// pointing that way.
mod concerns;
mod core;
mod diff;
pub mod error;
mod kinds;
pub mod model;
mod plan;
mod render;

pub use crate::core::{Action, Hazard, Online, Options, Placement};
pub use diff::{definition, diff, diff_without_definitions, SchemaFilter};
pub use error::{Error, ErrorKind};
pub use model::assembly::{assemble, assemble_json, CatalogAssembly};
pub use model::queries::{catalog_queries, CatalogQuery};
pub use model::{unmodeled_summary, Catalog, Text, UnmodeledObject, FORMAT, VERSION};
pub use render::{
    report_json_schema, Change, Definition, Migration, PlanStyle, Report, ReportFormat,
    ReportStatement, Statement, Status, REPORT_FORMAT, REPORT_VERSION,
};

#[cfg(test)]
mod boundary_tests {
    /// DESIGN.md: the engine depends on serde and little else; never on a database client, an async
    /// runtime or the wasm bindings (those live in fetcher/ and npm/).
    #[test]
    fn engine_depends_on_no_io_crate() {
        let manifest = include_str!("../Cargo.toml");
        let dependencies = manifest.split("[dependencies]").nth(1).unwrap_or_default();
        let dependencies = dependencies.split("\n[").next().unwrap_or_default();
        for banned in [
            "postgres",
            "tokio",
            "wasm-bindgen",
            "js-sys",
            "reqwest",
            "sqlx",
            "native-tls",
        ] {
            let named = dependencies
                .lines()
                .any(|l| l.trim_start().starts_with(banned));
            assert!(
                !named,
                "engine/Cargo.toml depends on {banned}: the engine must stay free of I/O"
            );
        }
    }
}
