//! Tables and their columns (`pg_class` relkind `r`, `p` and `f`, `pg_attribute`).

use crate::model::Text;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{is_false, Privilege, TypeRef};
use super::foreign::ForeignOption;
use super::sequence::SequenceOptions;

/// A table: plain, partitioned (relkind `p`), foreign (relkind `f`, with `foreign`) or a
/// partition, but for extensions' members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Table {
    /// The schema the table is in (`pg_namespace.nspname` of `relnamespace`).
    pub schema: Text,
    /// The table's name (`pg_class.relname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(relowner)`).
    pub owner: Text,
    /// `UNLOGGED` (`relpersistence = 'u'`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unlogged: bool,
    /// Row-level security is enabled, `ENABLE ROW LEVEL SECURITY` (`relrowsecurity`); absent
    /// means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub rls_enabled: bool,
    /// Row-level security applies to the owner too, `FORCE ROW LEVEL SECURITY`
    /// (`relforcerowsecurity`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub rls_forced: bool,
    /// For a partitioned table: its key as `pg_get_partkeydef` prints it, e.g.
    /// `RANGE (created_at)`. Absent for any other table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_key: Option<Text>,
    /// For a partition (`relispartition`): its parent and bound. Absent for any other table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_of: Option<PartitionOf>,
    /// Inheritance parents (`INHERITS`; `pg_inherits`), in `inhseqno` order. Partitions list
    /// their parent in `partition_of` only, so this is empty for them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inherits: Vec<QualifiedName>,
    /// Storage parameters (`WITH (...)`; `reloptions`), each `name=value`, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reloptions: Vec<Text>,
    /// The tablespace the table is in (`pg_tablespace.spcname` of `reltablespace`); absent when
    /// the table lives in the database's default tablespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tablespace: Option<Text>,
    /// Table access method (`USING`; `pg_am.amname` of `relam`), when not the default `heap`.
    /// Absent for heap tables and for partitioned tables without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_method: Option<Text>,
    /// For a foreign table (`CREATE FOREIGN TABLE`, relkind `f`): its server and options
    /// (`pg_foreign_table`). Absent for any other table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign: Option<Box<ForeignTable>>,
    /// The columns, in attribute order (`attnum`), dropped ones left out.
    pub columns: Vec<Column>,
    /// `REPLICA IDENTITY` (`relreplident`) when not `DEFAULT`: `full`, `nothing`, or `index`
    /// (the index marked `replica_identity` in `indexes`). Absent for the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replica_identity: Option<Text>,
    /// The table's comment (`COMMENT ON TABLE`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Table-level privileges, from `aclexplode(relacl)`, without the entries whose grantee is
    /// the owner; sorted by grantee and privilege. Empty when `relacl` is null (only the owner's
    /// implicit privileges). Column-level grants are on the columns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// An object named by its schema and its name, both unquoted: a table, an index, a collation.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct QualifiedName {
    /// The schema the object is in (`pg_namespace.nspname`).
    pub schema: Text,
    /// The object's name in that schema (`relname`, `collname`, ...).
    pub name: Text,
}

/// What makes a table a foreign table: `SERVER server OPTIONS (...)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ForeignTable {
    /// The foreign server the table's rows live on (`ftserver`, by name).
    pub server: Text,
    /// The table's options (`ftoptions`), in the catalog's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ForeignOption>,
}

/// What makes a table a partition: `PARTITION OF parent bound`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PartitionOf {
    /// The partitioned table this is a partition of (`pg_inherits.inhparent`).
    pub parent: QualifiedName,
    /// The partition bound as `pg_get_expr(relpartbound)` prints it, e.g.
    /// `FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')` or `DEFAULT`.
    pub bound: Text,
}

