"""`--workers 2` against `--workers 1`: CPU per process, and the speed-up it allows.

The machine is shared, so wall time says little: each run is a subprocess of
`toolgen generate` whose own CPU (the parent: planning, writing, shipping plans and
taking results back) and its workers' CPU (realising episodes) are read from
`getrusage` when it ends. From those figures:

* the work per record with one worker (`1w CPU / N`) and with two (parent + workers,
  over N): the difference is the cost of running in parallel;
* the speed-up two free cores allow: what the parent ran before it forked the workers
  (`serial`: imports, corpus, the first plans) runs alone; after it the parent and two
  workers share two cores, so the wall time is at least `serial + max(parent after the
  fork, busiest worker, (parent after the fork + workers) / 2)`, and `speed-up = T1 /
  that`, where T1 is the one-worker CPU (each worker's CPU is read as it is reaped);
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
import json, os, resource, sys, time
from toolgen.cli.app import main
wall = time.perf_counter()
forked = []  # the parent's CPU when it first forks: what ran before any worker could
workers = {}  # pid -> CPU of each forked worker, read as it is reaped
_fork = os.fork

def _cpu(usage):
    return usage.ru_utime + usage.ru_stime

def _before_fork():
    if not forked:
        forked.append(_cpu(resource.getrusage(resource.RUSAGE_SELF)))

def _forked():
    pid = _fork()
    if pid:
        workers[pid] = 0.0
    return pid

def _waitpid(pid, options):
    got, status, usage = os.wait4(pid, options)
    if got in workers:
        workers[got] = _cpu(usage)
    return got, status

os.register_at_fork(before=_before_fork)
os.waitpid = _waitpid
os.fork = _forked
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code or 0
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "wall": time.perf_counter() - wall,
                  "parent": _cpu(me), "workers": _cpu(kids),
                  "serial": forked[0] if forked else _cpu(me),
                  "each": sorted(workers.values(), reverse=True),
                  "parent_rss": me.ru_maxrss, "worker_rss": kids.ru_maxrss}),
      file=sys.stderr)
"""


def run(src: Path, args: list[str], pycache: Path) -> dict[str, Any]:
    """One `toolgen` run in a fresh interpreter; its CPU split and wall time.

    Bytecode is cached (in `pycache`, outside the tree) as an installed ToolGen's is:
    compiling every module from source would add a serial second to each run.
    """
    cmd = [sys.executable, "-c", _CHILD, *args]
    env = {**os.environ, "PYTHONPATH": str(src), "TOOLGEN_LLM_MODE": "offline",
           "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
        pycache = Path(tmp) / "pycache"
        run(opts.src, ["generate", "-n", "2", "--no-resume", "-o", str(Path(tmp) / "warm.jsonl"),
                       *corpus], pycache)  # fills the bytecode cache
        outputs: dict[int, bytes] = {}
        for workers in (1, 2):
            for attempt in range(opts.repeat):
                out = Path(tmp) / f"w{workers}-{attempt}.jsonl"
                figures = run(opts.src, ["generate", "-n", str(opts.n), "--seed",
                                         str(opts.seed), "--workers", str(workers),
                                         "--no-resume", "-o", str(out), *corpus], pycache)
                total = figures["parent"] + figures["workers"]
                held = best.get(workers)
                if held is None or total < held["parent"] + held["workers"]:
                    best[workers] = figures
                outputs[workers] = out.read_bytes()
        identical = outputs[1] == outputs[2]
    report(opts, best, identical)


def allowed(one: dict[str, Any], two: dict[str, Any]) -> tuple[float, float]:
    """(speed-up two free cores allow, the wall-time bound it comes from), from CPU.

    What the parent ran before its first fork (imports, corpus, the first plans) is
    serial; after it, three processes share two cores, so the wall time is at least
    the largest of the parent's remaining CPU, the busiest worker's, and half their sum.
    """
    t1 = one["parent"] + one["workers"]
    after = two["parent"] - two["serial"]
    each = two["each"] or [two["workers"]]
    bound = two["serial"] + max(after, max(each), (after + two["workers"]) / 2)
    return t1 / bound, bound


def report(opts: argparse.Namespace, best: dict[int, dict[str, Any]], identical: bool) -> None:
    one, two = best[1], best[2]
    t1 = one["parent"] + one["workers"]
    t2 = two["parent"] + two["workers"]
    speedup, bound = allowed(one, two)
    print(f"generate -n {opts.n} ({opts.toolenv or 'bundled'}), seed {opts.seed}, "
          f"best of {opts.repeat}; toolgen from {opts.src}")
    print(f"  {'workers':>7} {'parent CPU':>11} {'(serial)':>9} {'each worker CPU':>17} "
          f"{'total CPU':>10} {'CPU/record':>11} {'wall':>7}")
    for workers, f in best.items():
        total = f["parent"] + f["workers"]
        each = " + ".join(f"{c:.2f}" for c in f["each"]) or "-"
        print(f"  {workers:>7} {f['parent']:>9.2f} s {f['serial']:>7.2f} s {each:>15} s "
              f"{total:>8.2f} s {1e3 * total / opts.n:>8.2f} ms {f['wall']:>5.1f} s")
    print(f"  parallel overhead: {t2 - t1:+.2f} s CPU ({100 * (t2 / t1 - 1):+.1f} %)")
    print(f"  parent share with 2 workers: {100 * two['parent'] / t2:.1f} % of the CPU")
    print(f"  speed-up two free cores allow (CPU): {speedup:.2f}x (T1 {t1:.2f} s / "
          f"{bound:.2f} s = serial + max(parent after fork, busiest worker, half of both))")
    print(f"  measured wall speed-up (shared machine, noisy): {one['wall'] / two['wall']:.2f}x")
    print(f"  output identical for 1 and 2 workers: {identical}")


if __name__ == "__main__":
    main()
