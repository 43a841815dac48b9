//! The migra conformance corpus (shared/corpus/migra), run through the `migra` binary exactly as
//! shared/corpus/README.md describes, one test per case, each in two fresh databases of the shared
//! cluster (so cases run in parallel):
//!
//! 1. **load** `a.sql` into A and `b.sql` into B (`psql -X -1 -v ON_ERROR_STOP=1 -f`);
//! 2. **unsafe**: `migra A B` without any flag exits 3, prints nothing on stdout and exactly
//!    [`DESTRUCTIVE`] on stderr;
//! 3. **diff**: `migra <flags> A B` exits 2 with `strip(stdout) == strip(expected.sql)`;
//! 4. **additions**: `additions.sql`, when not blank, goes into A;
//! 5. **diff2**: the same run again, against `expected2.sql` after additions, else `expected.sql`;
//! 6. **apply**: that output goes into A (`psql -1 -v ON_ERROR_STOP=1`);
//! 7. **rediff**: `migra <flags> A B` exits 0 and prints nothing;
//! 8. **empty**: `migra <flags> EMPTY EMPTY` exits 0 and prints nothing.
//!
//! A case with a `SKIP` file is skipped with its reason (`MIGRA_CORPUS_ALL=1` runs it anyway).
//!
//! # Deviations
//!
//! Where we print something else than migra on purpose (docs/differences-from-migra.md), the case
//! has a file `tests/conformance/<case>.md` that opens with the deviating steps and then says why:
//!
//! ```text
//! ---
//! steps: unsafe diff diff2
//! ---
//! # enumdeps
//! Why each step deviates ...
//! ```
//!
//! A deviation replaces migra's text with ours, which is still checked exactly: `diff` compares
//! with `tests/conformance/<case>.expected.sql`, `diff2` with `<case>.expected2.sql`. `unsafe`
//! means the run without flags exits 2 rather than 3, because nothing in the migration removes
//! anything; its output must then equal `<case>.unsafe.sql`. Nothing else can deviate: a
//! deviation never excuses a failed apply, a non-empty re-diff or another exit code. A deviation
//! that no longer differs from migra fails the test, so stale ones get removed.
//!
//! Where PostgreSQL itself prints something else from some major on (view definitions, say), the
//! case has `<case>.pgNN.md` with its own output files `<case>.pgNN.expected.sql`, ...: on servers
//! of major NN and later, the file with the highest such NN replaces `<case>.md` entirely.
//!
//! `UPDATE_EXPECT=1` writes (or rewrites) the output files of the declared steps from what the
//! binary prints; it never declares a deviation by itself.

use std::path::{Path, PathBuf};
use std::process::Command;

use migra_tests::corpus::{self, Case};
use migra_tests::{fetch, Cluster, TempDir};

/// What migra prints on stderr, and all it prints, when it refuses a destructive migration.
pub(crate) const DESTRUCTIVE: &str =
    "-- ERROR: destructive statements generated. Use the --unsafe flag to suppress this error.";

/// One run of the `migra` binary.
#[derive(Debug)]
pub(crate) struct Run {
    pub(crate) command: String,
    pub(crate) code: Option<i32>,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    /// A description for failure messages: the command, its exit code and both streams.
    pub(crate) fn describe(&self) -> String {
        format!(
            "`{}` exited {:?}\nstdout:\n{}\nstderr:\n{}",
            self.command,
            self.code,
            fenced(&self.stdout),
            fenced(&self.stderr)
        )
    }
}

