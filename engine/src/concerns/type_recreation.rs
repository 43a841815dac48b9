//! Types that columns use and that PostgreSQL cannot alter into their new shape, recreated the
//! way migra recreates enums: the old type renamed away, the new one created, every column moved
//! over with a cast, the old type dropped. Dependents (views, functions, ...) are recreated around
//! it by the generic machinery (diff/dependents.rs); the column moves are made with the tables
//! (table.rs).

use crate::core::sql::{qualified, quote_ident, quote_ident_if_needed, quote_literal};
use crate::core::Action;
use crate::core::Identify;
use crate::core::Matching;
use crate::core::{Context, FastMap, FastSet, Hazard, Recreated, TypeMoves};
use crate::core::{ObjectId, Phase, Step, StepAction};
use crate::model::Catalog;
use crate::model::Text;
use crate::model::{Column, Table};

use crate::kinds::domains::domain_needs_recreate;
use crate::model::{CompositeType, Domain, Enum};

/// The name a type is renamed to while its replacement is created, as migra names it.
const OLD_VERSION_SUFFIX: &str = "__old_version_to_be_dropped";

/// The longest name PostgreSQL keeps, in bytes (`NAMEDATALEN - 1`); it truncates longer ones.
const MAX_NAME_BYTES: usize = 63;

/// The name of a type's old version: migra's `NAME__old_version_to_be_dropped` when that fits in
/// [`MAX_NAME_BYTES`]. A longer one would be truncated by PostgreSQL, to the type's own name when
/// that is 63 bytes already (the rename then fails: the type exists); so the name is cut at a
/// character boundary instead and a hash of the whole name added, keeping apart two long names
/// that share their beginning.
fn old_version_name(name: &str) -> String {
    if name.len() + OLD_VERSION_SUFFIX.len() <= MAX_NAME_BYTES {
        return format!("{name}{OLD_VERSION_SUFFIX}");
    }
    // The high half: FxHash mixes every byte into the high bits, not into the low ones.
    let hash = format!("_{:08x}", crate::core::hash_bytes(name.as_bytes()) >> 32);
    let mut end = MAX_NAME_BYTES - OLD_VERSION_SUFFIX.len() - hash.len();
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{hash}{OLD_VERSION_SUFFIX}", &name[..end])
}

