//! The one integration test binary of migra-tests (one binary links once and shares one cluster).
//!
//! - `harness`: the throwaway cluster itself (start, settings, teardown, psql loading).
//! - `corpus`: every schema of the migra corpus loads, fetches, fetches the same twice and
//!   round-trips through catalog JSON.
//! - `kinds`: purpose-written schemas (`tests/fixtures/kinds/`), one test per object kind,
//!   checking that the catalog holds what the SQL created.
//! - `connect`: URLs, sockets, passwords, TLS and connection errors through `migra_fetch::connect`.
//! - `cli`: the `migra-fetch` binary's output, files and exit codes.
//! - `migra_cli`: the `migra` binary's exit codes, error lines, drop guard and JSON output.
//! - `timeouts`: `--lock-timeout` and `--statement-timeout` against sessions holding locks, and
//!   which relations a fetch can wait for.
//! - `least_privilege`: a role that can only connect fetches what a superuser fetches; the
//!   fetch's transaction cannot write.
//! - `roundtrip`: migrations applied with psql and diffed again, for the corpus and
//!   `tests/roundtrip/`; `pg_dump_oracle`: then pg_dump of the migrated database against the
//!   target's.
//! - `hazards`: every statement of the round-trip cases run on tables with rows, its hazards
//!   checked against what the server did (locks, rewrites, scans, failures).
//! - `hostile`: the `hostile_*` round-trip cases statement by statement (no name or text ends a
//!   statement early), and the drop guard among text full of `drop`.
//! - `type_changes`: column type changes on tables with rows, with a cast, through text, and
//!   dropped and added where there is none (the values lost, as `DROPS_DATA` says).
//! - `unmodeled`: in a database holding one of everything, each object is in a catalog list or
//!   named in the catalog's `unmodeled` report (no silent omission).
//! - `sql_inputs`: `.sql` files and directories as sides (throwaway cluster, `--shadow`), load
//!   errors, `migra --verify`; the corpus through `.sql` files against the live diff.
//! - `cross_version`: one schema fetched from two PostgreSQL majors diffs to nothing but the
//!   written-down differences, and a migration from an old major's catalog to a new one's target
//!   applies on the old one.

mod cli;
mod conformance;
mod connect;
mod corpus;
mod corpus_contents;
mod cross_version;
mod engine_cases;
mod harness;
mod hazards;
mod hostile;
mod keep_case;
mod kinds;
mod least_privilege;
mod migra_cli;
mod pg_dump_oracle;
mod roundtrip;
mod schema_pairs;
mod sql_inputs;
mod timeouts;
mod type_changes;
mod unmodeled;
