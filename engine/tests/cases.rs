//! The engine's server-free suite: every folder of `tests/cases/` holds two catalogs (`a.json`,
//! `b.json`, as `migra-fetch` writes them) and maybe a `flags` file; the migration each way is
//! compared with the committed expected files of that direction:
//!
//! - `a-b.sql`, `b-a.sql`: [`Migration::sql`], migra's text, exactly;
//! - `a-b.changes`, `b-a.changes`: every statement (index, destructive or safe, the setting it
//!   sets, hazards, first line of its SQL), every change (kind, identity, action, statements,
//!   hazards), every warning;
//! - `a-b.plan`, `b-a.plan`: the plan a reviewer reads (`migra --format plan`, without
//!   `--unsafe`), [`Report::plan`] in [`PlanStyle::Text`];
//! - `a-b.online.sql`, `b-a.online.sql`: the migration with `--online` (default time limits),
//!   its warnings after it as `-- warning:` comments.
//!
//! Each catalog diffed against itself must give no statements. The cases and their catalogs come
//! from `tests/roundtrip/` (see `tests/cases/README.md`); the server suites prove what these
//! files record, this suite makes any change to it show as a diff, in seconds and without a server.
//!
//! `UPDATE_EXPECT=1` ([`UPDATE`]) rewrites every expected file from what the engine gives. A
//! missing expected file is written, and the case fails saying so, so a new case cannot pass
//! unreviewed. Every failing case is reported, not only the first.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use migra_engine::{diff, Catalog, Migration, Online, Options, PlanStyle, Report};

/// The command that rewrites the expected files.
const UPDATE: &str = "UPDATE_EXPECT=1 cargo test -p migra-engine --test cases";

/// The command that fetches the catalogs again (it needs PostgreSQL, see `tests/cases/README.md`).
const REGENERATE_CATALOGS: &str =
    "UPDATE_EXPECT=1 cargo test -p migra-tests --test main engine_cases";

/// The two directions of a case: label (the expected files' stem), from, to.
const DIRECTIONS: [(&str, &str, &str); 2] = [("a-b", "a", "b"), ("b-a", "b", "a")];

/// The files a case folder may hold besides the expected ones.
const INPUTS: [&str; 3] = ["a.json", "b.json", "flags"];

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

fn update_expect() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1")
}

fn read_optional(path: &Path) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// The diff options a case's `flags` file asks for: `migra`'s own spelling of each.
fn options(flags: &str) -> Result<Options, String> {
    let mut options = Options::default();
    let mut words = flags.split_whitespace();
    while let Some(flag) = words.next() {
        let mut value = || {
            words
                .next()
                .map(str::to_string)
                .ok_or_else(|| format!("flags: {flag} needs a value"))
        };
        match flag {
            "--with-privileges" => options.with_privileges = true,
            "--with-owners" => options.with_owners = true,
            "--create-extensions-only" => options.create_extensions_only = true,
            "--ignore-extension-versions" => options.ignore_extension_versions = true,
            "--schema" => options.schema = Some(value()?),
            "--exclude-schema" => options.exclude_schema.push(value()?),
            other => {
                return Err(format!(
                    "flags: unknown flag {other:?} (this suite knows --with-privileges, --with-owners, \
                     --create-extensions-only, --ignore-extension-versions, --schema NAME and \
                     --exclude-schema NAME)"
                ))
            }
        }
    }
    Ok(options)
}

/// A value's serde name: what the JSON output calls a kind, an action or a hazard.
fn serde_name(value: impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        other => panic!("expected a name, serialized as {other:?}"),
    }
}

fn hazard_list(hazards: &[migra_engine::Hazard]) -> String {
    let names: Vec<String> = hazards.iter().copied().map(serde_name).collect();
    format!("[{}]", names.join(", "))
}