/// Computed once per diff (`Context::recreated_types`): finding enums whose added labels the
/// target already uses scans all of the target's definitions.
pub(crate) fn recreated<'a>(
    matched: &Matching<'a>,
    from: &'a Catalog,
    to: &'a Catalog,
) -> Recreated<'a> {
    let in_use = AddedLabelsInUse::new(matched, to);
    let enums: Vec<&Enum> = matched
        .enums
        .differences(|a, b| !enum_needs_recreate(a, b, &in_use))
        .modified
        .into_iter()
        .map(|(_, _, e)| e)
        .collect();
    let composites = recreated_composites(matched, from);
    let candidates = matched.domains.differences(|_, _| false).modified;
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
    matched: &Matching<'a>,
    from: &'a Catalog,
) -> Vec<(&'a CompositeType, &'a CompositeType)> {
    let retyped = |before: &CompositeType, after: &CompositeType| {
        // Unchanged attributes first: matching by name alone would take a catalog naming an
        // attribute twice (a hand-edited file; found by engine/tests/properties.rs) for a
        // type whose attribute changed type, and recreate it in a diff against itself.
        let unchanged = before.attributes.len() == after.attributes.len()
            && before
                .attributes
                .iter()
                .zip(&after.attributes)
                .all(|(a, b)| a.same_definition(b));
        !unchanged
            && after.attributes.iter().any(|b| {
                before
                    .attributes
                    .iter()
                    .any(|a| a.name == b.name && !a.same_definition(b))
            })
    };
    let d = matched.composite_types.differences(|a, b| !retyped(a, b));
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

/// Labels removed or reordered, or added ones that the target already uses: PostgreSQL refuses to
/// use a value in the transaction that adds it, and migrations run in one transaction.
pub(crate) fn enum_needs_recreate(before: &Enum, after: &Enum, in_use: &AddedLabelsInUse) -> bool {
    before.labels != after.labels
        && (after.add_value_statements(before).is_none() || in_use.contains(after))
}

/// The enums whose added labels a definition of the target already holds, as PostgreSQL prints a
/// constant of the type: `'label'::name` or `'label'::schema.name`. Function bodies count too,
/// though only SQL-standard bodies are parsed when created: a false alarm costs a recreation, a
/// missed use a failed migration.
///
/// Found in one pass over the target's definitions for all enums together: asking per enum
/// made the diff quadratic in the schema's size (every enum that gains a label scanned
/// everything).
pub(crate) struct AddedLabelsInUse {
    /// (schema, name) of the enums.
    enums: FastSet<(Text, Text)>,
}

impl AddedLabelsInUse {
    pub fn new(matched: &Matching, to: &Catalog) -> AddedLabelsInUse {
        let d = matched.enums.differences(|a, b| a.labels == b.labels);
        // Each way a definition names an enum that only gains labels → (the enum, the added
        // labels as quoted literals).
        let mut by_type_name: FastMap<String, Vec<(&Enum, Vec<String>)>> = FastMap::default();
        for (_, before, after) in &d.modified {
            if after.add_value_statements(before).is_none() {
                continue;
            }
            let added: Vec<String> = after
                .labels
                .iter()
                .filter(|l| !before.labels.contains(l))
                .map(|l| quote_literal(l))
                .collect();
            let name = quote_ident_if_needed(&after.name);
            let qualified = format!("{}.{name}", quote_ident_if_needed(&after.schema));
            for type_name in [name, qualified] {
                by_type_name
                    .entry(type_name)
                    .or_default()
                    .push((*after, added.clone()));
            }
        }
        let mut enums = FastSet::default();
        if by_type_name.is_empty() {
            return AddedLabelsInUse { enums };
        }
        let mut texts: Vec<&str> = vec![];
        for d in &to.domains {
            texts.extend(d.default.as_deref());
            texts.extend(d.checks.iter().map(|c| c.definition.as_str()));
        }
        texts.extend(to.constraints.iter().map(|c| c.definition.as_str()));
        for t in &to.tables {
            texts.extend(t.columns.iter().filter_map(|c| c.default.as_deref()));
        }
        texts.extend(to.indexes.iter().map(|i| i.definition.as_str()));
        texts.extend(to.views.iter().map(|v| v.definition.as_str()));
        texts.extend(to.functions.iter().map(|f| f.definition.as_str()));
        for p in &to.policies {
            texts.extend(p.using.as_deref());
            texts.extend(p.with_check.as_deref());
        }
        texts.extend(to.triggers.iter().map(|t| t.definition.as_str()));
        for text in texts {
            for at in casts(text) {
                for type_name in type_names_at(&text[at + 2..]) {
                    for (e, labels) in by_type_name.get(type_name).into_iter().flatten() {
                        if labels.iter().any(|l| text[..at].ends_with(l.as_str())) {
                            enums.insert((e.schema.clone(), e.name.clone()));
                        }
                    }
                }
            }
        }
        AddedLabelsInUse { enums }
    }

    fn contains(&self, e: &Enum) -> bool {
        self.enums.contains(&(e.schema.clone(), e.name.clone()))
    }
}

/// Where `::` starts in `text`, left to right without overlaps, as `match_indices("::")` gives
/// them: `memchr` for each colon (a word at a time, or vectorized), because a substring search
/// is set up anew for every one of the target's thousands of short definitions, and this scan
/// reads all of them whenever an enum gains a label.
fn casts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(offset) = memchr::memchr(b':', &bytes[from..]) {
            let at = from + offset;
            if bytes.get(at + 1) == Some(&b':') {
                from = at + 2;
                return Some(at);
            }
            from = at + 1;
        }
        None
    })
}

