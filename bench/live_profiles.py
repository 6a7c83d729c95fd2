"""Benchmark: per profile, live calls per conversation, who decided the calls, fallbacks.

Runs the whole live pipeline (`generate_live_async`) against the fake OpenAI-compatible
server (tests/llm_server.py) with ~300 ms latency, 8 conversations in parallel and a
600 requests/minute limit, cache off. The model (`--model imperfect`, the default)
answers like an imperfect open model: it knows each conversation's right calls (from
the offline run of the same seed) but makes seeded mistakes in 30 % of its tool calls
(`SeededMistakes`), and starts 10 % of its texts with "Here's the user's next message:";
`proposing` is `imperfect` whose planner also proposes values (some valid, some not:
`live.helpers.proposing`); `cooperative` is the older helper that only knows texts. For each
profile prints records, live calls per conversation (mean, max), the share of tool-call
messages the LLM decided (first try / after feedback / offline policy), fallbacks per
conversation by role, elapsed time, the achieved rate vs the limit and the most request
starts in any 10 s window (the limit's scaled budget is 100). Asserts nothing.

    .venv/bin/python bench/live_profiles.py            # 24 conversations per profile
    .venv/bin/python bench/live_profiles.py -n 60 --profiles hybrid
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from live.helpers import (  # noqa: E402
    answer_key,
    cooperative,
    informed,
    live_settings,
    proposing,
)
from llm_server import FakeLLMServer, Responder, SeededMistakes  # noqa: E402
from toolgen.llm.ratelimit import SlidingWindowLimiter, Ticket  # noqa: E402
from toolgen.pipeline.live_runner import generate_live_async  # noqa: E402
from toolgen.pipeline.runner import realise_all  # noqa: E402
from toolgen.pipeline.runtime import RunConfig, Runtime  # noqa: E402
from toolgen.records import Record  # noqa: E402


class TimedLimiter(SlidingWindowLimiter):
    """The real limiter, keeping every grant time."""

    def __init__(self, rpm: int) -> None:
        super().__init__(rpm, None)
        self.starts: list[float] = []

    async def acquire(self, tokens: int = 0) -> Ticket:
        ticket = await super().acquire(tokens)
        self.starts.append(ticket.started_at)
        return ticket


def max_in_window(starts: list[float], window: float) -> int:
    best = 0
    for i, t in enumerate(starts):
        best = max(best, i + 1 - bisect.bisect_right(starts, t - window))
    return best


async def one_profile(profile: str, n: int, rpm: int, latency: float, rt: Runtime,
                      model: Responder) -> None:
    with tempfile.TemporaryDirectory() as tmp, FakeLLMServer(
        responder=model, latency_s=latency
    ) as server:
        settings = live_settings(
            server.openai_base_url, Path(tmp), profile,
            TOOLGEN_LLM_REQUESTS_PER_MINUTE=str(rpm), TOOLGEN_MAX_PARALLEL_CONVERSATIONS="8",
            TOOLGEN_LLM_NO_CACHE="true",
        )
        limiter = TimedLimiter(rpm)
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        await generate_live_async(RunConfig(n=n, seed=42), out, settings, runtime=rt,
                                  limiter=limiter)
        elapsed = time.perf_counter() - start
        records = [Record.model_validate_json(x) for x in out.read_bytes().splitlines()]
    calls = [r.metadata.live_calls for r in records]
    steps = [len(r.step_trace) for r in records]
    fallbacks = sum(len(r.metadata.fallbacks) for r in records)
    starts = sorted(limiter.starts)
    span = (starts[-1] - starts[0]) if len(starts) > 1 else elapsed
    rate = 60 * (len(starts) - 1) / span if span > 0 else 0.0
    decided = Counter(o for r in records for o in r.metadata.decisions.values())
    total = sum(decided.values()) or 1
    roles = Counter(f.split(":", 1)[0] for r in records for f in r.metadata.fallbacks)
    per_role = " ".join(f"{role}={roles[role] / len(records):.2f}"
                        for role in ("planner", "user", "assistant", "summary", "judge",
                                     "scaffold"))
    print(f"{profile:8s} records={len(records):3d} mean_tool_calls={sum(steps)/len(steps):.2f} "
          f"live_calls/conv mean={sum(calls)/len(calls):.2f} max={max(calls)} "
          f"requests={len(starts)} elapsed={elapsed:.1f}s "
          f"rate={rate:.0f}/min ({100 * rate / rpm:.0f}% of {rpm}) "
          f"max_in_10s={max_in_window(starts, 10.0)} (budget {rpm // 6})")
    print(f"{'':8s} call messages={sum(decided.values())} decided by llm="
          f"{decided['llm'] / total:.0%} llm_retry={decided['llm_retry'] / total:.0%} "
          f"offline={decided['offline'] / total:.0%}; fallbacks={fallbacks}, per conversation "
          f"by role: {per_role}")
    verdicts = [v for r in records for v in r.metadata.planner_scenario.get("value_proposals")
                or []]
    if verdicts:
        kept = sum(1 for v in verdicts if v["kept"])
        print(f"{'':8s} value proposals={len(verdicts)} kept={kept} "
              f"dropped={len(verdicts) - kept}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=24)
    parser.add_argument("--rpm", type=int, default=600)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--profiles", default="compact,hybrid,full")
    parser.add_argument("--model", choices=("imperfect", "proposing", "cooperative"),
                        default="imperfect")
    args = parser.parse_args()
    config = RunConfig(n=args.n, seed=42)
    rt = Runtime.build(config)
    model: Responder = cooperative
    if args.model in ("imperfect", "proposing"):
        offline = [r for r in realise_all(rt, config) if isinstance(r, Record)]
        oracle = informed(answer_key(offline))
        if args.model == "proposing":
            oracle = proposing(oracle, [])
        model = SeededMistakes(oracle, rate=0.3, preamble_rate=0.1, seed=1)
    for profile in args.profiles.split(","):
        await one_profile(profile.strip(), args.n, args.rpm, args.latency, rt, model)


if __name__ == "__main__":
    asyncio.run(main())