/// The reviewable listing of a migration: statements, changes and warnings.
fn changes_text(migration: &Migration) -> String {
    let mut out = String::new();
    out.push_str("statements:\n");
    if migration.statements.is_empty() {
        out.push_str("  none\n");
    }
    for (i, statement) in migration.statements.iter().enumerate() {
        let safety = match (&statement.setting, statement.destructive) {
            (Some(setting), _) => format!("setting {setting}"),
            (None, true) => "destructive".to_string(),
            (None, false) => "safe".to_string(),
        };
        let _ = writeln!(
            out,
            "  [{i}] {safety}; hazards {}",
            hazard_list(&statement.hazards)
        );
        let mut lines = statement.sql.lines();
        let first = lines.next().unwrap_or_default();
        let more = match lines.count() {
            0 => String::new(),
            1 => " (+1 line)".to_string(),
            n => format!(" (+{n} lines)"),
        };
        let _ = writeln!(out, "      {first}{more}");
    }
    out.push_str("changes:\n");
    if migration.changes.is_empty() {
        out.push_str("  none\n");
    }
    for change in &migration.changes {
        let statements: Vec<String> = change.statements.iter().map(usize::to_string).collect();
        let _ = writeln!(
            out,
            "  {} {}: {}; statements [{}]; hazards {}",
            serde_name(change.kind),
            change.identity,
            serde_name(change.action),
            statements.join(", "),
            hazard_list(&change.hazards)
        );
    }
    out.push_str("warnings:\n");
    if migration.warnings.is_empty() {
        out.push_str("  none\n");
    }
    for warning in &migration.warnings {
        let _ = writeln!(out, "  - {warning}");
    }
    out
}

