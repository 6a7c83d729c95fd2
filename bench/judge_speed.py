"""What judging costs during offline generation: its share of generation, per validator.

For each corpus (the bundled one and, when present, ../shared/corpora/toolbench/toolenv/
tools) two measures, printed side by side; neither asserts anything:

* **instructions** (valgrind cachegrind, stable on a busy machine; `--instr-n 0` skips):
  generation's instructions per conversation, and the checking's (validate, score and
  the gate's verdict, i.e. `pipeline.episode._judged` plus `verdict`). The checking's
  is measured as a difference: a run where every record is judged a second time (on a
  copy of the record, so no per-record view is reused) minus a plain run, each as runs
  of `--instr-base` and `--instr-base + --instr-n` conversations so start-up cancels.
  The share is checking / generation.
* **CPU time** (`time.process_time`, `-n` conversations in one process): conversations
  per CPU second, the share spent in `validate()`, `score()` and `verdict()`, and each
  validator's own share.

`--src DIR` imports toolgen from DIR in the measured processes (e.g. /work/main/src
for a before/after table). Quick run:

    .venv/bin/python bench/judge_speed.py [-n 1000] [--instr-n 100] [--corpus PATH|bundled]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_TOOLS = ROOT.parent / "shared/corpora/toolbench/toolenv/tools"
_IREFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _timed(acc: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[name] += time.process_time() - t0

    return run


def _instrument(acc: dict[str, float]) -> None:
    """Time `validate`, `score`, `verdict` and every validator's `check_view` (in place)."""
    import toolgen.pipeline.episode as episode
    from toolgen.judge import format as format_rule
    from toolgen.judge import grounding, plan, realism, replay, secrets, weights

    for module in (format_rule, grounding, plan, weights, secrets, replay):
        # validate() calls each rule through its module attribute
        module.check_view = _timed(acc, module.NAME, module.check_view)  # type: ignore[attr-defined]
    for name, check in list(realism.CHECKS.items()):
        realism.CHECKS[name] = _timed(acc, f"realism.{name}", check)
    for name in ("validate", "score", "verdict"):
        if hasattr(episode, name):
            setattr(episode, name, _timed(acc, name, getattr(episode, name)))


def _judge_twice() -> None:
    """Judge every record a second time (on a copy), as generation judges it once."""
    import toolgen.pipeline.episode as episode

    judged = episode._judged
    verdict = getattr(episode, "verdict")  # noqa: B009 (not re-exported)

    def twice(rt: Any, config: Any, record: Any, judge: Any, notes: list[Any],
              attempt: int) -> Any:
        out = judged(rt, config, record, judge, notes, attempt)
        scored, findings = judged(rt, config, record.model_copy(), judge, [], attempt)
        verdict(scored, findings, config.threshold)
        return out

    episode._judged = twice


def _runtime(corpus: str | None, n: int, seed: int) -> tuple[Any, Any]:
    from toolgen.pipeline.runtime import RunConfig, Runtime

    config = RunConfig(n=n, seed=seed, toolenv=corpus)
    return Runtime.build(config), config


def child(corpus: str | None, n: int, seed: int, twice: bool) -> None:
    """Generate `n` conversations (records discarded), judging each twice if asked."""
    from toolgen.pipeline.runner import realise_all

    rt, config = _runtime(corpus, n, seed)
    if twice:
        _judge_twice()
    realise_all(rt, config, workers=1)


SRC = [ROOT / "src"]


def _valgrind(corpus: str | None, n: int, seed: int, twice: bool) -> int | str:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "-n", str(n),
           "--seed", str(seed), "--corpus", corpus or "bundled"]
    if twice:
        cmd.append("--twice")
    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"judge-speed-{os.getpid()}.cg"
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
           *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": str(SRC[0])})
    out.unlink(missing_ok=True)
    if done.returncode != 0:
        return (done.stderr.strip().splitlines() or ["failed"])[-1]
    match = _IREFS.search(done.stderr)
    return int(match.group(1).replace(",", "")) if match else "no I refs in valgrind output"


