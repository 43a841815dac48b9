//! The one table of catalog kinds. Every list of a [`Catalog`](super::Catalog) is declared here
//! once: its field, its item type, the object kinds its items are, the fields that make up their
//! identity and how that identity is shaped, the field naming the schema the items live in, and
//! what the diff does with them. Everything per-list in the engine follows from this table:
//!
//! - the `Catalog` struct itself, its JSON Schema descriptions, `Catalog::empty`, sorting and
//!   shrinking (`catalog.rs`);
//! - schema filtering (`diff/filter.rs`);
//! - which objects one catalog lacks of the other, and finding one by identity
//!   (`core/presence.rs`);
//! - the objects that take comments and privileges (`core/object.rs`);
//! - identities: [`ObjectKind::shape`], and [`Listed::identity`] for every item, which `core`
//!   formats into keys (`core/identity.rs`) in one place;
//! - [`catalog_kinds`], what a client (the web page) needs to find an object by its identity.
//!
//! Adding a kind starts with one entry here (CONTRIBUTING.md has the checklist).

use schemars::JsonSchema;
use serde::Serialize;

use super::*;

/// Invokes `$then!` with the table of catalog lists. Each entry:
///
/// ```text
/// /// Description of the list (becomes the JSON Schema description).
/// list: ItemType {
///     kinds: [ObjectKind variants its items are],
///     identity: shape(fields...),     // global(name) | qualified(schema, name)
///                                     // | member(schema, table, name) | call(schema, name, args)
///                                     // | cast(source, target) | mapping(role, server)
///                                     // | transform(type, language)
///                                     // | entry(fields...): no object identity, sorted by fields
///     schema: field(f) | optional(f) | none(),   // where the items live, for schema filters
///     diffed: object | bare | reported | entries,
///     phases: (CreatePhase, DropPhase),       // where its creations and drops go by default
/// }
/// ```
///
/// `diffed`: `object` items are objects that carry comments and privileges; `bare` ones are
/// objects without (extensions: their comment comes with them); `reported` ones are read and
/// compared but not migrated (each difference is a warning); `entries` are not objects at all.
/// `phases` name `core::Phase` variants: the phase of a creation and of a drop of the kind
/// unless its generator says otherwise (`Step::create`, `Step::drop`); the model does not read
/// them.
macro_rules! for_each_list {
    ($then:ident) => {
        $crate::model::declarations::for_each_list! { @table $then
            /// Schemas (`pg_namespace`), but for the system's own (`pg_catalog`,
            /// `information_schema`, `pg_toast`, temporary schemas) and those of extensions.
            schemas: Schema {
                kinds: [Schema], identity: global(name), schema: field(name), diffed: object, phases: (CreateSchemas, DropSchemas),
            },
            /// Installed extensions (`pg_extension`). Their member objects appear in no other list.
            extensions: Extension {
                kinds: [Extension], identity: global(name), schema: field(schema), diffed: bare, phases: (CreateExtensions, DropExtensions),
            },
            /// Collations (`pg_collation`) created by users.
            collations: Collation {
                kinds: [Collation], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateCollations, DropCollations),
            },
            /// Enum types (`pg_type` typtype `e`) with their labels.
            enums: Enum {
                kinds: [Enum], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTypes, DropTypes),
            },
            /// Domains (`pg_type` typtype `d`) with their constraints.
            domains: Domain {
                kinds: [Domain], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTypes, DropTypes),
            },
            /// Composite types created with `CREATE TYPE ... AS (...)` (not tables' row types).
            composite_types: CompositeType {
                kinds: [CompositeType], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTypes, DropTypes),
            },
            /// Range types (`pg_range`).
            range_types: RangeType {
                kinds: [RangeType], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTypes, DropTypes),
            },
            /// Base types (`pg_type` typtype `b`) users created with input and output functions,
            /// but for extensions' and array types.
            base_types: BaseType {
                kinds: [BaseType], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTypes, DropTypes),
            },
            /// Shell types (`CREATE TYPE name`; `pg_type` typtype `p`) no base type completes.
            shell_types: ShellType {
                kinds: [ShellType], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTypes, DropTypes),
            },
            /// Sequences (`pg_sequence`), but for those behind identity columns, which their
            /// column describes.
            sequences: Sequence {
                kinds: [Sequence], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateSequences, DropSequences),
            },
            /// Tables, partitioned tables and partitions (`pg_class` relkind `r` and `p`) with
            /// their columns.
            tables: Table {
                kinds: [Table], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (Tables, Tables),
            },
            /// Views and materialized views (`pg_class` relkind `v` and `m`).
            views: View {
                kinds: [View, MaterializedView], identity: qualified(schema, name),
                schema: field(schema), diffed: object, phases: (CreateSelectables, DropSelectables),
            },
            /// Table constraints (`pg_constraint` on a relation): primary keys, unique, check,
            /// foreign key and exclusion constraints.
            constraints: Constraint {
                kinds: [Constraint], identity: member(schema, table, name), schema: field(schema),
                diffed: object, phases: (CreateConstraints, DropConstraints),
            },
            /// Indexes (`pg_index`) on tables and materialized views, those behind constraints
            /// included.
            indexes: Index {
                kinds: [Index], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateIndexes, DropIndexes),
            },
            /// Extended statistics (`pg_statistic_ext`) on tables.
            statistics: Statistics {
                kinds: [Statistics], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateStatistics, DropStatistics),
            },
            /// Functions, procedures and window functions (`pg_proc` prokind `f`, `p`, `w`).
            functions: Function {
                kinds: [Function], identity: call(schema, name, identity_arguments),
                schema: field(schema), diffed: object, phases: (CreateSelectables, DropSelectables),
            },
            /// Aggregates (`pg_proc` prokind `a` with `pg_aggregate`): plain, ordered-set and
            /// hypothetical.
            aggregates: Aggregate {
                kinds: [Aggregate], identity: call(schema, name, identity_arguments),
                schema: field(schema), diffed: object, phases: (CreateSelectables, DropSelectables),
            },
            /// Casts users created (`pg_cast` rows neither built in nor an extension's); they
            /// belong to no schema and are named by their two types.
            casts: Cast {
                kinds: [Cast], identity: cast(source, target), schema: none(), diffed: object, phases: (CreateCasts, DropCasts),
            },
            /// Procedural languages (`pg_language`) users created without an extension; they
            /// belong to no schema.
            languages: Language {
                kinds: [Language], identity: global(name), schema: none(), diffed: object,
                phases: (CreateLanguages, DropLanguages),
            },
            /// Encoding conversions (`pg_conversion`) users created.
            conversions: Conversion {
                kinds: [Conversion], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateLanguages, DropLanguages),
            },
            /// Access methods (`pg_am`) users created without an extension, for tables or
            /// indexes; they belong to no schema.
            access_methods: AccessMethod {
                kinds: [AccessMethod], identity: global(name), schema: none(), diffed: object,
                phases: (CreateAccessMethods, DropAccessMethods),
            },
            /// Transforms (`pg_transform`) users created without an extension, named by their
            /// type and language; they belong to no schema.
            transforms: Transform {
                kinds: [Transform], identity: transform(data_type, language), schema: none(),
                diffed: object, phases: (CreateTransforms, DropTransforms),
            },
            /// Operators (`pg_operator`) users created, but for shells.
            operators: Operator {
                kinds: [Operator], identity: call(schema, name, identity_arguments),
                schema: field(schema), diffed: object, phases: (CreateOperators, DropOperators),
            },
            /// Operator families (`pg_opfamily`) users created, with the members added to them.
            operator_families: OperatorFamily {
                kinds: [OperatorFamily], identity: call(schema, name, access_method),
                schema: field(schema), diffed: object, phases: (CreateOperators, DropOperators),
            },
            /// Operator classes (`pg_opclass`) users created, with their members.
            operator_classes: OperatorClass {
                kinds: [OperatorClass], identity: call(schema, name, access_method),
                schema: field(schema), diffed: object, phases: (CreateOperators, DropOperators),
            },
            /// Members users added to operator families no list holds (built-in families,
            /// extensions'), with their operator or function.
            family_additions: FamilyAddition {
                kinds: [], identity: entry(family_schema, family, access_method, name),
                schema: none(), diffed: entries, phases: (CreateCasts, DropTriggers),
            },
            /// Text search parsers (`pg_ts_parser`) users created.
            text_search_parsers: TextSearchParser {
                kinds: [TextSearchParser], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTextSearch, DropTextSearch),
            },
            /// Text search templates (`pg_ts_template`) users created.
            text_search_templates: TextSearchTemplate {
                kinds: [TextSearchTemplate], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTextSearch, DropTextSearch),
            },
            /// Text search dictionaries (`pg_ts_dict`) users created, with their options.
            text_search_dictionaries: TextSearchDictionary {
                kinds: [TextSearchDictionary], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTextSearch, DropTextSearch),
            },
            /// Text search configurations (`pg_ts_config`) users created, with their token
            /// mappings (`pg_ts_config_map`).
            text_search_configurations: TextSearchConfiguration {
                kinds: [TextSearchConfiguration], identity: qualified(schema, name), schema: field(schema),
                diffed: object, phases: (CreateTextSearch, DropTextSearch),
            },
            /// Foreign-data wrappers (`pg_foreign_data_wrapper`) no extension owns; they belong
            /// to no schema.
            foreign_data_wrappers: ForeignDataWrapper {
                kinds: [ForeignDataWrapper], identity: global(name), schema: none(), diffed: object,
                phases: (CreateForeignDataWrappers, DropForeignDataWrappers),
            },
            /// Foreign servers (`pg_foreign_server`) no extension owns; they belong to no schema.
            foreign_servers: ForeignServer {
                kinds: [ForeignServer], identity: global(name), schema: none(), diffed: object,
                phases: (CreateForeignServers, DropForeignServers),
            },
            /// User mappings (`pg_user_mappings`), by role and server; the values of options
            /// that hold secrets are read only when asked for (docs/safety.md).
            user_mappings: UserMapping {
                kinds: [UserMapping], identity: mapping(role, server), schema: none(), diffed: bare,
                phases: (CreateUserMappings, DropUserMappings),
            },
            /// Triggers on tables and views (`pg_trigger`, internal ones left out).
            triggers: Trigger {
                kinds: [Trigger], identity: member(schema, table, name), schema: field(schema),
                diffed: object, phases: (CreateTriggers, DropTriggers),
            },
            /// Event triggers (`pg_event_trigger`); they belong to no schema.
            event_triggers: EventTrigger {
                kinds: [EventTrigger], identity: global(name), schema: none(), diffed: object, phases: (CreateEventTriggers, DropEventTriggers),
            },
            /// Row-level security policies (`pg_policy`).
            policies: Policy {
                kinds: [Policy], identity: member(schema, table, name), schema: field(schema),
                diffed: object, phases: (CreatePolicies, DropPolicies),
            },
            /// Rewrite rules (`pg_rewrite`) on tables and views, but for views' `_RETURN` rules.
            rules: Rule {
                kinds: [Rule], identity: member(schema, table, name), schema: field(schema),
                diffed: object, phases: (CreateRules, DropRules),
            },
            /// Default privileges (`pg_default_acl`), one entry per role, schema, object type,
            /// grantee and privilege.
            default_privileges: DefaultPrivilege {
                kinds: [], identity: entry(role, schema, object_type, grantee, privilege),
                schema: optional(schema), diffed: entries, phases: (GrantPrivileges, RevokePrivileges),
            },
            /// Publications (`pg_publication`) with the tables and schemas they name; they belong
            /// to no schema.
            publications: Publication {
                kinds: [Publication], identity: global(name), schema: none(), diffed: object,
                phases: (CreatePublications, DropPublications),
            },
            /// Subscriptions (`pg_subscription`) of the database; they belong to no schema. The
            /// connection's secrets are read only when asked for (docs/safety.md).
            subscriptions: Subscription {
                kinds: [Subscription], identity: global(name), schema: none(), diffed: object,
                phases: (CreateSubscriptions, DropSubscriptions),
            },
        }
    };
    // What `$then!` receives: each entry as one positional tuple, so that a consumer's pattern
    // is one line: `($list, $ty, [$kind, ...], $shape [$field, ...], $schema [$schema_field?],
    // $diffed, $create, $drop, [$doc, ...])`.
    (@table $then:ident $(
        $(#[doc = $doc:literal])*
        $list:ident: $ty:ident {
            kinds: [$($kind:ident),*], identity: $shape:ident($($field:ident),+),
            schema: $schema:ident($($schema_field:ident)?), diffed: $diffed:ident,
            phases: ($create:ident, $drop:ident) $(,)?
        }
    ),+ $(,)?) => {
        $then! {
            $(($list, $ty, [$($kind),*], $shape [$($field),+], $schema [$($schema_field)?],
               $diffed, $create, $drop, [$($doc),*])),+
        }
    };
}
pub(crate) use for_each_list;

