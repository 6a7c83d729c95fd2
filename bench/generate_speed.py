"""Offline generation speed: rate, instructions, orjson floor, start-up and memory per corpus.

For each corpus (the bundled one, the shared ToolBench slice when present, and a full
corpus when `--full PATH` is given or `--full-generated` writes one with
`bench/make_corpus.py`) and each N (`-n`, repeatable; default 10,000 and 100,000) a
fresh subprocess runs `toolgen generate`'s pipeline (one worker, judge and repair on,
records written to a temporary JSONL) and reports, from CPU time (the machine is shared,
so wall time is printed only for reference):

* start-up: process CPU from interpreter start to the first record written (imports,
  loading, graph, sampler, the first episode), and the peak RSS at that point;
* conversations per second over the whole run after the runtime is built, warm-up
  included;
* the orjson floor: CPU to `orjson.dumps` the same records (read back from the file,
  untimed) and the ratio generate / floor;
* peak RSS of the process at the end (each N in its own process, so the figures are
  not polluted by an earlier, larger run).

Instructions per conversation come from valgrind (`cachegrind --cache-sim=no`, the
difference between a run of `--instr-base` and one of `--instr-base + --instr-n`
conversations, so start-up cancels out) when valgrind is installed; otherwise the line
shows CPU microseconds per conversation. `--profile-n` adds a cProfile stage breakdown.
Prints figures, never asserts. Quick run:

    .venv/bin/python bench/generate_speed.py -n 200 --instr-n 20 --no-profile
    .venv/bin/python bench/generate_speed.py -n 10000 -n 100000 --full-generated
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
SHARED_TOOLS = ROOT.parent / "shared/corpora/toolbench/toolenv/tools"

# (label, module file suffix, function name) of the top-level stage functions.
STAGES = (
    ("plan (sample + planner, whole run)", "pipeline/plan.py", "iter_plans"),
    ("realise (execute + render + assemble)", "pipeline/episode.py", "realise"),
    ("judge: validate", "judge/validate.py", "validate"),
    ("judge: score", "judge/heuristic.py", "score"),
    ("repair", "repair/structural.py", "repair_record"),
    ("run_episode total", "pipeline/episode.py", "run_episode"),
)
_IREFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


# -- child: one corpus, one N, in a fresh process ---------------------------------------


def child(toolenv: str | None, n: int, seed: int, out_dir: Path, floor: bool) -> dict[str, Any]:
    """Generate `n` records into `out_dir`; the figures as a dict (printed as JSON)."""
    from toolgen.pipeline.runner import generate
    from toolgen.pipeline.runtime import RunConfig, Runtime

    config = RunConfig(n=n, seed=seed, toolenv=toolenv)
    wall0 = time.perf_counter()
    rt = Runtime.build(config)
    built_cpu = time.process_time()
    first: dict[str, float] = {}

    def on_result(index: int, item: object) -> None:
        if not first:
            first.update(cpu=time.process_time(), wall=time.perf_counter() - wall0,
                         rss=peak_rss_mib())

    output = out_dir / "records.jsonl"
    generate(config, output, workers=1, runtime=rt, on_result=on_result)
    gen_cpu = time.process_time() - built_cpu
    figures: dict[str, Any] = {
        "endpoints": len(rt.endpoints), "n": n, "built_cpu": built_cpu,
        "startup_cpu": first.get("cpu", 0.0), "startup_wall": first.get("wall", 0.0),
        "startup_rss": first.get("rss", 0.0), "gen_cpu": gen_cpu,
        "gen_wall": time.perf_counter() - wall0, "peak_rss": peak_rss_mib(),
    }
    if floor:
        figures.update(orjson_floor(output))
    return figures


def orjson_floor(records: Path) -> dict[str, Any]:
    """CPU seconds orjson takes to serialise the records of `records` (decoded untimed)."""
    spent = 0.0
    count = size = 0
    with records.open("rb") as handle:
        for line in handle:
            data = orjson.loads(line)
            t0 = time.process_time()
            size += len(orjson.dumps(data))
            spent += time.process_time() - t0
            count += 1
    return {"floor_cpu": spent, "records": count, "bytes": size}


SRC = [ROOT / "src"]  # where children import toolgen from (`--src` for before/after)


def run_child(toolenv: str | None, n: int, seed: int, *, floor: bool = True,
              valgrind: bool = False) -> dict[str, Any]:
    """Run `child` in a subprocess (optionally under cachegrind) and return its figures."""
    with tempfile.TemporaryDirectory(prefix="toolgen-speed-") as tmp:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "-n", str(n),
               "--seed", str(seed), "--out", tmp]
        if toolenv:
            cmd += ["--child-corpus", toolenv]
        if not floor:
            cmd.append("--no-floor")
        if valgrind:
            cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no",
                   f"--cachegrind-out-file={tmp}/cachegrind.out", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False,
                              env={**os.environ, "PYTHONPATH": str(SRC[0])})
        if done.returncode != 0:
            return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
        figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        if valgrind:
            match = _IREFS.search(done.stderr)
            figures["instructions"] = int(match.group(1).replace(",", "")) if match else 0
        return figures


# -- parent: tables ---------------------------------------------------------------------


def instructions_per_conversation(toolenv: str | None, seed: int, base: int,
                                  extra: int) -> str:
    """Valgrind instructions per conversation, start-up cancelled out; else CPU time."""
    if extra <= 0:
        return "skipped (--instr-n 0)"
    if shutil.which("valgrind") is None:
        small = run_child(toolenv, base, seed, floor=False)
        large = run_child(toolenv, base + extra, seed, floor=False)
        per = (large["gen_cpu"] - small["gen_cpu"]) / extra
        return f"{per * 1e6:,.0f} us CPU per conversation (valgrind not installed)"
    small = run_child(toolenv, base, seed, floor=False, valgrind=True)
    large = run_child(toolenv, base + extra, seed, floor=False, valgrind=True)
    if "error" in small or "error" in large:
        return f"valgrind run failed: {small.get('error') or large.get('error')}"
    per = (large["instructions"] - small["instructions"]) / extra
    return (f"{per / 1e6:,.2f} M instructions per conversation "
            f"(valgrind, runs of {base} and {base + extra})")


def report(label: str, toolenv: str | None, sizes: list[int], seed: int,
           instr: tuple[int, int]) -> None:
    print(f"\n== {label} ({toolenv or 'bundled'}), seed {seed}, 1 worker, judge + repair on")
    rows = []
    for n in sizes:
        figures = run_child(toolenv, n, seed)
        if "error" in figures:
            print(f"  n={n}: failed: {figures['error']}")
            continue
        rows.append(figures)
    if rows:
        print(f"  endpoints: {rows[0]['endpoints']:,}")
        print(f"  {'N':>8} {'start-up CPU':>13} {'RSS@1st':>8} {'conv/s (CPU)':>13} "
              f"{'floor rec/s':>12} {'gen/floor':>10} {'peak RSS':>9} {'wall':>8}")
    for f in rows:
        rate = f["n"] / f["gen_cpu"] if f["gen_cpu"] else 0.0
        floor_rate = f["records"] / f["floor_cpu"] if f.get("floor_cpu") else 0.0
        ratio = f["gen_cpu"] / f["floor_cpu"] if f.get("floor_cpu") else 0.0
        print(f"  {f['n']:>8,} {f['startup_cpu']:>11.2f} s {f['startup_rss']:>5.0f} MiB "
              f"{rate:>13,.0f} {floor_rate:>12,.0f} {ratio:>9.0f}x "
              f"{f['peak_rss']:>5.0f} MiB {f['gen_wall']:>6.0f} s")
    if len(rows) >= 2:
        growth = rows[-1]["peak_rss"] / rows[0]["peak_rss"] - 1
        print(f"  peak RSS at N={rows[-1]['n']:,} vs N={rows[0]['n']:,}: {growth:+.0%}")
    print(f"  instructions: {instructions_per_conversation(toolenv, seed, *instr)}")


def profile_stages(toolenv: str | None, n: int, seed: int) -> None:
    """A cProfile pass over `n` conversations: cumulative time of each stage."""
    from toolgen.pipeline.runner import realise_all
    from toolgen.pipeline.runtime import RunConfig, Runtime

    config = RunConfig(n=n, seed=seed, toolenv=toolenv)
    rt = Runtime.build(config)
    profiler = cProfile.Profile()
    profiler.enable()
    realise_all(rt, config, workers=1)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values())  # all tottime = profiled wall, roughly
    print(f"  stages (cProfile cumulative, n={n}; profiling inflates absolute times)")
    for name, suffix, func in STAGES:
        cum = sum(v[3] for (file, _, fn), v in stats.items()
                  if fn == func and file.endswith(suffix))
        print(f"    {name:38s} {cum:7.2f} s  {100 * cum / total:5.1f} %")


def targets(args: argparse.Namespace, tmp: Path) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    if args.corpus:
        found = [(str(p), str(p)) for p in args.corpus]
    else:
        found.append(("bundled", None))
        if SHARED_TOOLS.is_dir():
            found.append(("ToolBench slice", str(SHARED_TOOLS)))
        else:
            print(f"(shared ToolBench corpus not found at {SHARED_TOOLS}; skipped)")
    if args.full:
        found.append(("full corpus", str(args.full)))
    if args.full_generated:
        sys.path.insert(0, str(ROOT / "bench"))
        from make_corpus import make_corpus

        files, endpoints = make_corpus(tmp / "tools")
        print(f"(generated a full-size corpus: {files:,} files, {endpoints:,} endpoints)")
        found.append(("generated full-size corpus", str(tmp / "tools")))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, action="append",
                    help="records per run (repeatable; default 10000 and 100000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", type=Path, action="append",
                    help="corpus path (repeatable); default: bundled + shared ToolBench")
    ap.add_argument("--full", type=Path, help="also a full corpus (e.g. all of ToolBench)")
    ap.add_argument("--full-generated", action="store_true",
                    help="also a 10,595-file corpus written by bench/make_corpus.py")
    ap.add_argument("--instr-n", type=int, default=200,
                    help="conversations in the valgrind difference (0: skip)")
    ap.add_argument("--instr-base", type=int, default=20)
    ap.add_argument("--profile-n", type=int, default=300)
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--src", type=Path, help="import toolgen from this src directory in the "
                    "measured processes (e.g. /work/main/src, for a before/after table)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-corpus", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--no-floor", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        figures = child(args.child_corpus, (args.n or [1000])[0], args.seed, args.out,
                        floor=not args.no_floor)
        print(json.dumps(figures))
        return
    sizes = args.n or [10_000, 100_000]
    if args.src:
        SRC[0] = args.src.resolve()
        print(f"(measured processes import toolgen from {SRC[0]})")
    with tempfile.TemporaryDirectory(prefix="toolgen-speed-corpus-") as tmp:
        for label, toolenv in targets(args, Path(tmp)):
            report(label, toolenv, sizes, args.seed, (args.instr_base, args.instr_n))
            if not args.no_profile and args.profile_n > 0:
                profile_stages(toolenv, args.profile_n, args.seed)


if __name__ == "__main__":
    main()
