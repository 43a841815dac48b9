//! Property tests of the engine (issue 18, part 3), short enough for `just test`:
//!
//! - The catalog reader on the sample catalogs (tests/cases, examples/, benches/fixtures),
//!   mutated: truncated, values of another type, duplicated list entries (duplicate identities),
//!   dropped and unknown fields, 1 MB strings, deep nesting, dangling and cyclic dependencies,
//!   control characters and unicode in names, stray JSON tokens. `Catalog::from_json` gives a
//!   catalog or a one-line error, in bounded time; a catalog that reads survives a write and a
//!   read, diffs against itself to nothing and against another sample without error.
//! - The diff on small generated catalogs that follow the format but not good sense: names with
//!   quotes, spaces, dots, control characters, 63 and 64 bytes, reserved words; references to
//!   objects that do not exist; cycles of dependencies; odd option combinations; pairs apart,
//!   sharing objects, or one the other altered (definitions changed under the same identities,
//!   so that objects are altered, replaced and recreated for what they depend on). The diff
//!   never panics, takes bounded time, gives the same result twice, nothing for a catalog
//!   against itself, and no empty statement; a catalog survives a write and a read.
//!
//! proptest rather than cargo-fuzz for these: it runs on the stable toolchain inside
//! `cargo test`, builds structured catalogs that a byte-level fuzzer rarely assembles, and
//! shrinks a failure to a small catalog and a short list of mutations. The long,
//! coverage-guided runs are the cargo-fuzz targets in fuzz/ (`just fuzz`, nightly).
//!
//! A longer run: `PROPTEST_CASES=10000 cargo test --release -p migra-engine --test properties`.
//! proptest keeps a failure's seed in `properties.proptest-regressions` beside this file
//! (commit it) and replays it first on later runs.

use std::path::Path;
use std::sync::{mpsc, Arc, OnceLock};
use std::time::Duration;

use migra_engine::{diff, Catalog, Migration, Options};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::TestCaseError;
use serde_json::{json, Map, Value};

/// Longer than any of these inputs takes unoptimized on a loaded machine, by a wide margin:
/// over it, the reader or the diff is taken to hang.
const LIMIT: Duration = Duration::from_secs(30);

/// Cases per property unless `PROPTEST_CASES` says otherwise; a few seconds each, unoptimized.
fn config(cases: u32) -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    // Beside this file (tests/NAME.proptest-regressions): the default looks for a lib.rs,
    // which an integration test has not, and would keep nothing.
    config.failure_persistence = Some(Box::new(
        proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
    ));
    config.max_shrink_time = 60_000;
    config
}

// ---------------------------------------------------------------------------------------------
// Running with a time limit

/// What a property returns: `Err` fails the case (and proptest shrinks it) without the noise
/// of a panic at every shrinking step.
type Checked<T = ()> = Result<T, TestCaseError>;

/// Runs `f` on a thread of its own with the stack of a main thread (8 MB), failing if it takes
/// longer than [`LIMIT`]; a panic in `f` is the test's panic.
fn bounded<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> Checked<T> {
    let (sender, receiver) = mpsc::channel();
    let thread = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = sender.send(f());
        })
        .expect("a thread");
    match receiver.recv_timeout(LIMIT) {
        Ok(value) => {
            let _ = thread.join();
            Ok(value)
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(TestCaseError::fail(format!(
            "{what} took longer than {LIMIT:?}"
        ))),
        Err(mpsc::RecvTimeoutError::Disconnected) => match thread.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => unreachable!("the thread ended without sending"),
        },
    }
}

/// An error message: one line, not empty.
fn assert_one_line(what: &str, message: &str) -> Checked {
    prop_assert!(
        !message.trim().is_empty(),
        "{}: an empty error message",
        what
    );
    prop_assert!(
        !message.contains(['\n', '\r']),
        "{}: an error message of more than one line: {:?}",
        what,
        shortened(message, 300)
    );
    Ok(())
}

/// At most `limit` characters of `text`, for a failure's message.
fn shortened(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((end, _)) => format!("{}... ({} bytes in all)", &text[..end], text.len()),
        None => text.to_string(),
    }
}

/// Reads `text`, within the time limit; an error must be one line.
fn read(text: String) -> Checked<Option<Catalog>> {
    match bounded("Catalog::from_json", move || Catalog::from_json(&text))? {
        Ok(catalog) => Ok(Some(catalog)),
        Err(e) => {
            assert_one_line("Catalog::from_json", &e.to_string())?;
            Ok(None)
        }
    }
}

/// Diffs within the time limit: a migration without empty statements.
fn checked_diff(from: &Arc<Catalog>, to: &Arc<Catalog>, options: &Options) -> Checked<Migration> {
    let (from, to, options) = (from.clone(), to.clone(), options.clone());
    match bounded("diff", move || diff(&from, &to, &options))? {
        Ok(migration) => {
            let empty = migration
                .statements
                .iter()
                .position(|s| s.sql.trim().is_empty());
            prop_assert!(
                empty.is_none(),
                "statement {:?} is empty in:\n{}",
                empty,
                shortened(&migration.sql(), 3000)
            );
            Ok(migration)
        }
        // The diff fails only on lists it cannot sort, which a catalog read from JSON never
        // has: an error here is a bug.
        Err(e) => Err(TestCaseError::fail(format!("diff failed: {e}"))),
    }
}

/// A catalog diffed with itself gives no statement.
fn assert_self_diff_empty(catalog: &Arc<Catalog>, options: &Options) -> Checked {
    let migration = checked_diff(catalog, catalog, options)?;
    prop_assert!(
        migration.statements.is_empty(),
        "a catalog diffed with itself ({:?}) gave:\n{}",
        options,
        shortened(&migration.sql(), 3000)
    );
    Ok(())
}

