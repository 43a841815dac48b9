//! Pieces shared by several object kinds: privileges, owners, references to other objects.

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One privilege held by one grantee on one object, as `aclexplode` reports it. The grantor is
/// not recorded.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct Privilege {
    /// The role the privilege is granted to, by name (`pg_get_userbyid` of `aclexplode`'s
    /// `grantee`), or `PUBLIC` for grantee 0.
    pub grantee: Text,
    /// The privilege as `aclexplode` names it (`privilege_type`), in upper case: `SELECT`,
    /// `INSERT`, `UPDATE`, `DELETE`, `TRUNCATE`, `REFERENCES`, `TRIGGER`, `USAGE`, `CREATE`,
    /// `EXECUTE`, ...
    pub privilege: Text,
    /// Granted `WITH GRANT OPTION` (`aclexplode`'s `is_grantable`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub grantable: bool,
}

/// The kind of a catalog object, as dependency edges and type references name it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ObjectKind {
    /// A schema (`pg_namespace`).
    Schema,
    /// An extension (`pg_extension`); also stands for any object the extension owns.
    Extension,
    /// A collation (`pg_collation`).
    Collation,
    /// An enum type (`pg_type` typtype `e`).
    Enum,
    /// A domain (`pg_type` typtype `d`); also stands for the domain's constraints.
    Domain,
    /// A composite type made by `CREATE TYPE ... AS (...)` (`pg_class` relkind `c`).
    CompositeType,
    /// A range type (`pg_type` typtype `r`, `pg_range`).
    RangeType,
    /// A sequence (`pg_class` relkind `S`).
    Sequence,
    /// A table, partitioned table or partition (`pg_class` relkind `r` or `p`); in a dependency,
    /// also stands for a column's default (`pg_attrdef`), with the column set.
    Table,
    /// A view (`pg_class` relkind `v`); also stands for its `_RETURN` rule.
    View,
    /// A materialized view (`pg_class` relkind `m`); also stands for its `_RETURN` rule.
    MaterializedView,
    /// A table constraint (`pg_constraint` on a relation).
    Constraint,
    /// An index (`pg_class` relkind `i` or `I`).
    Index,
    /// A function, procedure or window function (`pg_proc` prokind `f`, `p` or `w`).
    Function,
    /// An aggregate (`pg_proc` prokind `a`).
    Aggregate,
    /// A trigger on a table or view (`pg_trigger`).
    Trigger,
    /// An event trigger (`pg_event_trigger`).
    EventTrigger,
    /// A row-level security policy (`pg_policy`).
    Policy,
    /// A cast a user created (`pg_cast`).
    Cast,
    /// A publication (`pg_publication`).
    Publication,
    /// A rewrite rule on a table or view (`pg_rewrite`), but for views' `_RETURN` rules.
    Rule,
    /// An extended statistics object (`pg_statistic_ext`).
    Statistics,
    /// A procedural language (`pg_language`).
    Language,
    /// An encoding conversion (`pg_conversion`).
    Conversion,
    /// An operator (`pg_operator`).
    Operator,
    /// An operator family (`pg_opfamily`); also stands for the members added to it
    /// (`pg_amop`, `pg_amproc`).
    OperatorFamily,
    /// An operator class (`pg_opclass`); also stands for its own members.
    OperatorClass,
    /// A text search parser (`pg_ts_parser`).
    TextSearchParser,
    /// A text search template (`pg_ts_template`).
    TextSearchTemplate,
    /// A text search dictionary (`pg_ts_dict`).
    TextSearchDictionary,
    /// A text search configuration (`pg_ts_config`), with its token mappings.
    TextSearchConfiguration,
    /// A foreign-data wrapper (`pg_foreign_data_wrapper`).
    ForeignDataWrapper,
    /// A foreign server (`pg_foreign_server`).
    ForeignServer,
    /// A user mapping (`pg_user_mapping`).
    UserMapping,
    /// A subscription (`pg_subscription`).
    Subscription,
    /// An access method (`pg_am`), for tables or indexes.
    AccessMethod,
    /// A transform (`pg_transform`) of a type for a procedural language.
    Transform,
    /// A base type made with input and output functions (`pg_type` typtype `b`).
    BaseType,
    /// A shell type no base type completes (`pg_type` typtype `p`, not defined).
    ShellType,
}

