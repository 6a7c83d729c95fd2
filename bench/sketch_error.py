"""Error of `toolgen analyze`'s distinct-n (a HyperLogLog sketch) against the exact figure.

Reads a records file once, feeding every user text both to the summary's sketches
(`SummaryAccumulator`, what `analyze` prints) and to exact sets of n-grams (what
`analyze` computed before it streamed), and prints, for each of the eight distinct-n
figures, the exact and sketched number of distinct n-grams, their relative error, and
the value as `analyze` prints it (3 decimals) both ways. Prints figures, never asserts.

Usage:
    .venv/bin/python bench/sketch_error.py RECORDS.jsonl [--limit 20000]
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from toolgen.analysis import records as rec
from toolgen.analysis.accumulate import SKETCH_LG_K, SKETCH_RSE, SummaryAccumulator
from toolgen.analysis.diversity import tokens
from toolgen.io.jsonl import LineError, read_record_dicts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("records", type=Path)
    ap.add_argument("--limit", type=int, default=20_000)
    opts = ap.parse_args()
    acc = SummaryAccumulator()
    exact: dict[tuple[bool, str, int], set[tuple[str, ...]]] = {k: set() for k in acc.distinct}
    items = (r for r in read_record_dicts(opts.records) if not isinstance(r, LineError))
    for r in itertools.islice(items, opts.limit):
        acc.add(r)
        for before in (False, True):
            texts = rec.user_texts(r, before_paraphrase=before)
            for n in (1, 2):
                for scope, chosen in (("user", texts), ("first", texts[:1])):
                    for t in chosen:
                        toks = tokens(t)
                        exact[(before, scope, n)].update(
                            tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))
    print(f"{acc.records:,} records; sketch lg_k {SKETCH_LG_K}, relative standard error "
          f"{SKETCH_RSE:.2%}")
    print(f"{'figure':42s} {'exact':>9s} {'sketch':>11s} {'rel err':>8s}  printed")
    worst = 0.0
    for (before, scope, n), sketch in acc.distinct.items():
        true = len(exact[(before, scope, n)])
        est = sketch.distinct()
        err = (est - true) / true if true else 0.0
        worst = max(worst, abs(err))
        name = (f"{'first_user' if scope == 'first' else 'user'}_distinct_{n}"
                f"{'_before_paraphrase' if before else ''}")
        shown = f"{true / sketch.total:.3f} -> {sketch.value():.3f}" if sketch.total else "-"
        print(f"{name:42s} {true:9,d} {est:11,.1f} {err:+8.3%}  {shown}")
    print(f"largest relative error {worst:.3%} (sketches: {len(acc.distinct)} x "
          f"{2 ** SKETCH_LG_K // 1024} KiB, whatever the file size)")


if __name__ == "__main__":
    main()
