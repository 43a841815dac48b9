//! User-defined types: enums, domains, composite types, range types, base types and shells.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Privilege, TypeRef};
use super::table::QualifiedName;

/// An enum type (`CREATE TYPE ... AS ENUM`; `pg_type` typtype `e`) with its labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Enum {
    /// The schema the type is in (`pg_namespace.nspname` of `typnamespace`).
    pub schema: Text,
    /// The type's name (`pg_type.typname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(typowner)`).
    pub owner: Text,
    /// The labels (`pg_enum.enumlabel`) in their sort order (`enumsortorder`), which is the
    /// order values compare in, not necessarily the order they were added in.
    pub labels: Vec<Text>,
    /// The type's comment (`COMMENT ON TYPE`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the type, from `aclexplode` of `typacl` (of `acldefault('T', owner)`
    /// when it is null, so a type never granted nor revoked lists `USAGE` to `PUBLIC`), without
    /// the entries whose grantee is the owner; sorted by grantee and privilege.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// A domain (`CREATE DOMAIN`; `pg_type` typtype `d`) with its constraints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Domain {
    /// The schema the domain is in (`pg_namespace.nspname` of `typnamespace`).
    pub schema: Text,
    /// The domain's name (`pg_type.typname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(typowner)`).
    pub owner: Text,
    /// The base type as `format_type(typbasetype, typtypmod)` prints it, modifiers included,
    /// e.g. `character varying(20)` or `numeric(10,2)[]`.
    pub base_type: Text,
    /// The base type (for an array, its element type) by schema, name and kind, when it is
    /// outside `pg_catalog` and `information_schema`, e.g. another domain or an enum. Absent
    /// for built-in types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_type_ref: Option<TypeRef>,
    /// The domain's collation (`COLLATE`; `typcollation`), set only when it differs from the
    /// base type's default collation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    /// The `DEFAULT` expression, as `pg_type.typdefault` holds it in text form, e.g. `0` or
    /// `'x'::text`; absent when the domain has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Text>,
    /// `NOT NULL` (`pg_type.typnotnull`, on every major; it is not listed among `checks`).
    pub not_null: bool,
    /// The domain's `CHECK` constraints (`pg_constraint` contype `c` with `contypid` the domain),
    /// sorted by name. Empty when it has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<DomainCheck>,
    /// The domain's comment (`COMMENT ON DOMAIN`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the type, from `aclexplode` of `typacl` (of `acldefault('T', owner)`
    /// when it is null, so a type never granted nor revoked lists `USAGE` to `PUBLIC`), without
    /// the entries whose grantee is the owner; sorted by grantee and privilege.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// One `CHECK` constraint of a domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DomainCheck {
    /// The constraint's name (`pg_constraint.conname`), unique among the domain's constraints.
    pub name: Text,
    /// The constraint as `pg_get_constraintdef` prints it, e.g. `CHECK ((VALUE > 0))`.
    pub definition: Text,
    /// Whether the constraint is validated (`convalidated`): false for one added `NOT VALID`
    /// and not yet validated. Absent means true.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub validated: bool,
    /// The constraint's comment (`COMMENT ON CONSTRAINT ... ON DOMAIN`), from `pg_description`;
    /// absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// A composite type created with `CREATE TYPE ... AS (...)` (`pg_type` typtype `c` whose
/// `pg_class` has relkind `c`). Row types of tables and views are not listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CompositeType {
    /// The schema the type is in (`pg_namespace.nspname` of `typnamespace`).
    pub schema: Text,
    /// The type's name (`pg_type.typname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(typowner)`).
    pub owner: Text,
    /// The attributes (`pg_attribute` of `typrelid`) in their order (`attnum`), dropped ones
    /// left out.
    pub attributes: Vec<CompositeAttribute>,
    /// The type's comment (`COMMENT ON TYPE`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the type, from `aclexplode` of `typacl` (of `acldefault('T', owner)`
    /// when it is null, so a type never granted nor revoked lists `USAGE` to `PUBLIC`), without
    /// the entries whose grantee is the owner; sorted by grantee and privilege.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// One attribute (field) of a composite type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CompositeAttribute {
    /// The attribute's name (`pg_attribute.attname`).
    pub name: Text,
    /// The type as `format_type(atttypid, atttypmod)` prints it, modifiers included, e.g.
    /// `text` or `numeric(10,2)`.
    #[serde(rename = "type")]
    pub type_name: Text,
    /// The type (for an array, its element type) by schema, name and kind, when it is outside
    /// `pg_catalog` and `information_schema`: which user-defined type the attribute uses, which
    /// `type` alone cannot tell. Absent for built-in types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_ref: Option<TypeRef>,
    /// The attribute's collation (`COLLATE`; `attcollation`), set only when it differs from the
    /// type's default collation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    /// The attribute's comment (`COMMENT ON COLUMN type.attribute`), from `pg_description`;
    /// absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

