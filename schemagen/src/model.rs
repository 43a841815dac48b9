//! The schema model: a list of objects, each knowing the keys it provides and the keys it
//! depends on, so that dropping one thing drops what depends on it (as `CASCADE` would) and the
//! renderer can order the statements.
//!
//! Keys name things by object id, not by name, so that a table moved to another schema is a new
//! object: `o7` is object 7, `o7.c:x` its column `x`, `o7.l:x1` the enum label `x1`, `o7.k:name`
//! a unique constraint of table 7 that foreign keys can reference.

use std::collections::BTreeSet;

/// A schema-qualified name, unquoted.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QName {
    /// The schema.
    pub schema: String,
    /// The object's name.
    pub name: String,
}

impl QName {
    /// The quoted, qualified SQL name.
    pub fn sql(&self) -> String {
        format!("{}.{}", quote(&self.schema), quote(&self.name))
    }
}

/// Quotes an identifier always: valid for every name, and the generated names often need it.
pub fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A string literal.
pub fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The types a column, field, domain or function argument can have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColType {
    Int,
    BigInt,
    Numeric,
    Text,
    Varchar(u16),
    Bool,
    Date,
    IntArray,
    TextArray,
    /// An enum of the model (its object id and name).
    Enum(u32, QName),
    /// A domain of the model, over `base`.
    Domain(u32, QName, Box<ColType>),
    /// A composite type of the model: fields are `a` (int) and `b` (text).
    Composite(u32, QName),
}

/// What expressions a type accepts: types of one family are interchangeable in every expression
/// the generator writes, so a type change within a family keeps every dependent valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Number,
    Text,
    Bool,
    Date,
    IntArray,
    TextArray,
    Enum,
    Composite,
}

impl ColType {
    /// The SQL spelling.
    pub fn sql(&self) -> String {
        match self {
            ColType::Int => "integer".into(),
            ColType::BigInt => "bigint".into(),
            ColType::Numeric => "numeric".into(),
            ColType::Text => "text".into(),
            ColType::Varchar(n) => format!("character varying({n})"),
            ColType::Bool => "boolean".into(),
            ColType::Date => "date".into(),
            ColType::IntArray => "integer[]".into(),
            ColType::TextArray => "text[]".into(),
            ColType::Enum(_, q) | ColType::Domain(_, q, _) | ColType::Composite(_, q) => q.sql(),
        }
    }

    /// The family, looking through domains.
    pub fn family(&self) -> Family {
        match self {
            ColType::Int | ColType::BigInt | ColType::Numeric => Family::Number,
            ColType::Text | ColType::Varchar(_) => Family::Text,
            ColType::Bool => Family::Bool,
            ColType::Date => Family::Date,
            ColType::IntArray => Family::IntArray,
            ColType::TextArray => Family::TextArray,
            ColType::Enum(..) => Family::Enum,
            ColType::Domain(_, _, base) => base.family(),
            ColType::Composite(..) => Family::Composite,
        }
    }

    /// The keys the type depends on.
    pub fn deps(&self) -> Vec<String> {
        match self {
            ColType::Enum(id, _) | ColType::Composite(id, _) => vec![format!("o{id}")],
            ColType::Domain(id, _, _) => vec![format!("o{id}")],
            _ => vec![],
        }
    }

    /// The literal of row `i` (1 to 3): distinct per row for every type but boolean, and valid
    /// under every check and domain the generator writes.
    pub fn value(&self, i: u32) -> String {
        match self {
            ColType::Int | ColType::BigInt | ColType::Numeric => i.to_string(),
            ColType::Text | ColType::Varchar(_) => format!("'v{i}'"),
            ColType::Bool => (i % 2 == 0).to_string(),
            ColType::Date => format!("'2020-01-0{i}'"),
            ColType::IntArray => format!("ARRAY[{i}, 7]"),
            ColType::TextArray => format!("ARRAY['v{i}', 'w']"),
            ColType::Enum(_, q) => format!("'l{i}'::{}", q.sql()),
            ColType::Domain(_, q, base) => format!("({})::{}", base.value(i), q.sql()),
            ColType::Composite(_, q) => format!("ROW({i}, 'v{i}')::{}", q.sql()),
        }
    }

    /// Whether values of this type can be keys (unique across the rows, btree-comparable).
    pub fn keyable(&self) -> bool {
        matches!(
            self.family(),
            Family::Number | Family::Text | Family::Date | Family::Enum
        )
    }
}