/// Runs `migra ARGS...` with an empty environment, so stray `PG*` variables cannot leak in.
pub(crate) fn migra<S: AsRef<str>>(args: &[S]) -> Run {
    let binary = fetch::binary("migra");
    let args: Vec<&str> = args.iter().map(AsRef::as_ref).collect();
    let output = Command::new(&binary)
        .env_clear()
        .args(&args)
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", binary.display()));
    Run {
        command: format!("migra {}", args.join(" ")),
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Python's `str.strip()`, as migra's suite compares outputs.
pub(crate) fn strip(text: &str) -> &str {
    text.trim()
}

/// A text as a fenced block for failure messages.
pub(crate) fn fenced(text: &str) -> String {
    format!("```\n{}\n```", text.trim_end_matches('\n'))
}

/// Applies `sql` to `db` as the corpus runner does (`psql -X -1 -v ON_ERROR_STOP=1 -f`), through a
/// file named `name` in `scratch`. The error carries psql's message.
pub(crate) fn apply(
    cluster: &Cluster,
    db: &str,
    sql: &str,
    scratch: &TempDir,
    name: &str,
) -> anyhow::Result<()> {
    let file = scratch.path().join(name);
    std::fs::write(&file, sql)?;
    cluster.psql_file(db, &file)
}

/// Where the deviation files live.
fn deviation_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance")
}

/// The steps that may deviate, and the file holding our output for each.
const DEVIATING_STEPS: [(&str, &str); 3] = [
    ("unsafe", "unsafe.sql"),
    ("diff", "expected.sql"),
    ("diff2", "expected2.sql"),
];

/// The deviations a case declares for the running server's major version.
#[derive(Debug, Default)]
struct Deviation {
    /// The file name without `.md`: `<case>` or `<case>.pgNN`; empty when there is none.
    stem: String,
    steps: Vec<String>,
}

impl Deviation {
    /// Reads `tests/conformance/<case>.pgNN.md` with the highest NN not above `major`, else
    /// `<case>.md`. A versioned file replaces the plain one entirely from that major on.
    fn read(case: &str, major: u32) -> Deviation {
        let mut stems: Vec<(u32, String)> = vec![(0, case.to_string())];
        for entry in std::fs::read_dir(deviation_dir()).unwrap() {
            let file = entry.unwrap().file_name().to_string_lossy().into_owned();
            let Some(nn) = file
                .strip_prefix(&format!("{case}.pg"))
                .and_then(|rest| rest.strip_suffix(".md"))
            else {
                continue;
            };
            let nn: u32 = nn
                .parse()
                .unwrap_or_else(|_| panic!("{file}: versioned deviations are <case>.pgNN.md"));
            if nn <= major {
                stems.push((nn, format!("{case}.pg{nn}")));
            }
        }
        stems.sort();
        for (_, stem) in stems.into_iter().rev() {
            let path = deviation_dir().join(format!("{stem}.md"));
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let steps = parse_steps(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .into_iter()
                .map(str::to_string)
                .collect();
            return Deviation { stem, steps };
        }
        Deviation::default()
    }

    fn has(&self, step: &str) -> bool {
        self.steps.iter().any(|s| s == step)
    }

    /// Our expected output for `step`, from `tests/conformance/<stem>.<file>`; `got` when
    /// `UPDATE_EXPECT=1`, which also writes it there.
    fn expected(&self, step: &str, got: &str) -> String {
        let file = DEVIATING_STEPS
            .iter()
            .find(|(s, _)| *s == step)
            .map(|(_, f)| *f)
            .expect("a deviating step");
        let path = deviation_dir().join(format!("{}.{file}", self.stem));
        if update_expect() {
            std::fs::write(&path, got).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            return got.to_string();
        }
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; the deviation of step {step} needs our output there \
                 (UPDATE_EXPECT=1 writes it)",
                path.display()
            )
        })
    }
}

/// The `steps:` line of a deviation file's front matter.
fn parse_steps(text: &str) -> Result<Vec<&str>, String> {
    let mut lines = text.lines();
    if lines.next() != Some("---") {
        return Err("a deviation file opens with `---`, a `steps:` line and `---`".into());
    }
    let mut steps = None;
    for line in lines.by_ref() {
        if line == "---" {
            break;
        }
        match line.split_once(':') {
            Some(("steps", list)) => steps = Some(list.split_whitespace().collect::<Vec<_>>()),
            _ => return Err(format!("unknown front matter line {line:?}")),
        }
    }
    let steps = steps.ok_or("no `steps:` line in the front matter")?;
    for step in &steps {
        if !DEVIATING_STEPS.iter().any(|(s, _)| s == step) {
            return Err(format!(
                "step {step:?} cannot deviate (only unsafe, diff and diff2 can)"
            ));
        }
    }
    if steps.is_empty() {
        return Err("`steps:` lists no step".into());
    }
    Ok(steps)
}

fn update_expect() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1")
}

/// The failures of one case, collected so that one run shows every failing step.
struct Failures {
    case: String,
    list: Vec<String>,
}

impl Failures {
    fn check(&mut self, step: &str, ok: bool, message: impl FnOnce() -> String) {
        if !ok {
            self.list.push(format!("step {step}: {}", message()));
        }
    }

