//! The wasm-bindgen surface of `migra-engine` for the npm package `migra-wasm`.
//!
//! Every export converts its arguments with serde-wasm-bindgen, calls the engine, and converts the
//! result back; an engine error becomes a JS `Error` with a `code`. There is no diff logic here:
//! an `if` that decides something about schemas belongs in the engine.
//!
//! # Brief overview
//! - [`diff`]: two catalogs (objects or JSON text) and [`DiffOptions`] in, a [`DiffResult`] out.
//! - [`report`]: the same, and what the drop guard made of it, as the text native `migra` prints
//!   for a `--format` ([`OutputFormat`]): a [`ReportOutput`].
//! - [`ParsedCatalog`]: a catalog read once, which `diff` and `report` take (through the package's
//!   entries) without reading it again.
//! - [`catalog_queries`] and [`assemble_catalog`]: what a JS fetcher runs, and how its results
//!   become a catalog; [`empty_catalog`] and [`catalog_to_json`].
//! - [`api_schema`]: the JSON Schema of the option and result types, from which the package's
//!   TypeScript declarations are generated (`npm/scripts/gen-types.mjs`).
//!
//! Catalog objects hold integers beyond `Number.MAX_SAFE_INTEGER` (a bigint sequence's bounds) as
//! `BigInt`, so they convert back exactly; catalog JSON text is read exactly too.

#![deny(missing_docs)]

use migra_engine::{
    Catalog, Change, ErrorKind, Migration, Options, PlanStyle, Report, Statement, Status,
};
use schemars::JsonSchema;
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod convert;
#[cfg(target_arch = "wasm32")]
mod heap;
mod options;
mod parsed;

use options::read_options;
pub use options::{DiffOptions, OnlineSettings};

use convert::{catalog_to_js, exact_serializer, to_js, Exact};

pub use parsed::ParsedCatalog;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: heap::Geometric = heap::Geometric;

/// migra's refusal line, which `diff` throws (code `UNSAFE`) when destructive statements appear
/// without `unsafe: true`.
pub const REFUSAL: &str =
    "-- ERROR: destructive statements generated. Use the --unsafe flag to suppress this error.";

/// What `diff` returns.
// Its schema (the TypeScript types); `diff` writes it as a `DiffResultJson`.
#[derive(Debug, Clone, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DiffResult {
    /// The migration as migra prints it: each statement followed by a blank line; empty when the
    /// schemas are the same. (The `migra` command prints this and one more newline.)
    pub sql: String,
    /// The statements, in the order they must run.
    pub statements: Vec<Statement>,
    /// One entry per object created, dropped, altered or replaced, in the order of its first statement.
    pub changes: Vec<Change>,
    /// Differences the engine saw but does not migrate, each naming the object and what differs.
    pub warnings: Vec<String>,
    /// Whether any statement removes something (what `unsafe` guards).
    pub has_destructive: bool,
}

/// A [`DiffResult`] as `diff` writes it: the statements, changes and warnings as the migration
/// report's JSON text holds them (see `diff`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DiffResultJson<'a> {
    sql: &'a str,
    statements: Exact<'a>,
    changes: Exact<'a>,
    warnings: Exact<'a>,
    has_destructive: bool,
}

/// One catalog query, as `catalogQueries` returns it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CatalogQuery {
    /// The catalog field the query fills: the name to give its result in `assembleCatalog`.
    pub name: String,
    /// The query text. It returns one row with one column holding a JSON value (or null).
    pub sql: String,
}

#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// Makes the next call of any export run on a fresh instance of this module. Not part of the API.
//
// wasm-bindgen's reinit: the next call makes a new `WebAssembly.Instance` of the same compiled
// module and resets the glue's state. The package's JS entries call this when an export failed
// without returning (lib/common.mjs, `recovering`): a trap (a panic, which aborts; memory
// exhausted; the stack overflowed) or a JS exception thrown through the module (by a getter of an
// argument). Either leaves the instance as it was at that moment: the stack pointer not restored,
// allocations and table slots never freed, borrows never released. This function touches neither
// memory nor the stack, so a broken instance still runs it.
#[doc(hidden)]
#[wasm_bindgen(js_name = __scheduleReset, skip_typescript)]
pub fn schedule_reset() {
    wasm_bindgen::handler::schedule_reinit();
}

