#!/usr/bin/env python3
"""Side-by-side benchmark of migra-rs against Python migra, @pgkit/migra and pg_dump (issue 6).

Generates schemas with ../shared/bench/gen_schema.py, loads FROM and TARGET of every size into one
throwaway PostgreSQL cluster, runs every tool `--runs` times, and reports min and median wall time
and peak RSS (from wait4's rusage, children included). At `--apply-size` tables each tool's output
is applied to a copy of FROM in one transaction and the result is diffed against TARGET again with
our migra. Writes a markdown report (bench/results.md by default) and prints it.

Run through `just bench` / `just bench-quick`, which build the release binaries first.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DEPS = BENCH / ".deps"
VENV = DEPS / "venv"
NODE_DEPS = DEPS / "node"
PGKIT_VERSION = "0.6.1"
RELEASE = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release"


def log(*args: object) -> None:
    print("[bench]", *args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Measuring one process


@dataclass
class Run:
    wall: float
    cpu: float  # user + sys of the process and its reaped children (the server's work not included)
    rss_kb: int
    code: int | None  # None: killed at the time limit
    server_cpu: float = 0.0  # CPU of the PostgreSQL backends serving the run


def measure(argv: list[str], stdout: Path | None, timeout: float, env: dict | None = None) -> Run:
    """Runs argv once; wall time around fork..reap, peak RSS of it and its reaped children."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    err = open(str(stdout) + ".err", "wb") if stdout else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                start_new_session=True, env=env)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, rusage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        # Leftover members of the group (a shell's children) go too.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        code = None if killed.is_set() else proc.returncode
        return Run(wall, rusage.ru_utime + rusage.ru_stime, rusage.ru_maxrss, code)
    finally:
        if stdout:
            out.close()
            err.close()


@dataclass
class Result:
    tool: str
    size: int
    runs: list[Run] = field(default_factory=list)
    note: str = ""
    skipped: str = ""  # why it did not run

    @property
    def ok(self) -> bool:
        return bool(self.runs) and all(r.code is not None for r in self.runs) and not self.skipped

    def walls(self) -> list[float]:
        return [r.wall for r in self.runs if r.code is not None]

    def min(self) -> float:
        return min(self.walls())

    def median(self) -> float:
        return statistics.median(self.walls())

    def cpu_median(self) -> float:
        return statistics.median(r.cpu for r in self.runs if r.code is not None)

    def server_cpu_median(self) -> float:
        return statistics.median(r.server_cpu for r in self.runs if r.code is not None)

    def rss_mb(self) -> float:
        return max(r.rss_kb for r in self.runs) / 1024


# ---------------------------------------------------------------------------------------------
# The throwaway cluster


def pg_bin() -> Path:
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    for major in ("15", "16", "17", "14", "13", "18"):
        candidate = Path(f"/usr/lib/postgresql/{major}/bin")
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    sys.exit("no PostgreSQL server binaries found (set PG_BIN); `just pg-server` installs them")


