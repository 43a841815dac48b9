//! What cuts across kinds, each in one place: comments, privileges (and their loss when an object
//! is replaced without them), and types recreated under the columns that use them.
//!
//! **Layer rule:** a concern uses `core`, `model` and `kinds` (checked by `tests::layers`).

pub(crate) mod comment;
pub(crate) mod lost_privileges;
pub(crate) mod online;
pub(crate) mod owners;
pub(crate) mod privileges;
pub(crate) mod type_recreation;