/// A range type (`CREATE TYPE ... AS RANGE`; `pg_type` typtype `r` with `pg_range`). The
/// multirange type PostgreSQL 14+ creates with it is not listed on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RangeType {
    /// The schema the type is in (`pg_namespace.nspname` of `typnamespace`).
    pub schema: Text,
    /// The type's name (`pg_type.typname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(typowner)`).
    pub owner: Text,
    /// The element type (`SUBTYPE`), as `format_type(rngsubtype)` prints it.
    pub subtype: Text,
    /// The subtype's B-tree operator class (`SUBTYPE_OPCLASS`; `rngsubopc`) as
    /// `schema.name`, quoted where needed; absent when it is the subtype's default one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype_opclass: Option<Text>,
    /// The range's collation (`COLLATION`; `rngcollation`), set only when it differs from the
    /// subtype's default collation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    /// The canonical function (`CANONICAL`; `rngcanonical::regproc`), schema-qualified only
    /// when not visible on the session's `search_path`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<Text>,
    /// The subtype difference function (`SUBTYPE_DIFF`; `rngsubdiff::regproc`),
    /// schema-qualified only when not visible on the session's `search_path`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype_diff: Option<Text>,
    /// The multirange type's name (`MULTIRANGE_TYPE_NAME`, 14+), when it is not the default one
    /// PostgreSQL derives (the first `range` replaced by `multirange`, or `_multirange`
    /// appended). Absent otherwise, and always before 14.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multirange_name: Option<Text>,
    /// The type's comment (`COMMENT ON TYPE`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the type, from `aclexplode` of `typacl` (of `acldefault('T', owner)`
    /// when it is null, so a type never granted nor revoked lists `USAGE` to `PUBLIC`), without
    /// the entries whose grantee is the owner; sorted by grantee and privilege.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// A base type (`CREATE TYPE name (INPUT = ..., OUTPUT = ...)`; `pg_type` typtype `b`) a user
/// created outside an extension: its input and output functions are C or `internal` ones, so
/// these are rare outside extensions. Its array type is not listed on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct BaseType {
    /// The schema the type is in (`pg_namespace.nspname` of `typnamespace`).
    pub schema: Text,
    /// The type's name (`pg_type.typname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(typowner)`).
    pub owner: Text,
    /// The input function (`INPUT`; `typinput`), schema-qualified and quoted, e.g.
    /// `"s"."widget_in"`.
    pub input: Text,
    /// The output function (`OUTPUT`; `typoutput`), written as `input` is.
    pub output: Text,
    /// The binary input function (`RECEIVE`; `typreceive`), written as `input` is; absent when
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receive: Option<Text>,
    /// The binary output function (`SEND`; `typsend`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send: Option<Text>,
    /// The type modifier input function (`TYPMOD_IN`; `typmodin`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typmod_in: Option<Text>,
    /// The type modifier output function (`TYPMOD_OUT`; `typmodout`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typmod_out: Option<Text>,
    /// The statistics function (`ANALYZE`; `typanalyze`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analyze: Option<Text>,
    /// The subscripting handler (`SUBSCRIPT`; `typsubscript`, 14+); absent when none, always
    /// before 14, and when it is the `raw_array_subscript_handler` an `ELEMENT` implies from 14
    /// on (so a type read from 14+ also loads on 13); `-` for a type with an `ELEMENT` whose
    /// handler was then set to `NONE` (14+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscript: Option<Text>,
    /// The length of its values in bytes (`INTERNALLENGTH`; `typlen`), -1 for variable length.
    pub internal_length: i32,
    /// Whether values are passed by value (`PASSEDBYVALUE`; `typbyval`).
    pub passed_by_value: bool,
    /// The alignment (`ALIGNMENT`; `typalign`): `char`, `int2`, `int4` or `double`.
    pub alignment: Text,
    /// The storage strategy (`STORAGE`; `typstorage`): `plain`, `external`, `extended` or
    /// `main`.
    pub storage: Text,
    /// The category (`CATEGORY`; `typcategory`), one character; `U` for user types unless set.
    pub category: Text,
    /// Whether it is preferred in its category (`PREFERRED`; `typispreferred`).
    pub preferred: bool,
    /// The default value (`DEFAULT`; `typdefault`), as text; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Text>,
    /// The element type (`ELEMENT`; `typelem`) as `format_type` prints it; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<Text>,
    /// The array delimiter character (`DELIMITER`; `typdelim`), `,` unless set.
    pub delimiter: Text,
    /// Whether values carry a collation (`COLLATABLE`; `typcollation` set).
    pub collatable: bool,
    /// The type's comment (`COMMENT ON TYPE`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the type, from `aclexplode` of `typacl` (of `acldefault('T', owner)`
    /// when it is null, so a type never granted nor revoked lists `USAGE` to `PUBLIC`), without
    /// the entries whose grantee is the owner; sorted by grantee and privilege.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// A shell type (`CREATE TYPE name` alone; `pg_type` typtype `p`, not yet defined): a name that C
/// functions may use before the base type is defined over them. Only shells no base type
/// completes are listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ShellType {
    /// The schema the type is in (`pg_namespace.nspname` of `typnamespace`).
    pub schema: Text,
    /// The type's name (`pg_type.typname`).
    pub name: Text,
    /// The owning role's name (`pg_get_userbyid(typowner)`).
    pub owner: Text,
    /// The type's comment (`COMMENT ON TYPE`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}
