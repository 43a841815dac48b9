//! migra-engine: the PostgreSQL schema diff as a pure function.
//!
//! Two [`Catalog`]s go in (read from live databases by the catalog [`queries`], or from catalog
//! JSON files); the ordered statements that turn the first into the second come out. The crate does
//! no I/O of any kind, so it builds for `wasm32-unknown-unknown` and gives the same bytes everywhere.

pub mod catalog;
mod diff;
pub mod error;
pub mod filter;
pub mod kinds;
pub mod migration;
mod plan;
pub mod queries;
pub mod sql;

pub use catalog::{Catalog, FORMAT, VERSION};
pub use diff::{diff, Options};
pub use error::{Error, ErrorKind};
pub use filter::SchemaFilter;
pub use migration::{Action, Change, Hazard, Migration, Statement};
pub use queries::{assemble, catalog_queries, CatalogQuery};