/// The type names that may follow a cast's `::` in `rest`: its first identifier, and that one
/// with the next after a dot (quoted identifiers as printed, `""` inside them included).
fn type_names_at(rest: &str) -> impl Iterator<Item = &str> {
    fn identifier(text: &str) -> usize {
        if let Some(quoted) = text.strip_prefix('"') {
            let mut i = 0;
            let bytes = quoted.as_bytes();
            while i < bytes.len() {
                if bytes[i] == b'"' {
                    if bytes.get(i + 1) == Some(&b'"') {
                        i += 2;
                        continue;
                    }
                    return i + 2;
                }
                i += 1;
            }
            0
        } else {
            text.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
                .unwrap_or(text.len())
        }
    }
    let first = identifier(rest);
    let second = match rest[first..].strip_prefix('.') {
        Some(after_dot) if first > 0 => identifier(after_dot),
        _ => 0,
    };
    let unqualified = (first > 0).then(|| &rest[..first]);
    let qualified = (second > 0).then(|| &rest[..first + 1 + second]);
    unqualified.into_iter().chain(qualified)
}

/// A type that columns use and that PostgreSQL cannot alter into its new shape: an enum whose
/// labels were removed or reordered, a domain whose base type or collation changed. migra's path
/// for enums, applied to both: rename the old type away, create the new one, move each column
/// over with a cast, and drop the old type.
pub(crate) struct TypeRecreation {
    pub id: ObjectId,
    pub schema: Text,
    pub name: Text,
    /// `type` or `domain`, for `ALTER ... RENAME` and `DROP`.
    keyword: &'static str,
    create_sql: String,
    /// For a domain over another recreated type: that type, whose old version can only be
    /// dropped once this one's is.
    pub over: Option<ObjectId>,
    move_by: MoveBy,
    /// Whether moving a column's values to the new type can fail on existing rows: an enum that
    /// lost a label a row may hold; a domain or composite type, whose new definition may not
    /// take every old value. An enum whose labels were only reordered or added takes them all.
    may_reject: bool,
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
    Fields(Vec<(Option<String>, Text)>),
}

