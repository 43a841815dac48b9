//! Connecting to PostgreSQL and reading catalogs.
