"""What grows with N during `generate`: the run's containers counted at record marks.

`memory_bench.py` says whether peak memory is flat between 10,000 and 100,000 records;
this says what is not. One in-process run (one worker, so everything lives in this
process) stops at each mark, collects, and prints its RSS and the sizes of the
containers that can outlive a record: every `functools` cache in `toolgen` (entries /
bound), the steering `Coverage` counters, module-level dicts, sets and lists, and the
runtime's own memo dicts (a few levels of attributes deep). Rows that grew since the
first mark are printed, largest growth first, with one column per mark so far.

A cache whose size stops at its bound is flat from the mark where it does; one that
still climbs at the last mark is keyed by something that keeps coming (record text,
or endpoints on a corpus not yet covered). Memory per entry comes from the RSS column
or `tracemalloc` on a short window. Usage:

    .venv/bin/python bench/memory_growth.py [--toolenv PATH] [--marks 1000,3000,6000,9000]
        [--top 30] [--out /tmp/toolgen-growth]
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import gc
import sys
import time
from pathlib import Path
from typing import Any

from toolgen.graph.steering import Coverage
from toolgen.heap import keep_loaded
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record, Rejection

_COUNTERS = ("endpoints", "tools", "edges", "patterns", "values")
_DEPTH = 4


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _caches(name: str, module: Any) -> dict[str, str | int]:
    """Sizes of the module's containers and caches (its functions' and its classes')."""
    found: dict[str, str | int] = {}
    for attr, value in vars(module).items():
        if attr.startswith("__"):
            continue
        if isinstance(value, dict | set | list):
            found[f"global {name}.{attr}"] = len(value)
            continue
        members = [(attr, value)]
        if isinstance(value, type) and value.__module__ == name:
            members = [(f"{attr}.{a}", getattr(m, "__func__", m)) for a, m in vars(value).items()]
        for label, fn in members:
            if isinstance(fn, functools._lru_cache_wrapper) and fn.__module__ == name:
                info = fn.cache_info()
                found[f"cache {name}.{label}"] = f"{info.currsize}/{info.maxsize}"
    return found


def _attributes(obj: Any, path: str, depth: int, seen: set[int],
                found: dict[str, str | int]) -> None:
    """Containers held by `obj`'s attributes, following toolgen objects `_DEPTH` deep."""
    if id(obj) in seen or depth > _DEPTH:
        return
    seen.add(id(obj))
    items = list(getattr(obj, "__dict__", {}).items())
    items += [(s, getattr(obj, s)) for s in getattr(type(obj), "__slots__", ())
              if hasattr(obj, s)]
    for attr, value in items:
        if isinstance(value, dict | set | list):
            found[f"attr {path}.{attr}"] = len(value)
        elif type(value).__module__.startswith("toolgen"):
            _attributes(value, f"{path}.{attr}", depth + 1, seen, found)


def sizes(rt: Runtime) -> dict[str, str | int]:
    found: dict[str, str | int] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("toolgen") and module is not None:
            found.update(_caches(name, module))
    for obj in gc.get_objects():  # the planner's Coverage is made after the heap is frozen
        if type(obj) is Coverage:
            found.update({f"coverage.{c}": len(getattr(obj, c)) for c in _COUNTERS})
    _attributes(rt, "rt", 0, set(), found)
    return found


def _entries(size: str | int) -> int:
    return int(str(size).split("/")[0])


def report(history: dict[int, dict[str, str | int]], top: int) -> None:
    marks = sorted(history)
    first, last = history[marks[0]], history[marks[-1]]
    grew = sorted(((_entries(last[k]) - _entries(first.get(k, 0)), k) for k in last),
                  reverse=True)
    for growth, key in grew[:top]:
        if growth > 0:
            cells = " ".join(str(history[m].get(key, 0)) for m in marks)
            print(f"    {key}: {cells}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--toolenv", help="corpus (default: bundled)")
    ap.add_argument("--marks", default="1000,3000,6000,9000")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--out", type=Path, default=Path("/tmp/toolgen-growth"))
    opts = ap.parse_args()
    marks = sorted(int(m) for m in opts.marks.split(","))
    opts.out.mkdir(parents=True, exist_ok=True)
    config = RunConfig(n=marks[-1], seed=opts.seed, toolenv=opts.toolenv)
    rt = Runtime.build(config)
    keep_loaded()
    trim = ctypes.CDLL(None).malloc_trim if hasattr(ctypes.CDLL(None), "malloc_trim") else None
    started = time.perf_counter()
    history: dict[int, dict[str, str | int]] = {}

    def at_mark(index: int, _item: Record | Rejection | Any) -> None:
        if index + 1 not in marks:
            return
        gc.collect()
        if trim is not None:
            trim(0)  # what was freed goes back, so RSS counts what is held
        history[index + 1] = sizes(rt)
        print(f"n={index + 1:,}  RSS {rss_mb():.1f} MB  "
              f"({time.perf_counter() - started:.0f} s)", flush=True)
        if len(history) > 1:
            report(history, opts.top)

    generate(config, opts.out / "records.jsonl", workers=1, on_result=at_mark, runtime=rt,
             resume=False)


if __name__ == "__main__":
    main()
