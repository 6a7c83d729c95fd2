"""Record size and serialisation cost: the lean schema 2.0 line against the full form.

For each corpus (the bundled one and, when present, the shared ToolBench slice) realises
`-n` conversations in memory and prints: mean bytes per record of the lean line
(`io.encode.encode`) and of the full form (`model_dump_json`, the schema 1.0 layout
without the run-level profile), the largest top-level parts of the lean line, the CPU
microseconds per record of each serialisation, and what a worker sends back per record
(pickled `Encoded` against the pickled record). With `--workers`, also runs `generate`
with 1 and 2 workers and prints the CPU of the parent alone and of the workers (CPU
time, not wall: the machine is shared). Prints figures, never asserts. Usage:

    .venv/bin/python bench/record_size.py [-n 1000] [--seed 7] [--corpus PATH]... [--workers]
"""

from __future__ import annotations

import argparse
import pickle
import resource
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from toolgen.io.encode import Encoded, encode
from toolgen.pipeline.runner import generate, realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

TOOLBENCH = Path(__file__).resolve().parents[2] / "shared/corpora/toolbench/toolenv/tools"


def _cpu_us(fn: Callable[[Record], Any], records: list[Record], reps: int = 5) -> float:
    best = float("inf")
    for _ in range(reps):
        start = time.process_time()
        for r in records:
            fn(r)
        best = min(best, time.process_time() - start)
    return 1e6 * best / len(records)


def _sizes(name: str, records: list[Record]) -> None:
    lean = [encode(r) for r in records]
    full = [r.model_dump_json().encode() for r in records]
    n = len(records)
    print(f"{name}: {n} records; mean bytes lean {sum(map(len, lean)) / n:.0f}, "
          f"full {sum(map(len, full)) / n:.0f}")
    parts: Counter[str] = Counter()
    for line in lean:
        for key, value in orjson.loads(line).items():
            parts[key] += len(orjson.dumps(value))
    print("  lean parts (mean bytes): " + ", ".join(
        f"{k} {v / n:.0f}" for k, v in parts.most_common()))
    print(f"  serialise (CPU us/record): lean encode {_cpu_us(encode, records):.0f}, "
          f"model_dump_json {_cpu_us(lambda r: r.model_dump_json(), records):.0f}")
    sent = sum(len(pickle.dumps(Encoded.of(r, keep=False))) for r in records) / n
    whole = sum(len(pickle.dumps(r)) for r in records) / n
    print(f"  worker -> parent (pickled bytes/record): Encoded {sent:.0f}, record {whole:.0f}")


def _workers(name: str, config: RunConfig, rt: Runtime) -> None:
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as tmp:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.process_time()
            generate(config, Path(tmp) / "out.jsonl", workers=workers, runtime=rt,
                     resume=False)
            parent = time.process_time() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
        children = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        total = parent + children
        print(f"  {name} --workers {workers}: {config.n / total:.0f} conv per CPU second; "
              f"parent {1000 * parent / config.n:.2f} ms/conv, workers "
              f"{1000 * children / config.n:.2f} ms/conv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", action="append", type=Path, default=None)
    parser.add_argument("--workers", action="store_true", help="also time 1 and 2 workers")
    args = parser.parse_args()
    corpora: list[Path | None] = [None, *([TOOLBENCH] if TOOLBENCH.is_dir() else [])]
    for corpus in args.corpus or corpora:
        name = "bundled" if corpus is None else str(corpus)
        config = RunConfig(n=args.n, seed=args.seed,
                           toolenv=None if corpus is None else str(corpus))
        rt = Runtime.build(config)
        _sizes(name, [r for r in realise_all(rt, config) if isinstance(r, Record)])
        if args.workers:
            _workers(name, config, rt)


if __name__ == "__main__":
    main()
