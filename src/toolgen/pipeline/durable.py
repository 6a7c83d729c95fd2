"""Durable runs: start or resume a run from its manifest, checkpoint it, finish or stop it.

A run's lines go to partial files beside the output (`io.run_files`) and its manifest
(`io.manifest`) says what the run is and the last consistent point. Rerunning the same
command on the same output (or `--resume`) continues an unfinished run: the manifest's
identity (corpus fingerprint, config, seed, mode) must match, the partial files are cut
back to their last complete line in index order, and the run continues from the first
missing index, so the finished file is byte-identical to an uninterrupted run. A run
that fails or is interrupted keeps its partial files and says in one line how to resume.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from toolgen import __version__
from toolgen.io.encode import Encoded
from toolgen.io.manifest import (
    Attempt,
    Checkpoint,
    Host,
    LiveTotals,
    ManifestError,
    RunManifest,
    differences,
    manifest_path,
    now,
    read_manifest,
    write_manifest,
)
from toolgen.io.output import OutputError, Written, check_writable, output_lock, partial_path
from toolgen.io.run_files import RecoveryError, RunWriter, recover
from toolgen.io.tool_json import corpus_digest
from toolgen.pipeline.signal_shield import SignalShield, shielding
from toolgen.records import SCHEMA_VERSION, Record, Registry, Rejection

_CHECKPOINT_EVERY = 1000
_CHECKPOINT_SECONDS = 5.0


class ResumeError(OSError):
    """A run that cannot start because of an earlier unfinished one (one-line message)."""


def rejects_path(output: Path) -> Path:
    suffix = ".rejects.jsonl"
    # Leave room for the suffix (and the partial marker) under the 255-byte name limit.
    stem = output.stem.encode()[: 255 - len(suffix) - len(".partial")].decode(errors="ignore")
    return output.with_name(stem + suffix)


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
    resumed_from: int | None = None
    """The first index this process realised when it continued an unfinished run."""
    manifest: Path | None = None
    live: LiveTotals | None = None
    """Provider calls and tokens by role over every attempt (live runs)."""

    def count(self, item: Record | Rejection | Encoded) -> None:
        """Count `item` as written."""
        is_record, patterns, fallbacks = (
            (item.is_record, item.patterns, item.fallbacks) if isinstance(item, Encoded)
            else Encoded.facts(item))
        if is_record:
            self.accepted += 1
            for p in patterns:
                self.patterns[p] = self.patterns.get(p, 0) + 1
        else:
            self.rejected += 1
        failed = {f.split(":", 1)[0] for f in fallbacks
                  if f.endswith((":error", ":skipped"))}
        if failed:
            self.fallback_records += 1
            for role in failed:
                self.fallback_roles[role] = self.fallback_roles.get(role, 0) + 1

    def checkpoint(self, next_index: int, records_bytes: int, rejects_bytes: int) -> Checkpoint:
        return Checkpoint(next_index=next_index, records_bytes=records_bytes,
                          rejects_bytes=rejects_bytes, accepted=self.accepted,
                          rejected=self.rejected, patterns=dict(sorted(self.patterns.items())),
                          fallback_records=self.fallback_records,
                          fallback_roles=dict(sorted(self.fallback_roles.items())))

    def restore(self, point: Checkpoint) -> None:
        self.accepted, self.rejected = point.accepted, point.rejected
        self.patterns = dict(point.patterns)
        self.fallback_records = point.fallback_records
        self.fallback_roles = dict(point.fallback_roles)


class RunAborted(Exception):
    """A run stopped by an error or Ctrl-C; what it completed is kept (see `message`)."""

    def __init__(self, cause: BaseException, result: RunResult, kept: Written,
                 kept_rejects: Written, next_index: int | None = None) -> None:
        self.cause = cause
        self.result = result
        self.kept = kept
        self.kept_rejects = kept_rejects
        self.next_index = next_index
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
        """One line: why the run stopped, where the completed records are, how to resume."""
        if self.kept.path is not None and self.kept.lines:
            where = f"{self.kept.lines} completed records kept in {self.kept.path}"
        elif self.kept.lines:
            where = f"{self.kept.lines} completed records could not be kept (cannot write " \
                    f"{partial_path(self.result.output)})"
        else:
            where = "no completed record to keep"
        if self.kept_rejects.path is not None and self.kept_rejects.lines:
            where += f" ({self.kept_rejects.lines} rejects in {self.kept_rejects.path})"
        if self.next_index is not None and (self.kept.path or self.kept_rejects.path):
            where += (f"; rerun the same command (or add --resume) to continue from "
                      f"record {self.next_index}")
        return f"{self.reason()}; {where}"


def run_identity(config: Any, corpus: Registry | str, mode: dict[str, Any] | None = None
                 ) -> dict[str, Any]:
    """What decides a run's output: resuming requires every key to be equal.

    `corpus` is the registry or its `corpus_fingerprint` (a prepared corpus stores it).
    """
    return {
        "corpus": corpus if isinstance(corpus, str) else corpus_fingerprint(corpus),
        "config": _jsonable(dataclasses.asdict(config)),
        "seed": config.seed,
        "mode": mode or {"llm_mode": "offline"},
        "schema_version": SCHEMA_VERSION,
        "toolgen_version": __version__,
    }


def corpus_fingerprint(registry: Registry) -> str:
    """A digest of the loaded tools (what the run draws from), not of the files' bytes."""
    return corpus_digest(registry.tools)