/// A catalog written out and read back is the same catalog.
fn assert_round_trip(catalog: &Catalog) -> Checked {
    let again = Catalog::from_json(&catalog.to_json());
    prop_assert!(
        again.as_ref() == Ok(catalog),
        "a catalog changed in a write and a read: {:?}",
        again.err()
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// (a) The reader on mutated sample catalogs

struct Sample {
    name: String,
    text: String,
    value: Value,
    catalog: Arc<Catalog>,
}

impl std::fmt::Debug for Sample {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

/// Every sample catalog of the repository, read once.
fn samples() -> &'static [Sample] {
    static SAMPLES: OnceLock<Vec<Sample>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = vec![];
        for dir in [
            root.join("tests/cases"),
            root.join("../examples"),
            root.join("benches/fixtures"),
        ] {
            for entry in std::fs::read_dir(&dir).expect("a sample directory") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    paths.push(path.join("a.json"));
                    paths.push(path.join("b.json"));
                } else if path.extension().is_some_and(|e| e == "json") {
                    paths.push(path);
                }
            }
        }
        paths.retain(|p| p.is_file());
        paths.sort();
        let samples: Vec<Sample> = paths
            .iter()
            .map(|path| {
                let name = path
                    .strip_prefix(root)
                    .unwrap_or(path)
                    .display()
                    .to_string();
                let text = std::fs::read_to_string(path).expect("a sample catalog");
                let value = serde_json::from_str(&text).expect("sample JSON");
                let catalog = Catalog::from_json(&text)
                    .unwrap_or_else(|e| panic!("sample {name} does not read: {e}"));
                Sample {
                    name,
                    text,
                    value,
                    catalog: Arc::new(catalog),
                }
            })
            .collect();
        assert!(samples.len() > 20, "found only {} samples", samples.len());
        samples
    })
}

/// The catalog lists whose entries dependencies can name: list, kind, whether entries belong
/// to a table, whether they are called with arguments.
const LISTS: &[(&str, &str, bool, bool)] = &[
    ("schemas", "schema", false, false),
    ("extensions", "extension", false, false),
    ("collations", "collation", false, false),
    ("enums", "enum", false, false),
    ("domains", "domain", false, false),
    ("composite_types", "composite_type", false, false),
    ("range_types", "range_type", false, false),
    ("sequences", "sequence", false, false),
    ("tables", "table", false, false),
    ("views", "view", false, false),
    ("constraints", "constraint", true, false),
    ("indexes", "index", true, false),
    ("statistics", "statistics", false, false),
    ("functions", "function", false, true),
    ("aggregates", "aggregate", false, true),
    ("triggers", "trigger", true, false),
    ("event_triggers", "event_trigger", false, false),
    ("policies", "policy", true, false),
    ("rules", "rule", true, false),
];

const OBJECT_KINDS: &[&str] = &[
    "schema",
    "extension",
    "collation",
    "enum",
    "domain",
    "composite_type",
    "range_type",
    "sequence",
    "table",
    "view",
    "materialized_view",
    "constraint",
    "index",
    "function",
    "aggregate",
    "trigger",
    "event_trigger",
    "policy",
    "rule",
    "statistics",
];

/// Names that have broken SQL generators before, or could: quotes, spaces, dots, reserved
/// words, statement ends, dollar quotes, control characters, right-to-left marks, emoji.
const ODD_NAMES: &[&str] = &[
    "\"",
    "a\"b",
    "\"\"",
    " ",
    "a b",
    " a ",
    "a.b",
    ".",
    "",
    "select",
    "user",
    "table",
    "Ünïcødé",
    "名前",
    "🦀",
    "a;drop table x;--",
    "$$",
    "$fn$",
    "a\nb",
    "\r\n",
    "\t",
    "\u{0}",
    "\u{1b}[31m",
    "\\",
    "'",
    "a'b",
    "%s",
    "{}",
    "\u{202e}rtl",
    "\u{feff}",
    "*/",
    "/*",
];

/// Where a replaced value sits in the document, as a JSON pointer.
fn pointers(value: &Value, keep: &dyn Fn(&str, &Value) -> bool) -> Vec<String> {
    fn walk(
        value: &Value,
        key: &str,
        path: &mut String,
        keep: &dyn Fn(&str, &Value) -> bool,
        out: &mut Vec<String>,
    ) {
        if keep(key, value) {
            out.push(path.clone());
        }
        let len = path.len();
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push('/');
                    path.push_str(&i.to_string());
                    walk(item, key, path, keep, out);
                    path.truncate(len);
                }
            }
            Value::Object(fields) => {
                for (k, v) in fields {
                    path.push('/');
                    path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                    walk(v, k, path, keep, out);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = vec![];
    walk(value, "", &mut String::new(), keep, &mut out);
    out
}

fn pick<'a>(
    value: &'a mut Value,
    at: &Index,
    keep: &dyn Fn(&str, &Value) -> bool,
) -> Option<&'a mut Value> {
    let found = pointers(value, keep);
    if found.is_empty() {
        return None;
    }
    let pointer = found[at.index(found.len())].clone();
    value.pointer_mut(&pointer)
}

/// A reference to an object as `dependencies` entries write it.
fn object_ref() -> impl Strategy<Value = Value> {
    (
        select(OBJECT_KINDS),
        prop::option::of(name()),
        name(),
        prop::option::of(name()),
        prop::option::of(name()),
        prop::option::of(arguments()),
    )
        .prop_map(|(kind, schema, name, table, column, args)| {
            let mut object = Map::new();
            object.insert("kind".into(), json!(kind));
            object.insert("schema".into(), json!(schema));
            object.insert("name".into(), json!(name));
            for (key, value) in [("table", table), ("column", column), ("args", args)] {
                if let Some(value) = value {
                    object.insert(key.into(), json!(value));
                }
            }
            Value::Object(object)
        })
}

/// The objects of a catalog as `dependencies` entries name them.
fn objects_of(catalog: &Value) -> Vec<Value> {
    let mut out = vec![];
    for (list, kind, member, call) in LISTS {
        let Some(items) = catalog.get(list).and_then(Value::as_array) else {
            continue;
        };
        for item in items {
            let kind = if *kind == "view" && item.get("materialized") == Some(&json!(true)) {
                "materialized_view"
            } else {
                kind
            };
            let mut object = Map::new();
            object.insert("kind".into(), json!(kind));
            for key in ["schema", "name"] {
                if let Some(value) = item.get(key) {
                    object.insert(key.into(), value.clone());
                }
            }
            if *member {
                object.insert(
                    "table".into(),
                    item.get("table").cloned().unwrap_or_default(),
                );
            }
            if *call {
                let args = item.get("identity_arguments").cloned().unwrap_or_default();
                object.insert("args".into(), args);
            }
            out.push(Value::Object(object));
        }
    }
    out
}