/// How an identity is made of its fields, and so how it is written (`core` formats it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IdentityShape {
    /// A name alone, unique in the database: `"name"`.
    Global,
    /// A schema and a name: `"schema"."name"`.
    Qualified,
    /// An object of a table: `"schema"."table"."name"`.
    Member,
    /// A routine: `"schema"."name"(identity arguments)`.
    Call,
    /// A cast: `(source as target)`, its two types as `format_type` writes them. The source
    /// is held in [`IdentityFields::name`], the target in [`IdentityFields::args`].
    Cast,
    /// A user mapping: `for "role" server "server"` (`public` for the mapping of every role).
    /// The role is held in [`IdentityFields::name`], the server in [`IdentityFields::args`].
    Mapping,
    /// A transform: `for type language "language"`, its type as `format_type` writes it. The
    /// type is held in [`IdentityFields::name`], the language in [`IdentityFields::args`].
    Transform,
}

/// The fields of an object's identity, borrowed from the object; absent ones are empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct IdentityFields<'a> {
    /// The schema, for all but global objects.
    pub schema: &'a str,
    /// The table, for objects of a table (constraints, triggers, policies).
    pub table: &'a str,
    /// The object's own name; a cast's source type; a user mapping's role; a transform's type.
    pub name: &'a str,
    /// A routine's identity arguments, as `pg_get_function_identity_arguments` prints them; a
    /// cast's target type; a user mapping's server; a transform's language.
    pub args: &'a str,
}

