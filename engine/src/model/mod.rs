//! The catalog: every object of one database's schema as plain serde data, one module per kind,
//! and the versioned JSON document that holds them (`catalog.rs`), read with errors that name the
//! bad field (`json_path.rs`) or assembled from the catalog queries' results (`assembly.rs`,
//! `queries.rs`).
//!
//! **Layer rule:** `model` uses nothing else of the engine (checked by `tests::layers`). What a
//! kind *does* in a diff lives in `kinds/`; here is only what the catalog records about it.

mod access_method;
pub(crate) mod assembly;
mod cast;
pub(crate) mod catalog;
mod collation;
mod common;
mod constraint;
pub(crate) mod declarations;
mod default_privilege;
mod extension;
mod foreign;
mod function;
mod index;
pub(crate) mod json_path;
mod language;
mod note;
mod operator;
mod operator_family;
mod policy;
mod publication;
pub mod queries;
mod rule;
mod schema;
mod sequence;
mod statistics;
mod subscription;
mod table;
mod text;
mod text_search;
mod trigger;
mod types;
mod unmodeled;
mod view;

pub use access_method::{AccessMethod, Transform};
pub use cast::{Cast, CastContext, CastFunction, CastMethod, TypeCasts};
#[cfg(test)]
pub(crate) use catalog::undescribed_properties;
pub use catalog::{json_schema, Catalog, FORMAT, VERSION};
pub use collation::Collation;
pub use common::{Dependency, ObjectKind, ObjectRef, Privilege, TypeRef};
pub use constraint::{Constraint, ConstraintType};
pub use declarations::{catalog_kinds, IdentityFields, IdentityShape, KindDeclaration, Listed};
pub use default_privilege::DefaultPrivilege;
pub use extension::Extension;
pub use foreign::{ForeignDataWrapper, ForeignFunction, ForeignOption, ForeignServer, UserMapping};
pub use function::{Aggregate, Function, FunctionKind};
pub use index::{Index, IndexColumnStatistics};
pub use language::{Conversion, Language};
pub use note::CatalogNote;
pub use operator::Operator;
pub use operator_family::{FamilyAddition, OperatorClass, OperatorFamily, OperatorMember};
pub use policy::Policy;
pub use publication::{Publication, PublicationTable};
pub use rule::Rule;
pub use schema::Schema;
pub use sequence::{Sequence, SequenceOptions, SequenceOwner};
pub use statistics::Statistics;
pub use subscription::Subscription;
pub use table::{
    Column, ColumnSettings, ForeignTable, Generated, GeneratedKind, Identity, IdentityGeneration,
    PartitionOf, QualifiedName, Table,
};
pub use text::Text;
pub use text_search::{
    TextSearchConfiguration, TextSearchDictionary, TextSearchMapping, TextSearchOption,
    TextSearchParser, TextSearchTemplate,
};
pub use trigger::{EventTrigger, Trigger};
pub use types::{
    BaseType, CompositeAttribute, CompositeType, Domain, DomainCheck, Enum, RangeType, ShellType,
};
pub(crate) use unmodeled::counted;
pub use unmodeled::{unmodeled_summary, UnmodeledObject};
pub use view::{View, ViewColumn};
