//! The layering rule of the engine, kept as a test (as rust-analyzer keeps its tidy rules): each
//! top-level module may name only the modules below it, so that the flow filter → match →
//! compare per kind → dependents → plan → render stays the shape of the code.
//!
//! ```text
//! error
//! model      ← the catalog types; nothing else of the engine
//! core       ← identities, options, context, steps, hazards; uses model
//! kinds      ← one module per kind; uses core and model, never another kind
//! concerns   ← comments, privileges, type recreation; uses kinds, core and model
//! plan       ← ordering on the dependency graph; uses core and model
//! render     ← the migration; uses core and model
//! diff       ← the orchestrator; uses everything
//! ```
//!
//! Test modules (`#[cfg(test)]` to the end of a file) are exempt: a test may build a whole diff.

use std::path::{Path, PathBuf};

/// Each layer and the layers it may name with `crate::`.
const LAYERS: &[(&str, &[&str])] = &[
    ("error", &[]),
    ("model", &["error"]),
    ("core", &["model", "error"]),
    ("kinds", &["core", "model", "error"]),
    ("concerns", &["kinds", "core", "model", "error"]),
    ("plan", &["core", "model", "error"]),
    ("render", &["core", "model", "error"]),
    (
        "diff",
        &[
            "concerns", "kinds", "plan", "render", "core", "model", "error",
        ],
    ),
];

/// The modules a source text names as `crate::<module>` (including `crate::{a, b::c}`).
fn crate_references(source: &str) -> Vec<String> {
    let mut out = vec![];
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        // `migra_engine::crate::` cannot occur; `$crate::` in a macro is the crate root too.
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = matching_brace(group);
            out.extend(group_heads(&group[..end]));
        } else {
            out.push(identifier(rest).to_string());
        }
    }
    out
}

fn identifier(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// Where the brace group opened just before `text` closes.
fn matching_brace(text: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return i,
            '}' => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

/// The first path segment of each item of a `use` group's inside.
fn group_heads(inside: &str) -> Vec<String> {
    let mut heads = vec![];
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in inside.char_indices().chain([(inside.len(), ',')]) {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                let head = identifier(inside[start..i].trim_start());
                if !head.is_empty() && head != "self" {
                    heads.push(head.to_string());
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    heads
}

/// The part of a source file the rule applies to: everything before its test module.
fn without_tests(source: &str) -> &str {
    source
        .find("#[cfg(test)]")
        .map_or(source, |at| &source[..at])
}

/// The violations of one file of layer `layer` (`file` is its name within the layer, for kinds).
fn violations(layer: &str, file: &str, source: &str) -> Vec<String> {
    let Some((_, allowed)) = LAYERS.iter().find(|(name, _)| *name == layer) else {
        return vec![];
    };
    let source = without_tests(source);
    let mut out = vec![];
    for module in crate_references(source) {
        let known = LAYERS.iter().any(|(name, _)| *name == module);
        if known && module != layer && !allowed.contains(&module.as_str()) {
            out.push(format!(
                "names crate::{module}, which layer `{layer}` may not use"
            ));
        }
    }
    // A kind stands alone: no other kind through `super::` or `crate::kinds::`. (A kind in a
    // folder of its own, `kinds/table/`, names its own parts through `super::`.)
    if layer == "kinds" && file != "mod.rs" {
        if !file.contains('/') && source.contains("super::") {
            out.push("names super:: (another kind); share through core or model".to_string());
        }
        if source.contains("crate::kinds::") {
            out.push(
                "names crate::kinds:: (another kind); share through core or model".to_string(),
            );
        }
    }
    out
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_imports_only_from_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    source_files(&src, &mut files);
    let mut problems = vec![];
    let mut checked = 0;
    for path in &files {
        let relative = path.strip_prefix(&src).expect("under src");
        let mut parts = relative.components();
        let first = parts
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let layer = first.trim_end_matches(".rs");
        // The path within the layer: `table.rs`, or `table/columns.rs` for a kind's folder.
        let file = relative
            .components()
            .skip(1)
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let source = std::fs::read_to_string(path).expect("source file");
        if LAYERS.iter().any(|(name, _)| *name == layer) {
            checked += 1;
        }
        for problem in violations(layer, &file, &source) {
            problems.push(format!("{}: {problem}", relative.display()));
        }
    }
    assert!(checked > 30, "found only {checked} files in the layers");
    assert!(
        problems.is_empty(),
        "engine layering broken (see engine/tests/layers.rs and ARCHITECTURE.md):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_rule_notices_what_breaks_it() {
    assert_eq!(
        crate_references("use crate::{core::{A, B}, model::C};\nlet x = crate::diff::y;"),
        ["core", "model", "diff"]
    );
    assert!(violations("core", "step.rs", "use crate::model::Catalog;").is_empty());
    assert_eq!(
        violations("kinds", "table.rs", "use crate::diff::presence;").len(),
        1
    );
    assert_eq!(
        violations(
            "model",
            "table.rs",
            "use crate::{core::ObjectId, error::Error};"
        )
        .len(),
        1
    );
    assert_eq!(
        violations("kinds", "index.rs", "use super::constraint::x;").len(),
        1
    );
    assert!(violations("kinds", "index.rs", "#[cfg(test)]\nuse crate::diff::x;").is_empty());
    assert!(violations("kinds", "table/columns.rs", "use super::sql;").is_empty());
    assert_eq!(
        violations("kinds", "table/columns.rs", "use crate::kinds::index::x;").len(),
        1
    );
    assert!(violations("plan", "mod.rs", "let x = my_crate::render::y;").is_empty());
}
