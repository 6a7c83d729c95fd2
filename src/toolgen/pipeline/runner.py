"""The runner: plan the run, realise episodes on N workers, write JSONL in index order.

Output depends only on (corpus, config, seed): episodes are planned in index order in
one process (streamed, so a huge `-n` starts writing at once), realised anywhere, and
written in index order, so `--workers` (or `--engine ray`) never changes a byte. Local
workers are forked processes that inherit the built runtime; plans reach them in small
chunks while the parent goes on planning (a bounded number in flight), and each sends
back its results serialised (`io.encode.Encoded`: the line's bytes and a few counts),
never the pickled record.

Runs are durable (`pipeline.durable`): lines are appended to partial files with a
manifest checkpointed beside the output, a run that fails or is interrupted keeps what
it completed (`RunAborted` says where and how to resume), and rerunning the same
command continues from the first missing index. Planning is replayed from index 0 on a
resume (cheap next to realising) so steering sees the same history.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from toolgen.heap import keep_loaded
from toolgen.io.encode import Encoded
from toolgen.io.output import check_writable
from toolgen.pipeline.durable import (  # re-exported: the CLI and tests import them from here
    RunAborted,
    RunResult,
    durable_run,
    rejects_path,
    run_identity,
)
from toolgen.pipeline.episode import run_episode
from toolgen.pipeline.plan import iter_plans
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Chain, Record, Rejection, Scenario

Plan = tuple[Chain, Scenario]
Progress = Callable[[int, Encoded], None]
"""Called with each result as written (`Encoded.item()` gives the model when needed)."""
ENGINES = ("local", "ray")

_STATE: tuple[Runtime, RunConfig] | None = None
_PR_SET_PDEATHSIG = 1
_CHUNK = 32
"""Plans per task sent to a worker (at most)."""
_AHEAD = 8
"""Tasks in flight per worker: enough to keep them busy, few enough to bound memory."""
_YOUNG = 10_000
"""Container allocations between young collections while episodes run (Python's default,
700, collects ~150 times per 100 records for garbage a record's end frees anyway)."""


__all__ = ["ENGINES", "RunAborted", "RunResult", "capped_workers", "check_outputs", "generate",
           "realise_all", "rejects_path"]


class Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


def capped_workers(workers: int) -> tuple[int, str | None]:
    """`workers` limited to the CPU count, with a note when it was lowered."""
    cpus = os.cpu_count() or 1
    if workers > cpus:
        return cpus, f"--workers {workers} lowered to {cpus} (the number of CPUs)"
    return max(1, workers), None


def check_outputs(output: Path) -> None:
    """Both files a run writes can be created (raises OutputError with one line)."""
    check_writable(output)
    check_writable(rejects_path(output))


def generate(
    config: RunConfig,
    output: Path,
    workers: int = 1,
    on_result: Progress | None = None,
    runtime: Runtime | None = None,
    on_planned: Callable[[int], None] | None = None,
    *,
    resume: bool | None = None,
    engine: str = "local",
    ray_address: str | None = None,
) -> RunResult:
    """Generate `config.n` conversations into `output` (and rejects beside it).

    Continues an unfinished run of the same identity on the same output (`resume`:
    None = when there is one, True = required, False = start over). Raises `ResumeError`
    when the unfinished run differs, and `RunAborted` (keeping the completed records)
    when the run fails part-way or is interrupted.
    """
    rt = runtime or Runtime.build(config)
    if engine == "local":
        workers, note = capped_workers(workers)
    else:
        note = None
    result = RunResult(output=output, rejects=rejects_path(output))
    if note:
        result.notes.append(note)
    identity = run_identity(config, rt.corpus_digest)
    with durable_run(result, identity, resume=resume, engine=engine, workers=workers,
                     profile=config.profile()) as run:
        plans = _numbered(iter_plans(rt, config, on_planned), run.start)
        for index, item in _realise(rt, config, plans, workers, engine, ray_address):
            run.write(item)
            if on_result is not None:
                on_result(index, item)
            if run.due():
                run.checkpoint()
    return result


def _numbered(plans: Iterable[Plan], start: int) -> Iterator[tuple[int, Plan]]:
    """(index, plan) from `start` on; earlier plans are drawn (steering) but not realised."""
    numbered = enumerate(plans)
    if start:
        next(itertools.islice(numbered, start - 1, None), None)
    return numbered


def realise_all(rt: Runtime, config: RunConfig, workers: int = 1) -> list[Record | Rejection]:
    """All episodes of a run in index order, in memory (experiments, tests)."""
    if workers <= 1 or config.n < 2:
        with _settled_heap():
            return [run_episode(rt, config, index, chain, scenario)
                    for index, (chain, scenario) in enumerate(iter_plans(rt, config))]
    return [done.item() for _, done in _realise(rt, config, enumerate(iter_plans(rt, config)),
                                                workers)]


def _realise(
    rt: Runtime, config: RunConfig, plans: Iterator[tuple[int, Plan]], workers: int,
    engine: str = "local", ray_address: str | None = None,
) -> Iterator[tuple[int, Encoded]]:
    if engine == "ray":
        from toolgen.pipeline.ray_engine import realise_on_ray

        yield from realise_on_ray(rt, config, plans, workers, ray_address)
        return
    if workers <= 1 or config.n < 2:
        with _settled_heap():
            for index, (chain, scenario) in plans:
                yield index, Encoded.of(run_episode(rt, config, index, chain, scenario))
        return
    global _STATE
    _STATE = (rt, config)
    try:
        # The pool forks on the first submit, after the first chunk is planned: the
        # workers inherit what planning warmed that realising uses too (phrase tables,
        # locales, lazy imports). Forking before planning was measured worse
        # (`bench/workers_speed.py --instructions`, n=1000): each worker then fills those
        # itself, more than the serial planning it saves.
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_start_worker, initargs=(os.getpid(),))
        try:
            yield from _pipelined(pool, plans, workers, config.n)
        finally:
            # On Ctrl-C the chunks already running finish; the queued ones are dropped, so
            # stopping takes seconds, not the rest of the run.
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        _STATE = None


