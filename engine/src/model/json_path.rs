//! The JSON path (`tables[3].columns[0].not_null`) of the place where reading a catalog failed,
//! found from the error's position in the text.
//!
//! `serde_path_to_error` finds the same path by wrapping the deserializer, which instantiates
//! every catalog type's deserializer a second time: a quarter of the wasm module's size, for a
//! message that is only built once a read has already failed. Here the text is scanned again up
//! to the error's position instead, with no knowledge of the catalog's types. The tests check
//! that both give the same path for every field of a real catalog.

/// One level of nesting on the way to the error's position.
enum Level {
    /// In an object: the last key read, if any.
    Object(Option<String>),
    /// In an array: the index of the element being read.
    Array(usize),
}

/// The path, written as `serde_path_to_error` writes it (`.` for the document itself), of the
/// value a `serde_json` error reading `text` is about.
pub(crate) fn of_error(text: &str, error: &serde_json::Error) -> String {
    // serde_json places a type or value error at the first byte it has not consumed: the one
    // after a value it read whole, or the bracket it peeked at. A syntax error (a list where an
    // enum's string belongs) it places one byte past the byte it peeked at.
    let mut offset = offset_of(text, error.line(), error.column());
    if error.classify() == serde_json::error::Category::Syntax {
        offset = offset.saturating_sub(1);
    }
    // A missing field or a short list is the container's own error, placed past its closing
    // bracket.
    let message = error.to_string();
    let of_container =
        message.starts_with("missing field") || message.starts_with("invalid length");
    if of_container {
        offset = offset.saturating_sub(1);
    }
    at_offset(text, offset, of_container)
}

/// A `serde_json` error's message without the ` at line L column C` its `Display` ends with.
pub(crate) fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match message.strip_suffix(&suffix) {
        Some(problem) => problem.to_string(),
        None => message,
    }
}

/// The path of the value that holds the byte `offset` of `text`, or of its container.
fn at_offset(text: &str, offset: usize, of_container: bool) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut levels: Vec<Level> = vec![];
    let mut expect_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                levels.push(Level::Object(None));
                expect_key = true;
            }
            b'[' => levels.push(Level::Array(0)),
            b'}' | b']' => {
                levels.pop();
                expect_key = false;
            }
            b',' => match levels.last_mut() {
                Some(Level::Array(index)) => *index += 1,
                Some(Level::Object(_)) => expect_key = true,
                None => {}
            },
            b'"' => {
                let close = string_end(bytes, i);
                if expect_key {
                    let key = serde_json::from_str::<String>(&text[i..close.min(bytes.len())])
                        .unwrap_or_else(|_| text[i + 1..close.min(end)].to_string());
                    if let Some(Level::Object(last)) = levels.last_mut() {
                        *last = Some(key);
                    }
                    expect_key = false;
                }
                i = close;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    let depth = levels.len();
    for (n, level) in levels.iter().enumerate() {
        if of_container && n + 1 == depth {
            break;
        }
        match level {
            Level::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Object(None) => {}
            Level::Array(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// The index just past the string that starts with the quote at `start` (or the text's end).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The byte offset of a `serde_json` error's position: its line (1-based) and its column, which
/// `serde_json` counts in bytes from the line's start.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalog;

    fn path_of(text: &str) -> String {
        let error = serde_json::from_str::<Catalog>(text).expect_err("the text is not a catalog");
        of_error(text, &error)
    }

    fn reference_path(text: &str) -> String {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let error = serde_path_to_error::deserialize::<_, Catalog>(&mut deserializer)
            .expect_err("the text is not a catalog");
        error.path().to_string()
    }

    const FIXTURE: &str = include_str!("../../benches/fixtures/from-50.json");

    /// Every scalar of a real catalog, one at a time, replaced by a value of the wrong type (and
    /// every object by one missing all fields): the path found from the position is the path
    /// `serde_path_to_error` reports, on compact and on pretty-printed text.
    #[test]
    fn same_path_as_serde_path_to_error_for_every_field() {
        let mut catalog: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        // Three elements of every list keep every field and make each broken copy small.
        shorten_lists(&mut catalog, 3);
        let mut pointers = vec![];
        collect_pointers(&catalog, String::new(), &mut pointers);
        assert!(pointers.len() > 300, "{} pointers", pointers.len());
        // One pointer per field of the format (array indices aside), and the second element of
        // every list, so that indices past 0 are checked too.
        let mut seen = std::collections::HashSet::new();
        pointers.retain(|pointer| {
            let shape: Vec<&str> = pointer
                .split('/')
                .map(|part| match part.parse::<usize>() {
                    Ok(1) => "1",
                    Ok(_) => "n",
                    Err(_) => part,
                })
                .collect();
            seen.insert(shape.join("/"))
        });
        let mut compared = 0;
        for pointer in &pointers {
            let mut broken = catalog.clone();
            let target = broken.pointer_mut(pointer).unwrap();
            *target = match target {
                serde_json::Value::Object(_) => serde_json::json!({}),
                serde_json::Value::Array(_) => serde_json::json!(17),
                serde_json::Value::String(_) => serde_json::json!([true]),
                _ => serde_json::json!({"x": "y"}),
            };
            for text in [
                serde_json::to_string(&broken).unwrap(),
                serde_json::to_string_pretty(&broken).unwrap(),
            ] {
                // Some replacements are still a catalog (an optional field's null, say).
                if serde_json::from_str::<Catalog>(&text).is_err() {
                    assert_eq!(path_of(&text), reference_path(&text), "at {pointer}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 200, "only {compared} broken catalogs compared");
    }

    fn shorten_lists(value: &mut serde_json::Value, keep: usize) {
        match value {
            serde_json::Value::Object(map) => {
                map.values_mut().for_each(|item| shorten_lists(item, keep));
            }
            serde_json::Value::Array(items) => {
                items.truncate(keep);
                items.iter_mut().for_each(|item| shorten_lists(item, keep));
            }
            _ => {}
        }
    }

    fn collect_pointers(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, item) in map {
                    let pointer = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                    out.push(pointer.clone());
                    collect_pointers(item, pointer, out);
                }
            }
            serde_json::Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    let pointer = format!("{at}/{index}");
                    out.push(pointer.clone());
                    collect_pointers(item, pointer, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn keys_with_escapes_and_strings_with_brackets() {
        let text = r#"{"a\"b": ["x]", {"k": "{", "bad": 1}]}"#;
        let offset = text.find("1}").unwrap();
        assert_eq!(at_offset(text, offset, false), "a\"b[1].bad");
        assert_eq!(at_offset(text, offset, true), "a\"b[1]");
        assert_eq!(at_offset(text, 0, false), ".");
    }

    #[test]
    fn offsets_count_bytes_from_the_line_start() {
        let text = "{\n  \"é\": 1,\n  \"b\": 2\n}";
        assert_eq!(offset_of(text, 3, 7), text.find('2').unwrap());
        assert_eq!(offset_of(text, 1, 0), 0);
        assert_eq!(offset_of(text, 9, 0), text.len());
    }
}