    fn finish(self) {
        assert!(
            self.list.is_empty(),
            "conformance case {} failed on PostgreSQL {}:\n\n{}",
            self.case,
            Cluster::shared().server_version_num(),
            self.list.join("\n\n")
        );
    }
}

/// Compares a run's stripped output with an expected text, for a step expecting exit 2 (or 0
/// when the expectation is blank).
fn check_output(failures: &mut Failures, step: &str, run: &Run, expected: &str) {
    let code = if strip(expected).is_empty() { 0 } else { 2 };
    failures.check(
        step,
        run.code == Some(code) && run.stderr.is_empty(),
        || format!("expected exit {code} and empty stderr; {}", run.describe()),
    );
    failures.check(step, strip(&run.stdout) == strip(expected), || {
        format!(
            "`{}` printed something else.\nexpected:\n{}\ngot:\n{}",
            run.command,
            fenced(strip(expected)),
            fenced(strip(&run.stdout))
        )
    });
}

/// The expected text of `step`: ours when the case declares a deviation (checking that it still
/// deviates), else migra's.
fn expected_text(
    failures: &mut Failures,
    deviation: &Deviation,
    step: &str,
    migra_text: &str,
    got: &str,
) -> String {
    if !deviation.has(step) {
        return migra_text.to_string();
    }
    let ours = deviation.expected(step, got);
    failures.check(step, strip(&ours) != strip(migra_text), || {
        "the declared deviation equals migra's expected output: remove it".into()
    });
    ours
}

fn find_case(name: &str) -> Case {
    corpus::migra_cases()
        .unwrap()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no corpus case {name}"))
}

/// Runs one corpus case through the whole procedure and panics listing every failing step.
fn check_case(name: &str) {
    let case = find_case(name);
    if let Some(reason) = case.skip_reason().unwrap() {
        if std::env::var_os("MIGRA_CORPUS_ALL").is_none_or(|v| v != "1") {
            eprintln!("conformance case {name} skipped: {reason}");
            return;
        }
    }
    let cluster = Cluster::shared();
    let scratch = TempDir::new(&format!("conformance-{name}")).unwrap();
    let deviation = Deviation::read(name, cluster.major());
    let flags = case.flags().unwrap();
    let mut failures = Failures {
        case: name.to_string(),
        list: Vec::new(),
    };

    // load
    let a = cluster.create_database(&format!("conf_{name}_a"));
    let b = cluster.create_database(&format!("conf_{name}_b"));
    cluster
        .psql_file(&a, &case.path("a.sql"))
        .unwrap_or_else(|e| panic!("step load: {e:#}"));
    cluster
        .psql_file(&b, &case.path("b.sql"))
        .unwrap_or_else(|e| panic!("step load: {e:#}"));
    let (url_a, url_b) = (cluster.url(&a), cluster.url(&b));
    let with_flags = |from: &str, to: &str| {
        let mut args = flags.clone();
        args.push(from.to_string());
        args.push(to.to_string());
        migra(&args)
    };

    // unsafe
    let run = migra(&[&url_a, &url_b]);
    if deviation.has("unsafe") {
        let expected = expected_text(&mut failures, &deviation, "unsafe", "", &run.stdout);
        failures.check(
            "unsafe",
            run.code == Some(2) && run.stderr.is_empty(),
            || format!("declared to exit 2; {}", run.describe()),
        );
        failures.check("unsafe", strip(&run.stdout) == strip(&expected), || {
            format!(
                "expected:\n{}\ngot:\n{}",
                fenced(strip(&expected)),
                fenced(strip(&run.stdout))
            )
        });
    } else {
        failures.check(
            "unsafe",
            run.code == Some(3)
                && run.stdout.is_empty()
                && run.stderr.trim_end_matches('\n') == DESTRUCTIVE,
            || {
                format!(
                    "expected exit 3, no stdout and {DESTRUCTIVE:?}; {}",
                    run.describe()
                )
            },
        );
    }

    // diff
    let run = with_flags(&url_a, &url_b);
    let expected = expected_text(
        &mut failures,
        &deviation,
        "diff",
        &case.read("expected.sql").unwrap(),
        &run.stdout,
    );
    failures.check("diff", !strip(&expected).is_empty(), || {
        "expected.sql is blank".into()
    });
    check_output(&mut failures, "diff", &run, &expected);

    // additions
    let additions = case.read("additions.sql").unwrap();
    let expected2 = if strip(&additions).is_empty() {
        expected
    } else {
        cluster
            .psql_file(&a, &case.path("additions.sql"))
            .unwrap_or_else(|e| panic!("step additions: {e:#}"));
        String::new()
    };

    // diff2
    let run = with_flags(&url_a, &url_b);
    let expected2 = if strip(&additions).is_empty() {
        expected2
    } else {
        expected_text(
            &mut failures,
            &deviation,
            "diff2",
            &case.read("expected2.sql").unwrap(),
            &run.stdout,
        )
    };
    check_output(&mut failures, "diff2", &run, &expected2);

    // apply
    if let Err(e) = apply(cluster, &a, &run.stdout, &scratch, "diff2.sql") {
        failures.check("apply", false, || format!("{e:#}"));
    }

    // rediff
    let run = with_flags(&url_a, &url_b);
    failures.check(
        "rediff",
        run.code == Some(0) && run.stdout.is_empty() && run.stderr.is_empty(),
        || format!("expected exit 0 and no output; {}", run.describe()),
    );

    // empty
    let run = with_flags("EMPTY", "EMPTY");
    failures.check(
        "empty",
        run.code == Some(0) && strip(&run.stdout).is_empty(),
        || format!("expected exit 0 and no output; {}", run.describe()),
    );

    if deviation.has("diff2") && strip(&additions).is_empty() {
        failures.check("diff2", false, || {
            "declared, but the case has no additions.sql: diff2 repeats diff".into()
        });
    }
    failures.finish();
}

