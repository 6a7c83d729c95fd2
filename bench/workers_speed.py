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

On a busy machine CPU time itself swells with the load (caches, frequency), so
`--instructions` counts instructions under valgrind instead (cachegrind; a worker's
count, inherited at the fork, is taken off the parent's count at that point, read from
a second run that stops there): slow, but the same on a loaded machine as on a free one.
Bytecode is cached outside the tree, as an installed ToolGen's is.

Outputs are compared byte for byte (the worker count must never change them). Usage:

    .venv/bin/python bench/workers_speed.py [-n 2000] [--toolenv PATH] [--repeat 2]
        [--src /work/main/src] [--instructions]
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
if os.environ.get("BENCH_EXIT_AT_FORK"):  # instructions mode: what ran before the fork
    os.register_at_fork(before=lambda: os._exit(0))
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
                  "pid": os.getpid(), "pids": list(workers),
                  "parent_rss": me.ru_maxrss, "worker_rss": kids.ru_maxrss}),
      file=sys.stderr)
"""


def run(src: Path, args: list[str], pycache: Path, valgrind: Path | None = None,
        ) -> dict[str, Any]:
    """One `toolgen` run in a fresh interpreter; its CPU split and wall time.

    Bytecode is cached (in `pycache`, outside the tree) as an installed ToolGen's is:
    compiling every module from source would add a serial second to each run. With
    `valgrind` (a directory) the run goes under cachegrind and the CPU figures are
    replaced by instruction counts (see `instructions`).
    """
    cmd = [sys.executable, "-c", _CHILD, *args]
    env = {**os.environ, "PYTHONPATH": str(src), "TOOLGEN_LLM_MODE": "offline",
           "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if valgrind is not None:
        cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no",
               f"--cachegrind-out-file={valgrind}/cg.%p", *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    lines = [x for x in done.stderr.splitlines() if x.startswith("{")]
    if not lines:
        raise SystemExit(f"run failed: {done.stderr.strip().splitlines()[-1:]}")
    figures: dict[str, Any] = json.loads(lines[-1])
    if figures["code"] not in (0, 3):
        raise SystemExit(f"toolgen exited {figures['code']}: {done.stderr[-400:]}")
    if valgrind is not None:
        figures.update(instructions(src, args, pycache, valgrind, figures))
    return figures


def _irefs(valgrind: Path, pid: int) -> float:
    """Instructions (10^9) a cachegrind output file counts."""
    for line in (valgrind / f"cg.{pid}").read_text().splitlines():
        if line.startswith("summary:"):
            return int(line.split()[1]) / 1e9
    raise SystemExit(f"no summary in {valgrind}/cg.{pid}")


def instructions(src: Path, args: list[str], pycache: Path, valgrind: Path,
                 figures: dict[str, Any]) -> dict[str, Any]:
    """The run's figures in instructions (10^9), stable on a busy machine where CPU time
    is not: a forked worker's count starts from its parent's at the fork, so the
    parent's count at the fork (`serial`, from a second run that stops there) is taken
    off each worker's."""
    parent = _irefs(valgrind, figures["pid"])
    if not figures["pids"]:
        return {"parent": parent, "serial": parent, "workers": 0.0, "each": []}
    env = {**os.environ, "PYTHONPATH": str(src), "TOOLGEN_LLM_MODE": "offline",
           "PYTHONPYCACHEPREFIX": str(pycache), "BENCH_EXIT_AT_FORK": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = args.index("-o") + 1  # not the finished run's output: this one stops at the fork
    args = [*args[:out], f"{args[out]}.stopped.jsonl", *args[out + 1:]]
    stop = subprocess.Popen(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                             f"--cachegrind-out-file={valgrind}/cg.%p",
                             sys.executable, "-c", _CHILD, *args],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stop.wait()
    serial = _irefs(valgrind, stop.pid)
    each = sorted((_irefs(valgrind, pid) - serial for pid in figures["pids"]), reverse=True)
    return {"parent": parent, "serial": serial, "workers": sum(each), "each": each}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--toolenv", help="corpus (default: bundled)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per worker count (min kept)")
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="import toolgen from here (e.g. /work/main/src for 'before')")
    ap.add_argument("--instructions", action="store_true",
                    help="count instructions under valgrind instead of CPU time (stable on a "
                         "busy machine; about 40x slower)")
    opts = ap.parse_args()
    corpus = ["--toolenv", opts.toolenv] if opts.toolenv else []
    best: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="toolgen-workers-") as tmp:
        pycache = Path(tmp) / "pycache"
        valgrind = Path(tmp) / "cachegrind" if opts.instructions else None
        if valgrind is not None:
            valgrind.mkdir()
        run(opts.src, ["generate", "-n", "2", "--no-resume", "-o", str(Path(tmp) / "warm.jsonl"),
                       *corpus], pycache)  # fills the bytecode cache
        outputs: dict[int, bytes] = {}
        for workers in (1, 2):
            for attempt in range(opts.repeat):
                out = Path(tmp) / f"w{workers}-{attempt}.jsonl"
                figures = run(opts.src, ["generate", "-n", str(opts.n), "--seed",
                                         str(opts.seed), "--workers", str(workers),
                                         "--no-resume", "-o", str(out), *corpus], pycache,
                              valgrind)
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
    unit, what, per = ("G", "instr", "M") if opts.instructions else ("s", "CPU", "ms")
    print(f"generate -n {opts.n} ({opts.toolenv or 'bundled'}), seed {opts.seed}, "
          f"best of {opts.repeat}; toolgen from {opts.src}; {what} in {unit}")
    print(f"  {'workers':>7} {'parent ' + what:>11} {'(serial)':>9} {'each worker ' + what:>19} "
          f"{'total ' + what:>11} {what + '/record':>12} {'wall':>7}")
    for workers, f in best.items():
        total = f["parent"] + f["workers"]
        each = " + ".join(f"{c:.2f}" for c in f["each"]) or "-"
        print(f"  {workers:>7} {f['parent']:>9.2f} {unit} {f['serial']:>7.2f} {unit} "
              f"{each:>17} {unit} {total:>9.2f} {unit} {1e3 * total / opts.n:>9.2f} {per} "
              f"{f['wall']:>5.1f} s")
    print(f"  parallel overhead: {t2 - t1:+.2f} {unit} {what} ({100 * (t2 / t1 - 1):+.1f} %)")
    print(f"  parent share with 2 workers: {100 * two['parent'] / t2:.1f} % of the {what}")
    print(f"  speed-up two free cores allow ({what}): {speedup:.2f}x (T1 {t1:.2f} {unit} / "
          f"{bound:.2f} {unit} = serial + max(parent after fork, busiest worker, half of both))")
    print(f"  measured wall speed-up (shared machine, noisy): {one['wall'] / two['wall']:.2f}x")
    print(f"  output identical for 1 and 2 workers: {identical}")


if __name__ == "__main__":
    main()