pub(crate) fn type_recreations(cx: &Context) -> Vec<TypeRecreation> {
    let r = &cx.recreated_types;
    let enums = r.enums.iter().map(|e| TypeRecreation {
        id: e.id(),
        schema: e.schema.clone(),
        name: e.name.clone(),
        keyword: "type",
        create_sql: e.create_sql(),
        over: None,
        move_by: MoveBy::Text,
        may_reject: cx
            .from
            .enums
            .iter()
            .find(|old| old.schema == e.schema && old.name == e.name)
            .is_none_or(|old| old.labels.iter().any(|l| !e.labels.contains(l))),
    });
    let composites = r.composites.iter().map(|(before, after)| {
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
            may_reject: true,
        }
    });
    let mut all: Vec<TypeRecreation> = enums.chain(composites).collect();
    for &(x, via_text) in &r.domains {
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
            may_reject: true,
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
        let old_name = old_version_name(&self.name);
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
        qualified(&self.schema, &old_version_name(&self.name))
    }

    pub(crate) fn old_id(&self) -> ObjectId {
        ObjectId::qualified(self.id.kind, &self.schema, &old_version_name(&self.name))
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

/// Whether a column of `table` (in FROM) is of the type `r` recreates (or an array of it) and is
/// not in TARGET with that type: dropped, retyped, or gone with its table.
fn leaves_type(cx: &Context, table: &Table, r: &TypeRecreation) -> bool {
    let of_type = |c: &Column| {
        c.type_ref
            .as_ref()
            .is_some_and(|t| t.schema == r.schema && t.name == r.name)
    };
    let after = cx.to_lookup.table(&table.schema, &table.name);
    table.columns.iter().filter(|c| of_type(c)).any(|c| {
        !after
            .and_then(|t| t.columns.iter().find(|n| n.name == c.name))
            .is_some_and(of_type)
    })
}

/// The steps of every type recreated under its columns, in the groups `kinds::table` interleaves
/// with its own: migra's order.
pub(crate) fn column_moves(cx: &Context) -> TypeMoves {
    let recreations = type_recreations(cx);
    let moves = type_column_moves(cx, &recreations);
    let rename_and_create = recreations
        .iter()
        .flat_map(TypeRecreation::rename_and_create)
        .collect();
    let drop_old = recreations
        .iter()
        .map(|r| {
            // The old type goes once no column uses it any more.
            let mut drop = r.drop_old(&recreations);
            for (_, _, column_id, type_id) in &moves.moved {
                if *type_id == r.id {
                    drop = drop.requires(column_id.clone());
                }
            }
            // And after the tables whose columns of it are dropped or change type, or that go
            // away with them (issue 15, PG15 seed 613).
            for table in cx.from.tables.iter().filter(|t| leaves_type(cx, t, r)) {
                drop = drop.requires(table.id()).after_drop_of(table.id());
            }
            drop
        })
        .collect();
    TypeMoves {
        drop_defaults: moves.drop_defaults,
        rename_and_create,
        recasts: moves.recasts,
        set_defaults: moves.set_defaults,
        drop_old,
        moved_columns: moves
            .moved
            .into_iter()
            .map(|(table, column, _, _)| (table, column))
            .collect(),
    }
}

/// What moving columns to recreated types takes, in migra's three groups: defaults dropped before
/// the old type is renamed away, the casts, and the defaults set again.
struct TypeColumnMoves {
    drop_defaults: Vec<Step>,
    recasts: Vec<Step>,
    set_defaults: Vec<Step>,
    /// (table, column, the column's own step object, the type it moves to)
    moved: Vec<(ObjectId, Text, ObjectId, ObjectId)>,
}

/// After a type is recreated, every column of a table that already existed is moved to the new
/// type with a cast. A default would block the cast, so it is dropped first and set again after.
fn type_column_moves(cx: &Context, recreations: &[TypeRecreation]) -> TypeColumnMoves {
    let mut moves = TypeColumnMoves {
        drop_defaults: vec![],
        recasts: vec![],
        set_defaults: vec![],
        moved: vec![],
    };
    if recreations.is_empty() {
        return moves;
    }
    // (table, column) of each step of `moves.drop_defaults` and `moves.set_defaults`, at the
    // same position.
    let mut defaults_dropped: Vec<(ObjectId, Text)> = vec![];
    let mut defaults_set: Vec<(ObjectId, Text)> = vec![];
    // A table created again (its partitioning changes) is dropped with the old type's columns
    // and created with the new type: nothing to move (found by issue 15's seed 99).
    let replaced_tables = crate::kinds::table::replaced(cx.matched);
    for table in &cx.to.tables {
        if replaced_tables.contains(&table.id()) {
            continue;
        }
        let Some(old_table) = cx
            .from
            .tables
            .iter()
            .find(|t| t.schema == table.schema && t.name == table.name)
        else {
            continue;
        };
        let mut columns: Vec<&Column> = table.columns.iter().collect();
        columns.sort_by(|a, b| a.name.cmp(&b.name));
        for column in columns {
            let Some(type_ref) = &column.type_ref else {
                continue;
            };
            let Some(r) = recreations
                .iter()
                .find(|r| r.schema == type_ref.schema && r.name == type_ref.name)
            else {
                continue;
            };
            let Some(old_column) = old_table
                .columns
                .iter()
                .find(|c| c.name == column.name && c.type_ref == column.type_ref)
            else {
                continue;
            };
            if column.inherited {
                continue;
            }
            let name = quote_ident_if_needed(&column.name);
            let type_key = r.key();
            let array = if column.type_name.ends_with("[]") {
                "[]"
            } else {
                ""
            };
            // The column is its own object here: its three steps are ordered among themselves and
            // against the enum, not with everything else the table does.
            let column_id = ObjectId::column(&table.schema, &table.name, &column.name);
            let step = |sql: String| {
                Step::new(
                    Phase::Tables,
                    column_id.clone(),
                    StepAction::Alter,
                    Action::Alter,
                    sql,
                )
            };
            if old_column.default.is_some() && old_column.generated.is_none() {
                moves.drop_defaults.push(step(table.alter(&format!(
                    "alter column {} drop default",
                    quote_ident(&column.name)
                ))));
                defaults_dropped.push((table.id(), column.name.clone()));
            }
            let mut recast = step(format!(
                "alter table {} alter column {name} type {type_key}{array} using {};",
                table.key(),
                r.cast(&name, array)
            ))
            .requires(r.id.clone())
            .hazard(Hazard::RewritesTable);
            if r.may_reject {
                recast = recast.hazard(Hazard::MayFailOnExistingRows);
            }
            moves.recasts.push(recast);
            moves.moved.push((
                table.id(),
                column.name.clone(),
                column_id.clone(),
                r.id.clone(),
            ));
            if let (Some(default), None) = (&column.default, &column.generated) {
                moves.set_defaults.push(step(table.alter(&format!(
                    "alter column {} set default {default}",
                    quote_ident(&column.name)
                ))));
                defaults_set.push((table.id(), column.name.clone()));
            }
        }
    }
    // FROM's default is dropped before what it uses goes, and TARGET's set once what it uses
    // exists: a function it calls may be dropped or created in this migration (PG15 seed 5763).
    for (step, uses) in moves
        .drop_defaults
        .iter_mut()
        .zip(crate::kinds::table::default_uses(
            cx.from,
            &defaults_dropped,
        ))
    {
        step.ahead_of_drop.extend(uses);
    }
    for (step, uses) in moves
        .set_defaults
        .iter_mut()
        .zip(crate::kinds::table::default_uses(cx.to, &defaults_set))
    {
        step.requires.extend(uses);
    }
    moves
}

#[cfg(test)]
mod tests {
    use super::{casts, old_version_name, type_names_at};

    #[test]
    fn old_version_names_fit_in_63_bytes() {
        assert_eq!(old_version_name("mood"), "mood__old_version_to_be_dropped");
        let fits = "x".repeat(36);
        assert_eq!(
            old_version_name(&fits),
            format!("{fits}__old_version_to_be_dropped")
        );
        for long in [
            "x".repeat(37),
            "x".repeat(63),
            "€".repeat(21),
            format!("a{}", "€".repeat(20)),
        ] {
            let old = old_version_name(&long);
            assert!(old.len() <= 63, "{old}");
            assert!(old.ends_with("__old_version_to_be_dropped"), "{old}");
        }
        // Two long names alike in their first bytes get two old names.
        let (a, b) = ("y".repeat(62) + "a", "y".repeat(62) + "b");
        assert_ne!(old_version_name(&a), old_version_name(&b));
    }

    #[test]
    fn casts_are_found_as_match_indices_finds_them() {
        for text in ["", "a", "'x'::t", "a:::b::c", "::::", "x: y :: z", "é::ü"] {
            let expected: Vec<usize> = text.match_indices("::").map(|(at, _)| at).collect();
            assert_eq!(casts(text).collect::<Vec<_>>(), expected, "{text}");
        }
    }

    #[test]
    fn type_names_after_a_cast() {
        let names = |rest| type_names_at(rest).collect::<Vec<_>>();
        assert_eq!(names("mood)"), ["mood"]);
        assert_eq!(names("s.mood, 1"), ["s", "s.mood"]);
        assert_eq!(
            names(r#""My ""Type""".x"#),
            [r#""My ""Type""""#, r#""My ""Type""".x"#]
        );
        assert_eq!(names(r#"s."Mood Two")"#), ["s", r#"s."Mood Two""#]);
        assert!(names(" text").is_empty());
        assert!(names(r#""unclosed"#).is_empty());
    }
}