/// One `#[test]` per corpus case, and [`CASES`] listing them all.
macro_rules! cases {
    ($($name:ident),* $(,)?) => {
        /// Every case of the corpus; `every_corpus_case_has_a_test` keeps it in step.
        const CASES: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $name() {
                check_case(stringify!($name));
            }
        )*
    };
}

cases! {
    collations,
    constraints,
    dependencies,
    dependencies2,
    dependencies3,
    dependencies4,
    enumdefaults,
    enumdeps,
    everything,
    excludeschema,
    extversions,
    generated,
    generated_added,
    identitycols,
    inherit,
    inherit2,
    partitioning,
    privileges,
    rls,
    rls2,
    seq,
    singleschema,
    singleschema_ext,
    triggers,
    triggers2,
    triggers3,
}

#[test]
fn every_corpus_case_has_a_test() {
    let names: Vec<String> = corpus::migra_cases()
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, CASES, "the cases! list and the corpus differ");
}

/// Every deviation file belongs to a case, declares its steps properly, and has the output files
/// of those steps and no others.
#[test]
fn deviation_files_are_well_formed() {
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(deviation_dir()).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some((case, rest)) = file.split_once('.') else {
            problems.push(format!(
                "{file}: not <case>[.pgNN].md or <case>[.pgNN].<step file>"
            ));
            continue;
        };
        if !CASES.contains(&case) {
            problems.push(format!("{file}: no corpus case {case}"));
            continue;
        }
        // `<case>.pgNN.rest` belongs to the deviation of major NN, `<case>.rest` to all majors.
        let (major, stem, rest) = match rest
            .strip_prefix("pg")
            .and_then(|r| r.split_once('.'))
            .and_then(|(nn, r)| Some((nn.parse::<u32>().ok()?, r)))
        {
            Some((nn, r)) => (nn, format!("{case}.pg{nn}"), r),
            None => (0, case.to_string(), rest),
        };
        if rest == "md" {
            let text = std::fs::read_to_string(&path).unwrap();
            match parse_steps(&text) {
                Ok(steps) => {
                    for step in steps {
                        let (_, out) = DEVIATING_STEPS.iter().find(|(s, _)| *s == step).unwrap();
                        if !deviation_dir().join(format!("{stem}.{out}")).is_file() {
                            problems.push(format!("{file}: step {step} has no {stem}.{out}"));
                        }
                    }
                }
                Err(e) => problems.push(format!("{file}: {e}")),
            }
            continue;
        }
        let Some((step, _)) = DEVIATING_STEPS.iter().find(|(_, out)| *out == rest) else {
            problems.push(format!("{file}: not a deviation output file"));
            continue;
        };
        let deviation = Deviation::read(case, major);
        if deviation.stem != stem || !deviation.has(step) {
            problems.push(format!("{file}: {stem}.md does not declare step {step}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