/// An expression with the keys it depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expr {
    /// The SQL text.
    pub sql: String,
    /// The keys it depends on (columns, functions, types, labels).
    pub deps: Vec<String>,
}

/// A column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub ty: ColType,
    pub not_null: bool,
    pub default: Option<Expr>,
    /// `GENERATED ALWAYS AS (expr) STORED`.
    pub generated: Option<Expr>,
    /// `GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY`: `Some(true)` for ALWAYS.
    pub identity: Option<bool>,
    pub comment: Option<String>,
    /// `GRANT privilege (column) ON TABLE ... TO` the test role, when set (`SELECT`, `UPDATE`).
    pub grant: Option<String>,
}

/// A named table constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Constraint {
    PrimaryKey { name: String, columns: Vec<String> },
    Unique { name: String, columns: Vec<String> },
    Check { name: String, expr: Expr },
}

impl Constraint {
    /// Its name.
    pub fn name(&self) -> &str {
        match self {
            Constraint::PrimaryKey { name, .. }
            | Constraint::Unique { name, .. }
            | Constraint::Check { name, .. } => name,
        }
    }
}

/// How a table is partitioned, with its partitions (created `PARTITION OF`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partitioning {
    /// The key column (integer family): range partitions at 2.
    pub column: String,
    /// The partitions' names, in the same schema: `[low, high]`.
    pub partitions: Vec<String>,
}

/// A table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub name: QName,
    pub columns: Vec<Column>,
    pub constraints: Vec<Constraint>,
    pub partitioning: Option<Partitioning>,
    /// `INHERITS (parent)`: the parent's id and name; the child repeats none of its columns.
    pub inherits: Option<(u32, QName)>,
    /// Row-level security enabled, with these policies (name, using expression).
    pub policies: Vec<(String, Expr)>,
}

/// One object of the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    /// Unique in a pair; keys are made of it.
    pub id: u32,
    pub kind: Kind,
    pub comment: Option<String>,
    /// `GRANT ... TO schemainspect_test_role`, when set (the privilege, e.g. `SELECT`).
    pub grant: Option<String>,
}

/// Function bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    Plpgsql,
    Sql,
    /// `RETURN expr` (PostgreSQL 14 on).
    SqlStandard,
}

/// The kinds of object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Schema(String),
    Enum {
        name: QName,
        labels: Vec<String>,
    },
    Domain {
        name: QName,
        base: ColType,
        check: Option<Expr>,
    },
    Composite {
        name: QName,
    },
    /// `name(x arg) RETURNS ret`: `x + n` for numbers, `x || 'n'` for text.
    Function {
        name: QName,
        arg: ColType,
        ret: ColType,
        body: Body,
        /// The constant in the body, so a body can change alone.
        n: u32,
    },
    /// A trigger function and a `BEFORE INSERT OR UPDATE` trigger using it on a table.
    Trigger {
        function: QName,
        name: String,
        table: u32,
        table_name: QName,
        when: Option<Expr>,
    },
    Sequence {
        name: QName,
        /// `OWNED BY` a column: (table id, table name, column).
        owned_by: Option<(u32, QName, String)>,
    },
    Table(Table),
    ForeignKey {
        name: String,
        table: u32,
        table_name: QName,
        columns: Vec<String>,
        /// The referenced table, its columns and the key (constraint or unique index) providing
        /// them.
        target: u32,
        target_name: QName,
        target_columns: Vec<String>,
        target_key: String,
    },
    Index {
        name: QName,
        table: u32,
        table_name: QName,
        unique: bool,
        /// The key: a column or an expression each.
        keys: Vec<Expr>,
        predicate: Option<Expr>,
    },
    View {
        name: QName,
        materialized: bool,
        /// The output columns: name, expression, family.
        columns: Vec<(String, Expr, Family)>,
        /// The relation read (a table, view or matview).
        from: u32,
        from_name: QName,
        filter: Option<Expr>,
    },
}

