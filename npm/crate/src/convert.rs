//! Rust values to JS values: catalogs and results exactly (64-bit integers as `BigInt`), the rest
//! as JSON would write them.

use migra_engine::Catalog;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error;

/// A catalog as a JS object, exactly: integers beyond `Number.MAX_SAFE_INTEGER` (a sequence's
/// bounds, typically) become `BigInt`, all others plain numbers.
pub(crate) fn catalog_to_js(catalog: &Catalog) -> Result<JsValue, JsValue> {
    // Through the catalog's JSON text rather than `serde_json::to_value`: the catalog's
    // serializer then exists in the module once (for text), which keeps the `.wasm` smaller.
    let json: serde_json::Value = serde_json::from_str(&catalog.to_json())
        .map_err(|e| error("ERROR", format!("cannot convert the catalog: {e}"), None))?;
    exact_to_js(&json).map_err(|e| error("ERROR", format!("cannot convert the catalog: {e}"), None))
}

/// A JSON value as a JS value, as JSON would read it, but for integers beyond
/// `Number.MAX_SAFE_INTEGER`, which become `BigInt`.
pub(crate) fn exact_to_js(json: &serde_json::Value) -> Result<JsValue, serde_wasm_bindgen::Error> {
    Exact(json).serialize(&exact_serializer())
}

/// The serializer of [`Exact`] values: JSON's shapes, 64-bit integers as `BigInt`.
pub(crate) fn exact_serializer() -> serde_wasm_bindgen::Serializer {
    serde_wasm_bindgen::Serializer::json_compatible().serialize_large_number_types_as_bigints(true)
}

/// A JSON value serialized with numbers as `f64` where that is exact and as 64-bit integers (so
/// `BigInt`, given the serializer above) where it is not.
pub(crate) struct Exact<'a>(pub(crate) &'a serde_json::Value);

impl Serialize for Exact<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        use serde_json::Value;
        const MAX_SAFE: u64 = (1 << 53) - 1;
        match self.0 {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) if i.unsigned_abs() <= MAX_SAFE => s.serialize_f64(i as f64),
                (Some(i), _) => s.serialize_i64(i),
                (None, Some(u)) => s.serialize_u64(u),
                (None, None) => s.serialize_f64(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(text) => s.serialize_str(text),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&Exact(item))?;
                }
                seq.end()
            }
            Value::Object(map) => {
                let mut out = s.serialize_map(Some(map.len()))?;
                for (key, value) in map {
                    out.serialize_entry(key, &Exact(value))?;
                }
                out.end()
            }
        }
    }
}

/// Serializes as JSON would: `None` as `null`, maps as plain objects.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("ERROR", format!("cannot convert the result: {e}"), None))
}