// The parts most columns lack are boxed: columns are the most numerous objects of a catalog,
// and inline those parts made each one 344 bytes instead of 160 (bench/PROFILE.md, round 5).
/// A column, in attribute order. Dropped columns are never listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Column {
    /// The column's name (`pg_attribute.attname`).
    pub name: Text,
    /// The type as `format_type(atttypid, atttypmod)` prints it, modifiers included and qualified
    /// only when not visible on the session's `search_path`: `integer`,
    /// `character varying(10)`, `shipping_status`, `numeric(10,2)[]`.
    #[serde(rename = "type")]
    pub type_name: Text,
    /// The type (for an array, its element type) by schema, name and kind, when it is outside
    /// `pg_catalog` and `information_schema`: which user-defined type (or row type of a table or
    /// view) the column uses, which `type` alone cannot tell. Absent for built-in types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_ref: Option<Box<TypeRef>>,
    /// The column's collation (`COLLATE`; `attcollation`), set only when it differs from the
    /// type's default collation (`typcollation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<Box<QualifiedName>>,
    /// The `DEFAULT` expression (`pg_attrdef`) as `pg_get_expr(adbin, 0)` prints it, e.g.
    /// `nextval('t_id_seq'::regclass)`. Absent when the column has none, and for generated
    /// columns, whose expression is in `generated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Text>,
    /// `NOT NULL` (`attnotnull`), primary key columns included; absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_null: bool,
    /// The name of the column's NOT NULL constraint (PostgreSQL 18+, where it is a
    /// `pg_constraint` row), when it is not `<table>_<column>_not_null`, the one PostgreSQL gives
    /// a table's own column: a name given with `CONSTRAINT name NOT NULL`, a parent's that a
    /// partition or inheritance child took. Absent otherwise, and in catalogs of servers before
    /// 18, which have no name to read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_null_name: Option<Text>,
    /// The NOT NULL constraint is only inherited (PostgreSQL 18+, `NOT conislocal`): given by a
    /// parent, not also set on this table. Absent means false, and before 18 unknown.
    #[serde(default, skip_serializing_if = "is_false")]
    pub not_null_inherited: bool,
    /// For an identity column (`GENERATED ... AS IDENTITY`; `attidentity` set): how it generates
    /// and its sequence's options. Absent for other columns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Box<Identity>>,
    /// For a generated column (`GENERATED ALWAYS AS (...)`; `attgenerated` set): its expression
    /// and kind. Absent for other columns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<Box<Generated>>,
    /// Inherited from a parent table or partitioned table and not also declared locally
    /// (`NOT attislocal`); such columns are not created by the child. Every column of a
    /// partition is.
    #[serde(default, skip_serializing_if = "is_false")]
    pub inherited: bool,
    /// What `ALTER COLUMN` sets beyond the column's definition (statistics target, storage,
    /// compression, attribute options), when any of it differs from the default. Absent for
    /// most columns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Box<ColumnSettings>>,
    /// The column's comment (`COMMENT ON COLUMN`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Column-level privileges, from `aclexplode(attacl)`, without the entries whose grantee is
    /// the table's owner; sorted by grantee and privilege. Empty when `attacl` is null (no
    /// column-level grant).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// What makes a column an identity column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Identity {
    /// `always` or `by_default` (`attidentity`).
    pub generation: IdentityGeneration,
    /// The options of the sequence behind the column (`pg_sequence` of the sequence with an
    /// internal `pg_depend` edge to the column). Absent on partitions (17+), which share the
    /// parent's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence: Option<SequenceOptions>,
}

/// How an identity column takes values, from `pg_attribute.attidentity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IdentityGeneration {
    /// `GENERATED ALWAYS AS IDENTITY` (`a`): a value given in `INSERT` needs
    /// `OVERRIDING SYSTEM VALUE`.
    Always,
    /// `GENERATED BY DEFAULT AS IDENTITY` (`d`): a value given in `INSERT` wins.
    ByDefault,
}

/// What makes a column a generated column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Generated {
    /// The generation expression as `pg_get_expr(adbin, adrelid)` prints it (`pg_attrdef`).
    pub expression: Text,
    /// Whether the value is stored or computed when read (`attgenerated`).
    pub kind: GeneratedKind,
}

/// How a generated column keeps its value, from `pg_attribute.attgenerated`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GeneratedKind {
    /// `STORED` (`s`): computed on write and stored like any column.
    Stored,
    /// `VIRTUAL` (`v`, PostgreSQL 18): computed when read.
    Virtual,
}

/// A column's settings that `ALTER COLUMN` changes and its definition does not show; each
/// absent when it is the default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub struct ColumnSettings {
    /// The statistics target (`SET STATISTICS`; `attstattarget`) when set, 0 to 10000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<i32>,
    /// The storage (`SET STORAGE`; `attstorage`) when it is not the type's: `plain`,
    /// `external`, `extended` or `main`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<Text>,
    /// The type's own storage (`typstorage`), which `storage` overrides: what resetting it
    /// sets, since `SET STORAGE DEFAULT` is new in PostgreSQL 16. Present with `storage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_storage: Option<Text>,
    /// The compression method (`SET COMPRESSION`; `attcompression`, PostgreSQL 14+): `pglz`
    /// or `lz4`; absent for the server's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compression: Option<Text>,
    /// Attribute options (`SET (n_distinct = ...)`; `attoptions`), each `name=value`, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Text>,
    /// A foreign table's column options (`OPTIONS (column_name 'remote')`; `attfdwoptions`),
    /// in the catalog's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub foreign_options: Vec<ForeignOption>,
}
