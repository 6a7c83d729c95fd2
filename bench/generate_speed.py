"""Offline generation speed: conversations per second on one worker, judging and repair on.

For each corpus (the bundled one and, when present, ../shared/corpora/toolbench/toolenv/
tools) prints: runtime build time (load + graph), conversations/s for planning and
realising the run in memory, the process's peak RSS so far, the time orjson takes to
serialise the same records (`orjson.dumps(r.model_dump(mode="json"))`) and the ratio of
the two, and a per-stage breakdown (plan / realise / judge / score / repair) from a
separate cProfile pass. Prints figures, never asserts. Usage:

    .venv/bin/python bench/generate_speed.py [-n 1000] [--seed 7] [--corpus PATH]...
                                             [--profile-n 300] [--no-profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import resource
import sys
import time
from pathlib import Path

import orjson

from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

SHARED_TOOLS = (
    Path(__file__).resolve().parents[1].parent / "shared/corpora/toolbench/toolenv/tools"
)

# (label, module file suffix, function name) of the top-level stage functions.
STAGES = (
    ("plan (sample + planner, whole run)", "pipeline/plan.py", "plan_run"),
    ("realise (execute + render + assemble)", "pipeline/episode.py", "realise"),
    ("judge: validate", "judge/validate.py", "validate"),
    ("judge: score", "judge/heuristic.py", "score"),
    ("repair", "repair/structural.py", "repair_record"),
    ("run_episode total", "pipeline/episode.py", "run_episode"),
)


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def bench(label: str, toolenv: Path | None, n: int, seed: int, profile_n: int) -> None:
    config = RunConfig(n=n, seed=seed, toolenv=str(toolenv) if toolenv else None)
    t0 = time.perf_counter()
    rt = Runtime.build(config)
    build_s = time.perf_counter() - t0

    gc.collect()
    t0 = time.perf_counter()
    items = realise_all(rt, config, workers=1)
    gen_s = time.perf_counter() - t0
    records = [i for i in items if isinstance(i, Record)]

    t0 = time.perf_counter()
    size = sum(len(orjson.dumps(r.model_dump(mode="json"))) for r in records)
    ser_s = time.perf_counter() - t0

    print(f"\n== {label}: {len(rt.endpoints)} endpoints, n={n}, seed={seed}, 1 worker, "
          f"judge + repair on")
    print(f"runtime build (load + graph)   {build_s:8.2f} s")
    print(f"generate (plan + realise)      {gen_s:8.2f} s   {n / gen_s:9.0f} conversations/s")
    print(f"accepted / rejected            {len(records):8d} / {n - len(records)}")
    print(f"orjson serialise same records  {ser_s:8.3f} s   {len(records) / ser_s:9.0f} records/s"
          f"   ({size / 1e6:.1f} MB)")
    print(f"generate / serialise ratio     {gen_s / ser_s:8.1f} x")
    print(f"peak RSS (process, so far)     {peak_rss_mib():8.0f} MiB")

    if profile_n <= 0:
        return
    pconfig = RunConfig(n=profile_n, seed=seed, toolenv=config.toolenv)
    profiler = cProfile.Profile()
    profiler.enable()
    realise_all(rt, pconfig, workers=1)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values())  # all tottime = profiled wall, roughly
    print(f"stages (cProfile cumulative, n={profile_n}; profiling inflates absolute times)")
    for name, suffix, func in STAGES:
        cum = sum(v[3] for (file, _, fn), v in stats.items()
                  if fn == func and file.endswith(suffix))
        print(f"  {name:38s} {cum:7.2f} s  {100 * cum / total:5.1f} %")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", type=Path, action="append",
                    help="corpus path (repeatable); default: bundled + shared ToolBench")
    ap.add_argument("--profile-n", type=int, default=300)
    ap.add_argument("--no-profile", action="store_true")
    args = ap.parse_args()
    profile_n = 0 if args.no_profile else args.profile_n
    targets: list[tuple[str, Path | None]]
    if args.corpus:
        targets = [(str(p), p) for p in args.corpus]
    else:
        targets = [("bundled", None)]
        if SHARED_TOOLS.is_dir():
            targets.append(("shared ToolBench", SHARED_TOOLS))
        else:
            print(f"(shared ToolBench corpus not found at {SHARED_TOOLS}; skipped)")
    for label, path in targets:
        bench(label, path, args.n, args.seed, profile_n)


if __name__ == "__main__":
    main()