/// Does nothing; its call makes wasm-bindgen's glue replace the instance at once when a reset is
/// scheduled. Not part of the API.
//
// The glue checks that a `ParsedCatalog` belongs to the current instance before it replaces a
// broken instance (in the same call), so a catalog parsed on the broken instance would reach the
// fresh one. The package's entries call this right after `__scheduleReset`, which makes every
// older `ParsedCatalog` stale at once: using one throws instead.
#[doc(hidden)]
#[wasm_bindgen(js_name = __resetIfScheduled, skip_typescript)]
pub fn reset_if_scheduled() {}

/// `diff`, then a panic 640 KiB down the stack: how the npm tests make the module trap in the
/// middle of a call (npm/test/recovery.test.mjs). A second call on the same instance, whose stack
/// pointer the trap left there, overflows the 1 MiB stack. Only in the build with the
/// `test-panic` feature, which only `just test-npm` makes.
#[cfg(feature = "test-panic")]
#[wasm_bindgen(js_name = diffThenPanic, skip_typescript)]
pub fn diff_then_panic(
    from: JsValue,
    to: JsValue,
    options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let result = diff(from, to, options)?;
    std::hint::black_box(&result);
    panic_deep(40)
}

#[cfg(feature = "test-panic")]
fn panic_deep(depth: u32) -> ! {
    let frame = [0u8; 16 * 1024];
    std::hint::black_box(&frame);
    if depth == 0 {
        panic!("test-panic: a panic in the middle of a call");
    }
    panic_deep(depth - 1)
}

/// Computes the migration that turns `from` into `to`. Each catalog is a catalog object or its
/// JSON text (a file written by `migra-fetch`, or what `fetchCatalog` returned), or a
/// `ParsedCatalog`, which is not read again (the package's entries pass those on).
///
/// Throws an `Error` with a `code`: `"UNSAFE"` when a statement removes something and
/// `options.unsafe` is not `true` (the message is migra's refusal line); `"INVALID_CATALOG"` or
/// `"UNSUPPORTED_VERSION"` for a catalog that cannot be read (the message names the argument and
/// where in the JSON, and `argument` is `"from"` or `"to"`); `"INVALID_OPTION"` for bad options.
#[wasm_bindgen(unchecked_return_type = "DiffResult")]
pub fn diff(
    #[wasm_bindgen(unchecked_param_type = "Catalog | ParsedCatalog | string")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Catalog | ParsedCatalog | string")] to: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DiffOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let options = read_options(options)?;
    let from = read_catalog(from, "from")?;
    let to = read_catalog(to, "to")?;
    diff_with(&from, &to, options)
}

/// `diff` of two catalogs read already (`ParsedCatalog`s).
pub(crate) fn diff_catalogs(
    from: &Catalog,
    to: &Catalog,
    options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    diff_with(from, to, read_options(options)?)
}

fn diff_with(from: &Catalog, to: &Catalog, options: DiffOptions) -> Result<JsValue, JsValue> {
    let definitions = options.definitions;
    let (migration, allow_unsafe) = migrate(from, to, options, definitions)?;
    if migration.has_destructive() && !allow_unsafe {
        return Err(error("UNSAFE", REFUSAL.to_string(), None));
    }
    // Exactly, as a catalog: a change's `before` and `after` are catalog entries, and a bigint
    // sequence's bounds do not fit a JS number. Through the report's JSON text, which `report`
    // writes anyway, rather than `serde_json::to_value`: the migration's serializer then exists
    // in the module once. (Without `unsafe` no statement is marked `refused`.)
    let sql = migration.sql();
    let has_destructive = migration.has_destructive();
    let convert =
        |e: serde_json::Error| error("ERROR", format!("cannot convert the result: {e}"), None);
    let report: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&Report::new(migration, true).to_json()).map_err(convert)?;
    let field = |name: &str| Exact(report.get(name).unwrap_or(&serde_json::Value::Null));
    DiffResultJson {
        sql: &sql,
        statements: field("statements"),
        changes: field("changes"),
        warnings: field("warnings"),
        has_destructive,
    }
    .serialize(&exact_serializer())
    .map_err(|e| error("ERROR", format!("cannot convert the result: {e}"), None))
}

