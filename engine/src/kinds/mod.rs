//! One module per object kind: what the catalog records about it.

pub mod collation;
pub mod common;
pub mod constraint;
pub mod default_privilege;
pub mod extension;
pub mod function;
pub mod index;
pub mod policy;
pub mod schema;
pub mod sequence;
pub mod table;
pub mod trigger;
pub mod types;
pub mod view;

pub use collation::Collation;
pub use common::{Dependency, ObjectKind, ObjectRef, Privilege, TypeRef};
pub use constraint::{Constraint, ConstraintType};
pub use default_privilege::DefaultPrivilege;
pub use extension::Extension;
pub use function::{Aggregate, Function, FunctionKind};
pub use index::Index;
pub use policy::Policy;
pub use schema::Schema;
pub use sequence::{Sequence, SequenceOptions, SequenceOwner};
pub use table::{
    Column, Generated, GeneratedKind, Identity, IdentityGeneration, PartitionOf, QualifiedName,
    Table,
};
pub use trigger::{EventTrigger, Trigger};
pub use types::{CompositeAttribute, CompositeType, Domain, DomainCheck, Enum, RangeType};
pub use view::{View, ViewColumn};

pub(crate) mod comment;
pub(crate) mod object;
pub(crate) mod type_recreation;
