"""`--workers 2` against `--workers 1`: CPU per process, and the speed-up it allows.

The machine is shared, so wall time says little: each run is a subprocess of
`toolgen generate` whose own CPU (the parent: planning, writing, shipping plans and
taking results back) and its workers' CPU (realising episodes) are read from
`getrusage` when it ends. From those figures:

* the work per record with one worker (`1w CPU / N`) and with two (parent + workers,
  over N): the difference is the cost of running in parallel;
* the speed-up two free cores allow: the busier of (the parent alone, everything shared
  over two cores) bounds the wall time, so `speed-up = T1 / max(parent, (parent +
  workers) / 2)`, where T1 is the one-worker CPU;
* the measured wall-time speed-up, for reference (noisy on a shared machine).

Outputs are compared byte for byte (the worker count must never change them). Usage:

    .venv/bin/python bench/workers_speed.py [-n 2000] [--toolenv PATH] [--repeat 2]
        [--src /work/main/src]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import json, resource, sys, time
from toolgen.cli.app import main
wall = time.perf_counter()
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code or 0
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "wall": time.perf_counter() - wall,
                  "parent": me.ru_utime + me.ru_stime,
                  "workers": kids.ru_utime + kids.ru_stime,
                  "parent_rss": me.ru_maxrss, "worker_rss": kids.ru_maxrss}),
      file=sys.stderr)
"""


def run(src: Path, args: list[str]) -> dict[str, Any]:
    """One `toolgen` run in a fresh interpreter; its CPU split and wall time."""
    cmd = [sys.executable, "-c", _CHILD, *args]
    env = {**os.environ, "PYTHONPATH": str(src), "TOOLGEN_LLM_MODE": "offline"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    lines = [x for x in done.stderr.splitlines() if x.startswith("{")]
    if not lines:
        raise SystemExit(f"run failed: {done.stderr.strip().splitlines()[-1:]}")
    figures: dict[str, Any] = json.loads(lines[-1])
    if figures["code"] not in (0, 3):
        raise SystemExit(f"toolgen exited {figures['code']}: {done.stderr[-400:]}")
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--toolenv", help="corpus (default: bundled)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per worker count (min kept)")
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="import toolgen from here (e.g. /work/main/src for 'before')")
    opts = ap.parse_args()
    corpus = ["--toolenv", opts.toolenv] if opts.toolenv else []
    best: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="toolgen-workers-") as tmp:
        outputs: dict[int, bytes] = {}
        for workers in (1, 2):
            for attempt in range(opts.repeat):
                out = Path(tmp) / f"w{workers}-{attempt}.jsonl"
                figures = run(opts.src, ["generate", "-n", str(opts.n), "--seed",
                                         str(opts.seed), "--workers", str(workers),
                                         "--no-resume", "-o", str(out), *corpus])
                total = figures["parent"] + figures["workers"]
                held = best.get(workers)
                if held is None or total < held["parent"] + held["workers"]:
                    best[workers] = figures
                outputs[workers] = out.read_bytes()
        identical = outputs[1] == outputs[2]
    one, two = best[1], best[2]
    t1 = one["parent"] + one["workers"]
    shared = (two["parent"] + two["workers"]) / 2
    bound = max(two["parent"], shared)
    print(f"generate -n {opts.n} ({opts.toolenv or 'bundled'}), seed {opts.seed}, "
          f"best of {opts.repeat}; toolgen from {opts.src}")
    print(f"  {'workers':>7} {'parent CPU':>11} {'workers CPU':>12} {'total CPU':>10} "
          f"{'CPU/record':>11} {'wall':>7}")
    for workers, f in best.items():
        total = f["parent"] + f["workers"]
        print(f"  {workers:>7} {f['parent']:>9.2f} s {f['workers']:>10.2f} s "
              f"{total:>8.2f} s {1e3 * total / opts.n:>8.2f} ms {f['wall']:>5.1f} s")
    print(f"  parallel overhead: {100 * ((two['parent'] + two['workers']) / t1 - 1):+.1f} % CPU")
    print(f"  parent share with 2 workers: "
          f"{100 * two['parent'] / (two['parent'] + two['workers']):.1f} % of the CPU")
    print(f"  speed-up two free cores allow: {t1 / bound:.2f}x "
          f"(T1 {t1:.2f} s / max(parent {two['parent']:.2f} s, half the total {shared:.2f} s))")
    print(f"  measured wall speed-up (shared machine, noisy): {one['wall'] / two['wall']:.2f}x")
    print(f"  output identical for 1 and 2 workers: {identical}")


if __name__ == "__main__":
    main()