/// What a mutation does to the parsed document.
#[derive(Debug, Clone)]
enum Mutation {
    /// A value (any: the document itself, a list, a field) replaced by one of another type.
    Retype(Index, Value),
    /// A list entry repeated: a duplicate identity.
    Duplicate(Index, Index, u8),
    /// A field removed from an object: required fields too.
    DropField(Index, Index),
    /// A field the format does not have, in the document itself (`None`) or anywhere.
    UnknownField(Option<Index>, String),
    /// A string replaced by an odd one: a name, a value of a closed set (kinds, constraint
    /// types...), or any string.
    OddString(Index, String, Strings),
    /// A string replaced by 1 MB of the character.
    HugeString(Index, char),
    /// A value replaced by arrays (or objects) nested this deep.
    DeepNesting(Index, usize, bool),
    /// A dependency between two objects that may not exist.
    Dangling(Value, Value),
    /// An existing dependency reversed: a cycle of two.
    Reverse(Index),
    /// An object that depends on itself.
    SelfLoop(Index),
    /// A cycle through several existing objects.
    Cycle(Vec<Index>),
}

/// What an edit does to the text, after the mutations.
#[derive(Debug, Clone)]
enum Edit {
    Truncate(Index),
    Insert(Index, &'static str),
    Delete(Index, usize),
}

/// Which strings [`Mutation::OddString`] replaces.
#[derive(Debug, Clone, Copy)]
enum Strings {
    Names,
    ClosedSets,
    Any,
}

/// Fields whose value is one of a closed set of strings: the reader names a bad one.
const CLOSED_SETS: &[&str] = &[
    "format",
    "kind",
    "constraint_type",
    "generation",
    "object_type",
];

const DEEP: &str = "\u{1}deep nesting goes here\u{1}";

fn replacement() -> impl Strategy<Value = Value> {
    select(vec![
        Value::Null,
        json!(true),
        json!(false),
        json!(0),
        json!(-1),
        json!(i64::MIN),
        json!(u64::MAX),
        json!(1.5),
        json!(1e300),
        json!(""),
        json!("x"),
        json!([]),
        json!({}),
        json!([null]),
        json!([{}]),
        json!({"name": 1}),
        json!({"format": "migra-catalog", "version": 1}),
    ])
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<Index>(), replacement()).prop_map(|(at, v)| Mutation::Retype(at, v)),
        3 => (any::<Index>(), any::<Index>(), 1..4u8)
            .prop_map(|(list, entry, times)| Mutation::Duplicate(list, entry, times)),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(o, f)| Mutation::DropField(o, f)),
        2 => (prop::option::of(any::<Index>()), prop_oneof![Just("x_unknown".to_string()), name()])
            .prop_map(|(o, k)| Mutation::UnknownField(o, k)),
        4 => (
            any::<Index>(),
            name(),
            select(vec![Strings::Names, Strings::ClosedSets, Strings::Any]),
        )
            .prop_map(|(at, s, which)| Mutation::OddString(at, s, which)),
        1 => (any::<Index>(), select(vec!['x', 'é', '"', '\\', '\n', '\u{0}', '🦀']))
            .prop_map(|(at, c)| Mutation::HugeString(at, c)),
        2 => (
            any::<Index>(),
            select(vec![2usize, 64, 126, 127, 128, 129, 1_000, 100_000]),
            any::<bool>(),
        )
            .prop_map(|(at, depth, objects)| Mutation::DeepNesting(at, depth, objects)),
        2 => (object_ref(), object_ref()).prop_map(|(a, b)| Mutation::Dangling(a, b)),
        2 => any::<Index>().prop_map(Mutation::Reverse),
        1 => any::<Index>().prop_map(Mutation::SelfLoop),
        2 => prop::collection::vec(any::<Index>(), 2..5).prop_map(Mutation::Cycle),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => any::<Index>().prop_map(Edit::Truncate),
        2 => (
            any::<Index>(),
            select(vec![
                "\\u0000", "\\ud800", "\\udc00\\ud800", ",", "}", "]", "{", "[", "\"", "\\",
                "\n", "\u{feff}", "1e999", "-0", "NaN", "null", ":", "\u{0}", "\u{7f}",
                "\"version\":2,", "\"format\":\"migra-catalog\",", "\"dependencies\":[{}],",
            ]),
        )
            .prop_map(|(at, s)| Edit::Insert(at, s)),
        1 => (any::<Index>(), 1..64usize).prop_map(|(at, n)| Edit::Delete(at, n)),
    ]
}

fn apply(value: &mut Value, mutation: &Mutation) {
    let any = |_: &str, _: &Value| true;
    match mutation {
        Mutation::Retype(at, replacement) => {
            if let Some(v) = pick(value, at, &any) {
                *v = replacement.clone();
            }
        }
        Mutation::Duplicate(list, entry, times) => {
            let lists = |_: &str, v: &Value| v.as_array().is_some_and(|a| !a.is_empty());
            if let Some(Value::Array(items)) = pick(value, list, &lists) {
                let i = entry.index(items.len());
                for _ in 0..*times {
                    items.insert(i, items[i].clone());
                }
            }
        }
        Mutation::DropField(object, field) => {
            let objects = |_: &str, v: &Value| v.as_object().is_some_and(|o| !o.is_empty());
            if let Some(Value::Object(fields)) = pick(value, object, &objects) {
                let key = fields.keys().nth(field.index(fields.len())).cloned();
                if let Some(key) = key {
                    fields.remove(&key);
                }
            }
        }
        Mutation::UnknownField(object, key) => {
            let object = match object {
                None => Some(value),
                Some(at) => pick(value, at, &|_, v| v.is_object()),
            };
            if let Some(Value::Object(fields)) = object {
                fields.insert(key.clone(), json!("?"));
            }
        }
        Mutation::OddString(at, odd, which) => {
            let strings = |key: &str, v: &Value| {
                v.is_string()
                    && match which {
                        Strings::Names => key == "name",
                        Strings::ClosedSets => CLOSED_SETS.contains(&key),
                        Strings::Any => true,
                    }
            };
            if let Some(v) = pick(value, at, &strings) {
                *v = json!(odd);
            }
        }
        Mutation::HugeString(at, c) => {
            if let Some(v) = pick(value, at, &|_, v| v.is_string()) {
                let n = (1 << 20) / c.len_utf8();
                *v = Value::String(std::iter::repeat_n(*c, n).collect());
            }
        }
        Mutation::DeepNesting(at, _, _) => {
            // The nesting itself is spliced into the text (see `mutated_text`): a value this
            // deep would overflow the stack of serde_json's own recursive writer and drop.
            if let Some(v) = pick(value, at, &any) {
                *v = json!(DEEP);
            }
        }
        Mutation::Dangling(dependent, referenced) => {
            push_dependency(value, dependent.clone(), referenced.clone());
        }
        Mutation::Reverse(at) => {
            if let Some(entry) = dependency(value, at) {
                let (d, r) = (entry["dependent"].clone(), entry["referenced"].clone());
                push_dependency(value, r, d);
            }
        }
        Mutation::SelfLoop(at) => {
            if let Some(entry) = dependency(value, at) {
                let d = entry["dependent"].clone();
                push_dependency(value, d.clone(), d);
            }
        }
        Mutation::Cycle(at) => {
            let objects = objects_of(value);
            if objects.is_empty() {
                return;
            }
            let cycle: Vec<Value> = at
                .iter()
                .map(|i| objects[i.index(objects.len())].clone())
                .collect();
            for (i, object) in cycle.iter().enumerate() {
                let next = cycle[(i + 1) % cycle.len()].clone();
                push_dependency(value, object.clone(), next);
            }
        }
    }
}

