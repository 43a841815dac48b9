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

use crate::catalog::Catalog;
use crate::plan::ObjectId;

/// The planner identity of every object in a catalog.
pub(crate) fn all_ids(c: &Catalog) -> Vec<ObjectId> {
    let mut ids = vec![];
    ids.extend(c.schemas.iter().map(|x| x.id()));
    ids.extend(c.extensions.iter().map(|x| x.id()));
    ids.extend(c.collations.iter().map(|x| x.id()));
    ids.extend(c.enums.iter().map(|x| x.id()));
    ids.extend(c.domains.iter().map(|x| x.id()));
    ids.extend(c.composite_types.iter().map(|x| x.id()));
    ids.extend(c.range_types.iter().map(|x| x.id()));
    ids.extend(c.sequences.iter().map(|x| x.id()));
    ids.extend(c.tables.iter().map(|x| x.id()));
    ids.extend(c.views.iter().map(|x| x.id()));
    ids.extend(c.constraints.iter().map(|x| x.id()));
    ids.extend(c.indexes.iter().map(|x| x.id()));
    ids.extend(c.functions.iter().map(|x| x.id()));
    ids.extend(c.triggers.iter().map(|x| x.id()));
    ids.extend(c.event_triggers.iter().map(|x| x.id()));
    ids.extend(c.policies.iter().map(|x| x.id()));
    ids
}