/// What the table declares of a list's items.
pub trait Listed {
    /// The item's object kind (views: view or materialized view).
    fn object_kind(&self) -> ObjectKind;
    /// The item's identity fields.
    fn identity(&self) -> IdentityFields<'_>;
}

/// One catalog list as [`catalog_kinds`] describes it to clients (the web page finds an
/// object by the identity a change names with it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct KindDeclaration {
    /// The catalog field, e.g. `tables`.
    pub list: &'static str,
    /// The object kinds of its items, as changes name them (`table`, `materialized_view`).
    pub kinds: &'static [&'static str],
    /// How the identity is shaped; absent for lists of entries that are not objects.
    pub shape: Option<IdentityShape>,
    /// The item fields the identity (or, for entries, the order) is made of, in order.
    pub identity_fields: &'static [&'static str],
    /// The field naming the schema the items live in, if any.
    pub schema_field: Option<&'static str>,
}

macro_rules! identity_fields {
    (global, $x:expr, $name:ident) => {
        IdentityFields {
            name: &$x.$name,
            ..IdentityFields::default()
        }
    };
    (qualified, $x:expr, $schema:ident, $name:ident) => {
        IdentityFields {
            schema: &$x.$schema,
            name: &$x.$name,
            ..IdentityFields::default()
        }
    };
    (member, $x:expr, $schema:ident, $table:ident, $name:ident) => {
        IdentityFields {
            schema: &$x.$schema,
            table: &$x.$table,
            name: &$x.$name,
            ..IdentityFields::default()
        }
    };
    (cast, $x:expr, $source:ident, $target:ident) => {
        IdentityFields {
            name: &$x.$source,
            args: &$x.$target,
            ..IdentityFields::default()
        }
    };
    (mapping, $x:expr, $role:ident, $server:ident) => {
        IdentityFields {
            name: &$x.$role,
            args: &$x.$server,
            ..IdentityFields::default()
        }
    };
    (transform, $x:expr, $data_type:ident, $language:ident) => {
        IdentityFields {
            name: &$x.$data_type,
            args: &$x.$language,
            ..IdentityFields::default()
        }
    };
    (call, $x:expr, $schema:ident, $name:ident, $args:ident) => {
        IdentityFields {
            schema: &$x.$schema,
            name: &$x.$name,
            args: &$x.$args,
            ..IdentityFields::default()
        }
    };
}