impl Object {
    /// The keys this object provides.
    pub fn provides(&self) -> Vec<String> {
        let me = format!("o{}", self.id);
        let mut keys = vec![me.clone()];
        match &self.kind {
            Kind::Enum { labels, .. } => {
                keys.extend(labels.iter().map(|l| format!("{me}.l:{l}")));
            }
            Kind::Table(t) => {
                keys.extend(t.columns.iter().map(|c| format!("{me}.c:{}", c.name)));
                keys.extend(t.constraints.iter().filter_map(|c| match c {
                    Constraint::Check { .. } => None,
                    other => Some(format!("{me}.k:{}", other.name())),
                }));
            }
            Kind::View { columns, .. } => {
                keys.extend(columns.iter().map(|(n, _, _)| format!("{me}.c:{n}")));
            }
            _ => {}
        }
        keys
    }

    /// Every key this object depends on.
    pub fn deps(&self) -> BTreeSet<String> {
        let mut deps = BTreeSet::new();
        let mut add = |keys: &[String]| deps.extend(keys.iter().cloned());
        match &self.kind {
            Kind::Schema(_) => {}
            Kind::Enum { name, .. } | Kind::Composite { name } => add(&[schema_key(name)]),
            Kind::Domain { name, base, check } => {
                add(&[schema_key(name)]);
                add(&base.deps());
                if let Some(c) = check {
                    add(&c.deps);
                }
            }
            Kind::Function { name, arg, ret, .. } => {
                add(&[schema_key(name)]);
                add(&arg.deps());
                add(&ret.deps());
            }
            Kind::Trigger {
                function,
                table,
                when,
                ..
            } => {
                add(&[schema_key(function), format!("o{table}")]);
                if let Some(w) = when {
                    add(&w.deps);
                }
            }
            // OWNED BY is written after every object (a table's default may use the sequence
            // its column owns), so it orders nothing; `cascade` clears it when the column goes.
            Kind::Sequence { name, .. } => add(&[schema_key(name)]),
            Kind::Table(t) => {
                add(&[schema_key(&t.name)]);
                if let Some((p, _)) = &t.inherits {
                    add(&[format!("o{p}")]);
                }
                for c in &t.columns {
                    add(&c.ty.deps());
                    for e in c.default.iter().chain(&c.generated) {
                        // A table's own columns are no dependency of the table.
                        let outside: Vec<String> = e
                            .deps
                            .iter()
                            .filter(|k| !k.starts_with(&format!("o{}.", self.id)))
                            .cloned()
                            .collect();
                        add(&outside);
                    }
                }
                for c in &t.constraints {
                    if let Constraint::Check { expr, .. } = c {
                        let outside: Vec<String> = expr
                            .deps
                            .iter()
                            .filter(|k| !k.starts_with(&format!("o{}.", self.id)))
                            .cloned()
                            .collect();
                        add(&outside);
                    }
                }
                for (_, e) in &t.policies {
                    let outside: Vec<String> = e
                        .deps
                        .iter()
                        .filter(|k| !k.starts_with(&format!("o{}.", self.id)))
                        .cloned()
                        .collect();
                    add(&outside);
                }
            }
            Kind::ForeignKey {
                table,
                columns,
                target,
                target_columns,
                target_key,
                ..
            } => {
                add(&[
                    format!("o{table}"),
                    format!("o{target}"),
                    target_key.clone(),
                ]);
                add(&columns
                    .iter()
                    .map(|c| format!("o{table}.c:{c}"))
                    .collect::<Vec<_>>());
                add(&target_columns
                    .iter()
                    .map(|c| format!("o{target}.c:{c}"))
                    .collect::<Vec<_>>());
            }
            Kind::Index {
                table,
                keys,
                predicate,
                ..
            } => {
                add(&[format!("o{table}")]);
                for k in keys.iter().chain(predicate) {
                    add(&k.deps);
                }
            }
            Kind::View {
                name,
                columns,
                from,
                filter,
                ..
            } => {
                add(&[schema_key(name), format!("o{from}")]);
                for (_, e, _) in columns {
                    add(&e.deps);
                }
                if let Some(f) = filter {
                    add(&f.deps);
                }
            }
        }
        deps
    }

    /// The table, if this is one.
    pub fn table(&self) -> Option<&Table> {
        match &self.kind {
            Kind::Table(t) => Some(t),
            _ => None,
        }
    }
}

/// The key of a schema: schemas are keyed by name (`s:name`), `public` included.
pub fn schema_key(name: &QName) -> String {
    format!("s:{}", name.schema)
}

/// A whole schema: the objects in creation order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Model {
    pub objects: Vec<Object>,
}

impl Model {
    /// The object with this id.
    pub fn get(&self, id: u32) -> Option<&Object> {
        self.objects.iter().find(|o| o.id == id)
    }

