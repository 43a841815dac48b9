#!/usr/bin/env python3
"""Where our migra spends its time at N tables (default 5,000): `just bench-profile [N]`.

Loads FROM and TARGET of N tables into a throwaway cluster that logs every statement, then
- times our migra end to end, migra-fetch of each database and the engine diff on the two catalogs
  (wall and CPU);
- splits the fetcher's one-round-trip batch (from the server log) into the engine's catalog
  queries and times each on the server alone, with EXPLAIN ANALYZE of the slowest saved;
- samples the native engine diff and migra-fetch with `perf record` (cpu-clock) when perf works,
  else counts instructions with `valgrind --tool=callgrind`.
Writes the findings to bench/profile-N.md (and the raw profiles to the work dir).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (the runner next to this file)

ROOT = run.ROOT


def query_names() -> list[str]:
    text = (ROOT / "engine" / "src" / "queries.rs").read_text()
    sources = text.split("const SOURCES", 1)[1].split("];", 1)[0]
    return re.findall(r'"(\w+)",\s*include_str!', sources)


def perf_works() -> bool:
    if not shutil.which("perf"):
        return False
    probe = subprocess.run(["perf", "record", "-e", "cpu-clock", "-o", "/dev/null", "true"],
                           capture_output=True, text=True)
    return probe.returncode == 0


def perf_profile(argv: list[str], data: Path, under: list[str]) -> str:
    """cpu-clock samples with DWARF call graphs, summarised by stacks.py as inclusive shares."""
    subprocess.run(["perf", "record", "-F", "499", "-e", "cpu-clock", "--call-graph", "dwarf,16384", "-o",
                    str(data), *argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    script = subprocess.run(["perf", "script", "-i", str(data)], capture_output=True, text=True).stdout
    args = ["--top", "0", "--depth", "3", "--min", "1.5"]
    for u in under:
        args += ["--under", u]
    summary = subprocess.run([sys.executable, str(Path(__file__).parent / "stacks.py"), *args], input=script,
                             capture_output=True, text=True).stdout
    return "perf (cpu-clock, DWARF call graphs), inclusive share of samples:\n\n```\n" + summary + "```\n"


def callgrind_profile(argv: list[str], data: Path, under: list[str], top: int = 30) -> str:
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={data}", *argv],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rep = subprocess.run(["callgrind_annotate", "--inclusive=yes", str(data)], capture_output=True,
                         text=True).stdout
    rows = [line for line in rep.splitlines() if re.match(r"\s*[\d,]+ \(", line)][:top]
    return f"callgrind, inclusive instructions, top {top}:\n\n```\n" + "\n".join(rows) + "\n```\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tables", type=int, nargs="?", default=5000)
    ap.add_argument("--work", default=None)
    ap.add_argument("--out", default=None)
    ap.add_argument("--tool", choices=["auto", "perf", "callgrind"], default="auto")
    args = ap.parse_args()
    n = args.tables
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="migra-profile-"))
    d = work / str(n)
    d.mkdir(parents=True, exist_ok=True)
    migra, fetch = run.RELEASE / "migra", run.RELEASE / "migra-fetch"
    report = [f"# Profile of migra-rs at {n:,} tables", "",
              f"Machine: {run.machine()}. Load average at start: {run.os.getloadavg()[0]:.2f}.", ""]

    cluster = run.Cluster(extra="-c log_min_duration_statement=0 -c log_line_prefix='%m [%p] '")
    try:
        secs = run.load(cluster, run.find_gen(None), d, n)
        run.log(f"{n} tables loaded in {secs:.1f} s")
        url_from, url_target = cluster.url(f"from_{n}"), cluster.url(f"target_{n}")
        from_json, target_json = d / "from.json", d / "target.json"
        subprocess.run([str(fetch), "-o", str(target_json), url_target], check=True)
        log_file = cluster.dir / "log"
        log_start = log_file.stat().st_size

        for db in (f"from_{n}", f"target_{n}"):
            cluster.psql("postgres", "-c", f'alter database "{db}" set log_statement_stats = on')
        report += ["## Timings (3 runs: min wall, median client CPU, median server CPU, peak RSS)", "",
                   "| what | min wall s | client CPU s | server CPU s | peak RSS MB |", "|---|---:|---:|---:|---:|"]
        cases = [("migra end to end", [str(migra), "--unsafe", url_from, url_target]),
                 ("migra-fetch FROM", [str(fetch), "-o", str(from_json), url_from]),
                 ("engine diff (migra on 2 catalog files)", [str(migra), "--unsafe", str(from_json),
                                                             str(target_json)])]
        for name, argv in cases:
            res = run.Result(name, n)
            for _ in range(3):
                mark = cluster.log_size()
                res.runs.append(run.measure(argv, d / "timing.out", 600))
                res.runs[-1].server_cpu = cluster.backend_cpu(mark)
            report.append(f"| {name} | {res.min():.3f} | {res.cpu_median():.3f} | {res.server_cpu_median():.3f} "
                          f"| {res.rss_mb():.0f} |")
            run.log(name, f"{res.min():.3f} s")
        sizes = [f"{p.name}: {p.stat().st_size / 1e6:.1f} MB" for p in (from_json, target_json)]
        report += ["", "Catalog JSON sizes: " + ", ".join(sizes) + ".", ""]

        # The fetcher's batch, as the server logged it, split into the engine's queries.
        logged = log_file.read_text(errors="replace")[log_start:]
        batches = re.findall(r"duration: ([\d.]+) ms\s+statement: (.*?)(?=\n\d{4}-\d\d-\d\d |\Z)", logged, re.S)
        # The server log indents a statement's continuation lines with a tab.
        batches = [(ms, text.replace("\n\t", "\n")) for ms, text in batches]
        batch = max(batches, key=lambda b: len(b[1]))
        names = query_names()
        queries = [q.strip() for q in batch[1].split("\n;\n") if q.strip()]
        if len(queries) != len(names):
            names = [f"query {i + 1}" for i in range(len(queries))]
        batch_ms = [float(ms) for ms, text in batches if len(text) == len(batch[1])]
        report += [f"## Server side: the catalog batch took {min(batch_ms):.0f}–{max(batch_ms):.0f} ms "
                   f"per database (server log, {len(batch_ms)} fetches)", "",
                   "Each query alone on FROM: CPU of the server backend (`log_statement_stats`, best of 2; "
                   "steadier than wall time on a busy machine):", "",
                   "| query | backend CPU ms | share | result KB |", "|---|---:|---:|---:|"]
        timings = []
        for name, q in zip(names, queries):
            best = None
            for _ in range(2):
                mark = cluster.log_size()
                res = subprocess.run([run.client("psql"), "-X", "-q", "-At", "-d", url_from, "-c", q],
                                     capture_output=True, text=True)
                cpu = cluster.backend_cpu(mark)
                best = cpu if best is None else min(best, cpu)
            timings.append((name, best * 1000, len(res.stdout) / 1024, q))
        total = sum(t[1] for t in timings)
        for name, ms, kb, _ in sorted(timings, key=lambda t: -t[1]):
            report.append(f"| {name} | {ms:.0f} | {ms / total * 100:.0f}% | {kb:.0f} |")
        report.append("")
        explain_dir = d / "explain"
        explain_dir.mkdir(exist_ok=True)
        for name, ms, _, q in sorted(timings, key=lambda t: -t[1])[:4]:
            res = subprocess.run([run.client("psql"), "-X", "-q", "-At", "-d", url_from, "-c",
                                  "explain (analyze, buffers) " + q], capture_output=True, text=True)
            (explain_dir / f"{name}.txt").write_text(res.stdout + res.stderr)
        report.append(f"EXPLAIN ANALYZE of the four slowest: {explain_dir}/")
        report.append("")

        tool = args.tool
        if tool == "auto":
            tool = "perf" if perf_works() else "callgrind"
        prof = perf_profile if tool == "perf" else callgrind_profile
        report += ["## Engine diff (native, `migra` on the two catalog files)", "",
                   prof([str(migra), "--unsafe", str(from_json), str(target_json)], d / f"engine.{tool}",
                        ["migra::main", "migra_engine::diff::diff"]), "",
                   "## migra-fetch client side (FROM)", "",
                   prof([str(fetch), "-o", str(d / "fetch-prof.json"), url_from], d / f"fetch.{tool}",
                        ["migra_fetch::main"]), ""]
    finally:
        cluster.stop()
    text = "\n".join(report)
    out = Path(args.out) if args.out else ROOT / "bench" / f"profile-{n}.md"
    out.write_text(text)
    print(text)
    run.log("written to", out, "; raw data in", d)
    return 0


if __name__ == "__main__":
    sys.exit(main())
