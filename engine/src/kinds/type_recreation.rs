//! Types that columns use and that PostgreSQL cannot alter into their new shape, recreated the
//! way migra recreates enums: the old type renamed away, the new one created, every column moved
//! over with a cast, the old type dropped. Dependents (views, functions, ...) are recreated around
//! it by the generic machinery (diff/dependents.rs); the column moves are made with the tables
//! (table.rs).

use crate::catalog::Catalog;
use crate::diff::{differences, Context};
use crate::migration::Action;
use crate::plan::{ObjectId, Phase, Step, StepAction};
use crate::sql::{qualified, quote_ident, quote_ident_if_needed, quote_literal};

use super::types::domain_needs_recreate;
use super::{CompositeType, Domain, Enum};

/// The name a type is renamed to while its replacement is created, as migra names it.
const OLD_VERSION_SUFFIX: &str = "__old_version_to_be_dropped";

/// The enums and domains recreated through [`TypeRecreation`], in creation order: enums whose
/// labels were removed or reordered, domains whose base type or collation changed, and domains
/// over any of those (transitively), which would otherwise stay over the renamed old type. Each
/// domain says whether its values must move through `text` (when an enum is recreated under it).
pub(super) struct Recreated<'a> {
    pub enums: Vec<&'a Enum>,
    pub domains: Vec<(&'a Domain, bool)>,
    /// Composite types whose attributes change type while a column uses them (PostgreSQL refuses
    /// `ALTER ATTRIBUTE ... TYPE` then), before and after.
    pub composites: Vec<(&'a CompositeType, &'a CompositeType)>,
}

pub(super) fn recreated<'a>(from: &'a Catalog, to: &'a Catalog) -> Recreated<'a> {
    let enums: Vec<&Enum> = differences(&from.enums, &to.enums, Enum::key, |a, b| {
        !enum_needs_recreate(a, b, to)
    })
    .modified
    .into_iter()
    .map(|(_, _, e)| e)
    .collect();
    let composites = recreated_composites(from, to);
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
            let over_enum = enums.iter().any(|e| over(new, &e.schema, &e.name))
                || composites
                    .iter()
                    .any(|(_, c)| over(new, &c.schema, &c.name));
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
    Recreated {
        enums,
        domains,
        composites,
    }
}

fn recreated_composites<'a>(
    from: &'a Catalog,
    to: &'a Catalog,
) -> Vec<(&'a CompositeType, &'a CompositeType)> {
    let retyped = |before: &CompositeType, after: &CompositeType| {
        after.attributes.iter().any(|b| {
            before
                .attributes
                .iter()
                .any(|a| a.name == b.name && !a.same_definition(b))
        })
    };
    let d = differences(
        &from.composite_types,
        &to.composite_types,
        CompositeType::key,
        |a, b| !retyped(a, b),
    );
    d.modified
        .into_iter()
        .filter(|(_, _, after)| {
            from.tables.iter().any(|t| {
                t.columns.iter().any(|c| {
                    c.type_ref
                        .as_ref()
                        .is_some_and(|r| r.schema == after.schema && r.name == after.name)
                })
            })
        })
        .map(|(_, before, after)| (before, after))
        .collect()
}

/// (schema, name) of the types recreated through [`TypeRecreation`]: their columns change type.
pub(crate) fn recreated_types(from: &Catalog, to: &Catalog) -> Vec<(String, String)> {
    let r = recreated(from, to);
    let enums = r.enums.iter().map(|e| (e.schema.clone(), e.name.clone()));
    let domains = r
        .domains
        .iter()
        .map(|(x, _)| (x.schema.clone(), x.name.clone()));
    let composites = r
        .composites
        .iter()
        .map(|(_, x)| (x.schema.clone(), x.name.clone()));
    enums.chain(domains).chain(composites).collect()
}

/// Labels removed or reordered, or added ones that the target already uses: PostgreSQL refuses to
/// use a value in the transaction that adds it, and migrations run in one transaction.
pub(crate) fn enum_needs_recreate(before: &Enum, after: &Enum, to: &Catalog) -> bool {
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
    move_by: MoveBy,
}

/// How a column's values reach the new type.
enum MoveBy {
    /// Through `text`: enums (there is no cast between two enums), domains over them.
    Text,
    /// A cast to the new type: a domain's base type's casts are found by themselves.
    Cast,
    /// A row of the new type built from the old one's attributes (by name, each cast to its new
    /// type; `null` for new ones). Arrays, where `USING` allows no subquery to unnest, go
    /// through `text`, which needs the attributes to line up.
    Fields(Vec<(Option<String>, String)>),
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
        move_by: MoveBy::Text,
    });
    let composites = r.composites.into_iter().map(|(before, after)| {
        let fields = after
            .attributes
            .iter()
            .map(|b| {
                let old = before.attributes.iter().find(|a| a.name == b.name);
                (old.map(|a| quote_ident(&a.name)), b.type_name.clone())
            })
            .collect();
        TypeRecreation {
            id: after.id(),
            schema: after.schema.clone(),
            name: after.name.clone(),
            keyword: "type",
            create_sql: after.create_sql(),
            over: None,
            move_by: MoveBy::Fields(fields),
        }
    });
    let mut all: Vec<TypeRecreation> = enums.chain(composites).collect();
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
            move_by: if via_text { MoveBy::Text } else { MoveBy::Cast },
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
        match &self.move_by {
            MoveBy::Fields(fields) if array.is_empty() => {
                let fields: Vec<String> = fields
                    .iter()
                    .map(|(old, type_name)| match old {
                        Some(attribute) => format!("({column}).{attribute}::{type_name}"),
                        None => format!("null::{type_name}"),
                    })
                    .collect();
                // `{column} is null` would also hold for a row of nulls, which must stay a row.
                format!(
                    "case when {column}::text is null then null else row({})::{key} end",
                    fields.join(", ")
                )
            }
            MoveBy::Text | MoveBy::Fields(_) => format!("{column}::text{array}::{key}{array}"),
            MoveBy::Cast => format!("{column}::{key}{array}"),
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