impl ObjectKind {
    /// The kind's name as it appears in JSON and in change lists.
    pub const fn as_str(self) -> &'static str {
        match self {
            ObjectKind::Schema => "schema",
            ObjectKind::Extension => "extension",
            ObjectKind::Collation => "collation",
            ObjectKind::Enum => "enum",
            ObjectKind::Domain => "domain",
            ObjectKind::CompositeType => "composite_type",
            ObjectKind::RangeType => "range_type",
            ObjectKind::BaseType => "base_type",
            ObjectKind::ShellType => "shell_type",
            ObjectKind::Sequence => "sequence",
            ObjectKind::Table => "table",
            ObjectKind::View => "view",
            ObjectKind::MaterializedView => "materialized_view",
            ObjectKind::Constraint => "constraint",
            ObjectKind::Index => "index",
            ObjectKind::Function => "function",
            ObjectKind::Aggregate => "aggregate",
            ObjectKind::Trigger => "trigger",
            ObjectKind::EventTrigger => "event_trigger",
            ObjectKind::Policy => "policy",
            ObjectKind::Cast => "cast",
            ObjectKind::Publication => "publication",
            ObjectKind::Rule => "rule",
            ObjectKind::Statistics => "statistics",
            ObjectKind::Language => "language",
            ObjectKind::Conversion => "conversion",
            ObjectKind::Operator => "operator",
            ObjectKind::OperatorFamily => "operator_family",
            ObjectKind::OperatorClass => "operator_class",
            ObjectKind::TextSearchParser => "text_search_parser",
            ObjectKind::TextSearchTemplate => "text_search_template",
            ObjectKind::TextSearchDictionary => "text_search_dictionary",
            ObjectKind::TextSearchConfiguration => "text_search_configuration",
            ObjectKind::ForeignDataWrapper => "foreign_data_wrapper",
            ObjectKind::ForeignServer => "foreign_server",
            ObjectKind::UserMapping => "user_mapping",
            ObjectKind::Subscription => "subscription",
            ObjectKind::AccessMethod => "access_method",
            ObjectKind::Transform => "transform",
        }
    }
}

/// A reference to a catalog object, precise enough to find it among the catalog's objects.
///
/// Objects that live on a table (constraints, indexes, triggers, policies, rules) carry the table;
/// functions and aggregates carry their identity arguments; a reference to a single column
/// carries the column. An object that belongs to an extension is referred to as the extension.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct ObjectRef {
    /// The object's kind. An extension's member is referred to as the extension, a view's
    /// `_RETURN` rule as the view, a domain's constraint as the domain, an array type as its
    /// element type and a column default as its table (with `column` set).
    pub kind: ObjectKind,
    /// The schema the object is in (`pg_namespace.nspname`; for an object of a table, the
    /// table's schema). Absent for schemas, extensions, event triggers, casts, foreign-data
    /// wrappers, foreign servers and user mappings, which are in none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<Text>,
    /// For constraints, indexes, triggers, policies and rules: the name of the table (or view) they are
    /// on, in the same schema. Absent for every other kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<Text>,
    /// The object's own name (`relname`, `typname`, `proname`, `conname`, `tgname`, `polname`,
    /// ...), or the extension's name for an extension's member; a cast's source type; a user
    /// mapping's role (`public` for PUBLIC's).
    pub name: Text,
    /// Identity arguments of functions and aggregates, as `pg_get_function_identity_arguments`
    /// prints them (procedures: leading `IN ` stripped), the same text as their
    /// `identity_arguments`; a cast's target type (its `name` is the source type); a user
    /// mapping's server. Absent for every other kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Text>,
    /// The column's name (`pg_attribute.attname`) when this end of the edge is one column of a
    /// table, view or composite type rather than the whole relation (`objsubid` or `refobjsubid`
    /// above 0), or when it is a column's default. Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<Text>,
}

/// "`dependent` needs `referenced` to exist", from `pg_depend` (and `pg_rewrite` for views).
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct Dependency {
    /// The object that needs the other (`pg_depend.objid`). Never an extension's member.
    pub dependent: ObjectRef,
    /// The object needed (`pg_depend.refobjid`), never a schema: every object's dependency on its
    /// schema is left out, the object's `schema` says it.
    pub referenced: ObjectRef,
}

/// A type used by a column, a domain, an argument: enough to tell which user-defined type it is.
///
/// For an array type it names the element type (`typelem`). It is set only for types outside
/// `pg_catalog` and `information_schema`.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct TypeRef {
    /// The schema the type is in (`pg_namespace.nspname` of `typnamespace`), never quoted.
    pub schema: Text,
    /// The type's name (`pg_type.typname`), never quoted; for an array, the element type's name.
    pub name: Text,
    /// What the type is, by `typtype`: `enum`, `domain`, `range_type`, or for a composite the
    /// kind of relation it is the row type of (`composite_type`, `table`, `view`,
    /// `materialized_view`). Absent for base types (an extension's type, say) and multiranges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ObjectKind>,
}

pub(crate) fn is_false(b: &bool) -> bool {
    !*b
}