def _jsonable(value: Any) -> Any:
    def default(obj: Any) -> Any:
        if isinstance(obj, frozenset | set):
            return sorted(obj, key=str)
        if isinstance(obj, Path):
            return str(obj)
        raise TypeError(type(obj).__name__)
    return orjson.loads(orjson.dumps(value, default=default,
                                     option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS))


class DurableRun:
    """An open run: write items in index order, checkpoint, and learn where it started."""

    def __init__(self, result: RunResult, writer: RunWriter, manifest: RunManifest,
                 start: int) -> None:
        self.result = result
        self.shield = SignalShield()
        """Keeps a write or checkpoint whole when Ctrl-C arrives in the middle of it."""
        self.writer = writer
        self.manifest = manifest
        self.start = start
        self.next_index = start
        self.live = LiveTotals()
        """This attempt's live totals (the caller keeps them current)."""
        self._since = 0
        self._last = time.monotonic()

    @property
    def path(self) -> Path:
        assert self.result.manifest is not None
        return self.result.manifest

    def write(self, item: Record | Rejection | Encoded) -> None:
        """Append `item` (the next index; encoded once, here or in a worker) and count it."""
        done = item if isinstance(item, Encoded) else Encoded.of(item)
        with self.shield.section():
            self.writer.write(done.is_record, done.line)
            self.result.count(done)
            self.next_index += 1
            self._since += 1

    def due(self) -> bool:
        """A checkpoint is due (every few thousand records or seconds)."""
        return (self._since >= _CHECKPOINT_EVERY
                or time.monotonic() - self._last >= _CHECKPOINT_SECONDS)

    def checkpoint(self, status: str = "running", reason: str | None = None) -> None:
        """Sync the files and record this point in the manifest (atomically)."""
        with self.shield.section():
            records_bytes, rejects_bytes = self.writer.sync()
            self._record(self.result.checkpoint(self.next_index, records_bytes,
                                                rejects_bytes), status, reason)

    def checkpoint_done(self) -> None:
        """Record that the run is complete (its files were renamed over the outputs)."""
        self._record(self.manifest.checkpoint, "complete", None)

    def _record(self, point: Checkpoint, status: str, reason: str | None) -> None:
        attempt = self.manifest.attempts[-1].model_copy(update={"live": self.live})
        update: dict[str, Any] = {"checkpoint": point, "updated_at": now()}
        if status != "running":
            attempt = attempt.model_copy(update={"status": status, "ended_at": now()})
            update.update(status=status, ended_at=now(), stop_reason=reason)
        self.manifest = self.manifest.with_attempt(attempt).model_copy(update=update)
        write_manifest(self.path, self.manifest)
        self.result.live = self.manifest.live if self.manifest.live.calls else None
        self._since, self._last = 0, time.monotonic()


@contextmanager
def durable_run(result: RunResult, identity: dict[str, Any], *, resume: bool | None = None,
                engine: str = "local", workers: int = 1,
                profile: dict[str, Any] | None = None) -> Iterator[DurableRun]:
    """Open (or continue) the run writing `result.output`; see the module docstring.

    `resume`: None continues a matching unfinished run or starts one, True requires an
    unfinished run, False discards one. Raises `ResumeError` (one line) when the
    unfinished run differs; a failure or Ctrl-C inside becomes `RunAborted`.
    """
    output = result.output
    check_writable(output)
    check_writable(result.rejects)
    result.manifest = manifest_path(output)
    with output_lock(output), shielding() as shield:
        run = _open(result, identity, resume, engine, workers, profile or {})
        run.shield = shield
        try:
            yield run
        except BaseException as exc:
            raise _stopped(run, exc) from exc
        try:
            run.checkpoint()
            run.writer.finish(output, result.rejects)
        except OSError as exc:
            raise _stopped(run, exc) from exc
        # Renamed first: a crash here leaves the finished output, never a lost partial.
        run.checkpoint_done()