/// A line diff of `expected` and `got` (`-` expected, `+` got), with two lines of context.
fn line_diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    // lcs[i][j]: the longest common subsequence of e[i..] and g[j..].
    let mut lcs = vec![vec![0u32; g.len() + 1]; e.len() + 1];
    for i in (0..e.len()).rev() {
        for j in (0..g.len()).rev() {
            lcs[i][j] = if e[i] == g[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < e.len() || j < g.len() {
        if i < e.len() && j < g.len() && e[i] == g[j] {
            ops.push((' ', e[i]));
            i += 1;
            j += 1;
        } else if i < e.len() && (j == g.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', e[i]));
            i += 1;
        } else {
            ops.push(('+', g[j]));
            j += 1;
        }
    }
    const CONTEXT: usize = 2;
    let near_change = |k: usize| {
        let lo = k.saturating_sub(CONTEXT);
        let hi = (k + CONTEXT + 1).min(ops.len());
        ops[lo..hi].iter().any(|(op, _)| *op != ' ')
    };
    let mut out = String::new();
    let mut skipped = false;
    for (k, (op, line)) in ops.iter().enumerate() {
        if near_change(k) {
            if skipped {
                out.push_str("...\n");
                skipped = false;
            }
            let _ = writeln!(out, "{op}{line}");
        } else {
            skipped = true;
        }
    }
    if skipped {
        out.push_str("...\n");
    }
    if expected.ends_with('\n') != got.ends_with('\n') {
        out.push_str("(the two differ in their last newline)\n");
    }
    out
}

/// Compares `got` with the committed `<case>/<file>`; writes it when updating or missing.
fn check_expected(case: &str, file: &str, got: &str, update: bool) -> Option<String> {
    let path = cases_dir().join(case).join(file);
    let committed = read_optional(&path);
    if committed.as_deref() == Some(got) {
        return None;
    }
    if update || committed.is_none() {
        std::fs::write(&path, got).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    match committed {
        _ if update => None,
        None => Some(format!(
            "{case}/{file} was missing: written now, review it and run again"
        )),
        Some(expected) => Some(format!(
            "{case}/{file} differs (- expected, + got):\n```diff\n{}```",
            line_diff(&expected, got)
        )),
    }
}

/// Every problem of one case.
fn check_case(case: &str, update: bool) -> Vec<String> {
    let dir = cases_dir().join(case);
    let mut problems = Vec::new();

    let mut expected_files: Vec<String> = INPUTS.iter().map(|f| f.to_string()).collect();
    for (label, _, _) in DIRECTIONS {
        expected_files.push(format!("{label}.sql"));
        expected_files.push(format!("{label}.changes"));
        expected_files.push(format!("{label}.plan"));
        expected_files.push(format!("{label}.online.sql"));
    }
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let entry = entry.unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let file = entry.file_name().to_string_lossy().into_owned();
        if !expected_files.contains(&file) {
            problems.push(format!(
                "{case}/{file}: not a file of a case (expected {})",
                expected_files.join(", ")
            ));
        }
    }

    let read_catalog = |side: &str| -> Result<Catalog, String> {
        let path = dir.join(format!("{side}.json"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{case}/{side}.json: {e}"))?;
        let catalog = Catalog::from_json(&text).map_err(|e| format!("{case}/{side}.json: {e}"))?;
        // As migra-fetch writes it: sorted, pretty-printed, every field. A catalog edited by
        // hand, or written before a change to the catalog format, fails here.
        let written = catalog.to_json();
        if written != text {
            return Err(format!(
                "{case}/{side}.json is not what migra-fetch writes (- the file, + \
                 Catalog::to_json):\n```diff\n{}```\nfetch the catalogs again with \
                 `{REGENERATE_CATALOGS}`",
                line_diff(&text, &written)
            ));
        }
        Ok(catalog)
    };
    let (a, b) = match (read_catalog("a"), read_catalog("b")) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            problems.extend(a.err());
            problems.extend(b.err());
            return problems;
        }
    };
    let flags = read_optional(&dir.join("flags")).unwrap_or_default();
    let options = match options(&flags) {
        Ok(options) => options,
        Err(e) => {
            problems.push(format!("{case}/{e}"));
            return problems;
        }
    };
    let side = |name: &str| if name == "a" { &a } else { &b };

    for (label, from, to) in DIRECTIONS {
        match diff(side(from), side(to), &options) {
            Ok(migration) => {
                problems.extend(check_expected(
                    case,
                    &format!("{label}.sql"),
                    &migration.sql(),
                    update,
                ));
                problems.extend(check_expected(
                    case,
                    &format!("{label}.changes"),
                    &changes_text(&migration),
                    update,
                ));
                // As `migra --format plan` shows it, without `--unsafe`.
                let plan = Report::new(migration, false).plan(PlanStyle::Text);
                problems.extend(check_expected(
                    case,
                    &format!("{label}.plan"),
                    &plan,
                    update,
                ));
            }
            Err(e) => problems.push(format!("{case}: diff {from} to {to} failed: {e}")),
        }
        // The same migration `--online`, with its warnings as comments after it.
        let online = Options {
            online: Some(Online::default()),
            ..options.clone()
        };
        match diff(side(from), side(to), &online) {
            Ok(migration) => {
                let mut text = migration.sql();
                for warning in &migration.warnings {
                    let _ = writeln!(text, "-- warning: {warning}");
                }
                problems.extend(check_expected(
                    case,
                    &format!("{label}.online.sql"),
                    &text,
                    update,
                ));
            }
            Err(e) => problems.push(format!("{case}: online diff {from} to {to} failed: {e}")),
        }
    }
    for name in ["a", "b"] {
        match diff(side(name), side(name), &options) {
            Ok(migration) if migration.is_empty() => {}
            Ok(migration) => problems.push(format!(
                "{case}: {name} diffed against itself gives statements:\n```\n{}```",
                migration.sql()
            )),
            Err(e) => problems.push(format!("{case}: diff {name} to {name} failed: {e}")),
        }
    }
    problems
}

#[test]
fn cases() {
    let update = update_expect();
    let dir = cases_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut cases: Vec<String> = entries
        .map(|e| e.unwrap_or_else(|e| panic!("{}: {e}", dir.display())))
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", dir.display());

    let mut failed = 0;
    let mut problems = Vec::new();
    for case in &cases {
        let found = check_case(case, update);
        if !found.is_empty() {
            failed += 1;
            problems.extend(found);
        }
    }
    assert!(
        problems.is_empty(),
        "{failed} of {} cases in engine/tests/cases failed:\n\n{}\n\nif the engine's new output \
         is right, rewrite the expected files with `{UPDATE}` and review the diff",
        cases.len(),
        problems.join("\n\n")
    );
}
