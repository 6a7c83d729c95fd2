"""What judging costs during offline generation: CPU time of validate and score.

For each corpus (the bundled one and, when present, ../shared/corpora/toolbench/toolenv/
tools) runs `realise_all` on one worker and prints the conversations per CPU second, the
share of that CPU time spent in `validate()` (every validator, replay included) and in
`score()`, and each validator's own share. CPU time (`time.process_time`), not wall
time: the figures stay comparable on a busy machine. Prints figures, never asserts.

    .venv/bin/python bench/judge_speed.py [-n 1000] [--seed 7] [--corpus PATH|bundled]...
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import toolgen.pipeline.episode as episode
from toolgen.judge import format as format_rule
from toolgen.judge import grounding, plan, realism, replay, secrets, weights
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime

SHARED_TOOLS = (
    Path(__file__).resolve().parents[1].parent / "shared/corpora/toolbench/toolenv/tools"
)
RULES = (format_rule, grounding, plan, weights, secrets, replay)


def _timed(acc: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[name] += time.process_time() - t0

    return run


def _instrument(acc: dict[str, float]) -> None:
    """Time `validate`, `score` and every validator's `check_view` (patched in place)."""
    for module in RULES:
        # validate() calls each rule through its module attribute
        module.check_view = _timed(acc, module.NAME, module.check_view)
    for name, check in list(realism.CHECKS.items()):
        realism.CHECKS[name] = _timed(acc, f"realism.{name}", check)
    for name in ("validate", "score"):
        if hasattr(episode, name):
            setattr(episode, name, _timed(acc, name, getattr(episode, name)))


def bench(label: str, toolenv: Path | None, n: int, seed: int) -> None:
    config = RunConfig(n=n, seed=seed, toolenv=str(toolenv) if toolenv else None)
    rt = Runtime.build(config)
    acc: dict[str, float] = defaultdict(float)
    _instrument(acc)
    t0 = time.process_time()
    realise_all(rt, config, workers=1)
    total = time.process_time() - t0
    print(f"\n== {label}: {len(rt.endpoints)} endpoints, n={n}, seed={seed}, 1 worker")
    print(f"generate (plan + realise)   {total:7.2f} s CPU   {n / total:7.0f} conversations/s")
    for name in ("validate", "score"):
        print(f"  {name:26s}{acc[name]:7.2f} s   {100 * acc[name] / total:5.1f} %   "
              f"{1e6 * acc[name] / n:6.0f} us/conversation")
    print("  validators (inside validate):")
    parts = {k: v for k, v in acc.items() if k not in ("validate", "score")}
    for name, spent in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"    {name:24s}{spent:7.2f} s   {100 * spent / total:5.1f} %")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", type=Path, action="append",
                    help="corpus path (repeatable); default: bundled + shared ToolBench")
    args = ap.parse_args()
    targets: list[tuple[str, Path | None]]
    if args.corpus:
        targets = [(str(p), p) for p in args.corpus]
    else:
        targets = [("bundled", None)]
        if SHARED_TOOLS.is_dir():
            targets.append(("shared ToolBench", SHARED_TOOLS))
    if len(targets) > 1:
        # Instrumenting twice would nest the timers: one corpus per process.
        for _, path in targets:
            cmd = [sys.executable, __file__, "-n", str(args.n), "--seed", str(args.seed),
                   "--corpus", str(path or "bundled")]
            subprocess.run(cmd, check=True)
        return
    label, path = targets[0]
    bench(label, None if str(path) == "bundled" else path, args.n, args.seed)


if __name__ == "__main__":
    main()