def _open(result: RunResult, identity: dict[str, Any], resume: bool | None, engine: str,
          workers: int, profile: dict[str, Any]) -> DurableRun:
    output, path = result.output, result.manifest
    assert path is not None
    records, rejects = partial_path(output), partial_path(result.rejects)
    try:
        found = read_manifest(path)
    except ManifestError as exc:
        if resume is not False:
            raise ResumeError(str(exc)) from exc
        found = None
    unfinished = found is not None and found.status != "complete" and records.exists()
    attempt = Attempt(started_at=now(), engine=engine, workers=workers, host=Host.here())
    if unfinished and resume is not False:
        assert found is not None
        return _resume(result, found, identity, attempt, records, rejects)
    if resume is True:
        raise ResumeError(f"nothing to resume for {output}: no unfinished run "
                          f"({path.name} and {records.name} are needed)")
    if records.exists() and resume is None and found is None:
        raise ResumeError(f"{records}: completed records of an earlier run without a "
                          f"manifest; move it away, or pass --no-resume to start over")
    stamp = now()
    manifest = RunManifest(run_id=uuid.uuid4().hex[:16], toolgen_version=__version__,
                           output=output.name, rejects=result.rejects.name, identity=identity,
                           generation_profile=profile, started_at=stamp, updated_at=stamp,
                           attempts=(attempt,))
    writer = RunWriter(records, rejects)
    write_manifest(path, manifest)
    return DurableRun(result, writer, manifest, 0)


def _resume(result: RunResult, found: RunManifest, identity: dict[str, Any], attempt: Attempt,
            records: Path, rejects: Path) -> DurableRun:
    diffs = differences(identity, found.identity)
    if diffs:
        raise ResumeError(
            f"cannot resume {result.output}: the unfinished run in {result.manifest} had a "
            f"different {', '.join(diffs)}; rerun with its options, or pass --no-resume to "
            "start over")
    point = found.checkpoint
    try:
        got = recover(records, rejects, point.next_index, point.records_bytes,
                      point.rejects_bytes)
    except RecoveryError as exc:
        raise ResumeError(str(exc)) from exc
    result.restore(point)
    for is_record, raw in got.lines:
        result.count(Record.model_validate_json(raw) if is_record
                     else Rejection.model_validate_json(raw))
    result.resumed_from = got.next_index
    writer = RunWriter(records, rejects, got.records_bytes, got.rejects_bytes)
    attempt = attempt.model_copy(update={"from_index": got.next_index})
    manifest = found.model_copy(update={"status": "running", "ended_at": None,
                                        "stop_reason": None, "updated_at": now(),
                                        "attempts": (*found.attempts, attempt)})
    run = DurableRun(result, writer, manifest, got.next_index)
    run.checkpoint()
    return run


def _stopped(run: DurableRun, exc: BaseException) -> BaseException:
    """Keep what `run` completed and describe it; the exception to raise instead of `exc`."""
    import asyncio

    stopped = isinstance(exc, KeyboardInterrupt | asyncio.CancelledError)
    cause: BaseException = KeyboardInterrupt() if stopped else exc
    result = run.result
    try:
        run.checkpoint("interrupted" if stopped else "failed", _reason(cause))
    except (OSError, ValueError):  # ValueError: the files were already closed
        run.writer.close()
        return RunAborted(cause, result, Written(None, result.accepted),
                          Written(None, result.rejected))
    run.writer.close()
    records, rejects = run.writer.records_path, run.writer.rejects_path
    if result.accepted == 0 and result.rejected == 0:
        for path in (records, rejects, run.path):
            path.unlink(missing_ok=True)
        if not stopped:
            return exc
        return RunAborted(cause, result, Written(), Written())
    if result.rejected == 0:
        rejects.unlink(missing_ok=True)
    return RunAborted(cause, result, Written(records, result.accepted),
                      Written(rejects if result.rejected else None, result.rejected),
                      run.next_index)


def _reason(cause: BaseException) -> str:
    if isinstance(cause, KeyboardInterrupt):
        return "interrupted"
    text = " ".join(str(cause).split())[:300]
    return f"{type(cause).__name__}: {text}" if text else type(cause).__name__


__all__ = ["DurableRun", "OutputError", "ResumeError", "RunAborted", "RunResult",
           "durable_run", "rejects_path", "run_identity"]
