"""Where offline generation's per-record work goes: attempts per accepted record, and CPU per stage.

For each corpus (the bundled one, the shared ToolBench slice and BFCL when present) one
run of `-n` records (judge and repair on, one worker) is made with thin wrappers around
the loop's stage functions, and the script prints:

* attempts per record: chain draws (`pipeline.plan._chain` redraws a chain holding an
  endpoint no user could state a value for), episodes realised (`run_episode_async`
  regenerates a rejected one), structural repairs tried, value draws and single value
  candidates (`ArgumentValues.draw` / `_one`), and why the rejected attempts failed
  (the gate's reasons, by validator/kind). A rejected attempt costs a whole record, so
  this is where wasted work would show;
* CPU per stage (`time.process_time`, the wrappers' own cost included, so shares are
  approximate): planning (chain, scenario), the participants (user, assistant), the
  environment, the trace, assembly, the judge (validate, score) and serialisation.
  `--warm K` first realises K records of another seed on the same runtime, so the
  per-endpoint compiles (executor plans, validators, value plans) are mostly done and
  the figures show the steady state rather than warm-up.

The wrappers replace module attributes by name: a renamed stage function makes this
script fail loudly (AttributeError) rather than report a wrong zero. Prints figures,
never asserts. Quick run:

    .venv/bin/python bench/loop_attempts.py -n 600
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared/corpora"
CORPORA = (("bundled", None), ("ToolBench slice", SHARED / "toolbench/toolenv/tools"),
           ("BFCL", SHARED / "bfcl"))


class Meter:
    """Call counts and CPU seconds per label, filled by the wrappers."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.cpu: dict[str, float] = defaultdict(float)
        self.reasons: Counter[str] = Counter()

    def clear(self) -> None:
        self.calls.clear()
        self.cpu.clear()
        self.reasons.clear()

    def wrap(self, owner: Any, name: str, label: str, *, timed: bool = True,
             is_async: bool = False) -> None:
        """Count (and time) every call of `owner.name` under `label`."""
        inner = getattr(owner, name)
        calls, cpu = self.calls, self.cpu
        if is_async:
            async def wrapped_async(*args: Any, **kwargs: Any) -> Any:
                calls[label] += 1
                start = time.process_time()
                try:
                    return await inner(*args, **kwargs)
                finally:
                    cpu[label] += time.process_time() - start
            setattr(owner, name, wrapped_async)
            return

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            calls[label] += 1
            if not timed:
                return inner(*args, **kwargs)
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                cpu[label] += time.process_time() - start
        setattr(owner, name, wrapped)

    def gate(self, owner: Any) -> None:
        """Count the gate's rejections and their reasons (`validator/kind`)."""
        inner: Callable[..., Any] = owner.verdict
        reasons, calls = self.reasons, self.calls

        def verdict(*args: Any, **kwargs: Any) -> Any:
            decision = inner(*args, **kwargs)
            if not decision.accepted:
                calls["rejected attempts"] += 1
                reasons.update(r.split(":")[0][:80] for r in decision.reasons)
            return decision
        owner.verdict = verdict


def instrument(meter: Meter) -> None:
    """Wrap the loop's stage functions where their callers look them up."""
    from toolgen.agents import offline
    from toolgen.agents.planner.values import ArgumentValues
    from toolgen.agents.policy.assistant import OfflineAssistant
    from toolgen.agents.policy.user import OfflineUser
    from toolgen.episode import loop
    from toolgen.graph.sampler import ChainSampler
    from toolgen.io import encode
    from toolgen.pipeline import call_log, episode, plan

    meter.wrap(ChainSampler, "sample", "chain draws", timed=False)
    meter.wrap(plan, "_chain", "plan: chain (sample, redraws, statable)")
    meter.wrap(plan, "plan_scenario", "plan: scenario (goal, turns, values)")
    meter.wrap(episode, "realise_logged", "episodes realised", is_async=True)
    meter.wrap(OfflineUser, "next", "agents: user", is_async=True)
    meter.wrap(OfflineAssistant, "next", "agents: assistant", is_async=True)
    meter.wrap(offline, "paraphrase", "  of which paraphrase (user and assistant)")
    meter.wrap(call_log.LoggedEnvironment, "execute", "executor (environment)")
    meter.wrap(loop, "record_utterance", "trace: messages")
    meter.wrap(loop, "record_call", "trace: steps and tool messages")
    meter.wrap(episode, "offered_tools", "assemble: offered tools")
    meter.wrap(episode, "build_record", "assemble: build record")
    meter.wrap(episode, "validate", "judge: validate")
    meter.wrap(episode, "score", "judge: score")
    meter.wrap(episode, "repair_record", "repairs tried")
    meter.wrap(encode, "encode", "serialise (lean line)")
    meter.wrap(ArgumentValues, "draw", "value draws", timed=False)
    meter.wrap(ArgumentValues, "_one", "value candidates", timed=False)
    meter.gate(episode)


_COUNTS = ("chain draws", "episodes realised", "rejected attempts", "repairs tried",
           "value draws", "value candidates")


def run(label: str, toolenv: Path | None, n: int, warm: int, meter: Meter) -> None:
    from toolgen.pipeline.runner import generate
    from toolgen.pipeline.runtime import RunConfig, Runtime

    corpus = str(toolenv) if toolenv is not None else None
    config = RunConfig(n=n, seed=7, toolenv=corpus)
    rt = Runtime.build(config)
    with tempfile.TemporaryDirectory() as tmp:
        if warm:
            generate(RunConfig(n=warm, seed=99, toolenv=corpus), Path(tmp) / "warm.jsonl",
                     runtime=rt, resume=False)
        meter.clear()
        start = time.process_time()
        result = generate(config, Path(tmp) / "out.jsonl", runtime=rt, resume=False)
        total = time.process_time() - start
    print(f"\n== {label}: {n} records (seed 7), {result.accepted} accepted, "
          f"{result.rejected} rejected" + (f", after {warm} warm-up records" if warm else ""))
    print("  per record:  " + "  ".join(
        f"{key} {meter.calls[key] / n:.3f}" for key in _COUNTS))
    for reason, count in meter.reasons.most_common(8):
        print(f"    rejected attempt: {count:4d}  {reason}")
    print(f"  CPU {total:.2f} s, {1000 * total / n:.2f} ms per record "
          "(process time; shares approximate)")
    for key, seconds in sorted(meter.cpu.items(), key=lambda kv: -kv[1]):
        if key not in ("episodes realised",):
            print(f"    {100 * seconds / total:5.1f} %  {1000 * seconds / n:6.2f} ms  {key}")
    realised = meter.cpu["episodes realised"]
    print(f"    ({100 * realised / total:.1f} % inside realise: participants, environment, "
          "trace, assembly)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=600)
    ap.add_argument("--warm", type=int, default=0,
                    help="realise this many records of another seed first (steady state)")
    ap.add_argument("--corpus", action="append", choices=[c for c, _ in CORPORA],
                    help="only these corpora (repeatable; default: every one present)")
    ap.add_argument("--src", type=Path, help="import toolgen from this src directory")
    args = ap.parse_args()
    sys.path.insert(0, str((args.src or ROOT / "src").resolve()))
    meter = Meter()
    instrument(meter)
    for label, toolenv in CORPORA:
        if args.corpus and label not in args.corpus:
            continue
        if toolenv is not None and not toolenv.exists():
            continue
        run(label, toolenv, args.n, args.warm, meter)


if __name__ == "__main__":
    main()