fn dependency(value: &Value, at: &Index) -> Option<Value> {
    let list = value.get("dependencies")?.as_array()?;
    (!list.is_empty()).then(|| list[at.index(list.len())].clone())
}

fn push_dependency(value: &mut Value, dependent: Value, referenced: Value) {
    let Some(document) = value.as_object_mut() else {
        return;
    };
    let list = document.entry("dependencies").or_insert_with(|| json!([]));
    if let Some(list) = list.as_array_mut() {
        list.push(json!({"dependent": dependent, "referenced": referenced}));
    }
}

/// The sample mutated, written out, with the deep nesting spliced in and the text edits made.
fn mutated_text(sample: &Sample, mutations: &[Mutation], edits: &[Edit]) -> String {
    let mut text = if mutations.is_empty() {
        sample.text.clone()
    } else {
        let mut value = sample.value.clone();
        for mutation in mutations {
            apply(&mut value, mutation);
        }
        let mut text = value.to_string();
        for mutation in mutations {
            if let Mutation::DeepNesting(_, depth, objects) = mutation {
                let (open, close) = if *objects {
                    ("{\"a\":", "}")
                } else {
                    ("[", "]")
                };
                let nested = format!("{}1{}", open.repeat(*depth), close.repeat(*depth));
                text = text.replacen(&json!(DEEP).to_string(), &nested, 1);
            }
        }
        text
    };
    for edit in edits {
        let at = |i: &Index, text: &str| {
            let mut at = i.index(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        match edit {
            Edit::Truncate(i) => {
                let at = at(i, &text);
                text.truncate(at);
            }
            Edit::Insert(i, s) => {
                let at = at(i, &text);
                text.insert_str(at, s);
            }
            Edit::Delete(i, n) => {
                let start = at(i, &text);
                let mut end = (start + n).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(start..end, "");
            }
        }
    }
    text
}

fn sample() -> impl Strategy<Value = &'static Sample> {
    any::<Index>().prop_map(|i| {
        let samples = samples();
        &samples[i.index(samples.len())]
    })
}

proptest! {
    #![proptest_config(config(300))]

    /// Mutated sample catalogs read or give a one-line error; what reads, diffs.
    #[test]
    fn reader_on_mutated_samples(
        sample in sample(),
        mutations in prop::collection::vec(mutation(), 1..4),
        edits in prop::collection::vec(edit(), 0..2),
        other in sample(),
    ) {
        let text = mutated_text(sample, &mutations, &edits);
        if let Some(catalog) = read(text)? {
            assert_round_trip(&catalog)?;
            let catalog = Arc::new(catalog);
            let options = Options::default();
            assert_self_diff_empty(&catalog, &options)?;
            checked_diff(&catalog, &other.catalog, &options)?;
            checked_diff(&other.catalog, &catalog, &options)?;
        }
    }

    /// Only text edits: truncation, stray tokens, bad escapes, in the sample's own layout.
    #[test]
    fn reader_on_edited_samples(
        sample in sample(),
        edits in prop::collection::vec(edit(), 1..4),
    ) {
        let text = mutated_text(sample, &[], &edits);
        if let Some(catalog) = read(text)? {
            let catalog = Arc::new(catalog);
            assert_self_diff_empty(&catalog, &Options::default())?;
        }
    }

    /// `Catalog::from_value` agrees with `from_json` on mutated documents.
    #[test]
    fn from_value_agrees_with_from_json(
        sample in sample(),
        mutations in prop::collection::vec(mutation(), 1..3),
    ) {
        let mut value = sample.value.clone();
        // Deep nesting is spliced into text, which `from_value` never sees.
        for mutation in mutations.iter().filter(|m| !matches!(m, Mutation::DeepNesting(..))) {
            apply(&mut value, mutation);
        }
        let from_text = Catalog::from_json(&value.to_string());
        let from_value = bounded("Catalog::from_value", move || Catalog::from_value(value))?;
        match (from_text, from_value) {
            (Ok(a), Ok(b)) => prop_assert!(a == b, "from_value and from_json differ"),
            (Err(a), Err(b)) => {
                assert_one_line("Catalog::from_value", &b.to_string())?;
                prop_assert_eq!(a.kind(), b.kind());
            }
            (a, b) => {
                let (a, b) = (a.map(|_| ()), b.map(|_| ()));
                return Err(TestCaseError::fail(format!("from_json {a:?}, from_value {b:?}")));
            }
        }
    }
}

/// Names the reader echoes in its messages (an unknown field of the document, a value of a
/// closed set) keep the message on one line: the shortest inputs of the failures the
/// properties above found.
#[test]
fn reader_messages_stay_on_one_line() -> Checked {
    let header = r#""format":"migra-catalog","version":1,"server_version_num":0"#;
    for text in [
        format!(r#"{{{header},"a\nb":1}}"#),
        format!(r#"{{{header},"a\r\nb":[]}}"#),
        format!(
            r#"{{{header},"constraints":[{{"schema":"s","table":"t","name":"c","constraint_type":"a\nb","definition":"","validated":true}}]}}"#
        ),
        format!(
            r#"{{{header},"functions":[{{"schema":"s","name":"f","identity_arguments":"","arguments":"","kind":"\n","language":"sql","volatility":"volatile","parallel":"safe","definition":"","owner":"o"}}]}}"#
        ),
        format!(
            r#"{{{header},"dependencies":[{{"dependent":{{"kind":"x\ny","name":"n"}},"referenced":{{"kind":"table","name":"n"}}}}]}}"#
        ),
    ] {
        read(text)?;
    }
    Ok(())
}

/// The reader on whole documents that are nothing like a catalog, at the extremes.
#[test]
fn reader_on_extreme_documents() -> Checked {
    let deep = |open: &str, close: &str, n: usize| format!("{}{}", open.repeat(n), close.repeat(n));
    let documents = [
        String::new(),
        " ".repeat(1 << 20),
        "[".repeat(1 << 20),
        "{\"a\":".repeat(100_000),
        deep("[", "]", 100_000),
        deep("{\"format\":", "}", 100_000),
        format!(
            "{{\"format\":\"migra-catalog\",\"version\":1,\"server_version_num\":0,\"tables\":{}}}",
            deep("[", "]", 10_000)
        ),
        format!("\"{}\"", "x".repeat(8 << 20)),
        "\u{0}".to_string(),
        "\u{feff}{}".to_string(),
        "{\"format\":\"migra-catalog\",\"version\":1,\"server_version_num\":0}garbage".to_string(),
        "{\"format\":\"migra-catalog\",\"format\":\"other\",\"version\":1,\"server_version_num\":0}"
            .to_string(),
        "{\"format\":\"migra-catalog\",\"version\":18446744073709551616,\"server_version_num\":0}"
            .to_string(),
        "{\"format\":\"migra-catalog\",\"version\":1.0,\"server_version_num\":0}".to_string(),
        "{\"format\":\"migra-catalog\",\"version\":1,\"server_version_num\":-1}".to_string(),
        "{\"format\":\"migra-\\ud800catalog\",\"version\":1,\"server_version_num\":0}".to_string(),
    ];
    for text in documents {
        let shown: String = text.chars().take(60).collect();
        if let Some(catalog) = read(text)? {
            let catalog = Arc::new(catalog);
            assert_self_diff_empty(&catalog, &Options::default())?;
            eprintln!("read: {shown:?}");
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// (b) The diff on generated catalogs

/// A name: mostly from a small pool, so that objects collide and references resolve; often
/// odd; sometimes 63 bytes (PostgreSQL's longest), 64, or anything at all.
fn name() -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(&["a", "b", "public", "t"][..]).prop_map(str::to_string),
        3 => select(ODD_NAMES).prop_map(str::to_string),
        1 => Just("n".repeat(63)),
        1 => Just(format!("{}a", "é".repeat(31))),
        1 => Just("m".repeat(64)),
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ]
    .boxed()
}

/// SQL-ish text for definitions, defaults and comments, with the hostile bits of issue 18.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => select(&[
            "select 1",
            " SELECT t.a\n   FROM t;",
            "CHECK ((a > 0))",
            "PRIMARY KEY (a)",
            "FOREIGN KEY (a) REFERENCES t(a)",
            "CREATE UNIQUE INDEX a ON public.t USING btree (a)",
            "CREATE OR REPLACE FUNCTION public.a()\n RETURNS integer\n LANGUAGE sql\nAS $function$ select 1 $function$\n",
            "$$ drop table t; $$",
            "$fn$ begin drop schema public cascade; end $fn$",
            "'x'::text",
            "nextval('a'::regclass)",
            "a; drop table t; --",
            "it's \"quoted\"\nand multi-line",
            "*/ drop table t; /*",
            "",
        ][..])
        .prop_map(str::to_string),
        1 => name(),
        1 => any::<String>().prop_map(|s| s.chars().take(40).collect()),
    ]
    .boxed()
}