    /// The object with this id, to change.
    pub fn get_mut(&mut self, id: u32) -> Option<&mut Object> {
        self.objects.iter_mut().find(|o| o.id == id)
    }

    /// Every key provided: the objects' and `s:public`.
    pub fn keys(&self) -> BTreeSet<String> {
        let mut keys: BTreeSet<String> = self.objects.iter().flat_map(Object::provides).collect();
        keys.insert("s:public".into());
        for o in &self.objects {
            if let Kind::Schema(s) = &o.kind {
                keys.insert(format!("s:{s}"));
            }
        }
        keys
    }

    /// Removes what depends on a key that no longer exists, part by part (a column, a default,
    /// a check, a policy) where the part alone depends on it, else the whole object, until
    /// everything left is whole: what `DROP ... CASCADE` of the missing things would leave.
    pub fn cascade(&mut self) {
        loop {
            let keys = self.keys();
            let missing = |deps: &[String]| deps.iter().any(|d| !keys.contains(d));
            let mut changed = false;
            for o in &mut self.objects {
                let me = format!("o{}.", o.id);
                if let Kind::Table(t) = &mut o.kind {
                    let own_missing = |deps: &[String]| {
                        deps.iter()
                            .any(|d| !keys.contains(d) && !d.starts_with(&me))
                    };
                    let before = t.clone();
                    t.columns.retain(|c| {
                        !missing(&c.ty.deps())
                            && !c.generated.as_ref().is_some_and(|g| own_missing(&g.deps))
                    });
                    let names: BTreeSet<String> = t
                        .columns
                        .iter()
                        .map(|c| format!("{me}c:{}", c.name))
                        .collect();
                    let gone = |deps: &[String]| {
                        own_missing(deps)
                            || deps.iter().any(|d| {
                                d.starts_with(&me) && d.contains(".c:") && !names.contains(d)
                            })
                    };
                    for c in &mut t.columns {
                        if c.default.as_ref().is_some_and(|d| gone(&d.deps)) {
                            c.default = None;
                        }
                        if c.generated.as_ref().is_some_and(|g| gone(&g.deps)) {
                            c.generated = None;
                        }
                    }
                    let col_names: BTreeSet<&str> =
                        t.columns.iter().map(|c| c.name.as_str()).collect();
                    t.constraints.retain(|c| match c {
                        Constraint::PrimaryKey { columns, .. }
                        | Constraint::Unique { columns, .. } => {
                            columns.iter().all(|c| col_names.contains(c.as_str()))
                        }
                        Constraint::Check { expr, .. } => !gone(&expr.deps),
                    });
                    t.policies.retain(|(_, e)| !gone(&e.deps));
                    if let Some(p) = &t.partitioning {
                        if !col_names.contains(p.column.as_str()) {
                            // The key column went: the partitioned table goes whole.
                            t.columns.clear();
                        }
                    }
                    if *t != before {
                        changed = true;
                    }
                }
                if let Kind::Domain { check, .. } = &mut o.kind {
                    if check.as_ref().is_some_and(|c| missing(&c.deps)) {
                        *check = None;
                        changed = true;
                    }
                }
                if let Kind::Trigger { when, .. } = &mut o.kind {
                    if when.as_ref().is_some_and(|c| missing(&c.deps)) {
                        *when = None;
                        changed = true;
                    }
                }
                if let Kind::View { filter, .. } = &mut o.kind {
                    if filter.as_ref().is_some_and(|c| missing(&c.deps)) {
                        *filter = None;
                        changed = true;
                    }
                }
                if let Kind::Sequence { owned_by, .. } = &mut o.kind {
                    if owned_by
                        .as_ref()
                        .is_some_and(|(t, _, c)| !keys.contains(&format!("o{t}.c:{c}")))
                    {
                        *owned_by = None;
                        changed = true;
                    }
                }
            }
            let before = self.objects.len();
            self.objects.retain(|o| {
                let deps: Vec<String> = o.deps().into_iter().collect();
                !missing(&deps) && o.table().is_none_or(|t| !t.columns.is_empty())
            });
            if !changed && before == self.objects.len() {
                return;
            }
        }
    }

    /// Removes the object with this id and everything depending on it.
    pub fn remove(&mut self, id: u32) {
        self.objects.retain(|o| o.id != id);
        self.cascade();
    }
}
