"""`--engine ray`: episodes realised as Ray tasks, in shards, on a local or existing Ray.

The driver still plans in index order (steering needs one coverage memory) and writes in
index order; Ray only realises. The built runtime goes to the object store once and is
kept per worker process, shards of plans go out as tasks with a bounded number in
flight (memory stays flat), and results are taken back in submission order, so the
output is byte-identical to `--engine local` for the same corpus, config and seed.

Without `address` a local Ray is started with `workers` CPUs and shut down afterwards;
with one (`auto`, `ray://host:10001`, ...) the run joins that cluster. Ray is an extra
(`pip install 'toolgen[ray]'`), imported only here and only when asked for.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterator
from typing import Any

from toolgen.io.encode import Encoded
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Chain, Record, Rejection, Scenario

Plan = tuple[Chain, Scenario]
Job = tuple[int, Plan]
SHARD = 64
"""Plans per Ray task: large enough to amortise task overhead, small enough to balance."""
IN_FLIGHT_PER_WORKER = 3

_RUNTIMES: dict[str, tuple[Runtime, RunConfig]] = {}
"""Per Ray worker process: the runtime of each run it served, by object id."""


class EngineError(RuntimeError):
    """The engine cannot run (Ray missing or unreachable); the message is one line."""


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise EngineError("--engine ray needs Ray: pip install 'toolgen[ray]'") from exc
    return ray


def realise_on_ray(
    rt: Runtime, config: RunConfig, plans: Iterator[Job], workers: int,
    address: str | None = None,
) -> Iterator[tuple[int, Encoded]]:
    """Realise `plans` on Ray; (index, encoded result) in index order."""
    ray = _ray()
    started = _connect(ray, address, workers)
    try:
        state = ray.put((rt, config))
        slots = max(1, workers) * IN_FLIGHT_PER_WORKER
        remote = ray.remote(num_cpus=1, max_retries=3)(_run_shard)
        in_flight: deque[Any] = deque()
        while shard := list(itertools.islice(plans, SHARD)):
            in_flight.append(remote.remote([state], shard))
            if len(in_flight) >= slots:
                yield from ray.get(in_flight.popleft())
        while in_flight:
            yield from ray.get(in_flight.popleft())
    finally:
        if started:
            ray.shutdown()


def _connect(ray: Any, address: str | None, workers: int) -> bool:
    """Join the cluster at `address`, else start a local Ray; True when we started it."""
    if ray.is_initialized():
        return False
    try:
        if address:
            ray.init(address=address, log_to_driver=False, logging_level="ERROR")
            return True
        # Local workers inherit the driver's environment (and so its import path).
        ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False,
                 logging_level="ERROR")
    except Exception as exc:  # Ray raises many kinds (ConnectionError, RuntimeError...)
        where = address or "a local Ray"
        text = " ".join(str(exc).split())[:200]
        raise EngineError(f"--engine ray: cannot start or reach {where} ({text})") from exc
    return True


def _run_shard(state: list[Any], shard: list[Job]) -> list[tuple[int, Encoded]]:
    """A Ray task: realise one shard of plans (the runtime is fetched once per worker);
    results come back serialised, as from local workers."""
    from toolgen.pipeline.episode import run_episode  # the episode code runs in the worker

    rt, config = _runtime(state[0])
    return [(index, Encoded.of(run_episode(rt, config, index, chain, scenario), keep=False))
            for index, (chain, scenario) in shard]


def _runtime(ref: Any) -> tuple[Runtime, RunConfig]:
    key = ref.hex()
    if key not in _RUNTIMES:
        _RUNTIMES.clear()  # one run at a time per worker: drop the previous run's
        _RUNTIMES[key] = _ray().get(ref)
    return _RUNTIMES[key]


LiveJob = tuple[int, Chain, Scenario]
LiveShard = tuple[list[tuple[int, Record | Rejection]], dict[str, dict[str, int]]]


def share(budget: int | None, workers: int) -> int | None:
    """One worker's part of a per-minute budget: the parts never add up to more."""
    if budget is None:
        return None
    return max(1, budget // max(1, workers))


def realise_live_on_ray(
    rt: Runtime, config: RunConfig, settings: Any, plans: Iterator[LiveJob], workers: int,
    address: str | None, run_id: str, run_dir: str,
) -> Iterator[tuple[list[tuple[int, Record | Rejection]], dict[str, dict[str, int]]]]:
    """Live episodes on Ray: one shard per worker at a time, each with its budget share.

    Exactly `workers` shards run at once and each worker's limiter holds
    `requests_per_minute // workers` (and the same share of tokens per minute), so the
    run never exceeds the provider budget. Yields each shard's (index, item) pairs in
    index order with the shard's provider calls and tokens by role.
    """
    ray = _ray()
    started = _connect(ray, address, workers)
    try:
        state = ray.put((rt, config))
        per_worker = max(1, settings.max_parallel_conversations // max(1, workers))
        limits = (share(settings.requests_per_minute, workers),
                  share(settings.tokens_per_minute, workers))
        remote = ray.remote(num_cpus=1, max_retries=0)(_live_shard)
        in_flight: deque[Any] = deque()
        size = per_worker * 4
        while shard := list(itertools.islice(plans, size)):
            in_flight.append(remote.remote([state], settings, shard, limits, per_worker,
                                           run_id, run_dir))
            if len(in_flight) >= max(1, workers):
                yield ray.get(in_flight.popleft())
        while in_flight:
            yield ray.get(in_flight.popleft())
    finally:
        if started:
            ray.shutdown()


def _live_shard(state: list[Any], settings: Any, shard: list[LiveJob],
                limits: tuple[int | None, int | None], parallel: int, run_id: str,
                run_dir: str) -> LiveShard:
    """A Ray task: one shard of live episodes on this worker's own LLM runtime and limiter."""
    import asyncio
    from pathlib import Path

    from toolgen.llm import open_llm_runtime
    from toolgen.llm.counter import set_task_origin
    from toolgen.llm.health import RoleHealth
    from toolgen.llm.ratelimit import SlidingWindowLimiter
    from toolgen.llm.runtime import ARRIVAL_GUARD_S
    from toolgen.pipeline.live import LiveContext, run_live_episode

    rt, config = _runtime(state[0])

    async def run() -> LiveShard:
        limiter = SlidingWindowLimiter(limits[0] or 1, limits[1], guard_s=ARRIVAL_GUARD_S)
        async with open_llm_runtime(settings, run_dir=Path(run_dir), limiter=limiter,
                                    secrets=rt.judge.secrets) as llm:
            ctx = LiveContext(rt, config, llm, settings.live_profile,
                              strict=settings.require_live_llm,
                              paraphrase=settings.live_paraphrase, health=RoleHealth())
            gate = asyncio.Semaphore(parallel)

            async def one(index: int, chain: Chain, scenario: Scenario) -> Record | Rejection:
                set_task_origin(f"{run_id}:{index}")
                async with gate:
                    return await run_live_episode(ctx, index, chain, scenario)

            items = await asyncio.gather(*(one(*job) for job in shard))
            counter = llm.counter
            totals = {"calls": dict(counter.by_role), "prompt_tokens": dict(
                counter.prompt_tokens), "completion_tokens": dict(counter.completion_tokens)}
        return [(job[0], item) for job, item in zip(shard, items, strict=True)], totals

    return asyncio.run(run())