fn type_name() -> BoxedStrategy<String> {
    prop_oneof![
        3 => select(&[
            "integer",
            "text",
            "bigint",
            "a",
            "public.a",
            "character varying(10)",
            "integer[]",
            "\"odd type\"",
            "",
        ][..])
            .prop_map(str::to_string),
        1 => name(),
    ]
    .boxed()
}

fn arguments() -> BoxedStrategy<String> {
    prop_oneof![
        3 => select(&["", "integer", "a integer, b text", "VARIADIC a[]", "OUT a integer"][..])
            .prop_map(str::to_string),
        1 => name(),
    ]
    .boxed()
}

fn comment() -> impl Strategy<Value = Option<String>> {
    prop::option::weighted(0.3, text())
}

fn privileges() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            select(&["SELECT", "USAGE", "EXECUTE", "INSERT", "ALL", "drop", ""][..]),
            any::<bool>(),
        ),
        0..3,
    )
    .prop_map(|privileges| {
        json!(privileges
            .into_iter()
            .map(|(grantee, privilege, grantable)| json!({
                "grantee": grantee, "privilege": privilege, "grantable": grantable
            }))
            .collect::<Vec<_>>())
    })
}

fn qualified() -> impl Strategy<Value = Value> {
    (name(), name()).prop_map(|(schema, name)| json!({"schema": schema, "name": name}))
}

fn type_ref() -> impl Strategy<Value = Value> {
    (
        name(),
        name(),
        prop::option::of(select(
            &["enum", "domain", "composite_type", "range_type", "table"][..],
        )),
    )
        .prop_map(|(schema, name, kind)| json!({"schema": schema, "name": name, "kind": kind}))
}

fn edge_number() -> impl Strategy<Value = i64> {
    prop_oneof![
        select(vec![i64::MIN, -1, 0, 1, 2, 100, i64::MAX]),
        any::<i64>(),
    ]
}

fn sequence_options() -> impl Strategy<Value = Value> {
    (
        select(&["bigint", "integer", "smallint", "text"][..]),
        [
            edge_number(),
            edge_number(),
            edge_number(),
            edge_number(),
            edge_number(),
        ],
        any::<bool>(),
    )
        .prop_map(|(data_type, [start, increment, min, max, cache], cycle)| {
            json!({
                "data_type": data_type, "start": start, "increment": increment,
                "min_value": min, "max_value": max, "cache": cache, "cycle": cycle
            })
        })
}

