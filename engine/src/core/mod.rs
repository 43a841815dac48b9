//! What every kind's generator is written in terms of: identities, the options, the diff's
//! context, steps and phases, actions and hazards, SQL quoting, and the small facilities the
//! generators share (matching two lists, lookups, a fixed hash).
//!
//! **Layer rule:** `core` uses `model` and nothing above it (checked by `tests::layers`).

pub(crate) mod base_types;
mod change;
mod context;
pub(crate) mod foreign_options;
mod hash;
mod identity;
mod lookup;
mod matching;
pub(crate) mod object;
mod options;
pub(crate) mod presence;
pub(crate) mod sql;
mod step;
pub(crate) mod type_change;

pub use change::{Action, Hazard, Placement};
pub(crate) use context::{identity_sequence_name, Context, Recreated, TypeMoves};
pub(crate) use hash::{hash_bytes, FastMap, FastSet};
#[cfg(test)]
pub(crate) use identity::tests::reference;
pub(crate) use identity::{object_id, ref_key, Identify, ObjectId, RefKey};
pub(crate) use lookup::Lookup;
pub(crate) use matching::{differences, Matching, Pairs};
pub use options::{Online, Options};
pub(crate) use step::{Phase, Step, StepAction};