def instructions(corpus: str | None, seed: int, base: int, extra: int) -> dict[str, Any]:
    """Instructions per conversation: generation and its checking (see the docstring)."""
    if extra <= 0:
        return {"skipped": "--instr-n 0"}
    if shutil.which("valgrind") is None:
        return {"skipped": "valgrind not installed"}
    runs = {(n, twice): _valgrind(corpus, n, seed, twice)
            for n in (base, base + extra) for twice in (False, True)}
    failed = [v for v in runs.values() if isinstance(v, str)]
    if failed:
        return {"skipped": f"valgrind run failed: {failed[0]}"}
    counts: dict[tuple[int, bool], int] = {k: int(v) for k, v in runs.items()}
    gen = (counts[base + extra, False] - counts[base, False]) / extra
    doubled = (counts[base + extra, True] - counts[base, True]) / extra
    return {"generation": gen, "checking": doubled - gen, "runs": f"{base} and {base + extra}"}


def cpu(label: str, corpus: str | None, n: int, seed: int) -> None:
    from toolgen.pipeline.runner import realise_all

    rt, config = _runtime(corpus, n, seed)
    acc: dict[str, float] = defaultdict(float)
    _instrument(acc)
    t0 = time.process_time()
    realise_all(rt, config, workers=1)
    total = time.process_time() - t0
    print(f"  CPU: {len(rt.endpoints)} endpoints, n={n}: {total:.2f} s, "
          f"{n / total:.0f} conversations per CPU second")
    for name in ("validate", "score", "verdict"):
        print(f"    {name:26s}{acc[name]:7.2f} s   {100 * acc[name] / total:5.1f} %   "
              f"{1e6 * acc[name] / n:6.0f} us/conversation")
    print("    validators (inside validate):")
    parts = {k: v for k, v in acc.items() if k not in ("validate", "score", "verdict")}
    for name, spent in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"      {name:24s}{spent:7.2f} s   {100 * spent / total:5.1f} %")


def report(label: str, corpus: str | None, args: argparse.Namespace) -> None:
    print(f"\n== {label}, seed {args.seed}, 1 worker, judge + repair on")
    figures = instructions(corpus, args.seed, args.instr_base, args.instr_n)
    if "skipped" in figures:
        print(f"  instructions: skipped ({figures['skipped']})")
    else:
        gen, check = figures["generation"], figures["checking"]
        print(f"  instructions per conversation (valgrind, runs of {figures['runs']}): "
              f"generation {gen / 1e6:.2f} M, of which checking {check / 1e6:.2f} M "
              f"({100 * check / gen:.1f} %)")
    if args.n > 0:
        # CPU timing runs in its own process (instrumenting patches modules in place).
        cmd = [sys.executable, str(Path(__file__).resolve()), "--cpu-child", "-n",
               str(args.n), "--seed", str(args.seed), "--corpus", corpus or "bundled"]
        subprocess.run(cmd, check=True, env={**os.environ, "PYTHONPATH": str(SRC[0])})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="conversations timed by CPU (0: skip)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", action="append",
                    help="corpus path or 'bundled' (repeatable); default: bundled + ToolBench")
    ap.add_argument("--instr-n", type=int, default=100,
                    help="conversations in the valgrind difference (0: skip)")
    ap.add_argument("--instr-base", type=int, default=20)
    ap.add_argument("--src", type=Path, help="import toolgen from this src directory in the "
                    "measured processes (e.g. /work/main/src, for a before/after table)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--cpu-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--twice", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child or args.cpu_child:
        corpus = None if args.corpus[0] == "bundled" else args.corpus[0]
        if args.child:
            child(corpus, args.n, args.seed, args.twice)
        else:
            cpu(args.corpus[0], corpus, args.n, args.seed)
        return
    if args.src:
        SRC[0] = args.src.resolve()
        print(f"(measured processes import toolgen from {SRC[0]})")
    targets: list[tuple[str, str | None]] = []
    for c in args.corpus or ["bundled", *([str(SHARED_TOOLS)] if SHARED_TOOLS.is_dir() else [])]:
        targets.append((c, None if c == "bundled" else c))
    for label, corpus in targets:
        report(label, corpus, args)


if __name__ == "__main__":
    main()
