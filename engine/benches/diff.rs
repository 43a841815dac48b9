//! Engine microbenchmarks: `cargo bench -p migra-engine --bench diff` (or `just bench-micro`).
//!
//! The fixtures are the catalogs of `gen_schema.py --tables 50` (FROM) and `--variant target`
//! (TARGET), fetched from PostgreSQL 15 by migra-fetch and stored minified. Bigger catalogs are made
//! by copying every object of the fixture into renamed schemas (`core` -> `core_2`, ...), so a
//! catalog of `n` tables holds `n / 50` copies of the same schema, one in five with TARGET's
//! changes; the cost of the diff should grow linearly with `n`.

use migra_engine::{diff, Catalog, Options};

const FROM: &str = include_str!("fixtures/from-50.json");
const TARGET: &str = include_str!("fixtures/target-50.json");
const FIXTURE_TABLES: usize = 50;

/// Generated tables per catalog, as `gen_schema.py --tables` counts them.
const SIZES: &[usize] = &[50, 1000, 5000, 10000];

fn main() {
    divan::main();
}

/// The fixture's schema names, read from the catalog itself.
fn schema_names(text: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(text).expect("fixture is JSON");
    value["schemas"]
        .as_array()
        .expect("fixture has schemas")
        .iter()
        .map(|s| s["name"].as_str().expect("schema name").to_string())
        .collect()
}

/// `text` with every schema of `schemas` renamed to `name_suffix`: as a JSON string (`"core"`) and
/// as a qualifier in SQL text (`core.` not preceded by an identifier character).
fn rename_schemas(text: &str, schemas: &[String], suffix: usize) -> String {
    let mut out = text.to_string();
    for schema in schemas {
        let renamed = format!("{schema}_{suffix}");
        out = out.replace(&format!("\"{schema}\""), &format!("\"{renamed}\""));
        let qualifier = format!("{schema}.");
        let mut replaced = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find(&qualifier) {
            let before = rest[..at].chars().next_back();
            let boundary = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$');
            replaced.push_str(&rest[..at]);
            if boundary {
                replaced.push_str(&renamed);
                replaced.push('.');
            } else {
                replaced.push_str(&qualifier);
            }
            rest = &rest[at + qualifier.len()..];
        }
        replaced.push_str(rest);
        out = replaced;
    }
    out
}

/// One copy in this many carries TARGET's changes; the others are FROM in both catalogs. So the
/// scaled pair has about as many changes per table as `gen_schema.py` makes at that size (13 at
/// 50 tables, 50 at 1,000, 250 at 5,000).
const CHANGED_EVERY: usize = 5;

/// The fixture pair scaled to about `tables` tables, as catalog JSON text.
fn scaled_json(tables: usize, target: bool) -> String {
    let copies = (tables / FIXTURE_TABLES).max(1);
    let schemas = schema_names(FROM);
    let side = |copy: usize| {
        if target && (copy - 1) % CHANGED_EVERY == 0 {
            TARGET
        } else {
            FROM
        }
    };
    let mut merged: serde_json::Value = serde_json::from_str(side(1)).expect("fixture is JSON");
    for copy in 2..=copies {
        let renamed: serde_json::Value =
            serde_json::from_str(&rename_schemas(side(copy), &schemas, copy))
                .expect("renamed JSON");
        let object = merged.as_object_mut().expect("catalog is an object");
        for (field, items) in renamed.as_object().expect("catalog is an object") {
            if let (Some(into), Some(items)) = (
                object.get_mut(field).and_then(|v| v.as_array_mut()),
                items.as_array(),
            ) {
                into.extend(items.iter().cloned());
            }
        }
    }
    serde_json::to_string(&merged).expect("serializable")
}

fn catalogs(tables: usize) -> (String, String) {
    (scaled_json(tables, false), scaled_json(tables, true))
}

/// The whole diff: match, compare, plan and render, on catalogs already read.
#[divan::bench(args = SIZES, sample_count = 10, max_time = 10)]
fn diff_only(bencher: divan::Bencher, tables: usize) {
    let (from, target) = catalogs(tables);
    let from = Catalog::from_json(&from).expect("FROM catalog");
    let target = Catalog::from_json(&target).expect("TARGET catalog");
    let options = Options::default();
    bencher.bench_local(|| diff(&from, &target, &options).expect("diff"));
}

/// Reading one catalog from JSON text (parse, check, normalize), as `migra FROM.json TARGET.json`
/// does twice.
#[divan::bench(args = SIZES, sample_count = 10, max_time = 10)]
fn read_catalog(bencher: divan::Bencher, tables: usize) {
    let (from, _) = catalogs(tables);
    bencher.bench_local(|| Catalog::from_json(divan::black_box(&from)).expect("catalog"));
}

/// What `read_catalog` could cost: serde_json straight into the typed catalog, with no
/// `serde_json::Value` in between (no header check, path tracking or normalize).
#[divan::bench(args = SIZES, sample_count = 10, max_time = 10)]
fn read_catalog_typed_direct(bencher: divan::Bencher, tables: usize) {
    let (from, _) = catalogs(tables);
    bencher
        .bench_local(|| serde_json::from_str::<Catalog>(divan::black_box(&from)).expect("catalog"));
}

/// Both catalogs from JSON text and the diff: the native engine-only path of `migra` on two files.
#[divan::bench(args = SIZES, sample_count = 10, max_time = 10)]
fn read_and_diff(bencher: divan::Bencher, tables: usize) {
    let (from, target) = catalogs(tables);
    let options = Options::default();
    bencher.bench_local(|| {
        let from = Catalog::from_json(&from).expect("FROM catalog");
        let target = Catalog::from_json(&target).expect("TARGET catalog");
        diff(&from, &target, &options).expect("diff")
    });
}

/// The floor under `read_catalog`: serde_json scanning the same text without building anything.
#[divan::bench(args = SIZES, sample_count = 10, max_time = 10)]
fn json_scan_floor(bencher: divan::Bencher, tables: usize) {
    let (from, _) = catalogs(tables);
    bencher.bench_local(|| {
        serde_json::from_str::<serde::de::IgnoredAny>(divan::black_box(&from)).expect("JSON")
    });
}