fn column() -> impl Strategy<Value = Value> {
    (
        name(),
        type_name(),
        any::<bool>(),
        prop::option::weighted(0.3, text()),
        prop::option::weighted(0.3, type_ref()),
        prop::option::weighted(
            0.15,
            (
                select(&["always", "by_default"][..]),
                prop::option::of(sequence_options()),
            ),
        ),
        prop::option::weighted(0.1, (select(&["stored", "virtual"][..]), text())),
        prop::option::weighted(0.1, qualified()),
        comment(),
        privileges(),
    )
        .prop_map(
            |(
                name,
                ty,
                not_null,
                default,
                type_ref,
                identity,
                generated,
                collation,
                comment,
                privileges,
            )| {
                let identity = identity.map(|(generation, sequence)| {
                json!({"generation": generation, "sequence": sequence})
            });
                let generated = generated
                    .map(|(kind, expression)| json!({"kind": kind, "expression": expression}));
                json!({
                    "name": name, "type": ty, "not_null": not_null, "default": default,
                    "type_ref": type_ref, "identity": identity, "generated": generated,
                    "collation": collation, "comment": comment, "privileges": privileges
                })
            },
        )
}

fn schemas() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (name(), name(), comment(), privileges()).prop_map(|(name, owner, comment, privileges)| {
            json!({"name": name, "owner": owner, "comment": comment, "privileges": privileges})
        }),
        0..3,
    )
    .prop_map(Value::from)
}

fn extensions() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (name(), name(), select(&["1.0", "1.6", "", "x"][..])).prop_map(
            |(name, schema, version)| json!({"name": name, "schema": schema, "version": version}),
        ),
        0..2,
    )
    .prop_map(Value::from)
}

fn enums() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            prop::collection::vec(name(), 0..4),
            comment(),
        )
            .prop_map(|(schema, name, owner, labels, comment)| {
                json!({
                    "schema": schema, "name": name, "owner": owner, "labels": labels,
                    "comment": comment
                })
            }),
        0..3,
    )
    .prop_map(Value::from)
}

fn domains() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            type_name(),
            prop::option::weighted(0.3, type_ref()),
            any::<bool>(),
            prop::collection::vec((name(), text()), 0..2),
            prop::option::weighted(0.3, text()),
        )
            .prop_map(
                |(schema, name, owner, base_type, base_ref, not_null, checks, default)| {
                    let checks: Vec<Value> = checks
                        .into_iter()
                        .map(|(name, definition)| json!({"name": name, "definition": definition}))
                        .collect();
                    json!({
                        "schema": schema, "name": name, "owner": owner, "base_type": base_type,
                        "base_type_ref": base_ref, "not_null": not_null, "checks": checks,
                        "default": default
                    })
                },
            ),
        0..2,
    )
    .prop_map(Value::from)
}

fn composite_types() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            prop::collection::vec(
                (name(), type_name(), prop::option::weighted(0.3, type_ref())),
                0..4,
            ),
            comment(),
            privileges(),
        )
            .prop_map(|(schema, name, owner, attributes, comment, privileges)| {
                let attributes: Vec<Value> = attributes
                    .into_iter()
                    .map(|(name, ty, r)| json!({"name": name, "type": ty, "type_ref": r}))
                    .collect();
                json!({
                    "schema": schema, "name": name, "owner": owner, "attributes": attributes,
                    "comment": comment, "privileges": privileges
                })
            }),
        0..2,
    )
    .prop_map(Value::from)
}

fn range_types() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            type_name(),
            prop::option::of(name()),
            comment(),
        )
            .prop_map(|(schema, name, owner, subtype, multirange, comment)| {
                json!({
                    "schema": schema, "name": name, "owner": owner, "subtype": subtype,
                    "multirange_name": multirange, "comment": comment
                })
            }),
        0..2,
    )
    .prop_map(Value::from)
}

fn event_triggers() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            select(&["ddl_command_start", "ddl_command_end", "sql_drop", "odd"][..]),
            select(&["origin", "disabled", "replica", "always"][..]),
            name(),
            name(),
            prop::collection::vec(text(), 0..2),
        )
            .prop_map(|(name, owner, event, enabled, fschema, fname, tags)| {
                json!({
                    "name": name, "owner": owner, "event": event, "enabled": enabled,
                    "function_schema": fschema, "function_name": fname, "tags": tags
                })
            }),
        0..2,
    )
    .prop_map(Value::from)
}

fn default_privileges() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            select(
                &[
                    "tables",
                    "sequences",
                    "functions",
                    "types",
                    "schemas",
                    "odd",
                ][..],
            ),
            name(),
            select(&["SELECT", "USAGE", "EXECUTE", "ALL", ""][..]),
            any::<bool>(),
            prop::option::of(name()),
        )
            .prop_map(
                |(role, object_type, grantee, privilege, grantable, schema)| {
                    json!({
                        "role": role, "object_type": object_type, "grantee": grantee,
                        "privilege": privilege, "grantable": grantable, "schema": schema
                    })
                },
            ),
        0..3,
    )
    .prop_map(Value::from)
}

fn sequences() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            sequence_options(),
            prop::option::weighted(0.3, (name(), name(), name())),
            comment(),
        )
            .prop_map(|(schema, name, owner, options, owned_by, comment)| {
                let mut sequence = options;
                let fields = sequence.as_object_mut().expect("an object");
                fields.insert("schema".into(), json!(schema));
                fields.insert("name".into(), json!(name));
                fields.insert("owner".into(), json!(owner));
                fields.insert("comment".into(), json!(comment));
                fields.insert(
                    "owned_by".into(),
                    json!(owned_by.map(|(s, t, c)| json!({"schema": s, "table": t, "column": c}))),
                );
                sequence
            }),
        0..2,
    )
    .prop_map(Value::from)
}

fn tables() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            prop::collection::vec(column(), 0..4),
            any::<bool>(),
            prop::option::weighted(0.15, (qualified(), text())),
            prop::collection::vec(qualified(), 0..2),
            comment(),
            privileges(),
        )
            .prop_map(
                |(
                    schema,
                    name,
                    owner,
                    columns,
                    rls,
                    partition_of,
                    inherits,
                    comment,
                    privileges,
                )| {
                    json!({
                        "schema": schema, "name": name, "owner": owner, "columns": columns,
                        "rls_enabled": rls,
                        "partition_of": partition_of
                            .map(|(parent, bound)| json!({"parent": parent, "bound": bound})),
                        "inherits": inherits, "comment": comment, "privileges": privileges
                    })
                },
            ),
        0..4,
    )
    .prop_map(Value::from)
}

