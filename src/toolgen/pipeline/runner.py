"""The runner: plan the run, realise episodes on N workers, write JSONL in index order.

Output depends only on (corpus, config, seed): episodes are planned in index order in
one process (streamed, so a huge `-n` starts writing at once), realised anywhere, and
written in index order, so `--workers` never changes a byte. Workers are forked
processes that inherit the built runtime; plans reach them in bounded windows.

A run that fails or is interrupted keeps what it completed: `RunAborted` says where
the completed records are (a `.partial` file beside the output) and how many.
"""

from __future__ import annotations

import asyncio
import itertools
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from toolgen.io.output import Written, check_writable, open_for_writing, partial_path
from toolgen.pipeline.episode import run_episode
from toolgen.pipeline.plan import iter_plans
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Chain, Record, Rejection, Scenario

Plan = tuple[Chain, Scenario]
Progress = Callable[[int, "Record | Rejection"], None]

_STATE: tuple[Runtime, RunConfig] | None = None
_WINDOW = 4096
"""Plans handed to the worker pool at a time (bounds memory for a huge -n)."""


class Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


@dataclass
class RunResult:
    output: Path
    rejects: Path
    accepted: int = 0
    rejected: int = 0
    patterns: dict[str, int] = field(default_factory=dict)
    fallback_records: int = 0
    """Live records where a provider failure made a role fall back to offline text."""
    fallback_roles: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def write(self, item: Record | Rejection, out: Sink, rejects: Sink) -> None:
        """Append `item` to the records or the rejects file and count it."""
        if isinstance(item, Record):
            out.write(item.model_dump_json().encode() + b"\n")
            self.accepted += 1
            for p in item.metadata.patterns:
                self.patterns[p] = self.patterns.get(p, 0) + 1
        else:
            rejects.write(item.model_dump_json().encode() + b"\n")
            self.rejected += 1
        self._count_fallbacks(item)

    def _count_fallbacks(self, item: Record | Rejection) -> None:
        record = item if isinstance(item, Record) else item.record
        if record is None:
            return
        failed = {f.split(":", 1)[0] for f in record.metadata.fallbacks
                  if f.endswith((":error", ":skipped"))}
        if failed:
            self.fallback_records += 1
            for role in failed:
                self.fallback_roles[role] = self.fallback_roles.get(role, 0) + 1


class RunAborted(Exception):
    """A run stopped by an error or Ctrl-C; what it completed is kept (see `message`)."""

    def __init__(self, cause: BaseException, result: RunResult, kept: Written,
                 kept_rejects: Written) -> None:
        self.cause = cause
        self.result = result
        self.kept = kept
        self.kept_rejects = kept_rejects
        super().__init__(self.message())

    @property
    def interrupted(self) -> bool:
        return isinstance(self.cause, KeyboardInterrupt)

    def reason(self) -> str:
        if self.interrupted:
            return "interrupted"
        text = " ".join(str(self.cause).split())[:300]
        return f"{type(self.cause).__name__}: {text}" if text else type(self.cause).__name__

    def message(self) -> str:
        """One line: why the run stopped, where the completed records are, how many."""
        if self.kept.path is not None and self.kept.lines:
            where = f"{self.kept.lines} completed records kept in {self.kept.path}"
        elif self.kept.lines:
            where = f"{self.kept.lines} completed records could not be kept (cannot write " \
                    f"{partial_path(self.result.output)})"
        else:
            where = "no completed record to keep"
        if self.kept_rejects.path is not None and self.kept_rejects.lines:
            where += f" ({self.kept_rejects.lines} rejects in {self.kept_rejects.path})"
        return f"{self.reason()}; {where}"


def rejects_path(output: Path) -> Path:
    suffix = ".rejects.jsonl"
    # Leave room for the suffix (and the partial marker) under the 255-byte name limit.
    stem = output.stem.encode()[: 255 - len(suffix) - len(".partial")].decode(errors="ignore")
    return output.with_name(stem + suffix)


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


@contextmanager
def run_outputs(result: RunResult) -> Iterator[tuple[Sink, Sink]]:
    """The records and rejects files of a run, opened together; completed lines survive.

    Any failure or interruption inside becomes `RunAborted` naming the partial files,
    unless nothing was written yet (then the caller's own error handling applies).
    """
    kept, kept_rejects = Written(), Written()
    try:
        with ExitStack() as stack:
            out = stack.enter_context(open_for_writing(result.output, kept))
            rej = stack.enter_context(open_for_writing(result.rejects, kept_rejects))
            yield out, rej
    except BaseException as exc:
        stopped = isinstance(exc, KeyboardInterrupt | asyncio.CancelledError)
        if kept.lines == 0 and kept_rejects.lines == 0 and not stopped:
            raise
        cause: BaseException = KeyboardInterrupt() if stopped else exc
        raise RunAborted(cause, result, kept, kept_rejects) from exc


def generate(
    config: RunConfig,
    output: Path,
    workers: int = 1,
    on_result: Progress | None = None,
    runtime: Runtime | None = None,
    on_planned: Callable[[int], None] | None = None,
) -> RunResult:
    """Generate `config.n` conversations into `output` (and rejects beside it).

    Raises `RunAborted` (keeping the completed records) when the run fails part-way or
    is interrupted.
    """
    rt = runtime or Runtime.build(config)
    workers, note = capped_workers(workers)
    result = RunResult(output=output, rejects=rejects_path(output))
    if note:
        result.notes.append(note)

    with run_outputs(result) as (out, rej):
        for index, item in _realise(rt, config, iter_plans(rt, config, on_planned), workers):
            result.write(item, out, rej)
            if on_result is not None:
                on_result(index, item)
    return result


def realise_all(rt: Runtime, config: RunConfig, workers: int = 1) -> list[Record | Rejection]:
    """All episodes of a run in index order, in memory (experiments, tests)."""
    return [item for _, item in _realise(rt, config, iter_plans(rt, config), workers)]


def _realise(
    rt: Runtime, config: RunConfig, plans: Iterable[Plan], workers: int
) -> Iterator[tuple[int, Record | Rejection]]:
    if workers <= 1 or config.n < 2:
        for index, (chain, scenario) in enumerate(plans):
            yield index, run_episode(rt, config, index, chain, scenario)
        return
    global _STATE
    _STATE = (rt, config)
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(workers, initializer=_ignore_sigint) as pool:
            numbered = enumerate(plans)
            while window := list(itertools.islice(numbered, _WINDOW)):
                chunk = max(1, min(32, len(window) // (workers * 8)))
                for (index, _plan), item in zip(
                        window, pool.imap(_work, window, chunksize=chunk), strict=True):
                    yield index, item
    finally:
        _STATE = None


def _ignore_sigint() -> None:
    # Ctrl-C is the parent's to handle (it keeps the completed records); workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(job: tuple[int, Plan]) -> Record | Rejection:
    assert _STATE is not None, "worker started without a runtime"
    rt, config = _STATE
    index, (chain, scenario) = job
    return run_episode(rt, config, index, chain, scenario)