def _pipelined(pool: ProcessPoolExecutor, plans: Iterator[tuple[int, Plan]], workers: int,
               n: int) -> Iterator[tuple[int, Encoded]]:
    """Results in index order while planning goes on: the parent plans the next chunk
    while the workers realise the earlier ones, and at most `_AHEAD` chunks per worker
    are in flight (memory stays flat; planning a whole window up front would leave the
    workers idle while it ran). The first chunks are small (1, 2, 4... plans): the pool
    forks on the first submit, so the fork comes after one plan, not a whole chunk."""
    size = max(1, min(_CHUNK, n // (workers * 8)))
    in_flight: deque[tuple[list[int], Future[list[Encoded]]]] = deque()
    for chunk in _chunks(plans, size, workers):
        in_flight.append(([index for index, _ in chunk], pool.submit(_work_chunk, chunk)))
        while in_flight and (len(in_flight) > _AHEAD * workers or in_flight[0][1].done()):
            yield from _taken(in_flight.popleft())
    while in_flight:
        yield from _taken(in_flight.popleft())


def _chunks(plans: Iterator[tuple[int, Plan]], size: int,
            workers: int) -> Iterator[list[tuple[int, Plan]]]:
    """`plans` in lists of `size`, after a ramp: `workers` lists each of 1, 2, 4... plans."""
    ramp = 1
    while ramp < size:
        for _ in range(workers):
            if not (chunk := list(itertools.islice(plans, ramp))):
                return
            yield chunk
        ramp *= 2
    while chunk := list(itertools.islice(plans, size)):
        yield chunk


def _taken(job: tuple[list[int], Future[list[Encoded]]]) -> Iterator[tuple[int, Encoded]]:
    indices, future = job
    yield from zip(indices, future.result(), strict=True)


@contextmanager
def _settled_heap() -> Iterator[None]:
    """Episodes realised in this process: what was built before (runtime, caches) is kept
    out of the collector's walks (`heap.keep_loaded`; a full collection walked all of it,
    5-14 % of the time) and young collections run every `_YOUNG` allocations (restored
    after)."""
    threshold = gc.get_threshold()
    keep_loaded()
    gc.set_threshold(_YOUNG, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _start_worker(parent: int) -> None:
    # What the parent built lives as long as the worker: frozen (a splice of lists, no
    # walk), the worker's collections never visit it, so never copy its pages.
    gc.freeze()
    gc.set_threshold(_YOUNG, *gc.get_threshold()[1:])
    # Ctrl-C is the parent's to handle (it keeps the completed records); workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(parent)


def _die_with(parent: int | None) -> None:
    """End this worker when the runner dies (killed, out of memory): an orphan would keep
    the output's lock (inherited through fork) and refuse the resume. Linux only."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent:  # it died before prctl took effect
        os._exit(1)


def _work_chunk(jobs: list[tuple[int, Plan]]) -> list[Encoded]:
    assert _STATE is not None, "worker started without a runtime"
    rt, config = _STATE
    return [Encoded.of(run_episode(rt, config, index, chain, scenario), keep=False)
            for index, (chain, scenario) in jobs]