fn views() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            text(),
            prop::collection::vec((name(), type_name()), 0..3),
            any::<bool>(),
            comment(),
        )
            .prop_map(
                |(schema, name, owner, definition, columns, materialized, comment)| {
                    let columns: Vec<Value> = columns
                        .into_iter()
                        .map(|(name, ty)| json!({"name": name, "type": ty}))
                        .collect();
                    json!({
                        "schema": schema, "name": name, "owner": owner, "definition": definition,
                        "columns": columns, "materialized": materialized, "comment": comment
                    })
                },
            ),
        0..3,
    )
    .prop_map(Value::from)
}

fn constraints() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            select(&["primary_key", "unique", "check", "foreign_key", "exclusion"][..]),
            text(),
            any::<bool>(),
            prop::option::weighted(0.4, name()),
            prop::option::weighted(0.3, qualified()),
            comment(),
        )
            .prop_map(
                |(schema, table, name, kind, definition, validated, index, references, comment)| {
                    json!({
                        "schema": schema, "table": table, "name": name, "constraint_type": kind,
                        "definition": definition, "validated": validated, "index": index,
                        "references": references, "comment": comment
                    })
                },
            ),
        0..4,
    )
    .prop_map(Value::from)
}

fn indexes() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            text(),
            any::<bool>(),
            prop::option::weighted(0.4, name()),
        )
            .prop_map(|(schema, table, name, definition, unique, constraint)| {
                json!({
                    "schema": schema, "table": table, "name": name, "definition": definition,
                    "unique": unique, "constraint": constraint
                })
            }),
        0..3,
    )
    .prop_map(Value::from)
}

fn functions() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            (name(), name(), arguments(), name()),
            (
                prop::option::of(type_name()),
                select(&["function", "procedure", "window"][..]),
                select(&["sql", "plpgsql", "c", "internal", ""][..]),
                select(&["volatile", "stable", "immutable", "odd"][..]),
                select(&["unsafe", "safe", "restricted"][..]),
            ),
            text(),
            any::<bool>(),
            comment(),
            privileges(),
        )
            .prop_map(
                |(
                    (schema, name, args, owner),
                    (result, kind, language, volatility, parallel),
                    definition,
                    security_definer,
                    comment,
                    privileges,
                )| {
                    json!({
                        "schema": schema, "name": name, "identity_arguments": args,
                        "arguments": args, "result": result, "kind": kind, "language": language,
                        "volatility": volatility, "parallel": parallel, "definition": definition,
                        "owner": owner, "security_definer": security_definer,
                        "comment": comment, "privileges": privileges
                    })
                },
            ),
        0..3,
    )
    .prop_map(Value::from)
}

fn triggers() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            text(),
            select(&["origin", "disabled", "replica", "always", "odd"][..]),
            name(),
            name(),
        )
            .prop_map(
                |(schema, table, name, definition, enabled, fschema, fname)| {
                    json!({
                        "schema": schema, "table": table, "name": name, "definition": definition,
                        "enabled": enabled, "function_schema": fschema, "function_name": fname
                    })
                },
            ),
        0..2,
    )
    .prop_map(Value::from)
}

fn policies() -> impl Strategy<Value = Value> {
    prop::collection::vec(
        (
            name(),
            name(),
            name(),
            select(&["ALL", "SELECT", "INSERT", "UPDATE", "DELETE", "odd"][..]),
            any::<bool>(),
            prop::collection::vec(name(), 0..3),
            prop::option::of(text()),
            prop::option::of(text()),
        )
            .prop_map(
                |(schema, table, name, command, permissive, roles, using, with_check)| {
                    json!({
                        "schema": schema, "table": table, "name": name, "command": command,
                        "permissive": permissive, "roles": roles, "using": using,
                        "with_check": with_check
                    })
                },
            ),
        0..2,
    )
    .prop_map(Value::from)
}

/// Dependencies between objects that may or may not exist: single edges, cycles of two, and
/// objects depending on themselves.
fn dependencies() -> impl Strategy<Value = Value> {
    let entry = |d: Value, r: Value| json!({"dependent": d, "referenced": r});
    prop::collection::vec(
        prop_oneof![
            3 => (object_ref(), object_ref()).prop_map(move |(d, r)| vec![entry(d, r)]),
            1 => (object_ref(), object_ref())
                .prop_map(move |(a, b)| vec![entry(a.clone(), b.clone()), entry(b, a)]),
            1 => object_ref().prop_map(move |a| vec![entry(a.clone(), a)]),
        ],
        0..5,
    )
    .prop_map(|groups| Value::from(groups.into_iter().flatten().collect::<Vec<_>>()))
}

/// A catalog of a few objects of most kinds, following the format's shape.
fn catalog() -> impl Strategy<Value = Value> {
    (
        select(vec![0u32, 130_000, 150_018, 180_000, u32::MAX]),
        (
            schemas(),
            extensions(),
            enums(),
            domains(),
            sequences(),
            tables(),
        ),
        (
            views(),
            constraints(),
            indexes(),
            functions(),
            triggers(),
            policies(),
        ),
        (
            composite_types(),
            range_types(),
            event_triggers(),
            default_privileges(),
        ),
        dependencies(),
    )
        .prop_map(
            |(
                version,
                (schemas, extensions, enums, domains, sequences, tables),
                (views, constraints, indexes, functions, triggers, policies),
                (composite_types, range_types, event_triggers, default_privileges),
                dependencies,
            )| {
                json!({
                    "format": "migra-catalog", "version": 1, "server_version_num": version,
                    "schemas": schemas, "extensions": extensions, "enums": enums,
                    "domains": domains, "composite_types": composite_types,
                    "range_types": range_types, "sequences": sequences, "tables": tables,
                    "views": views, "constraints": constraints, "indexes": indexes,
                    "functions": functions, "triggers": triggers, "policies": policies,
                    "event_triggers": event_triggers,
                    "default_privileges": default_privileges, "dependencies": dependencies
                })
            },
        )
}

/// How the second catalog of a pair relates to the first.
#[derive(Debug, Clone, Copy)]
enum Pair {
    /// Generated on its own: mostly creations and drops.
    Apart,
    /// Each of its lists starts with the first half of the first catalog's: objects kept
    /// besides those created and dropped.
    Sharing,
    /// The first catalog with every other object's definition taken from the second one (its
    /// identity kept): objects altered and replaced, and what depends on them recreated.
    Altered,
}

/// The fields that make an object's identity, kept when [`Pair::Altered`] changes an object.
const IDENTITY_FIELDS: &[&str] = &["schema", "name", "table", "identity_arguments", "arguments"];

