#!/usr/bin/env python3
"""Inclusive shares from `perf script` output of a `perf record --call-graph dwarf` profile.

    perf script -i perf.data | python3 bench/stacks.py [--top N] [--under FUNC] [--depth D]

Prints the functions with the largest inclusive share of samples (each counted once per sample),
and, with --under, the callees of FUNC (a substring of the symbol) as shares of all samples, to
--depth levels, so a hot spot reads as a path: diff > comment::diff > comments > format.
"""
import argparse
import re
import sys
from collections import Counter, defaultdict


def samples(lines):
    stack = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if stack:
                yield list(reversed(stack))  # root first
            stack = []
            continue
        if line[0] not in " \t":
            continue  # the sample's header line
        parts = line.strip().split(None, 1)
        if len(parts) < 2:
            continue
        sym = re.sub(r"\+0x[0-9a-f]+", "", parts[1])
        sym = re.sub(r" \(.*\)$", "", sym)
        stack.append(sym)
    if stack:
        yield list(reversed(stack))


def short(sym: str) -> str:
    sym = re.sub(r"::h[0-9a-f]{16}$", "", sym)
    return sym if len(sym) < 150 else sym[:147] + "..."


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--under", action="append", default=[])
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--min", type=float, default=1.0, help="hide entries below this percentage")
    args = ap.parse_args()
    stacks = list(samples(sys.stdin))
    total = len(stacks)
    inclusive = Counter()
    for s in stacks:
        for sym in set(s):
            inclusive[sym] += 1
    print(f"{total} samples; inclusive share, top {args.top}:")
    for sym, n in inclusive.most_common(args.top):
        if 100 * n / total >= args.min:
            print(f"  {100 * n / total:5.1f}%  {short(sym)}")
    for under in args.under:
        tree = defaultdict(Counter)  # path tuple -> count
        for s in stacks:
            idx = next((i for i, sym in enumerate(s) if under in sym), None)
            if idx is None:
                continue
            path = tuple(s[idx:idx + args.depth + 1])
            for d in range(1, len(path) + 1):
                tree[d][path[:d]] += 1
        print(f"\nunder {under!r} (share of all samples), {args.depth} levels:")

        def show(prefix, depth):
            children = [(p, n) for p, n in tree[depth].items() if p[:-1] == prefix]
            for p, n in sorted(children, key=lambda x: -x[1]):
                if 100 * n / total < args.min:
                    continue
                print(f"  {'  ' * (depth - 1)}{100 * n / total:5.1f}%  {short(p[-1])}")
                if depth <= args.depth:
                    show(p, depth + 1)

        show((), 1)


if __name__ == "__main__":
    main()