macro_rules! shape_of {
    (global) => {
        Some(IdentityShape::Global)
    };
    (qualified) => {
        Some(IdentityShape::Qualified)
    };
    (member) => {
        Some(IdentityShape::Member)
    };
    (call) => {
        Some(IdentityShape::Call)
    };
    (cast) => {
        Some(IdentityShape::Cast)
    };
    (mapping) => {
        Some(IdentityShape::Mapping)
    };
    (transform) => {
        Some(IdentityShape::Transform)
    };
    (entry) => {
        None
    };
}

/// Implements [`Listed`] for the items of object lists (not `entries`).
macro_rules! listed {
    ($ty:ident, $list:ident, [View, MaterializedView], $shape:ident($($field:ident),+)) => {
        impl Listed for $ty {
            fn object_kind(&self) -> ObjectKind {
                if self.materialized {
                    ObjectKind::MaterializedView
                } else {
                    ObjectKind::View
                }
            }
            fn identity(&self) -> IdentityFields<'_> {
                identity_fields!($shape, self, $($field),+)
            }
        }
    };
    ($ty:ident, $list:ident, [$kind:ident], $shape:ident($($field:ident),+)) => {
        impl Listed for $ty {
            fn object_kind(&self) -> ObjectKind {
                ObjectKind::$kind
            }
            fn identity(&self) -> IdentityFields<'_> {
                identity_fields!($shape, self, $($field),+)
            }
        }
    };
    ($ty:ident, $list:ident, [], $shape:ident($($field:ident),+)) => {};
}

