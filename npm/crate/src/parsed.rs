//! Catalogs read once and diffed many times: the `ParsedCatalog` class and the diffs that take it.
//!
//! `diff` and `report` read both catalogs' JSON on every call, which at 5,000 tables is most of a
//! diff. A `ParsedCatalog` holds the engine's catalog inside the module, so a page that toggles
//! an option or edits one side diffs again without reading the other side again.

use migra_engine::Catalog;
use wasm_bindgen::prelude::*;

use crate::convert::{catalog_to_js, exact_to_js};
use crate::{diff_catalogs, error, read_catalog, report_catalogs};

/// A catalog read once, kept inside the module: give it to `diff` and `report` (on either side)
/// as often as needed without the catalog being read again. Make one with
/// `ParsedCatalog.parse(catalog)`; `free()` releases its memory at once (otherwise the garbage
/// collector does, some time after the last reference is gone).
#[wasm_bindgen]
pub struct ParsedCatalog {
    catalog: Catalog,
}

#[wasm_bindgen]
impl ParsedCatalog {
    /// Reads a catalog: a catalog object or its JSON text. Throws an `Error` with code
    /// `"INVALID_CATALOG"` or `"UNSUPPORTED_VERSION"` (and `argument` `"catalog"`) as `diff` does.
    pub fn parse(
        #[wasm_bindgen(unchecked_param_type = "Catalog | string")] catalog: JsValue,
    ) -> Result<ParsedCatalog, JsValue> {
        parse_argument(catalog, "catalog".to_string())
    }

    /// `server_version_num` of the server the catalog was read from (0 for `EMPTY`).
    #[wasm_bindgen(getter, js_name = serverVersionNum)]
    pub fn server_version_num(&self) -> u32 {
        self.catalog.server_version_num
    }

    /// The catalog as JSON text, byte for byte the file `migra-fetch` writes (`catalogToJson`).
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.catalog.to_json()
    }

    /// The catalog entry of one object, as a change's `before` or `after` holds it: the object
    /// of this `kind` whose identity is `identity` (a change's `kind` and `identity`), or `null`
    /// when the catalog has none (or the kind is one whose changes carry no entries). With
    /// `definitions: false`, `diff` leaves a change's entries out; this gives them when one is
    /// shown.
    #[wasm_bindgen(unchecked_return_type = "Record<string, unknown> | null")]
    pub fn definition(&self, kind: &str, identity: &str) -> Result<JsValue, JsValue> {
        let Ok(kind) = serde_json::from_value(serde_json::Value::String(kind.to_string())) else {
            return Ok(JsValue::NULL);
        };
        match migra_engine::definition(&self.catalog, kind, identity) {
            Some(entry) => exact_to_js(&serde_json::Value::Object(entry))
                .map_err(|e| error("ERROR", format!("cannot convert the definition: {e}"), None)),
            None => Ok(JsValue::NULL),
        }
    }

    /// The catalog as an object (integers beyond `Number.MAX_SAFE_INTEGER` as `BigInt`).
    #[wasm_bindgen(js_name = toObject, unchecked_return_type = "Catalog")]
    pub fn to_object(&self) -> Result<JsValue, JsValue> {
        catalog_to_js(&self.catalog)
    }
}

/// Reads one argument of `diff` or `report` into a `ParsedCatalog`, its errors naming `argument`
/// (`"from"` or `"to"`): how the package's entries pass a catalog that is not parsed yet beside
/// one that is. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = __parseArgument, skip_typescript)]
pub fn parse_argument(catalog: JsValue, argument: String) -> Result<ParsedCatalog, JsValue> {
    Ok(ParsedCatalog {
        catalog: read_catalog(catalog, &argument)?,
    })
}

/// `diff` of two parsed catalogs. Not part of the API: the package's `diff` calls it when given
/// a `ParsedCatalog`.
#[doc(hidden)]
#[wasm_bindgen(js_name = __diffParsed, skip_typescript)]
pub fn diff_parsed(
    from: &ParsedCatalog,
    to: &ParsedCatalog,
    options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    diff_catalogs(&from.catalog, &to.catalog, options)
}

/// `report` of two parsed catalogs. Not part of the API: the package's `report` calls it when
/// given a `ParsedCatalog`.
#[doc(hidden)]
#[wasm_bindgen(js_name = __reportParsed, skip_typescript)]
pub fn report_parsed(
    from: &ParsedCatalog,
    to: &ParsedCatalog,
    options: Option<JsValue>,
    format: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    report_catalogs(&from.catalog, &to.catalog, options, format)
}
