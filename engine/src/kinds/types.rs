//! User-defined types: enums, domains, composite types and range types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Privilege, TypeRef};
use super::table::QualifiedName;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Enum {
    pub schema: String,
    pub name: String,
    pub owner: String,
    /// Labels in their sort order (`enumsortorder`).
    pub labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Domain {
    pub schema: String,
    pub name: String,
    pub owner: String,
    /// The base type as `format_type` prints it.
    pub base_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_type_ref: Option<TypeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    pub not_null: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<DomainCheck>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DomainCheck {
    pub name: String,
    /// As `pg_get_constraintdef` prints it, e.g. `CHECK ((VALUE > 0))`.
    pub definition: String,
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub validated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CompositeType {
    pub schema: String,
    pub name: String,
    pub owner: String,
    pub attributes: Vec<CompositeAttribute>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CompositeAttribute {
    pub name: String,
    #[serde(rename = "type")]
    pub type_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_ref: Option<TypeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RangeType {
    pub schema: String,
    pub name: String,
    pub owner: String,
    pub subtype: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype_opclass: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collation: Option<QualifiedName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype_diff: Option<String>,
    /// The multirange type's name (14+), when it is not the default one PostgreSQL derives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multirange_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

use crate::catalog::Catalog;
use crate::diff::{differences, Context};
use crate::migration::{Action, Hazard};
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::{qualified, quote_ident, quote_ident_if_needed, quote_literal};

use super::ObjectKind;

/// The name a type is renamed to while its replacement is created, as migra names it.
const OLD_VERSION_SUFFIX: &str = "__old_version_to_be_dropped";

macro_rules! keyed {
    ($t:ty, $kind:expr) => {
        impl $t {
            pub(crate) fn key(&self) -> String {
                qualified(&self.schema, &self.name)
            }

            pub(crate) fn id(&self) -> ObjectId {
                ObjectId::new($kind, self.key())
            }
        }
    };
}

keyed!(Enum, ObjectKind::Enum);
keyed!(Domain, ObjectKind::Domain);
keyed!(CompositeType, ObjectKind::CompositeType);
keyed!(RangeType, ObjectKind::RangeType);

impl Enum {
    fn create_sql(&self) -> String {
        let labels: Vec<String> = self.labels.iter().map(|l| quote_literal(l)).collect();
        format!(
            "create type {} as enum ({});",
            self.key(),
            labels.join(", ")
        )
    }

    /// `ALTER TYPE ... ADD VALUE` statements turning `before` into `self`, or `None` when labels
    /// were removed or reordered, which only recreating the type can do.
    fn add_value_statements(&self, before: &Enum) -> Option<Vec<String>> {
        let mut remaining = before.labels.iter().peekable();
        for label in &self.labels {
            if remaining.peek() == Some(&label) {
                remaining.next();
            }
        }
        if remaining.next().is_some() || before.labels.iter().any(|l| !self.labels.contains(l)) {
            return None;
        }
        let mut statements = vec![];
        for (i, label) in self.labels.iter().enumerate() {
            if before.labels.contains(label) {
                continue;
            }
            // Place each new label before the next old one; at the end, append.
            let next_old = self.labels[i + 1..]
                .iter()
                .find(|l| before.labels.contains(l));
            let position = match next_old {
                Some(next) => format!(" before {}", quote_literal(next)),
                None => String::new(),
            };
            statements.push(format!(
                "alter type {} add value {}{};",
                self.key(),
                quote_literal(label),
                position
            ));
        }
        Some(statements)
    }
}

/// The enums and domains recreated through [`TypeRecreation`], in creation order: enums whose
/// labels were removed or reordered, domains whose base type or collation changed, and domains
/// over any of those (transitively), which would otherwise stay over the renamed old type. Each
/// domain says whether its values must move through `text` (when an enum is recreated under it).
struct Recreated<'a> {
    enums: Vec<&'a Enum>,
    domains: Vec<(&'a Domain, bool)>,
}

fn recreated<'a>(from: &'a Catalog, to: &'a Catalog) -> Recreated<'a> {
    let enums: Vec<&Enum> = differences(&from.enums, &to.enums, Enum::key, |a, b| {
        !enum_needs_recreate(a, b, to)
    })
    .modified
    .into_iter()
    .map(|(_, _, e)| e)
    .collect();
    let candidates = differences(&from.domains, &to.domains, Domain::key, |_, _| false).modified;
    let mut domains: Vec<(&Domain, bool)> = vec![];
    let over = |x: &Domain, schema: &str, name: &str| {
        x.base_type_ref
            .as_ref()
            .is_some_and(|t| t.schema == schema && t.name == name)
    };
    // Domains over domains: each sweep adds those whose base was added by the one before.
    loop {
        let before = domains.len();
        for (_, old, new) in &candidates {
            if domains.iter().any(|(d, _)| d.key() == new.key()) {
                continue;
            }
            let over_enum = enums.iter().any(|e| over(new, &e.schema, &e.name));
            let over_domain = domains
                .iter()
                .find(|(d, _)| over(new, &d.schema, &d.name))
                .map(|(_, via_text)| *via_text);
            if over_enum || over_domain.is_some() || domain_needs_recreate(old, new) {
                domains.push((new, over_enum || over_domain.unwrap_or(false)));
            }
        }
        if domains.len() == before {
            break;
        }
    }
    Recreated { enums, domains }
}

/// (schema, name) of the types recreated through [`TypeRecreation`]: their columns change type.
pub(crate) fn recreated_types(from: &Catalog, to: &Catalog) -> Vec<(String, String)> {
    let r = recreated(from, to);
    let enums = r.enums.iter().map(|e| (e.schema.clone(), e.name.clone()));
    let domains = r
        .domains
        .iter()
        .map(|(x, _)| (x.schema.clone(), x.name.clone()));
    enums.chain(domains).collect()
}

/// Labels removed or reordered, or added ones that the target already uses: PostgreSQL refuses to
/// use a value in the transaction that adds it, and migrations run in one transaction.
fn enum_needs_recreate(before: &Enum, after: &Enum, to: &Catalog) -> bool {
    before.labels != after.labels
        && (after.add_value_statements(before).is_none() || added_label_used(before, after, to))
}

/// Whether a definition in `to` holds one of the labels added to the enum, as PostgreSQL prints a
/// constant of the type: `'label'::name` or `'label'::schema.name`. Function bodies count too,
/// though only SQL-standard bodies are parsed when created: a false alarm costs a recreation, a
/// missed use a failed migration.
fn added_label_used(before: &Enum, after: &Enum, to: &Catalog) -> bool {
    let type_names = [
        quote_ident_if_needed(&after.name),
        format!(
            "{}.{}",
            quote_ident_if_needed(&after.schema),
            quote_ident_if_needed(&after.name)
        ),
    ];
    let needles: Vec<String> = after
        .labels
        .iter()
        .filter(|l| !before.labels.contains(l))
        .map(|l| format!("{}::", quote_literal(l)))
        .collect();
    let uses = |text: &str| {
        needles.iter().any(|needle| {
            text.match_indices(needle.as_str()).any(|(at, _)| {
                let rest = &text[at + needle.len()..];
                type_names.iter().any(|name| {
                    rest.strip_prefix(name.as_str()).is_some_and(|after_name| {
                        !after_name
                            .starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$')
                    })
                })
            })
        })
    };
    let opt = |text: &Option<String>| text.as_deref().is_some_and(uses);
    to.domains
        .iter()
        .any(|d| opt(&d.default) || d.checks.iter().any(|c| uses(&c.definition)))
        || to.constraints.iter().any(|c| uses(&c.definition))
        || to
            .tables
            .iter()
            .any(|t| t.columns.iter().any(|c| opt(&c.default)))
        || to.indexes.iter().any(|i| uses(&i.definition))
        || to.views.iter().any(|v| uses(&v.definition))
        || to.functions.iter().any(|f| uses(&f.definition))
        || to
            .policies
            .iter()
            .any(|p| opt(&p.using) || opt(&p.with_check))
        || to.triggers.iter().any(|t| uses(&t.definition))
}

/// Types that must be dropped and created again, so their dependents must be too.
pub(crate) fn replaced(from: &Catalog, to: &Catalog) -> Vec<ObjectId> {
    let mut ids = vec![];
    let d = differences(&from.enums, &to.enums, Enum::key, |a, b| {
        !enum_needs_recreate(a, b, to)
    });
    ids.extend(d.modified.iter().map(|(_, _, e)| e.id()));
    ids.extend(recreated(from, to).domains.iter().map(|(x, _)| x.id()));
    let d = differences(
        &from.range_types,
        &to.range_types,
        RangeType::key,
        range_definition_eq,
    );
    ids.extend(d.modified.iter().map(|(_, _, x)| x.id()));
    ids
}

/// A type that columns use and that PostgreSQL cannot alter into its new shape: an enum whose
/// labels were removed or reordered, a domain whose base type or collation changed. migra's path
/// for enums, applied to both: rename the old type away, create the new one, move each column
/// over with a cast, and drop the old type.
pub(crate) struct TypeRecreation {
    pub id: ObjectId,
    pub schema: String,
    pub name: String,
    /// `type` or `domain`, for `ALTER ... RENAME` and `DROP`.
    keyword: &'static str,
    create_sql: String,
    /// For a domain over another recreated type: that type, whose old version can only be
    /// dropped once this one's is.
    pub over: Option<ObjectId>,
    /// Enum values move through `text` (there is no cast between two enums); a domain's through
    /// its base type's casts, which a cast to the new domain finds by itself.
    via_text: bool,
}

pub(crate) fn type_recreations(cx: &Context) -> Vec<TypeRecreation> {
    let r = recreated(cx.from, cx.to);
    let enums = r.enums.into_iter().map(|e| TypeRecreation {
        id: e.id(),
        schema: e.schema.clone(),
        name: e.name.clone(),
        keyword: "type",
        create_sql: e.create_sql(),
        over: None,
        via_text: true,
    });
    let mut all: Vec<TypeRecreation> = enums.collect();
    for (x, via_text) in r.domains {
        let over = x.base_type_ref.as_ref().and_then(|t| {
            all.iter()
                .find(|r| r.schema == t.schema && r.name == t.name)
                .map(|r| r.id.clone())
        });
        all.push(TypeRecreation {
            id: x.id(),
            schema: x.schema.clone(),
            name: x.name.clone(),
            keyword: "domain",
            create_sql: x.create_sql(),
            over,
            via_text,
        });
    }
    all
}

impl TypeRecreation {
    pub(crate) fn key(&self) -> String {
        qualified(&self.schema, &self.name)
    }

    /// The `USING` expression that moves `column` (quoted) to the new type (`[]` for arrays).
    pub(crate) fn cast(&self, column: &str, array: &str) -> String {
        let key = self.key();
        if self.via_text {
            format!("{column}::text{array}::{key}{array}")
        } else {
            format!("{column}::{key}{array}")
        }
    }

    pub(crate) fn rename_and_create(&self) -> Vec<Step> {
        let old_name = format!("{}{OLD_VERSION_SUFFIX}", self.name);
        vec![
            Step::new(
                Phase::Tables,
                self.id.clone(),
                StepAction::Alter,
                Action::Replace,
                format!(
                    "alter {} {} rename to {};",
                    self.keyword,
                    self.key(),
                    quote_ident(&old_name)
                ),
            )
            .destructive(true),
            Step::new(
                Phase::Tables,
                self.id.clone(),
                StepAction::Create,
                Action::Replace,
                self.create_sql.clone(),
            ),
        ]
    }

    fn old_key(&self) -> String {
        qualified(&self.schema, &format!("{}{OLD_VERSION_SUFFIX}", self.name))
    }

    pub(crate) fn old_id(&self) -> ObjectId {
        ObjectId::new(self.id.kind, self.old_key())
    }

    /// Dropping the old version; `all` are every recreation, for the domains over this type,
    /// whose old versions go first.
    pub(crate) fn drop_old(&self, all: &[TypeRecreation]) -> Step {
        let mut step = Step::new(
            Phase::Tables,
            self.old_id(),
            StepAction::Drop,
            Action::Replace,
            format!("drop {} {};", self.keyword, self.old_key()),
        )
        .requires(self.id.clone());
        for domain in all.iter().filter(|r| r.over.as_ref() == Some(&self.id)) {
            step = step.after_drop_of(domain.old_id());
        }
        step
    }
}

impl Domain {
    fn create_sql(&self) -> String {
        let mut sql = format!("create domain {} as {}", self.key(), self.base_type);
        if let Some(collation) = &self.collation {
            sql.push_str(&format!(
                " collate {}",
                qualified(&collation.schema, &collation.name)
            ));
        }
        if let Some(default) = &self.default {
            sql.push_str(&format!(" default {default}"));
        }
        if self.not_null {
            sql.push_str(" not null");
        }
        for check in &self.checks {
            sql.push_str(&format!(
                " constraint {} {}",
                quote_ident(&check.name),
                check.definition
            ));
        }
        sql.push(';');
        sql
    }
}

fn domain_needs_recreate(before: &Domain, after: &Domain) -> bool {
    before.base_type != after.base_type || before.collation != after.collation
}

fn domain_definition_eq(a: &Domain, b: &Domain) -> bool {
    let Domain {
        schema: _,
        name: _,
        owner: _,
        base_type,
        base_type_ref,
        collation,
        default,
        not_null,
        checks,
        comment: _,
        privileges: _,
    } = a;
    *base_type == b.base_type
        && *base_type_ref == b.base_type_ref
        && *collation == b.collation
        && *default == b.default
        && *not_null == b.not_null
        && *checks == b.checks
}

impl CompositeType {
    fn create_sql(&self) -> String {
        let attributes: Vec<String> = self.attributes.iter().map(attribute_sql).collect();
        format!("create type {} as ({});", self.key(), attributes.join(", "))
    }
}

fn attribute_sql(a: &CompositeAttribute) -> String {
    let mut sql = format!("{} {}", quote_ident(&a.name), a.type_name);
    if let Some(collation) = &a.collation {
        sql.push_str(&format!(
            " collate {}",
            qualified(&collation.schema, &collation.name)
        ));
    }
    sql
}

impl RangeType {
    fn create_sql(&self) -> String {
        let mut options = vec![format!("subtype = {}", self.subtype)];
        if let Some(opclass) = &self.subtype_opclass {
            options.push(format!("subtype_opclass = {opclass}"));
        }
        if let Some(collation) = &self.collation {
            options.push(format!(
                "collation = {}",
                qualified(&collation.schema, &collation.name)
            ));
        }
        if let Some(canonical) = &self.canonical {
            options.push(format!("canonical = {canonical}"));
        }
        if let Some(diff) = &self.subtype_diff {
            options.push(format!("subtype_diff = {diff}"));
        }
        if let Some(multirange) = &self.multirange_name {
            options.push(format!(
                "multirange_type_name = {}",
                qualified(&self.schema, multirange)
            ));
        }
        format!(
            "create type {} as range ({});",
            self.key(),
            options.join(", ")
        )
    }
}

fn range_definition_eq(a: &RangeType, b: &RangeType) -> bool {
    let RangeType {
        schema: _,
        name: _,
        owner: _,
        subtype,
        subtype_opclass,
        collation,
        canonical,
        subtype_diff,
        multirange_name,
        comment: _,
        privileges: _,
    } = a;
    *subtype == b.subtype
        && *subtype_opclass == b.subtype_opclass
        && *collation == b.collation
        && *canonical == b.canonical
        && *subtype_diff == b.subtype_diff
        && *multirange_name == b.multirange_name
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>) {
    diff_enums(cx, out);
    diff_domains(cx, out);
    diff_composites(cx, out);
    diff_ranges(cx, out);
}

fn diff_enums(cx: &Context, out: &mut Vec<Step>) {
    let d = differences(&cx.from.enums, &cx.to.enums, Enum::key, |a, b| {
        a.labels == b.labels
    });
    for (_, e) in &d.added {
        out.push(Step::new(
            Phase::CreateTypes,
            e.id(),
            StepAction::Create,
            Action::Create,
            e.create_sql(),
        ));
    }
    for (_, before, after) in &d.modified {
        // Recreated enums are handled with the tables whose columns they move (see table.rs).
        if enum_needs_recreate(before, after, cx.to) {
            continue;
        }
        if let Some(statements) = after.add_value_statements(before) {
            for sql in statements {
                out.push(
                    Step::new(
                        Phase::CreateTypes,
                        after.id(),
                        StepAction::Alter,
                        Action::Alter,
                        sql,
                    )
                    .hazard(Hazard::EnumValueNotUsableInTransaction),
                );
            }
        }
    }
    for (key, e) in &d.removed {
        out.push(drop_type(e.id(), format!("drop type {key};")));
    }
}

fn drop_type(id: ObjectId, sql: String) -> Step {
    Step::new(Phase::DropTypes, id, StepAction::Drop, Action::Drop, sql).hazard(Hazard::DropsObject)
}

fn diff_domains(cx: &Context, out: &mut Vec<Step>) {
    let recreated: Vec<String> = recreated(cx.from, cx.to)
        .domains
        .iter()
        .map(|(x, _)| x.key())
        .collect();
    let d = differences(
        &cx.from.domains,
        &cx.to.domains,
        Domain::key,
        domain_definition_eq,
    );
    for (_, x) in &d.added {
        out.push(Step::new(
            Phase::CreateTypes,
            x.id(),
            StepAction::Create,
            Action::Create,
            x.create_sql(),
        ));
    }
    for (key, before, after) in &d.modified {
        // Recreated domains are handled with the tables whose columns they move (see table.rs).
        if recreated.contains(&after.key()) {
            continue;
        }
        if cx.must_recreate(&after.id()) {
            out.push(
                Step::new(
                    Phase::DropSelectables,
                    after.id(),
                    StepAction::Drop,
                    Action::Replace,
                    format!("drop domain {key};"),
                )
                .hazard(Hazard::DropsObject),
            );
            out.push(Step::new(
                Phase::DropSelectables,
                after.id(),
                StepAction::Create,
                Action::Replace,
                after.create_sql(),
            ));
            continue;
        }
        let alter = |sql: String, destructive: bool| {
            Step::new(
                Phase::CreateTypes,
                after.id(),
                StepAction::Alter,
                Action::Alter,
                format!("alter domain {key} {sql};"),
            )
            .destructive(destructive)
        };
        for check in &before.checks {
            if !after.checks.contains(check) {
                out.push(alter(
                    format!("drop constraint {}", quote_ident(&check.name)),
                    true,
                ));
            }
        }
        if before.default != after.default {
            match &after.default {
                Some(default) => out.push(alter(format!("set default {default}"), false)),
                None => out.push(alter("drop default".to_string(), true)),
            }
        }
        if before.not_null != after.not_null {
            if after.not_null {
                out.push(alter("set not null".to_string(), false).hazard(Hazard::ScansTable));
            } else {
                out.push(alter("drop not null".to_string(), true));
            }
        }
        for check in &after.checks {
            if !before.checks.contains(check) {
                out.push(alter(
                    format!(
                        "add constraint {} {}",
                        quote_ident(&check.name),
                        check.definition
                    ),
                    false,
                ));
            }
        }
    }
    for (key, x) in &d.removed {
        out.push(drop_type(x.id(), format!("drop domain {key};")));
    }
}

fn diff_composites(cx: &Context, out: &mut Vec<Step>) {
    let d = differences(
        &cx.from.composite_types,
        &cx.to.composite_types,
        CompositeType::key,
        |a, b| a.attributes == b.attributes,
    );
    for (_, x) in &d.added {
        out.push(Step::new(
            Phase::CreateTypes,
            x.id(),
            StepAction::Create,
            Action::Create,
            x.create_sql(),
        ));
    }
    for (key, before, after) in &d.modified {
        let mut clauses = vec![];
        for a in &before.attributes {
            if !after.attributes.iter().any(|b| b.name == a.name) {
                clauses.push((format!("drop attribute {}", quote_ident(&a.name)), true));
            }
        }
        for b in &after.attributes {
            match before.attributes.iter().find(|a| a.name == b.name) {
                None => clauses.push((format!("add attribute {}", attribute_sql(b)), false)),
                Some(a) if a != b => {
                    let mut clause = format!(
                        "alter attribute {} set data type {}",
                        quote_ident(&b.name),
                        b.type_name
                    );
                    if let Some(collation) = &b.collation {
                        clause.push_str(&format!(
                            " collate {}",
                            qualified(&collation.schema, &collation.name)
                        ));
                    }
                    clauses.push((clause, true));
                }
                Some(_) => {}
            }
        }
        for (clause, destructive) in clauses {
            out.push(
                Step::new(
                    Phase::CreateTypes,
                    after.id(),
                    StepAction::Alter,
                    Action::Alter,
                    format!("alter type {key} {clause};"),
                )
                .destructive(destructive),
            );
        }
    }
    for (key, x) in &d.removed {
        out.push(drop_type(x.id(), format!("drop type {key};")));
    }
}

fn diff_ranges(cx: &Context, out: &mut Vec<Step>) {
    let d = differences(
        &cx.from.range_types,
        &cx.to.range_types,
        RangeType::key,
        range_definition_eq,
    );
    for (_, x) in &d.added {
        out.push(Step::new(
            Phase::CreateTypes,
            x.id(),
            StepAction::Create,
            Action::Create,
            x.create_sql(),
        ));
    }
    for (key, _, after) in &d.modified {
        out.push(
            Step::new(
                Phase::DropSelectables,
                after.id(),
                StepAction::Drop,
                Action::Replace,
                format!("drop type {key};"),
            )
            .hazard(Hazard::DropsObject),
        );
        out.push(Step::new(
            Phase::DropSelectables,
            after.id(),
            StepAction::Create,
            Action::Replace,
            after.create_sql(),
        ));
    }
    for (key, x) in &d.removed {
        out.push(drop_type(x.id(), format!("drop type {key};")));
    }
}

super::object::catalog_object!(Enum, comment: "type", grant: "type", public: Some("USAGE"));
super::object::catalog_object!(Domain, comment: "domain", grant: "domain", public: Some("USAGE"));
super::object::catalog_object!(CompositeType, comment: "type", grant: "type", public: Some("USAGE"));
super::object::catalog_object!(RangeType, comment: "type", grant: "type", public: Some("USAGE"));