macro_rules! schema_field_name {
    (field($f:ident)) => {
        Some(stringify!($f))
    };
    (optional($f:ident)) => {
        Some(stringify!($f))
    };
    (none()) => {
        None
    };
}

macro_rules! declare {
    ($(($list:ident, $ty:ident, [$($kind:ident),*], $shape:ident [$($field:ident),+], $schema:ident [$($schema_field:ident)?], $diffed:ident, $create:ident, $drop:ident, [$($doc:literal),*])),+) => {
        $( listed!($ty, $list, [$($kind),*], $shape($($field),+)); )+

        impl ObjectKind {
            /// How identities of this kind are shaped.
            pub fn shape(self) -> IdentityShape {
                $($(
                    if self == ObjectKind::$kind {
                        return shape_of!($shape).unwrap_or(IdentityShape::Global);
                    }
                )*)+
                IdentityShape::Global
            }

            /// The catalog list that holds objects of this kind.
            pub fn list(self) -> &'static str {
                $($(
                    if self == ObjectKind::$kind {
                        return stringify!($list);
                    }
                )*)+
                ""
            }
        }

        /// Every catalog list, as the table of kinds declares it, in catalog order. Data, not
        /// code: a constant, so it costs the wasm module its bytes alone.
        static CATALOG_KINDS: &[KindDeclaration] = &[$(
            KindDeclaration {
                list: stringify!($list),
                kinds: &[$(ObjectKind::$kind.as_str()),*],
                shape: shape_of!($shape),
                identity_fields: &[$(stringify!($field)),+],
                schema_field: schema_field_name!($schema($($schema_field)?)),
            }
        ),+];
    };
}

for_each_list!(declare);

