//! One module per object kind: how two versions of it compare, and the steps that create, drop
//! and alter it. The catalog types themselves are in `model`.
//!
//! **Layer rule:** a kind uses `core` and `model` only, never another kind (checked by
//! `tests::layers`): what two kinds share is a fact of the model or a facility of `core`, and what
//! cuts across kinds lives in `concerns`.

pub(crate) mod access_method;
pub(crate) mod aggregate;
pub(crate) mod base_types;
pub(crate) mod cast;
pub(crate) mod collation;
pub(crate) mod composite_types;
pub(crate) mod constraint;
pub(crate) mod default_privilege;
pub(crate) mod domains;
pub(crate) mod enums;
pub(crate) mod extension;
pub(crate) mod family_addition;
pub(crate) mod foreign;
pub(crate) mod function;
pub(crate) mod index;
pub(crate) mod language;
pub(crate) mod operator;
pub(crate) mod operator_family;
pub(crate) mod policy;
pub(crate) mod publication;
pub(crate) mod range_types;
pub(crate) mod rule;
pub(crate) mod schema;
pub(crate) mod sequence;
pub(crate) mod statistics;
pub(crate) mod subscription;
pub(crate) mod table;
pub(crate) mod text_search;
pub(crate) mod trigger;
pub(crate) mod view;
