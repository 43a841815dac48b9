//! The string type of the catalog model.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use schemars::gen::SchemaGenerator;
use schemars::schema::Schema;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

/// An immutable string read from a catalog: a name, a type, a definition.
///
/// Up to 23 bytes (nearly every identifier) it is kept inline, without an allocation of its own;
/// longer texts are shared, so a clone never copies. A 5,000-table catalog holds about 600,000
/// strings, mostly short names repeated by every column, constraint, index and dependency edge:
/// as `String`s they were most of its allocations (bench/PROFILE.md, round 5).
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(SmolStr);

impl Text {
    /// The empty text, for constants.
    pub const EMPTY: Text = Text(SmolStr::new_inline(""));

    /// A text holding a copy of `text`.
    pub fn new(text: impl AsRef<str>) -> Text {
        Text(SmolStr::new(text))
    }

    /// The text as a string slice.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.0.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::new(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(SmolStr::from(text))
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Text {
        Text::new(text)
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.as_str().to_string()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

/// In the JSON Schema a `Text` is a plain string.
impl JsonSchema for Text {
    fn schema_name() -> String {
        String::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        String::schema_id()
    }

    fn json_schema(gen: &mut SchemaGenerator) -> Schema {
        String::json_schema(gen)
    }

    fn is_referenceable() -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_as_a_json_string() {
        let text: Text = serde_json::from_str(r#""billing.account_1293_id_seq""#).unwrap();
        assert_eq!(text, "billing.account_1293_id_seq");
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#""billing.account_1293_id_seq""#
        );
        let escaped: Text = serde_json::from_str(r#""say \"hi\"""#).unwrap();
        assert_eq!(escaped.as_str(), "say \"hi\"");
    }

    #[test]
    fn orders_as_its_text() {
        let mut texts: Vec<Text> = ["b", "a", "a long definition, more than 23 bytes"]
            .into_iter()
            .map(Text::from)
            .collect();
        texts.sort();
        let sorted: Vec<&str> = texts.iter().map(Text::as_str).collect();
        assert_eq!(sorted, ["a", "a long definition, more than 23 bytes", "b"]);
    }
}
