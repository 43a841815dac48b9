//! `diff()` of two catalog files, many times over catalogs read once: what the web page's re-diff
//! costs natively, and what to profile it with.
//!
//!     cargo run --release -p migra-engine --example rediff -- FROM.json TARGET.json [RUNS]
//!     perf record --call-graph dwarf target/release/examples/rediff FROM.json TARGET.json 15
//!
//! Prints each call's wall milliseconds and their median. Without definitions, as the page asks
//! (`definitions: false`); `--definitions` as `migra --format json` does.

use std::time::Instant;

use migra_engine::{diff, diff_without_definitions, Catalog, Options};

fn main() {
    if let Err(message) = run() {
        eprintln!("rediff: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let definitions = args.iter().any(|a| a == "--definitions");
    args.retain(|a| a != "--definitions");
    let [from, target, rest @ ..] = args.as_slice() else {
        return Err("usage: rediff FROM.json TARGET.json [RUNS] [--definitions]".into());
    };
    let runs: usize = match rest.first() {
        Some(n) => n
            .parse()
            .map_err(|_| format!("{n}: RUNS is not a number"))?,
        None => 9,
    };
    let read = |path: &String| -> Result<Catalog, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        Catalog::from_json(&text).map_err(|e| format!("{path}: {e}"))
    };
    let (from, target) = (read(from)?, read(target)?);
    let options = Options::default();
    let mut times = Vec::with_capacity(runs);
    let mut statements = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let migration = if definitions {
            diff(&from, &target, &options)
        } else {
            diff_without_definitions(&from, &target, &options)
        }
        .map_err(|e| e.to_string())?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        statements = migration.statements.len();
    }
    let shown: Vec<String> = times.iter().map(|t| format!("{t:.1}")).collect();
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    println!(
        "diff(): median {median:.1} ms ({}); {statements} statements",
        shown.join(" ")
    );
    Ok(())
}
