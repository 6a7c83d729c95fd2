"""Peak memory of a run as it grows: generate, evaluate, analyze and every export format.

Each command runs as a subprocess; its whole process tree (the runner and its workers)
is sampled from /proc every 50 ms, and the peak of the tree's summed RSS is printed with
the largest single process's peak (the kernel's high-water mark, VmHWM). Streaming means
the peak at 100,000 records stays within 20 % of the peak at 10,000.

Records come from `generate` at each size, or with `--input FILE` from an existing records
file: the first n lines, and past its end the file again with new conversation ids
(`-rK` appended), so a 100,000-record input needs no 100,000-record run. Export commands
are `export-FORMAT` for each format (`export` is openai), `export-split` (sharegpt,
train/val), `export-parquet-split`, `export-benchmarks` (openai with the decontamination
report against ../shared/corpora) and `export-all` for all of them.

Prints figures, never asserts. Usage:
    .venv/bin/python bench/memory_bench.py [--sizes 10000,100000] [--workers 2]
        [--commands generate,evaluate,analyze,export-all] [--input FILE]
        [--dir /tmp/toolgen-membench] [--keep]
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import orjson

CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]
REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO.parent / "shared" / "corpora"
FORMATS = ("openai", "hf", "sharegpt", "hermes", "parquet", "hf-dataset", "bfcl")
ALL_EXPORTS = [f"export-{f}" for f in FORMATS] + [
    "export-split", "export-parquet-split", "export-benchmarks"]


@dataclass
class Peak:
    tree_kb: int = 0
    process_kb: int = 0
    seconds: float = 0.0


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def measure(args: list[str], cwd: Path) -> Peak:
    """Run the CLI with `args`; the peak memory of its process tree and the wall time."""
    # The commands run in `cwd`: import this checkout's toolgen, whatever PYTHONPATH says
    # relative to where the bench was started.
    paths = [str(REPO / "src"), *(str(Path(p).resolve()) for p in
                                  os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)]
    env = {**os.environ, "TOOLGEN_LLM_MODE": "offline", "PYTHONPATH": os.pathsep.join(paths)}
    started = time.perf_counter()
    proc = subprocess.Popen([*CLI, *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    peak = Peak()
    hwm: dict[int, int] = {}
    while proc.poll() is None:
        pids = _tree(proc.pid)
        peak.tree_kb = max(peak.tree_kb, sum(_status_kb(p, "VmRSS") for p in pids))
        for p in pids:
            hwm[p] = max(hwm.get(p, 0), _status_kb(p, "VmHWM"))
        time.sleep(0.05)
    peak.seconds = time.perf_counter() - started
    peak.process_kb = max(hwm.values(), default=0)
    _, err = proc.communicate()
    if proc.returncode not in (0, 3):
        tail = err.decode(errors="replace").strip().splitlines()[-1:] or ["?"]
        raise SystemExit(f"{' '.join(args[:3])} failed ({proc.returncode}): {tail[0]}")
    return peak


def _export(data: Path, work: Path, fmt: str, *extra: str) -> list[str]:
    suffix = {"parquet": ".parquet", "hf-dataset": "", "bfcl": ""}.get(fmt, ".jsonl")
    return ["export", str(data), "--format", fmt, "-o", str(work / f"out-{fmt}{suffix}"),
            *extra]


def _commands(name: str, data: Path, n: int, workers: int, work: Path) -> list[str]:
    if name == "generate":
        return ["generate", "-n", str(n), "--seed", "7", "--workers", str(workers),
                "-o", str(data), "--no-resume"]
    if name == "evaluate":
        return ["evaluate", str(data), "-o", str(work / "evaluated.jsonl"), "--no-replay"]
    if name == "analyze":
        return ["analyze", str(data), "-o", str(work / "summary.json")]
    if name == "export":
        return _export(data, work, "openai")
    if name == "export-split":
        return _export(data, work, "sharegpt", "--split", "train=0.9,val=0.1")
    if name == "export-parquet-split":
        return _export(data, work, "parquet", "--split", "train=0.9,val=0.1")
    if name == "export-benchmarks":
        return _export(data, work, "openai", "--benchmarks", str(BENCHMARKS))
    if name.startswith("export-") and name[7:] in FORMATS:
        return _export(data, work, name[7:])
    raise SystemExit(f"unknown command {name}")


def take(source: Path, n: int, target: Path) -> str:
    """The first `n` records of `source` into `target`, cycling with new ids past its end;
    says whether any line is a copy."""
    left, passes = n, 0
    with target.open("wb") as out:
        while left:
            before = left
            with source.open("rb") as fh:
                for line in itertools.islice((x for x in fh if x.strip()), left):
                    if passes:
                        item = orjson.loads(line)
                        item["conversation_id"] = f"{item['conversation_id']}-r{passes}"
                        line = orjson.dumps(item) + b"\n"
                    out.write(line)
                    left -= 1
            if left == before:
                raise SystemExit(f"no records in {source}")
            passes += 1
    return ("no copies" if passes == 1 else
            f"then {passes - 1} more passes over it with new conversation ids")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--commands", default="generate,evaluate,analyze,export-all")
    ap.add_argument("--input", type=Path, help="records to read instead of generating them")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/toolgen-membench"))
    ap.add_argument("--keep", action="store_true", help="keep the generated files")
    opts = ap.parse_args()
    sizes = [int(s) for s in opts.sizes.split(",")]
    names = [c.strip() for c in opts.commands.split(",") if c.strip()]
    names = [x for c in names for x in (ALL_EXPORTS if c == "export-all" else [c])]
    if opts.input is not None:
        names = [c for c in names if c != "generate"]
    opts.dir.mkdir(parents=True, exist_ok=True)
    table: dict[str, dict[int, Peak]] = {name: {} for name in names}
    for n in sizes:
        work = opts.dir / f"n{n}"
        work.mkdir(exist_ok=True)
        data = work / "records.jsonl"
        if opts.input is not None:
            print(f"n={n:,}: first records of {opts.input} ({take(opts.input, n, data)})",
                  flush=True)
        for name in names:
            peak = measure(_commands(name, data, n, opts.workers, work), work)
            table[name][n] = peak
            print(f"{name:21s} n={n:>9,d}  peak tree RSS {peak.tree_kb / 1024:8.1f} MiB  "
                  f"largest process {peak.process_kb / 1024:8.1f} MiB  "
                  f"{peak.seconds:8.1f} s  ({n / peak.seconds:,.0f} records/s)", flush=True)
        if not opts.keep:
            shutil.rmtree(work)
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        print(f"\npeak tree RSS at {hi:,} / at {lo:,} (streaming keeps this within 1.20):")
        for name in names:
            a, b = table[name][lo].tree_kb, table[name][hi].tree_kb
            print(f"  {name:21s} {a / 1024:8.1f} MiB -> {b / 1024:8.1f} MiB  {b / a:5.2f}"
                  if a else f"  {name:21s} n/a")


if __name__ == "__main__":
    main()
