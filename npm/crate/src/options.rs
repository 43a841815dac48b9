//! The options of `diff` and `report`, as the module takes them and as the package's types
//! describe them.

use schemars::JsonSchema;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::error;

/// The options of `diff` and `report`: migra's command-line flags.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DiffOptions {
    /// Return migrations that remove something (an object, a column, a constraint, a default, a
    /// NOT NULL, an enum label, a privilege) instead of throwing an `Error` with code `UNSAFE`
    /// (`--unsafe`); for `report`, give them the status `"migration"` instead of `"refused"`.
    #[serde(default)]
    pub r#unsafe: bool,
    /// Only compare this schema (`--schema`).
    #[serde(default)]
    pub schema: Option<String>,
    /// Do not compare these schemas (`--exclude-schema`, repeatable).
    #[serde(default)]
    pub exclude_schema: Vec<String>,
    /// Only create the extensions the target has and the source lacks (`--create-extensions-only`).
    #[serde(default)]
    pub create_extensions_only: bool,
    /// Do not update extensions whose version differs (`--ignore-extension-versions`).
    #[serde(default)]
    pub ignore_extension_versions: bool,
    /// Also migrate privileges, with GRANT and REVOKE (`--with-privileges`).
    #[serde(default)]
    pub with_privileges: bool,
    /// Also migrate owners, with `ALTER ... OWNER TO`: of every object created, and of every
    /// object whose owner differs (`--with-owners`).
    #[serde(default)]
    pub with_owners: bool,
    /// Make the migration safe to run on a live database (`--online`, docs/online.md in the
    /// repository): indexes built and dropped `CONCURRENTLY` outside the transaction, foreign
    /// keys and checks validated after it commits, `SET NOT NULL` through a validated check, and
    /// a `lock_timeout` and a `statement_timeout` set first. The SQL then spells out its own
    /// `begin;` and `commit;`: run it as it is (`psql -v ON_ERROR_STOP=1 -f`), not in one
    /// transaction. `true` for the limits' defaults, or the limits.
    //
    // The package's entries (lib/common.mjs, `onlineOptions`) read `true` and the limits as
    // `--online-lock-timeout` reads them, and pass this module the limits written as PostgreSQL
    // shows them (`5s`), as native migra passes them to the engine: this module takes them as
    // they are. The schema is that of what the entries take.
    #[serde(default)]
    #[schemars(with = "Option<OnlineOption>")]
    pub online: Option<OnlineSettings>,
    /// Give each altered or replaced object's catalog entries in its change (`before` and
    /// `after`; for `report`, in its `"json"` text). `false` leaves them out, which makes the
    /// diff of large catalogs faster: a `ParsedCatalog`'s `definition(kind, identity)` gives one
    /// object's entry when it is wanted.
    #[serde(default = "yes")]
    #[schemars(default = "yes")]
    pub definitions: bool,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions {
            r#unsafe: false,
            schema: None,
            exclude_schema: vec![],
            create_extensions_only: false,
            ignore_extension_versions: false,
            with_privileges: false,
            with_owners: false,
            online: None,
            definitions: true,
        }
    }
}

fn yes() -> bool {
    true
}

/// The time limits of an online migration as this module takes them: PostgreSQL durations,
/// already checked and written as PostgreSQL shows them (lib/common.mjs, `onlineOptions`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OnlineSettings {
    /// The `lock_timeout` the migration sets.
    pub lock_timeout: String,
    /// The `statement_timeout` the migration sets.
    pub statement_timeout: String,
}

/// `online`, as the package's functions take it: `true` for an online migration with the default
/// limits, or its limits.
// Only the schema of the option (the TypeScript types): the entries turn it into `OnlineSettings`.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum OnlineOption {
    Enabled(bool),
    Limits(OnlineLimits),
}

/// The time limits of an online migration (`online`), each a duration as
/// `--online-lock-timeout` takes it: a string in PostgreSQL's syntax (`"500ms"`, `"5s"`,
/// `"2min"`, `"1.5s"`; units `us`, `ms`, `s`, `min`, `h`, `d`; no unit is milliseconds) or a
/// number of milliseconds; `0` for no limit; at most 2147483647 ms.
#[derive(JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[allow(dead_code)]
struct OnlineLimits {
    /// How long a statement may wait for a lock before the migration stops (`SET lock_timeout`,
    /// `--online-lock-timeout`). Default `"5s"`.
    lock_timeout: Option<Duration>,
    /// How long a statement may run (`SET statement_timeout`, `--online-statement-timeout`).
    /// Default `"15min"`.
    statement_timeout: Option<Duration>,
}

/// A duration: PostgreSQL's syntax (`"5s"`) or a number of milliseconds.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum Duration {
    Text(String),
    Milliseconds(f64),
}

/// The options of `diff` and `report`, checked.
pub(crate) fn read_options(options: Option<JsValue>) -> Result<DiffOptions, JsValue> {
    let Some(options) = options.filter(|o| !o.is_null() && !o.is_undefined()) else {
        return Ok(DiffOptions::default());
    };
    // Through a JSON value, so that `deny_unknown_fields` sees every key (a typo such as
    // `with_privileges` is an error, not an option silently off).
    serde_wasm_bindgen::from_value(options)
        .and_then(|json: serde_json::Value| {
            serde_json::from_value(json).map_err(serde_wasm_bindgen::Error::new)
        })
        .map_err(|e| error("INVALID_OPTION", format!("invalid diff options: {e}"), None))
}
