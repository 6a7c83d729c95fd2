"""The live runner: conversations in flight on asyncio, sharing one LLM runtime and limiter.

Up to `max_parallel_conversations` episodes run at once (plans streamed, a bounded
window of them in memory); results are written in index order as soon as every earlier
one is done, so the output is the same whatever the completion order (and byte-identical
on a cached rerun). A `LiveRequiredError` (strict
mode) cancels the episodes in flight and propagates.

Live runs are durable like offline ones (`pipeline.durable`), with a checkpoint after
every record, so a resume repeats at most the episodes that were in flight, and those
from the response cache: a reply that reached the cache is never paid for again.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from pathlib import Path

from toolgen.io.manifest import LiveTotals
from toolgen.llm import LLMRuntime, LLMSettings, open_llm_runtime
from toolgen.llm.counter import set_task_origin
from toolgen.llm.health import RoleHealth
from toolgen.llm.ratelimit import SlidingWindowLimiter
from toolgen.pipeline.durable import (
    DurableRun,
    RunResult,
    durable_run,
    rejects_path,
    run_identity,
)
from toolgen.pipeline.live import LiveContext, run_live_episode
from toolgen.pipeline.observer import NO_OBSERVER, EpisodeObserver
from toolgen.pipeline.plan import iter_plans
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Chain, Record, Rejection, Scenario

_WINDOW_PER_SLOT = 8
LiveProgress = Callable[[int, "Record | Rejection", int], None]  # index, item, live calls so far


async def realise_live(
    ctx: LiveContext,
    parallel: int,
    on_item: Callable[[int, Record | Rejection], None],
    on_planned: Callable[[int], None] | None = None,
    start: int = 0,
    run_id: str | None = None,
) -> None:
    """Realise every planned episode from index `start`; `on_item` is called in index order.

    Plans are streamed and at most `_WINDOW_PER_SLOT * parallel` episodes exist at once,
    so a huge `-n` starts at once in bounded memory.
    """
    slots = max(1, parallel)
    gate = asyncio.Semaphore(slots)
    plans = enumerate(iter_plans(ctx.rt, ctx.config, on_planned))
    if start:  # earlier plans are drawn (steering) but not realised again
        next(itertools.islice(plans, start - 1, None), None)
    pending: dict[asyncio.Task[Record | Rejection], int] = {}
    done: dict[int, Record | Rejection] = {}
    next_index = start

    async def one(index: int, chain: Chain, scenario: Scenario) -> Record | Rejection:
        if run_id is not None:  # its own task: the origin stays with this conversation
            set_task_origin(f"{run_id}:{index}")
        async with gate:
            return await run_live_episode(ctx, index, chain, scenario)

    def fill() -> None:
        while len(pending) + len(done) < slots * _WINDOW_PER_SLOT:
            nxt = next(plans, None)
            if nxt is None:
                return
            index, (chain, scenario) = nxt
            pending[asyncio.create_task(one(index, chain, scenario))] = index

    try:
        fill()
        while pending:
            finished, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in finished:
                done[pending.pop(task)] = task.result()  # raises a strict-mode failure
            while next_index in done:
                on_item(next_index, done.pop(next_index))
                next_index += 1
            fill()
    finally:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


async def generate_live_async(
    config: RunConfig,
    output: Path,
    settings: LLMSettings,
    *,
    runtime: Runtime | None = None,
    on_result: LiveProgress | None = None,
    limiter: SlidingWindowLimiter | None = None,
    observer: EpisodeObserver = NO_OBSERVER,
    on_planned: Callable[[int], None] | None = None,
    on_open: Callable[[LLMRuntime], None] | None = None,
    health: RoleHealth | None = None,
    resume: bool | None = None,
    engine: str = "local",
    workers: int = 1,
    ray_address: str | None = None,
) -> RunResult:
    """Generate `config.n` live conversations into `output` (rejects beside it).

    `limiter` replaces the settings' one (benchmarks that watch request times);
    `observer` hears each episode's stages; `on_open` gets the run's LLM runtime as soon
    as it is open (the progress view reads its live call count); `health` is the role
    circuit breaker (tests use short backoffs).
    """
    rt = runtime or Runtime.build(config)
    result = RunResult(output=output, rejects=rejects_path(output))
    identity = run_identity(config, rt.corpus_digest, live_identity(settings))
    async with open_llm_runtime(settings, run_dir=output.parent, limiter=limiter,
                                secrets=rt.judge.secrets) as llm:
        if on_open is not None:
            on_open(llm)
        ctx = LiveContext(rt, config, llm, settings.live_profile,
                          strict=settings.require_live_llm,
                          paraphrase=settings.live_paraphrase, observer=observer,
                          health=health or RoleHealth())
        with durable_run(result, identity, resume=resume, engine=engine,
                         workers=workers if engine == "ray"
                         else settings.max_parallel_conversations,
                         profile=config.profile()) as run:

            def on_item(index: int, item: Record | Rejection) -> None:
                run.write(item)
                run.live = live_totals(llm)
                run.checkpoint()  # every record: a resume never redoes a finished one
                if on_result is not None:
                    on_result(index, item, llm.live_calls)

            try:
                if engine == "ray":  # blocks this loop: every episode runs on Ray
                    _on_ray(ctx, settings, run, on_item, on_planned, workers, ray_address,
                            output)
                else:
                    await realise_live(ctx, settings.max_parallel_conversations, on_item,
                                       on_planned, start=run.start,
                                       run_id=run.manifest.run_id)
            finally:
                run.live = live_totals(llm)
    return result


def _on_ray(ctx: LiveContext, settings: LLMSettings, run: DurableRun,
            on_item: Callable[[int, Record | Rejection], None],
            on_planned: Callable[[int], None] | None, workers: int,
            ray_address: str | None, output: Path) -> None:
    """Live episodes as Ray tasks (see `ray_engine.realise_live_on_ray`), written in order.

    The workers' calls and tokens are added to this process's counter, so progress,
    summary and manifest count them as if they were made here.
    """
    from toolgen.pipeline.ray_engine import realise_live_on_ray

    plans = enumerate(iter_plans(ctx.rt, ctx.config, on_planned))
    if run.start:
        next(itertools.islice(plans, run.start - 1, None), None)
    jobs = ((index, chain, scenario) for index, (chain, scenario) in plans)
    # Absolute paths: Ray workers do not share this process's working directory.
    remote = settings.model_copy(update={"cache_dir": settings.cache_dir.resolve()})
    counter = ctx.llm.counter
    for items, totals in realise_live_on_ray(ctx.rt, ctx.config, remote, jobs, workers,
                                             ray_address, run.manifest.run_id,
                                             str(output.parent.resolve())):
        for role, calls in totals["calls"].items():
            counter.by_role[role] += calls
            counter.total += calls
        counter.prompt_tokens.update(totals["prompt_tokens"])
        counter.completion_tokens.update(totals["completion_tokens"])
        for index, item in items:
            on_item(index, item)


def live_identity(settings: LLMSettings) -> dict[str, object]:
    """The live settings that shape a record (not budgets, timeouts or the cache)."""
    return {
        "llm_mode": "live",
        "provider": settings.provider,
        "base_url": settings.base_url,
        "generation_model": settings.generation_model,
        "judge_model": settings.judge_model,
        "randomize_models": settings.randomize_models,
        "model_pools": [list(settings.planner_model_pool), list(settings.assistant_model_pool),
                        list(settings.user_model_pool), list(settings.summary_model_pool)],
        "max_output_tokens": settings.max_output_tokens,
        "live_profile": settings.live_profile,
        "live_paraphrase": settings.live_paraphrase,
    }


def live_totals(llm: LLMRuntime) -> LiveTotals:
    """This process's provider calls and tokens by role so far."""
    counter = llm.counter
    return LiveTotals(calls=dict(sorted(counter.by_role.items())),
                      prompt_tokens=dict(sorted(counter.prompt_tokens.items())),
                      completion_tokens=dict(sorted(counter.completion_tokens.items())))


def generate_live(
    config: RunConfig,
    output: Path,
    settings: LLMSettings,
    *,
    runtime: Runtime | None = None,
    on_result: LiveProgress | None = None,
    observer: EpisodeObserver = NO_OBSERVER,
    on_planned: Callable[[int], None] | None = None,
    on_open: Callable[[LLMRuntime], None] | None = None,
    resume: bool | None = None,
    engine: str = "local",
    workers: int = 1,
    ray_address: str | None = None,
) -> RunResult:
    """Synchronous entry point (the CLI): runs `generate_live_async` in a fresh loop."""
    return asyncio.run(generate_live_async(config, output, settings, runtime=runtime,
                                           on_result=on_result, observer=observer,
                                           on_planned=on_planned, on_open=on_open,
                                           resume=resume, engine=engine, workers=workers,
                                           ray_address=ray_address))
