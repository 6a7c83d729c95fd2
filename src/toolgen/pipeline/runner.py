"""The runner: plan the run, realise episodes on N workers, write JSONL in index order.

Output depends only on (corpus, config, seed): episodes are planned up front in one
process, realised anywhere, and written in index order, so `--workers` never changes a
byte. Workers are forked processes that inherit the built runtime and the plans.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from toolgen.io.output import open_for_writing
from toolgen.pipeline.episode import run_episode
from toolgen.pipeline.plan import plan_run
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Chain, Record, Rejection, Scenario

Planned = list[tuple[Chain, Scenario]]
Progress = Callable[[int, "Record | Rejection"], None]

_STATE: tuple[Runtime, RunConfig, Planned] | None = None


@dataclass
class RunResult:
    output: Path
    rejects: Path
    accepted: int = 0
    rejected: int = 0
    patterns: dict[str, int] = field(default_factory=dict)

    def write(self, item: Record | Rejection, out: BinaryIO, rejects: BinaryIO) -> None:
        """Append `item` to the records or the rejects file and count it."""
        if isinstance(item, Record):
            out.write(item.model_dump_json().encode() + b"\n")
            self.accepted += 1
            for p in item.metadata.patterns:
                self.patterns[p] = self.patterns.get(p, 0) + 1
        else:
            rejects.write(item.model_dump_json().encode() + b"\n")
            self.rejected += 1


def rejects_path(output: Path) -> Path:
    return output.with_name(output.stem + ".rejects.jsonl")


def generate(
    config: RunConfig,
    output: Path,
    workers: int = 1,
    on_result: Progress | None = None,
    runtime: Runtime | None = None,
    on_planned: Callable[[int], None] | None = None,
) -> RunResult:
    """Generate `config.n` conversations into `output` (and rejects beside it)."""
    rt = runtime or Runtime.build(config)
    planned = plan_run(rt, config, on_planned)
    result = RunResult(output=output, rejects=rejects_path(output))
    with open_for_writing(output) as out, open_for_writing(result.rejects) as rej:
        for index, item in _realise(rt, config, planned, workers):
            result.write(item, out, rej)
            if on_result is not None:
                on_result(index, item)
    return result


def realise_all(rt: Runtime, config: RunConfig, workers: int = 1) -> list[Record | Rejection]:
    """All episodes of a run in index order, in memory (experiments, tests)."""
    return [item for _, item in _realise(rt, config, plan_run(rt, config), workers)]


def _realise(
    rt: Runtime, config: RunConfig, planned: Planned, workers: int
) -> Iterator[tuple[int, Record | Rejection]]:
    if workers <= 1 or len(planned) < 2:
        for index, (chain, scenario) in enumerate(planned):
            yield index, run_episode(rt, config, index, chain, scenario)
        return
    global _STATE
    _STATE = (rt, config, planned)
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(workers) as pool:
            chunk = max(1, min(32, len(planned) // (workers * 8)))
            yield from enumerate(pool.imap(_work, range(len(planned)), chunksize=chunk))
    finally:
        _STATE = None


def _work(index: int) -> Record | Rejection:
    assert _STATE is not None, "worker started without a runtime"
    rt, config, planned = _STATE
    chain, scenario = planned[index]
    return run_episode(rt, config, index, chain, scenario)