/// What `report` prints: `migra --format`'s values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    /// migra's SQL: each statement followed by a blank line, and one more newline; nothing when
    /// the schemas are the same or the migration is refused.
    Sql,
    /// The migration report (`Report`, `migra-wasm/migration.schema.json`) as pretty-printed JSON
    /// text ending with a newline, whatever the status. Its 64-bit integers are exact.
    Json,
    /// The plan for a person reviewing the migration in a terminal: the changes grouped by kind
    /// of object with their hazards and statements, what the drop guard refuses, the warnings.
    Plan,
    /// The same plan in GitHub-flavoured markdown, for a pull request comment.
    Markdown,
}

/// What `report` returns.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReportOutput {
    /// What `migra` makes of the migration, as its exit status says: `"no_differences"` (0),
    /// `"migration"` (2) or `"refused"` (3, a statement removes something and `unsafe` is not
    /// `true`).
    pub status: Status,
    /// Byte for byte what `migra --format <format>` prints on stdout for this status.
    pub text: String,
    /// Differences the engine saw but does not migrate, each naming the object and what differs
    /// (`migra` prints each on stderr as `migra: warning: ...`).
    pub warnings: Vec<String>,
}

/// The migration that turns `from` into `to` as native `migra --format <format>` prints it, and
/// what the drop guard made of it: the `status`, which says which exit status `migra` ends with,
/// and the `text` it prints on stdout, byte for byte. `format` is `"json"` (the default), `"sql"`,
/// `"plan"` or `"markdown"`. A migration that removes something is not thrown as `UNSAFE`: without
/// `options.unsafe` its status is `"refused"` (and the `sql` text empty, as `migra` prints
/// nothing then).
///
/// Throws an `Error` with a `code`, as `diff` does (never `"UNSAFE"`); `"INVALID_OPTION"` for an
/// unknown format too.
#[wasm_bindgen(unchecked_return_type = "ReportOutput")]
pub fn report(
    #[wasm_bindgen(unchecked_param_type = "Catalog | ParsedCatalog | string")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Catalog | ParsedCatalog | string")] to: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DiffOptions")] options: Option<JsValue>,
    #[wasm_bindgen(unchecked_optional_param_type = "OutputFormat")] format: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let format = read_format(format)?;
    let options = read_options(options)?;
    let from = read_catalog(from, "from")?;
    let to = read_catalog(to, "to")?;
    report_with(&from, &to, options, format)
}

/// `report` of two catalogs read already (`ParsedCatalog`s).
pub(crate) fn report_catalogs(
    from: &Catalog,
    to: &Catalog,
    options: Option<JsValue>,
    format: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let format = read_format(format)?;
    report_with(from, to, read_options(options)?, format)
}

/// `report`'s `format` argument; `"json"` when absent.
fn read_format(format: Option<JsValue>) -> Result<OutputFormat, JsValue> {
    Ok(match format.filter(|f| !f.is_undefined() && !f.is_null()) {
        None => OutputFormat::Json,
        Some(value) => match value.as_string().as_deref() {
            Some("sql") => OutputFormat::Sql,
            Some("json") => OutputFormat::Json,
            Some("plan") => OutputFormat::Plan,
            Some("markdown") => OutputFormat::Markdown,
            other => {
                let shown = other
                    .and_then(|text| serde_json::to_string(text).ok())
                    .map_or_else(String::new, |quoted| format!(" {quoted}"));
                return Err(error(
                    "INVALID_OPTION",
                    format!("invalid format{shown}: expected \"sql\", \"json\", \"plan\" or \"markdown\""),
                    None,
                ));
            }
        },
    })
}

fn report_with(
    from: &Catalog,
    to: &Catalog,
    options: DiffOptions,
    format: OutputFormat,
) -> Result<JsValue, JsValue> {
    // Only the JSON report shows the changed objects' catalog entries.
    let definitions = options.definitions && format == OutputFormat::Json;
    let (migration, allow_unsafe) = migrate(from, to, options, definitions)?;
    let warnings = migration.warnings.clone();
    // As native migra prints them (fetcher/src/bin/migra.rs).
    let (status, text) = if format == OutputFormat::Sql {
        let sql = migration.sql();
        let report = Report::new(migration, allow_unsafe);
        let text = match report.status {
            Status::Migration => format!("{sql}\n"),
            Status::NoDifferences | Status::Refused => String::new(),
        };
        (report.status, text)
    } else {
        let report = Report::new(migration, allow_unsafe);
        let text = match format {
            OutputFormat::Plan => report.plan(PlanStyle::Text),
            OutputFormat::Markdown => report.plan(PlanStyle::Markdown),
            OutputFormat::Json | OutputFormat::Sql => report.to_json(),
        };
        (report.status, text)
    };
    to_js(&ReportOutput {
        status,
        text,
        warnings,
    })
}

