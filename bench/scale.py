#!/usr/bin/env python3
"""The scale round trip (issue 18 part 7): a generated pair of N tables (10,000 by default) round-trips
natively, in Node and in the page, with the time and peak memory of each path.

The pair comes from ../shared/bench/gen_schema.py (base and target variants), loaded into one
throwaway cluster as `just bench` loads it (run.py's `Cluster` and `load`). Then, for each direction
(forward: FROM to TARGET; reverse: TARGET to FROM):

1. native: `migra-fetch` writes both catalogs; `migra --unsafe` diffs the two files;
   Node: npm/scripts/scale.mjs reads both databases with migra-wasm's `fetchCatalog` (over `pg`),
   checks they equal migra-fetch's files byte for byte, and diffs them with its `diff`;
   page: web/test/scale.mjs loads the two catalog files into the built page in headless chromium
   and reads the SQL it shows. The Node and page SQL must equal native's byte for byte.
2. The migration is applied to the source database with `psql -1 -v ON_ERROR_STOP=1`.
3. Each path reads that database again and diffs it against the other side's catalog, which must
   give nothing: native `migra-fetch` then `migra`; Node `fetchCatalog` then `diff` (against the
   natively fetched file's text); the page on the natively fetched files (it cannot read a
   database).

Peak memory: native and Node, the process's maximum resident set (wait4's ru_maxrss, what
`/usr/bin/time -v` prints; for Node the same figure as process.resourceUsage().maxRSS); the page,
the peak resident set (VmHWM) of chromium's renderer process, which holds the page, its worker and
the engine's wasm memory, beside the highest JavaScript heap of the page's own thread (CDP).

Prints a markdown report (also written to --out if given) and exits 1 when any check fails: an
error or unexpected exit status, SQL that differs between paths, a catalog Node read that differs
from migra-fetch's, a migration that does not apply, or a re-diff that is not empty.

Run through `just scale`, which builds the release binaries, migra-wasm and the page first.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from run import RELEASE, ROOT, Cluster, find_gen, fmt_s, load, log, machine, measure

NODE_LEG = ROOT / "npm" / "scripts" / "scale.mjs"
PAGE_LEG = ROOT / "web" / "test" / "scale.mjs"
PATHS = ("native", "Node", "page")
# Each direction: (source database's variant, the other side's).
DIRECTIONS = {"forward": ("from", "target"), "reverse": ("target", "from")}


@dataclass
class Step:
    path: str  # native, Node, page or shared
    direction: str  # forward, reverse, or "" for a step serving both
    what: str
    wall: float
    cpu: float | None = None  # user + system of the process and its children; None: the server's work
    peak_kb: int = 0  # 0: not measured (a step of the server)
    note: str = ""


class Failed(Exception):
    """A check that leaves nothing to measure after it."""


class RoundTrip:
    def __init__(self, cluster: Cluster, work: Path, size: int, bin_dir: Path, timeout: float) -> None:
        self.cluster = cluster
        self.work = work
        self.size = size
        self.migra = bin_dir / "migra"
        self.fetch = bin_dir / "migra-fetch"
        self.timeout = timeout
        self.steps: list[Step] = []
        self.failures: list[str] = []
        for path in PATHS:
            (work / path.lower()).mkdir(exist_ok=True)

    def db(self, variant: str) -> str:
        return f"{variant}_{self.size}"

    def url(self, variant: str) -> str:
        return self.cluster.url(self.db(variant))

    def fail(self, message: str) -> None:
        log("FAILED:", message)
        self.failures.append(message)

    def run(self, path: str, direction: str, what: str, argv: list[str], out: Path, codes: set[int],
            amend: Callable[[Step], None] | None = None) -> Step:
        """Runs one measured process, stdout to `out`; an exit status outside `codes` is a failure.
        `amend(step)` may put another process's peak memory in its place (the page's renderer)."""
        r = measure(argv, out, self.timeout)
        step = Step(path, direction, what, r.wall, r.cpu, r.rss_kb)
        self.steps.append(step)
        if r.code not in codes:
            err = Path(str(out) + ".err").read_text(errors="replace").strip()
            step.note = "killed at the time limit" if r.code is None else f"exit {r.code}"
            raise Failed(f"{path} {direction} {what}: {step.note}: {err[-600:]}")
        if amend:
            amend(step)
        log(f"{path:<6} {direction:<15} {what:<48} {r.wall:7.1f} s {step.peak_kb / 1024:7.0f} MB")
        return step

    def same_bytes(self, what: str, got: Path, expected: Path) -> None:
        if got.read_bytes() != expected.read_bytes():
            self.fail(f"{what}: {got} differs from {expected}")

    # The three paths, before and after the migration is applied.

    def native_diff(self, directions: list[str]) -> None:
        d = self.work / "native"
        for variant in ("from", "target"):
            self.run("native", "", f"migra-fetch {variant.upper()}",
                     [str(self.fetch), "-o", str(d / f"{variant}.json"), self.url(variant)], d / f"fetch-{variant}.out",
                     {0})
        for direction in directions:
            src, dst = DIRECTIONS[direction]
            out = d / f"{direction}.sql"
            self.run("native", direction, "migra (two catalog files)",
                     [str(self.migra), "--unsafe", str(d / f"{src}.json"), str(d / f"{dst}.json")], out, {2})
            if not out.read_text().strip():
                raise Failed(f"native {direction}: migra printed no migration")

    def node(self, directions: list[str], what: str, catalogs: dict[str, str],
             diffs: dict[str, tuple[str, str]]) -> None:
        """One run of the Node leg: `catalogs` by name (a URL, which it fetches into node/NAME.json and
        which must equal migra-fetch's native/NAME.json, or a file), `diffs` by name (node/NAME.sql)."""
        d, native = self.work / "node", self.work / "native"
        argv = ["node", str(NODE_LEG), "--dir", str(d)]
        for name, source in catalogs.items():
            argv += ["--catalog", f"{name}={source}"]
        for name, (src, dst) in diffs.items():
            argv += ["--diff", f"{name}={src}:{dst}"]
        out = d / f"{next(iter(diffs))}.out"

        def timings(step: Step) -> None:
            report = json.loads(out.read_text())
            step.note = "; ".join(f"{kind} {name} {ms / 1000:.1f} s" for kind in ("fetch", "diff")
                                  for name, ms in report[f"{kind}Ms"].items())

        self.run("Node", ",".join(directions), what, argv, out, {0}, timings)
        for name, source in catalogs.items():
            if source.startswith("postgresql://"):
                self.same_bytes(f"Node's catalog {name}", d / f"{name}.json", native / f"{name}.json")

    def node_diff(self, directions: list[str]) -> None:
        self.node(directions, "fetchCatalog ×2, diff (catalog objects)",
                  {variant: self.url(variant) for variant in ("from", "target")},
                  {direction: DIRECTIONS[direction] for direction in directions})
        for direction in directions:
            self.same_bytes(f"Node's {direction} migration", self.work / "node" / f"{direction}.sql",
                            self.work / "native" / f"{direction}.sql")

    def page(self, direction: str, rediff: bool = False) -> None:
        """The page on natively fetched files: the migration, which must equal native's; or, with
        `rediff`, the migrated database against the other side, which must be nothing, said so."""
        src, dst = DIRECTIONS[direction]
        native = self.work / "native"
        name = f"rediff-{direction}" if rediff else direction
        first = native / (f"{direction}-applied.json" if rediff else f"{src}.json")
        what = "upload migrated + other side: nothing" if rediff else "upload both, diff, read the SQL shown"
        out = self.work / "page" / f"{name}.sql"
        report = {}

        def renderer(step: Step) -> None:
            # The page's figures, not the driver's (node, chromium's browser process and the renderer).
            report.update(json.loads(out.with_suffix(".out").read_text()))
            step.peak_kb = report["rendererPeakKb"]
            step.note = (f"page thread's JS heap {report['jsHeapPeakBytes'] / 1048576:.0f} MB; "
                         f"{report['engineMs'] / 1000:.1f} s in the engine")

        step = self.run("page", direction, what, ["node", str(PAGE_LEG), str(first), str(native / f"{dst}.json"),
                                                  str(out)], out.with_suffix(".out"), {0}, renderer)
        if report["errors"] or report["externalRequests"]:
            self.fail(f"page {name}: errors {report['errors']}, requests to other hosts {report['externalRequests']}")
        if not step.peak_kb:
            self.fail(f"page {name}: no renderer process found to measure")
        if rediff and (out.read_text() or not report["noDifferences"]):
            self.fail(f"page {name}: the re-diff is not empty, or the page does not say so ({out})")
        if not rediff:
            self.same_bytes(f"the page's {direction} migration", out, native / f"{direction}.sql")
            if not sum(report["counts"].values()):
                self.fail(f"page {direction}: the page shows no changes")

    def apply(self, direction: str) -> None:
        src, _ = DIRECTIONS[direction]
        started = time.perf_counter()
        done = self.cluster.psql(self.db(src), "-1", "-f", str(self.work / "native" / f"{direction}.sql"), check=False)
        wall = time.perf_counter() - started
        self.steps.append(Step("shared", direction, f"psql -1 -v ON_ERROR_STOP=1 into {src.upper()}", wall))
        log(f"applied {direction} in {wall:.1f} s")
        if done.returncode != 0:
            error = next((line for line in done.stderr.splitlines() if "ERROR" in line), done.stderr.strip())
            raise Failed(f"the {direction} migration does not apply: {error}")

    def native_rediff(self, direction: str) -> None:
        src, dst = DIRECTIONS[direction]
        d = self.work / "native"
        self.run("native", direction, f"migra-fetch {src.upper()} (migrated)",
                 [str(self.fetch), "-o", str(d / f"{direction}-applied.json"), self.url(src)],
                 d / f"fetch-{direction}-applied.out", {0})
        out = d / f"rediff-{direction}.sql"
        self.run("native", direction, "migra (migrated vs other side): nothing",
                 [str(self.migra), "--unsafe", str(d / f"{direction}-applied.json"), str(d / f"{dst}.json")], out,
                 {0, 2})
        if out.read_text():
            self.fail(f"native {direction}: the re-diff is not empty ({out})")

    def node_rediff(self, direction: str) -> None:
        src, dst = DIRECTIONS[direction]
        name = f"rediff-{direction}"
        self.node([direction], "fetchCatalog (migrated), diff vs file: nothing",
                  {f"{direction}-applied": self.url(src), dst: str(self.work / "native" / f"{dst}.json")},
                  {name: (f"{direction}-applied", dst)})
        if (self.work / "node" / f"{name}.sql").read_text():
            self.fail(f"Node {direction}: the re-diff is not empty ({self.work / 'node' / f'{name}.sql'})")


def report(rt: RoundTrip, meta: dict) -> str:
    def mb(kb: int) -> str:
        return f"{kb / 1024:,.0f}"

    lines = [
        f"# Scale: a {rt.size:,}-table pair round trip",
        "",
        f"Generated by `{meta['invocation']}` on {meta['started']} (took {meta['total'] / 60:.1f} min), "
        f"commit {meta['commit']}; binaries from {meta['bin_dir']}.",
        "",
        f"Machine: {meta['machine']}. Load average (1 min) at start {meta['load_start']:.2f}, at end "
        f"{meta['load_end']:.2f}: the machine is shared, so wall times move with its load.",
        "",
        f"Result: **{'passed' if not rt.failures else 'FAILED'}**"
        + ("" if not rt.failures else "\n\n" + "\n".join(f"- {f}" for f in rt.failures)),
        "",
        "| path | wall s | CPU s | peak memory MB | what the peak is |",
        "|---|---:|---:|---:|---|",
    ]
    what = {
        "native": "max RSS of the largest `migra` / `migra-fetch` process",
        "Node": "max RSS of the Node process (`fetchCatalog`, `diff`)",
        "page": "peak RSS of chromium's renderer (page, worker, wasm)",
        "shared": "the cluster: generating and loading the pair, applying the migrations, deleting it",
    }

    def cpu(steps: list[Step]) -> str:
        return "–" if any(s.cpu is None for s in steps) else fmt_s(sum(s.cpu for s in steps))

    for path in (*PATHS, "shared"):
        steps = [s for s in rt.steps if s.path == path]
        if steps:
            peak = max(s.peak_kb for s in steps)
            lines.append(f"| {path} | {fmt_s(sum(s.wall for s in steps))} | {cpu(steps)} "
                         f"| {mb(peak) if peak else '–'} | {what[path]} |")
    lines.append(f"| **all** | {fmt_s(meta['total'])} | | | the whole run |")
    lines += ["", "Steps (CPU: user + system time of the process and its children, the server's not included):", "",
              "| path | direction | step | wall s | CPU s | peak MB | note |", "|---|---|---|---:|---:|---:|---|"]
    for s in rt.steps:
        lines.append(f"| {s.path} | {s.direction or 'both'} | {s.what} | {fmt_s(s.wall)} | {cpu([s])} "
                     f"| {mb(s.peak_kb) if s.peak_kb else '–'} | {s.note} |")
    lines += [
        "",
        "How: `../shared/bench/gen_schema.py --tables N` (FROM) and `--variant target` (TARGET), loaded into one "
        "throwaway cluster as `just bench` loads them. Forward diffs FROM to TARGET, reverse TARGET to FROM. "
        "Native: `migra-fetch` writes both catalogs, `migra --unsafe` diffs the files. Node "
        "(npm/scripts/scale.mjs): migra-wasm's `fetchCatalog` over `pg` reads both databases (each catalog must "
        "equal migra-fetch's file byte for byte) and its `diff` diffs the catalog objects. Page "
        "(web/test/scale.mjs): the built page in headless chromium, both catalog files uploaded, the SQL read "
        "from its editor. Node's and the page's SQL must equal native's byte for byte. The migration is applied "
        "to the source database with `psql -1 -v ON_ERROR_STOP=1`; then each path reads that database again "
        "(the page: migra-fetch's file of it) and diffs it against the other side, which must give nothing "
        "(the page must say \"No differences\"). Peak memory: native and Node, the process's maximum resident "
        "set (wait4's `ru_maxrss`, as `/usr/bin/time -v` reports it; for Node the same figure as "
        "`process.resourceUsage().maxRSS`); the page, the peak resident set (`VmHWM`) of chromium's renderer "
        "process, which holds the page, its worker and the engine's wasm memory, with the highest JavaScript "
        "heap of the page's own thread (CDP `Performance.getMetrics`) in the note.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tables", type=int, default=10000)
    ap.add_argument("--directions", default="forward,reverse", help="forward, reverse or both (comma-separated)")
    ap.add_argument("--bin-dir", default=str(RELEASE), help="where migra and migra-fetch are")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per process before it is killed")
    ap.add_argument("--work", default=None, help="keep the generated SQL, catalogs and migrations here")
    ap.add_argument("--out", default=None, help="also write the report here")
    ap.add_argument("--invocation", default="just scale")
    ap.add_argument("--gen", default=None, help="path to gen_schema.py")
    args = ap.parse_args()
    directions = args.directions.split(",")
    for direction in directions:
        if direction not in DIRECTIONS:
            sys.exit(f"unknown direction {direction!r} (forward, reverse)")
    bin_dir = Path(args.bin_dir)
    for exe in ("migra", "migra-fetch"):
        if not (bin_dir / exe).exists():
            sys.exit(f"{bin_dir / exe} missing: run `cargo build --release -p migra-fetch --bins` first")
    for what, path in (("migra-wasm (just build-npm)", ROOT / "npm" / "pkg-node" / "migra_wasm_bg.wasm"),
                       ("the page (just build-web)", ROOT / "web" / "dist" / "index.html")):
        if not path.exists():
            sys.exit(f"{path} missing: build {what} first")

    meta = {"invocation": args.invocation, "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "load_start": os.getloadavg()[0], "bin_dir": os.path.relpath(bin_dir, ROOT)}
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip() or "?"
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    meta["commit"] = head + (" with uncommitted changes" if dirty else "")
    t0 = time.perf_counter()
    gen = find_gen(args.gen)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="migra-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    log("work dir", work)

    # On tmpfs where there is one: deleting a 10,000-table cluster's ~90,000 files from this
    # machine's disk (ext4 mounted with discard) took about 4 minutes; from tmpfs it takes a moment.
    # The cluster then holds about 1 GB of memory while it runs.
    cluster = Cluster(base="/dev/shm" if os.access("/dev/shm", os.W_OK) else None)
    rt = RoundTrip(cluster, work, args.tables, bin_dir, args.timeout)
    try:
        wall = load(cluster, gen, work, args.tables)
        rt.steps.append(Step("shared", "", f"generate and load both variants ({args.tables:,} tables)", wall))
        log(f"{args.tables} tables generated and loaded in {wall:.1f} s")
        rt.native_diff(directions)
        rt.node_diff(directions)
        for direction in directions:
            rt.page(direction)
        for direction in directions:
            rt.apply(direction)
        for direction in directions:
            rt.native_rediff(direction)
            rt.node_rediff(direction)
            rt.page(direction, rediff=True)
    except Failed as e:
        rt.fail(str(e))
    finally:
        started = time.perf_counter()
        cluster.stop()
        rt.steps.append(Step("shared", "", f"stop the cluster, delete it ({cluster.dir.parent})",
                             time.perf_counter() - started))

    meta.update(total=time.perf_counter() - t0, load_end=os.getloadavg()[0], machine=machine())
    text = report(rt, meta)
    if args.out:
        Path(args.out).write_text(text)
    print(text)
    if rt.failures:
        log(f"{len(rt.failures)} check(s) failed; the files are in {work}")
        return 1
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