/// Every catalog list, as the table of kinds declares it, in catalog order.
pub fn catalog_kinds() -> &'static [KindDeclaration] {
    CATALOG_KINDS
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVERY_KIND: [ObjectKind; 39] = [
        ObjectKind::Schema,
        ObjectKind::Extension,
        ObjectKind::Collation,
        ObjectKind::Enum,
        ObjectKind::Domain,
        ObjectKind::CompositeType,
        ObjectKind::RangeType,
        ObjectKind::Sequence,
        ObjectKind::Table,
        ObjectKind::View,
        ObjectKind::MaterializedView,
        ObjectKind::Constraint,
        ObjectKind::Index,
        ObjectKind::Function,
        ObjectKind::Aggregate,
        ObjectKind::Trigger,
        ObjectKind::EventTrigger,
        ObjectKind::Policy,
        ObjectKind::Cast,
        ObjectKind::Publication,
        ObjectKind::Rule,
        ObjectKind::Statistics,
        ObjectKind::Language,
        ObjectKind::Conversion,
        ObjectKind::Operator,
        ObjectKind::OperatorFamily,
        ObjectKind::OperatorClass,
        ObjectKind::TextSearchParser,
        ObjectKind::TextSearchTemplate,
        ObjectKind::TextSearchDictionary,
        ObjectKind::TextSearchConfiguration,
        ObjectKind::ForeignDataWrapper,
        ObjectKind::ForeignServer,
        ObjectKind::UserMapping,
        ObjectKind::Subscription,
        ObjectKind::AccessMethod,
        ObjectKind::Transform,
        ObjectKind::BaseType,
        ObjectKind::ShellType,
    ];

    #[test]
    fn every_object_kind_lives_in_exactly_one_list() {
        let declarations = catalog_kinds();
        for kind in EVERY_KIND {
            let lists: Vec<&str> = declarations
                .iter()
                .filter(|d| d.kinds.contains(&kind.as_str()))
                .map(|d| d.list)
                .collect();
            assert_eq!(lists, [kind.list()], "{kind:?}");
        }
        // Adding a variant to ObjectKind without adding it here fails to compile this match.
        for kind in EVERY_KIND {
            match kind {
                ObjectKind::Schema
                | ObjectKind::Extension
                | ObjectKind::Collation
                | ObjectKind::Enum
                | ObjectKind::Domain
                | ObjectKind::CompositeType
                | ObjectKind::RangeType
                | ObjectKind::BaseType
                | ObjectKind::ShellType
                | ObjectKind::Sequence
                | ObjectKind::Table
                | ObjectKind::View
                | ObjectKind::MaterializedView
                | ObjectKind::Constraint
                | ObjectKind::Index
                | ObjectKind::Function
                | ObjectKind::Aggregate
                | ObjectKind::Trigger
                | ObjectKind::EventTrigger
                | ObjectKind::Policy
                | ObjectKind::Cast
                | ObjectKind::Publication
                | ObjectKind::Rule
                | ObjectKind::Statistics
                | ObjectKind::Language
                | ObjectKind::Conversion
                | ObjectKind::Operator
                | ObjectKind::OperatorFamily
                | ObjectKind::OperatorClass
                | ObjectKind::TextSearchParser
                | ObjectKind::TextSearchTemplate
                | ObjectKind::TextSearchDictionary
                | ObjectKind::TextSearchConfiguration
                | ObjectKind::ForeignDataWrapper
                | ObjectKind::ForeignServer
                | ObjectKind::UserMapping
                | ObjectKind::Subscription
                | ObjectKind::AccessMethod
                | ObjectKind::Transform => {}
            }
        }
    }

    /// The declarations against the published JSON Schema: every array of the catalog is a
    /// declared list (or the dependencies), each declared list is described, and every field a
    /// declaration names is a property of the list's items.
    #[test]
    fn declarations_match_the_catalog_json_schema() {
        let schema: serde_json::Value =
            serde_json::from_str(&super::super::json_schema()).expect("schema is JSON");
        let properties = schema["properties"]
            .as_object()
            .expect("catalog properties");
        let declarations = catalog_kinds();
        let mut arrays: Vec<&str> = properties
            .iter()
            .filter(|(_, p)| p["type"] == "array")
            .map(|(name, _)| name.as_str())
            .collect();
        arrays.sort();
        let mut declared: Vec<&str> = declarations.iter().map(|d| d.list).collect();
        // The lists that are not kinds: the edges between objects, the casts into the columns'
        // types, the fetch's notes and the objects no list models.
        declared.extend(["dependencies", "type_casts", "notes", "unmodeled"]);
        declared.sort();
        assert_eq!(arrays, declared, "catalog lists and declarations differ");
        for d in declarations {
            let property = &properties[d.list];
            // The list's doc comment in the table of kinds becomes its description.
            let described = property["description"].as_str().unwrap_or_default();
            assert!(!described.trim().is_empty(), "{} is not described", d.list);
            let item = property["items"]["$ref"]
                .as_str()
                .and_then(|r| r.strip_prefix("#/definitions/"))
                .expect("items are a definition");
            let item_properties = &schema["definitions"][item]["properties"];
            for field in d.identity_fields.iter().chain(&d.schema_field) {
                assert!(
                    item_properties.get(field).is_some(),
                    "{}: {item} has no field {field}",
                    d.list
                );
            }
        }
    }
}