/// Diffs two catalogs: the migration, with its changes' catalog entries when `definitions`, and
/// whether `unsafe` was given.
fn migrate(
    from: &Catalog,
    to: &Catalog,
    options: DiffOptions,
    definitions: bool,
) -> Result<(Migration, bool), JsValue> {
    let engine_options = Options {
        schema: options.schema,
        exclude_schema: options.exclude_schema,
        create_extensions_only: options.create_extensions_only,
        ignore_extension_versions: options.ignore_extension_versions,
        with_privileges: options.with_privileges,
        with_owners: options.with_owners,
        online: options.online.map(|online| migra_engine::Online {
            lock_timeout: online.lock_timeout,
            statement_timeout: online.statement_timeout,
        }),
    };
    let diff = if definitions {
        migra_engine::diff
    } else {
        migra_engine::diff_without_definitions
    };
    let migration = diff(from, to, &engine_options).map_err(engine_error)?;
    Ok((migration, options.r#unsafe))
}

/// The catalog queries for a server of this `server_version_num` (e.g. 150004), in order.
#[wasm_bindgen(js_name = catalogQueries, unchecked_return_type = "CatalogQuery[]")]
pub fn catalog_queries(
    #[wasm_bindgen(js_name = serverVersionNum)] server_version_num: u32,
) -> Result<JsValue, JsValue> {
    let queries: Vec<CatalogQuery> = migra_engine::catalog_queries(server_version_num)
        .map_err(engine_error)?
        .into_iter()
        .map(|q| CatalogQuery {
            name: q.name.to_string(),
            sql: q.sql,
        })
        .collect();
    to_js(&queries)
}

/// Every list of a catalog as the engine declares it: where each kind of object lives and how its
/// identity (`Change.identity`) is made of its fields, so that a client can find the object a
/// change names without knowing the engine's rules.
#[wasm_bindgen(js_name = catalogKinds, unchecked_return_type = "KindDeclaration[]")]
pub fn catalog_kinds() -> Result<JsValue, JsValue> {
    to_js(&migra_engine::model::catalog_kinds())
}

/// A catalog with no objects at all: what `EMPTY` means to the `migra` command.
#[wasm_bindgen(js_name = emptyCatalog, unchecked_return_type = "Catalog")]
pub fn empty_catalog() -> Result<JsValue, JsValue> {
    catalog_to_js(&Catalog::empty())
}

/// The catalog as JSON text, byte for byte the file `migra-fetch` writes for the same database. The
/// catalog is an object (integers beyond `Number.MAX_SAFE_INTEGER` as `BigInt`) or JSON text. Use
/// it to save a catalog: `JSON.stringify` cannot write the `BigInt`s a catalog object may hold.
#[wasm_bindgen(js_name = catalogToJson)]
pub fn catalog_to_json(
    #[wasm_bindgen(unchecked_param_type = "Catalog | string")] catalog: JsValue,
) -> Result<String, JsValue> {
    Ok(read_catalog(catalog, "catalog")?.to_json())
}

/// Builds a catalog from the value each catalog query returned: an object `{ name: value }` or an
/// array of `[name, value]` pairs. A value is the query's JSON value, or its JSON text (exact for
/// 64-bit integers, which a JS JSON parser rounds). A `null` value counts as an empty list.
#[wasm_bindgen(js_name = assembleCatalog, unchecked_return_type = "Catalog")]
pub fn assemble_catalog(
    #[wasm_bindgen(js_name = serverVersionNum)] server_version_num: u32,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown> | [string, unknown][]")]
    results: JsValue,
) -> Result<JsValue, JsValue> {
    let entries: Vec<JsValue> = if js_sys::Array::is_array(&results) {
        js_sys::Array::from(&results).iter().collect()
    } else if results.is_object() {
        js_sys::Object::entries(results.unchecked_ref())
            .iter()
            .collect()
    } else {
        return Err(error(
            "QUERY_RESULT",
            "catalog query results must be an object or an array of [name, value] pairs".into(),
            None,
        ));
    };
    let mut pairs = Vec::with_capacity(entries.len());
    for entry in entries {
        let pair = js_sys::Array::from(&entry);
        let Some(name) = pair.get(0).as_string().filter(|_| pair.length() == 2) else {
            return Err(error(
                "QUERY_RESULT",
                "catalog query results must be [name, value] pairs with a string name".into(),
                None,
            ));
        };
        let value = pair.get(1);
        let json = match value.as_string() {
            Some(text) => serde_json::from_str(&text).map_err(|e| {
                error(
                    "QUERY_RESULT",
                    format!("catalog query {name:?} returned invalid JSON: {e}"),
                    None,
                )
            })?,
            None => serde_wasm_bindgen::from_value(value).map_err(|e| {
                error(
                    "QUERY_RESULT",
                    format!("catalog query {name:?}: unreadable value: {e}"),
                    None,
                )
            })?,
        };
        pairs.push((name, json));
    }
    let catalog = migra_engine::assemble(server_version_num, pairs).map_err(engine_error)?;
    catalog_to_js(&catalog)
}

/// The JSON Schema (draft 7) of the types the exports take and return besides the catalog: an
/// object whose `definitions` hold `DiffOptions`, `DiffResult`, `OutputFormat`, `ReportOutput`,
/// `CatalogQuery` and what they use.
pub fn api_schema() -> String {
    let mut generator = schemars::gen::SchemaSettings::draft07().into_generator();
    generator.subschema_for::<DiffOptions>();
    generator.subschema_for::<DiffResult>();
    generator.subschema_for::<OutputFormat>();
    generator.subschema_for::<ReportOutput>();
    generator.subschema_for::<CatalogQuery>();
    generator.subschema_for::<migra_engine::model::KindDeclaration>();
    let mut definitions = generator.take_definitions();
    // What `schema_for!` does to the engine's schemas (a `$ref` with a description becomes an
    // `allOf`), so that a type this schema shares with the migration schema is the same there.
    for visitor in generator.visitors_mut() {
        for schema in definitions.values_mut() {
            visitor.visit_schema(schema);
        }
    }
    let mut text = serde_json::to_string_pretty(&serde_json::json!({ "definitions": definitions }))
        .unwrap_or_default();
    text.push('\n');
    text
}

pub(crate) fn read_catalog(value: JsValue, argument: &str) -> Result<Catalog, JsValue> {
    let from_object = value.as_string().is_none();
    let read = match value.as_string() {
        Some(text) => Catalog::from_json(&text),
        None => {
            let json: serde_json::Value = serde_wasm_bindgen::from_value(value).map_err(|e| {
                error(
                    "INVALID_CATALOG",
                    format!("{argument}: not a catalog: {e}"),
                    Some(argument),
                )
            })?;
            Catalog::from_value(json)
        }
    };
    read.map_err(|e| {
        // A 64-bit integer that went through JSON.parse arrives as a rounded float.
        let hint = if from_object && e.message().contains("floating point") {
            " (JSON.parse rounds 64-bit integers: pass the catalog's JSON text instead)"
        } else {
            ""
        };
        error(
            code(e.kind()),
            format!("{argument}: {}{hint}", e.message()),
            Some(argument),
        )
    })
}

fn code(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Json | ErrorKind::NotACatalog | ErrorKind::InvalidCatalog => "INVALID_CATALOG",
        ErrorKind::UnsupportedVersion => "UNSUPPORTED_VERSION",
        ErrorKind::QueryResult => "QUERY_RESULT",
        ErrorKind::InvalidOption => "INVALID_OPTION",
        _ => "ERROR",
    }
}

fn engine_error(e: migra_engine::Error) -> JsValue {
    error(code(e.kind()), e.message().to_string(), None)
}

/// A JS `Error` with `code` and, for a catalog that cannot be read, `argument` ("from" or "to").
pub(crate) fn error(code: &str, message: String, argument: Option<&str>) -> JsValue {
    let error = js_sys::Error::new(&message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    if let Some(argument) = argument {
        let _ = js_sys::Reflect::set(&error, &"argument".into(), &argument.into());
    }
    error.into()
}