fn paired(first: &Value, second: &Value, how: Pair) -> Value {
    let (Some(first_lists), Some(second_lists)) = (first.as_object(), second.as_object()) else {
        return second.clone();
    };
    let mut out = match how {
        Pair::Apart => return second.clone(),
        Pair::Sharing => second.clone(),
        Pair::Altered => first.clone(),
    };
    let lists = out.as_object_mut().expect("an object");
    for (key, items) in first_lists {
        let (Some(items), Some(others)) = (
            items.as_array(),
            second_lists.get(key).and_then(Value::as_array),
        ) else {
            continue;
        };
        match how {
            Pair::Apart => {}
            Pair::Sharing => {
                if let Some(Value::Array(target)) = lists.get_mut(key) {
                    target.splice(0..0, items[..items.len() / 2].to_vec());
                }
            }
            Pair::Altered if key == "dependencies" => {
                if let Some(Value::Array(target)) = lists.get_mut(key) {
                    target.extend(others.iter().cloned());
                }
            }
            Pair::Altered => {
                let Some(Value::Array(target)) = lists.get_mut(key) else {
                    continue;
                };
                for (i, (item, other)) in target.iter_mut().zip(others).enumerate() {
                    if i % 2 == 1 {
                        continue;
                    }
                    let mut changed = other.clone();
                    if let (Some(changed), Some(item)) = (changed.as_object_mut(), item.as_object())
                    {
                        for field in IDENTITY_FIELDS {
                            match item.get(*field) {
                                Some(value) => changed.insert(field.to_string(), value.clone()),
                                None => changed.remove(*field),
                            };
                        }
                    }
                    *item = changed;
                }
            }
        }
    }
    out
}

fn options() -> impl Strategy<Value = Options> {
    (
        prop::option::weighted(0.15, name()),
        prop::collection::vec(name(), 0..2),
        prop::bool::weighted(0.1),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(
                schema,
                exclude_schema,
                create_extensions_only,
                ignore_extension_versions,
                with_privileges,
                with_owners,
            )| {
                Options {
                    schema,
                    exclude_schema,
                    create_extensions_only,
                    ignore_extension_versions,
                    with_privileges,
                    with_owners,
                    online: None,
                }
            },
        )
}

/// Reads a generated catalog: it follows the format, so it must read.
fn generated(value: &Value) -> Checked<Arc<Catalog>> {
    let text = value.to_string();
    let catalog = Catalog::from_json(&text);
    prop_assert!(
        catalog.is_ok(),
        "a generated catalog does not read: {:?}\n{}",
        catalog.err(),
        text
    );
    let catalog = catalog.expect("checked");
    assert_round_trip(&catalog)?;
    Ok(Arc::new(catalog))
}

proptest! {
    #![proptest_config(config(500))]

    /// The diff of two odd catalogs: no panic, bounded time, deterministic, nothing for a
    /// catalog against itself, no empty statement.
    #[test]
    fn diff_of_generated_catalogs(
        x in catalog(),
        y in catalog(),
        how in select(vec![Pair::Apart, Pair::Sharing, Pair::Altered]),
        options in options(),
    ) {
        let y = paired(&x, &y, how);
        let (x, y) = (generated(&x)?, generated(&y)?);
        let first = checked_diff(&x, &y, &options)?;
        let second = checked_diff(&x, &y, &options)?;
        prop_assert!(first == second, "the same diff twice gave different results");
        checked_diff(&y, &x, &options)?;
        assert_self_diff_empty(&x, &options)?;
        assert_self_diff_empty(&y, &options)?;
        let empty = Arc::new(Catalog::empty());
        checked_diff(&empty, &x, &options)?;
        checked_diff(&x, &empty, &options)?;
    }
}

/// The shortest input of a failure the properties above found: a composite type that names an
/// attribute twice (which no database has, but a hand-edited file may), used by a column,
/// diffs against itself to nothing rather than to its recreation.
#[test]
fn duplicate_attribute_names_diff_to_nothing() -> Checked {
    let catalog = generated(&json!({
        "format": "migra-catalog", "version": 1, "server_version_num": 150000,
        "composite_types": [{
            "schema": "public", "name": "pair", "owner": "o",
            "attributes": [{"name": "a", "type": "bigint"}, {"name": "a", "type": "integer"}]
        }],
        "tables": [{
            "schema": "public", "name": "t", "owner": "o",
            "columns": [{
                "name": "p", "type": "pair",
                "type_ref": {"schema": "public", "name": "pair", "kind": "composite_type"}
            }]
        }]
    }))?;
    assert_self_diff_empty(&catalog, &Options::default())
}

/// Long chains and one long cycle of view dependencies: the transitive search for what must be
/// recreated and the planner's ordering go deep without running out of stack or time.
#[test]
fn long_dependency_chains() -> Checked {
    const N: usize = 2_000;
    let view = |i: usize, definition: &str| {
        json!({
            "schema": "public", "name": format!("v{i}"), "owner": "o",
            "definition": definition, "columns": [{"name": "a", "type": "integer"}]
        })
    };
    let edge = |d: usize, r: usize| {
        json!({
            "dependent": {"kind": "view", "schema": "public", "name": format!("v{d}")},
            "referenced": {
                "kind": "view", "schema": "public", "name": format!("v{r}"), "column": "a"
            }
        })
    };
    let document = |first_definition: &str, cyclic: bool| {
        let views: Vec<Value> = (0..N)
            .map(|i| {
                view(
                    i,
                    if i == 0 {
                        first_definition
                    } else {
                        "select a from v"
                    },
                )
            })
            .collect();
        let mut edges: Vec<Value> = (1..N).map(|i| edge(i, i - 1)).collect();
        if cyclic {
            edges.push(edge(0, N - 1));
        }
        json!({
            "format": "migra-catalog", "version": 1, "server_version_num": 150000,
            "schemas": [{"name": "public", "owner": "o"}],
            "views": views, "dependencies": edges
        })
    };
    for cyclic in [false, true] {
        let from = generated(&document("select 1 as a", cyclic))?;
        let to = generated(&document("select 2 as a", cyclic))?;
        let migration = checked_diff(&from, &to, &Options::default())?;
        prop_assert!(!migration.statements.is_empty());
        assert_self_diff_empty(&from, &Options::default())?;
    }
    Ok(())
}