def client(name: str) -> str:
    """psql, pg_dump, createdb: the server's own, else whatever is on PATH."""
    own = pg_bin() / name
    return str(own) if own.exists() else (shutil.which(name) or name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, extra: str = "", base: str | None = None) -> None:
        """`base`: where the cluster's directory goes (the temporary directory unless given)."""
        self.dir = Path(tempfile.mkdtemp(prefix="migra-bench-pg-", dir=base))
        os.chmod(self.dir, 0o755)
        self.data = self.dir / "data"
        self.port = free_port()
        self.as_postgres: list[str] = []
        if os.geteuid() == 0:
            self.as_postgres = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.dir, "postgres", "postgres")
        bin_ = pg_bin()
        subprocess.run(self.as_postgres + [str(bin_ / "initdb"), "--no-sync", "-A", "trust", "-U", "postgres",
                                           "-E", "UTF8", "--locale=C", "-D", str(self.data)],
                       check=True, stdout=subprocess.DEVNULL)
        opts = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c full_page_writes=off -c synchronous_commit=off -c max_locks_per_transaction=1024 "
                "-c shared_buffers=256MB -c log_line_prefix='%m [%p] ' " + extra)
        subprocess.run(self.as_postgres + [str(bin_ / "pg_ctl"), "-D", str(self.data), "-l",
                                           str(self.dir / "log"), "-w", "-o", opts, "start"],
                       check=True, stdout=subprocess.DEVNULL)

    def url(self, db: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"

    def psql(self, db: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([client("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.url(db), *args],
                              check=check, capture_output=True, text=True)

    def createdb(self, db: str, template: str | None = None) -> None:
        self.psql("postgres", "-c", f'drop database if exists "{db}"')
        sql = f'create database "{db}"' + (f' template "{template}"' if template else "")
        self.psql("postgres", "-c", sql)

    def log_size(self) -> int:
        try:
            return (self.dir / "log").stat().st_size
        except OSError:
            return 0

    def backend_cpu(self, since: int) -> float:
        """CPU seconds (user + system) of the server backends that ended after log offset `since`,
        from log_statement_stats' running totals (the last total each backend logged)."""
        time.sleep(0.2)  # let the backends write their last lines
        with open(self.dir / "log", errors="replace") as f:
            f.seek(since)
            text = f.read()
        last: dict[str, float] = {}
        pid = None
        for line in text.splitlines():
            m = re.match(r"\S+ \S+ \S+ \[(\d+)\]", line)
            if m:
                pid = m.group(1)
                continue
            m = re.search(r"\[([\d.]+) s user, ([\d.]+) s system total\]", line)
            if m and pid:
                last[pid] = float(m.group(1)) + float(m.group(2))
        return sum(last.values())

    def stop(self) -> None:
        subprocess.run(self.as_postgres + [str(pg_bin() / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                                           "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# The tools


def ensure_python_migra() -> Path | None:
    exe = VENV / "bin" / "migra"
    if exe.exists():
        return exe
    log("installing Python migra into", VENV)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", "migra[pg]==3.0.1663481299",
                        "sqlalchemy<2", "psycopg2-binary"], check=True, timeout=600)
    except (subprocess.SubprocessError, OSError) as e:
        log("Python migra could not be installed:", e)
        return None
    return exe


def ensure_pgkit() -> Path | None:
    exe = NODE_DEPS / "node_modules" / ".bin" / "migra"
    if exe.exists():
        return exe
    if not shutil.which("npm"):
        log("npm missing: @pgkit/migra skipped")
        return None
    log("installing @pgkit/migra into", NODE_DEPS)
    NODE_DEPS.mkdir(parents=True, exist_ok=True)
    if not (NODE_DEPS / "package.json").exists():
        (NODE_DEPS / "package.json").write_text('{"private": true}\n')
    try:
        subprocess.run(["npm", "install", "--prefix", str(NODE_DEPS), "--no-audit", "--no-fund",
                        "--loglevel=error", f"@pgkit/migra@{PGKIT_VERSION}"], check=True, timeout=600)
    except (subprocess.SubprocessError, OSError) as e:
        log("@pgkit/migra could not be installed:", e)
        return None
    return exe if exe.exists() else None


def find_wasm_package() -> tuple[Path | None, str]:
    """The built migra-wasm package in npm/, if there is one (another part of the project builds it)."""
    npm = ROOT / "npm"
    candidates = [p.parent for p in npm.glob("**/package.json")
                  if "node_modules" not in p.parts and p.parent != npm / "node_modules"]
    for d in sorted(candidates, key=lambda p: len(p.parts)):
        try:
            meta = json.loads((d / "package.json").read_text())
        except (OSError, ValueError):
            continue
        if meta.get("name") != "migra-wasm":
            continue
        if list(d.glob("**/*.wasm")):
            return d, ""
    if not npm.exists():
        return None, "npm/ does not exist yet"
    return None, "no built migra-wasm package (package.json named migra-wasm next to a .wasm) in npm/"


# ---------------------------------------------------------------------------------------------
# The report


def machine() -> str:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    pg = subprocess.run([str(pg_bin() / "postgres"), "--version"], capture_output=True, text=True).stdout.strip()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip() if shutil.which(
        "node") else "none"
    return (f"{os.cpu_count()} cores ({cpu}), {mem} RAM, {platform.system()} {platform.release()}, "
            f"{pg}, Python {platform.python_version()}, Node {node}")


TOOLS = [
    ("ours", "our `migra` end to end (two URLs)"),
    ("fetch", "`migra-fetch` of FROM alone"),
    ("engine", "engine diff alone, native (`migra` on the two catalog files)"),
    ("wasm", "engine diff alone, Node + `migra-wasm` (two catalog files)"),
    ("python", "Python migra 3.0 (two URLs)"),
    ("pgkit", f"@pgkit/migra {PGKIT_VERSION} (two URLs)"),
    ("pgdump", "`pg_dump --schema-only` of both databases"),
]
LABEL = dict(TOOLS)
SHORT = {"ours": "migra-rs", "fetch": "migra-fetch (1 db)", "engine": "engine diff (native)",
         "wasm": "engine diff (wasm)", "python": "Python migra", "pgkit": "@pgkit/migra",
         "pgdump": "pg_dump ×2"}


def fmt_s(x: float) -> str:
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def save(path: Path, results: dict[tuple[str, int], Result], sizes: list[int], meta: dict,
         apply_rows: list[tuple], load_times: dict[int, float]) -> None:
    """Everything the report is made from, so that it can be rendered again (`--render`)."""
    data = {
        "meta": meta,
        "sizes": sizes,
        "load_times": {str(k): v for k, v in load_times.items()},
        "apply_rows": [list(r) for r in apply_rows],
        "results": [{"tool": r.tool, "size": r.size, "note": r.note, "skipped": r.skipped,
                     "runs": [vars(x) for x in r.runs]} for r in results.values()],
    }
    path.write_text(json.dumps(data, indent=1) + "\n")


def load_saved(path: Path):
    data = json.loads(path.read_text())
    results = {}
    for item in data["results"]:
        r = Result(item["tool"], item["size"], [Run(**x) for x in item["runs"]], item["note"], item["skipped"])
        results[(r.tool, r.size)] = r
    load_times = {int(k): v for k, v in data["load_times"].items()}
    return results, data["sizes"], data["meta"], [tuple(r) for r in data["apply_rows"]], load_times


def report(results: dict[tuple[str, int], Result], sizes: list[int], meta: dict, apply_rows: list[tuple],
           load_times: dict[int, float]) -> str:
    lines = []
    lines.append("# Benchmarks")
    lines.append("")
    lines.append(f"Generated by `{meta['invocation']}` on {meta['started']} (took {meta['total'] / 60:.1f} min), "
                 f"commit {meta.get('commit', '?')}.")
    lines.append("")
    lines.append(f"Machine: {meta['machine']}. Load average (1 min) at start {meta['load_start']:.2f}, at end "
                 f"{meta['load_end']:.2f}: other jobs share the machine, so wall times vary with them; CPU "
                 "times (client and server) much less.")
    lines.append("")
    lines.append("Schemas: `../shared/bench/gen_schema.py --tables N` (FROM) and `--variant target` (TARGET), "
                 "loaded into one throwaway cluster (TCP on 127.0.0.1, fsync off). Every tool runs "
                 f"{meta['runs']} times per size (once if a run takes over {meta['single_run_over']:.0f} s). "
                 "Wall time is fork to exit. Client CPU is user + system time of the process and its children; "
                 "server CPU is that of the PostgreSQL backends that served it (the totals "
                 "`log_statement_stats` logs); both are medians. Peak RSS is the process's `ru_maxrss`, "
                 f"children included. Time limit per run: {meta['timeout']:.0f} s; a tool that hits it is not "
                 "run at larger sizes. The ratios divide the tool's median by our `migra` end to end median "
                 "at the same size, in wall time and in CPU time (client + server); above 1 is slower than "
                 "ours. CPU ms per 1,000 tables shows how cost grows with size.")
    lines.append("")
    for key, label in TOOLS:
        lines.append(f"- **{SHORT[key]}**: {label}")
    lines.append("")
    lines.append("| tables | tool | runs | min s | median s | client CPU s | server CPU s | peak RSS MB "
                 "| × migra-rs wall | × migra-rs CPU | CPU ms / 1k tables |")
    lines.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        ours = results.get(("ours", size))
        for key, _ in TOOLS:
            r = results.get((key, size))
            if r is None:
                continue
            if not r.ok:
                why = r.skipped or (f"timed out after {meta['timeout']:.0f} s" if any(
                    x.code is None for x in r.runs) else "failed")
                lines.append(f"| {size:,} | {SHORT[key]} | – | – | – | – | – | – | – | – | {why} |")
                continue
            ratio = f"{r.median() / ours.median():.2f}" if ours and ours.ok else "–"
            cpu = r.cpu_median() + r.server_cpu_median()
            ours_cpu = ours.cpu_median() + ours.server_cpu_median() if ours and ours.ok else 0
            cpu_ratio = f"{cpu / ours_cpu:.2f}" if ours_cpu else "–"
            per_k = cpu / size * 1000 * 1000
            server = "–" if key in ("engine", "wasm") else f"{r.server_cpu_median():.3f}"
            lines.append(f"| {size:,} | {SHORT[key]} | {len(r.runs)} | {fmt_s(r.min())} | {fmt_s(r.median())} "
                         f"| {r.cpu_median():.3f} | {server} | {r.rss_mb():.0f} | {ratio} | {cpu_ratio} "
                         f"| {per_k:.0f} |")
    lines.append("")
    lines.append("Load time of FROM + TARGET with psql (not a benchmark, for scale): " + ", ".join(
        f"{s:,}: {t:.1f} s" for s, t in load_times.items()) + ".")
    lines.append("")

    # Targets of issue 6.
    def val(key, size, what):
        r = results.get((key, size))
        if not r or not r.ok:
            return None
        return {"t": r.median(), "r": r.rss_mb(), "c": r.cpu_median() + r.server_cpu_median()}[what]

    targets = [
        ("end to end at 5,000 tables", "ours", 5000, 0.5, "s"),
        ("peak RSS end to end at 5,000 tables", "ours", 5000, 150, "MB"),
        ("migra-fetch of one database at 5,000 tables", "fetch", 5000, 0.2, "s"),
        ("engine diff native at 5,000 tables (process: JSON reading included)", "engine", 5000, 0.05, "s"),
        ("engine diff in Node at 5,000 tables (≤ 3× the native target)", "wasm", 5000, 0.15, "s"),
        ("end to end at 10,000 tables", "ours", 10000, 1.0, "s"),
    ]
    if any(val(key, size, "t") is not None for _, key, size, _, _ in targets):
        lines.append("## Targets (issue 6)")
        lines.append("")
        lines.append("| target | limit | median wall | CPU (client + server) | met |")
        lines.append("|---|---:|---:|---:|---|")
        for name, key, size, limit, unit in targets:
            if val(key, size, "t") is None:
                continue
            if unit == "s":
                v, shown, cpu = val(key, size, "t"), f"{val(key, size, 't'):.3f} s", f"{val(key, size, 'c'):.3f} s"
                met = v <= limit
            else:
                v, shown, cpu = val(key, size, "r"), f"{val(key, size, 'r'):.0f} MB", ""
                met = v <= limit
            lim = f"{limit} s" if unit == "s" else f"{limit} MB"
            lines.append(f"| {name} | {lim} | {shown} | {cpu} | {'yes' if met else '**no**'} |")
        py, ours5 = val("python", 5000, "t"), val("ours", 5000, "t")
        pyc, oursc = val("python", 5000, "c"), val("ours", 5000, "c")
        if py and ours5:
            lines.append(f"| faster than Python migra at 5,000 tables | ≥ 30× | {py / ours5:.1f}× | {pyc / oursc:.1f}× "
                         f"| {'yes' if py / ours5 >= 30 else '**no**'} |")
        lines.append("")
        lines.append("Met means the median wall time is within the limit. What bounds the targets that are not "
                     "met (the server's own deparsing of definitions, the JSON scan) is measured in "
                     "bench/PROFILE.md.")
        lines.append("")

    if apply_rows:
        lines.append(f"## Apply and re-diff at {meta['apply_size']:,} tables")
        lines.append("")
        lines.append("Each tool's output applied to a copy of FROM with `psql -1 -v ON_ERROR_STOP=1`, then "
                     "that copy diffed against TARGET with our `migra --unsafe`.")
        lines.append("")
        lines.append("| tool | statements | applies | re-diff | note |")
        lines.append("|---|---:|---|---|---|")
        for row in apply_rows:
            lines.append("| " + " | ".join(str(c) for c in row) + " |")
        lines.append("")
    notes = [f"- {SHORT[r.tool]} at {r.size:,}: {r.note}" for r in results.values() if r.note]
    if notes:
        lines.append("## Notes")
        lines.append("")
        lines.extend(notes)
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------


def find_gen(given: str | None) -> Path:
    gen = Path(given) if given else next(
        (p for p in [ROOT.parent / "shared" / "bench" / "gen_schema.py", ROOT / "shared" / "bench" / "gen_schema.py"]
         if p.exists()), None)
    if gen is None:
        sys.exit("gen_schema.py not found (expected ../shared/bench/gen_schema.py; pass --gen)")
    return gen


def load(cluster: Cluster, gen: Path, d: Path, size: int) -> float:
    """Generates (once per work dir) and loads from_SIZE and target_SIZE, both at once (2 cores);
    returns the seconds taken."""
    t = time.perf_counter()
    jobs = []
    # The scripts create this role if it is missing; made first, two loads cannot race for it.
    cluster.psql("postgres", "-c", "do $$ begin if not exists (select from pg_roles where rolname = 'bench_role') "
                                   "then create role bench_role nologin; end if; end $$")
    for variant, db in (("base", f"from_{size}"), ("target", f"target_{size}")):
        sql = d / f"{db}.sql"
        if not sql.exists():
            with open(sql, "w") as f:
                subprocess.run([sys.executable, str(gen), "--tables", str(size), "--variant", variant],
                               stdout=f, check=True)
        cluster.createdb(db)
        jobs.append(subprocess.Popen([client("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", cluster.url(db),
                                      "-f", str(sql)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
    for job in jobs:
        _, err = job.communicate()
        if job.returncode != 0:
            sys.exit(f"loading the generated schema failed: {err.strip()[-500:]}")
    return time.perf_counter() - t


def count_statements(path: Path) -> int:
    text = path.read_text(errors="replace")
    return sum(1 for chunk in text.split("\n\n") if chunk.strip() and not chunk.strip().startswith("--"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000,5000,10000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run before a tool is killed")
    ap.add_argument("--single-run-over", type=float, default=30.0,
                    help="a tool whose first run takes longer than this runs only once at that size")
    ap.add_argument("--apply-size", type=int, default=1000)
    ap.add_argument("--tools", default=",".join(k for k, _ in TOOLS))
    ap.add_argument("--out", default=str(BENCH / "results.md"))
    ap.add_argument("--work", default=None, help="keep generated SQL, catalogs and outputs here")
    ap.add_argument("--invocation", default="just bench")
    ap.add_argument("--gen", default=None, help="path to gen_schema.py")
    ap.add_argument("--render", metavar="JSON", help="only render the report again from a saved run")
    args = ap.parse_args()
    args.load_start = os.getloadavg()[0]
    if args.render:
        text = report(*load_saved(Path(args.render)))
        Path(args.out).write_text(text)
        print(text)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    tools = args.tools.split(",")
    started_at = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    t0 = time.perf_counter()

    gen = find_gen(args.gen)
    # What was measured: HEAD when the run starts, and when the binaries were built (a build from a
    # dirty tree or an older one says so here).
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip() or "?"
    built = time.strftime("%H:%M UTC", time.gmtime((RELEASE / "migra").stat().st_mtime)) \
        if (RELEASE / "migra").exists() else "?"
    commit = f"{head} (release binaries built {built})"
    migra = RELEASE / "migra"
    fetch = RELEASE / "migra-fetch"
    for exe in (migra, fetch):
        if not exe.exists():
            sys.exit(f"{exe} missing: run `cargo build --release -p migra-fetch` first")

    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="migra-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    log("work dir", work)

    py_migra = ensure_python_migra() if "python" in tools else None
    pgkit = ensure_pgkit() if "pgkit" in tools else None
    wasm_pkg, wasm_why = find_wasm_package() if "wasm" in tools else (None, "not selected")

    cluster = Cluster()
    log("cluster on port", cluster.port)
    results: dict[tuple[str, int], Result] = {}
    timed_out: set[str] = set()
    load_times: dict[int, float] = {}
    apply_rows: list[tuple] = []
    node_env = dict(os.environ)
    try:
        for size in sizes:
            d = work / str(size)
            d.mkdir(exist_ok=True)
            load_times[size] = load(cluster, gen, d, size)
            log(f"{size} tables loaded in {load_times[size]:.1f} s")
            for db in (f"from_{size}", f"target_{size}"):
                cluster.psql("postgres", "-c", f'alter database "{db}" set log_statement_stats = on')
            url_from, url_target = cluster.url(f"from_{size}"), cluster.url(f"target_{size}")
            from_json, target_json = d / "from.json", d / "target.json"
            # The catalogs for the engine-only rows, fetched once outside the timings.
            subprocess.run([str(fetch), "-o", str(from_json), url_from], check=True)
            subprocess.run([str(fetch), "-o", str(target_json), url_target], check=True)

            commands = {
                "ours": [str(migra), "--unsafe", url_from, url_target],
                "fetch": [str(fetch), "-o", str(d / "fetch-out.json"), url_from],
                "engine": [str(migra), "--unsafe", str(from_json), str(target_json)],
                "python": [str(py_migra), "--unsafe", url_from, url_target] if py_migra else None,
                # `--unsafe [boolean]` would take the next argument as its value: it goes last.
                "pgkit": [str(pgkit), "run", url_from, url_target, "--unsafe"] if pgkit else None,
                "wasm": ["node", str(BENCH / "wasm_diff.mjs"), str(wasm_pkg), str(from_json), str(target_json)]
                if wasm_pkg else None,
                "pgdump": ["bash", "-c", f'"$0" -s -d "$1" > /dev/null && "$0" -s -d "$2" > /dev/null',
                           client("pg_dump"), url_from, url_target],
            }
            expected = {"ours": {2}, "engine": {2}, "python": {2}, "pgkit": {0, 2}, "wasm": {0},
                        "fetch": {0}, "pgdump": {0}}
            for key, _ in TOOLS:
                if key not in tools:
                    continue
                r = Result(key, size)
                results[(key, size)] = r
                argv = commands.get(key)
                if argv is None:
                    r.skipped = {"wasm": wasm_why}.get(key, "not installed")
                    continue
                if key in timed_out:
                    r.skipped = "skipped: timed out at a smaller size"
                    continue
                out = d / f"out-{key}.sql"
                for i in range(args.runs):
                    mark = cluster.log_size()
                    run = measure(argv, out if i == 0 else d / f"out-{key}.{i}", args.timeout,
                                  env=node_env if key in ("pgkit", "wasm") else None)
                    run.server_cpu = cluster.backend_cpu(mark)
                    r.runs.append(run)
                    if run.code is None:
                        timed_out.add(key)
                        r.note = f"killed at the {args.timeout:.0f} s limit"
                        break
                    if run.code not in expected[key]:
                        err = (Path(str(out) + ".err").read_text(errors="replace").strip().splitlines() or [""])[-1]
                        r.note = f"exit {run.code}: {err[:200]}"
                        r.skipped = f"failed (exit {run.code})"
                        break
                    if run.wall > args.single_run_over:
                        r.note = f"one run only ({run.wall:.0f} s > {args.single_run_over:.0f} s)"
                        break
                if r.ok:
                    log(f"{size:>6} {key:<7} min {r.min():8.3f} s  median {r.median():8.3f} s  "
                        f"rss {r.rss_mb():7.1f} MB")
                else:
                    log(f"{size:>6} {key:<7} {r.skipped or r.note}")

            if size == args.apply_size:
                apply_rows = apply_check(cluster, migra, d, size, results)
            # Keep the cluster small: this size's databases are done with.
            for db in (f"from_{size}", f"target_{size}"):
                cluster.psql("postgres", "-c", f'drop database if exists "{db}"')
    finally:
        cluster.stop()

    meta = {"invocation": args.invocation, "started": started_at, "total": time.perf_counter() - t0,
            "commit": commit, "machine": machine(), "load_start": args.load_start,
            "load_end": os.getloadavg()[0], "runs": args.runs, "single_run_over": args.single_run_over,
            "timeout": args.timeout, "apply_size": args.apply_size}
    saved = Path(args.out).with_suffix(".json")
    save(saved, results, sizes, meta, apply_rows, load_times)
    text = report(results, sizes, meta, apply_rows, load_times)
    Path(args.out).write_text(text)
    print(text)
    log("written to", args.out)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def apply_check(cluster: Cluster, migra: Path, d: Path, size: int, results) -> list[tuple]:
    rows = []
    target_url = cluster.url(f"target_{size}")
    for key in ("ours", "engine", "wasm", "python", "pgkit"):
        r = results.get((key, size))
        out = d / f"out-{key}.sql"
        if not r or not r.ok or not out.exists():
            continue
        if key in ("engine", "wasm") and (d / "out-ours.sql").exists():
            same = out.read_bytes() == (d / "out-ours.sql").read_bytes()
            if same:
                rows.append((SHORT[key], count_statements(out), "(same bytes as migra-rs)", "", ""))
                continue
        db = f"apply_{key}"
        cluster.createdb(db, template=f"from_{size}")
        n = count_statements(out)
        applied = cluster.psql(db, "-1", "-f", str(out), check=False)
        if applied.returncode != 0:
            msg = next((line for line in applied.stderr.splitlines() if "ERROR" in line), applied.stderr.strip())
            rows.append((SHORT[key], n, "**no**", "–", msg.replace("|", "\\|")[:300]))
        else:
            rediff = d / f"rediff-{key}.sql"
            res = measure([str(migra), "--unsafe", cluster.url(db), target_url], rediff, 120)
            if res.code == 0:
                rows.append((SHORT[key], n, "yes", "empty", ""))
            else:
                left = count_statements(rediff)
                first = next((c.strip().splitlines()[0] for c in rediff.read_text().split("\n\n") if c.strip()), "")
                rows.append((SHORT[key], n, "yes", f"**{left} statements left**",
                             f"first: `{first[:150]}`" if first else f"exit {res.code}"))
        cluster.psql("postgres", "-c", f'drop database if exists "{db}"')
        log("apply", key, rows[-1][2:4])
    return rows


if __name__ == "__main__":
    sys.exit(main())
