"""The run manifest: what a run is (corpus, config, seed) and how far it got, beside its output.

`<stem>.manifest.json` is rewritten atomically (temp file, fsync, rename) at every
checkpoint, so after a crash it always names a consistent resume point: the first index
not yet written and the byte length of the records and rejects files at that point.
Timestamps and host facts live here, never in records, so records stay byte-identical.

This module only knows the file; what counts as "the same run" is decided by the
pipeline, which fills `identity`.
"""

from __future__ import annotations

import os
import platform
import socket
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

FORMAT = "toolgen-run"
VERSION = 1
Status = Literal["running", "interrupted", "failed", "complete"]


class ManifestError(OSError):
    """A manifest that cannot be read or written (the message names the file)."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Host(_Model):
    hostname: str
    platform: str
    python: str
    cpus: int
    pid: int

    @staticmethod
    def here() -> Host:
        return Host(hostname=socket.gethostname(), platform=platform.platform(),
                    python=platform.python_version(), cpus=os.cpu_count() or 1, pid=os.getpid())


class Checkpoint(_Model):
    """A consistent point of the run: everything before `next_index` is on disk."""

    next_index: int = 0
    records_bytes: int = 0
    rejects_bytes: int = 0
    accepted: int = 0
    rejected: int = 0
    patterns: dict[str, int] = Field(default_factory=dict)
    fallback_records: int = 0
    fallback_roles: dict[str, int] = Field(default_factory=dict)


class LiveTotals(_Model):
    """Provider calls and tokens by role, summed over every attempt of the run."""

    calls: dict[str, int] = Field(default_factory=dict)
    prompt_tokens: dict[str, int] = Field(default_factory=dict)
    completion_tokens: dict[str, int] = Field(default_factory=dict)

    def plus(self, other: LiveTotals) -> LiveTotals:
        def add(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
            return {k: a.get(k, 0) + b.get(k, 0) for k in sorted({*a, *b})}
        return LiveTotals(calls=add(self.calls, other.calls),
                          prompt_tokens=add(self.prompt_tokens, other.prompt_tokens),
                          completion_tokens=add(self.completion_tokens,
                                                other.completion_tokens))

    @property
    def total_calls(self) -> int:
        return sum(self.calls.values())


class Attempt(_Model):
    """One process that worked on the run (the first run, then each resume)."""

    started_at: str
    ended_at: str | None = None
    status: Status = "running"
    from_index: int = 0
    engine: str = "local"
    workers: int = 1
    host: Host
    live: LiveTotals = Field(default_factory=LiveTotals)


class RunManifest(_Model):
    format: str = FORMAT
    version: int = VERSION
    run_id: str
    status: Status = "running"
    toolgen_version: str
    output: str
    rejects: str
    identity: dict[str, Any] = Field(
        description="What decides the output: corpus fingerprint, config, seed, mode.")
    generation_profile: dict[str, Any] = Field(
        default_factory=dict,
        description="The run's generation settings (records keep only the corpus and run "
        "seed they need to be replayed alone).")
    started_at: str
    updated_at: str
    ended_at: str | None = None
    stop_reason: str | None = None
    checkpoint: Checkpoint = Field(default_factory=Checkpoint)
    attempts: tuple[Attempt, ...] = ()

    @property
    def live(self) -> LiveTotals:
        total = LiveTotals()
        for attempt in self.attempts:
            total = total.plus(attempt.live)
        return total

    def with_attempt(self, attempt: Attempt) -> RunManifest:
        """This manifest with its last attempt replaced by `attempt`."""
        return self.model_copy(update={"attempts": (*self.attempts[:-1], attempt)})


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def manifest_path(output: Path) -> Path:
    suffix = ".manifest.json"
    # Leave room for the suffix under the 255-byte file-name limit.
    stem = output.stem.encode()[: 255 - len(suffix)].decode(errors="ignore")
    return output.with_name(stem + suffix)


def read_manifest(path: Path) -> RunManifest | None:
    """The manifest at `path`, or None when there is none (ManifestError when unreadable)."""
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read run manifest ({exc.strerror})") from exc
    try:
        manifest = RunManifest.model_validate(orjson.loads(blob))
    except (orjson.JSONDecodeError, ValidationError) as exc:
        raise ManifestError(f"{path}: not a readable run manifest; move it away or pass "
                            "--no-resume to start over") from exc
    if manifest.format != FORMAT:
        raise ManifestError(f"{path}: not a toolgen run manifest (format {manifest.format!r})")
    return manifest


def run_profile(output: Path) -> dict[str, Any]:
    """The generation profile of the run that wrote `output` ({} without a readable manifest)."""
    try:
        manifest = read_manifest(manifest_path(output))
    except ManifestError:
        return {}
    return dict(manifest.generation_profile) if manifest is not None else {}


def write_manifest(path: Path, manifest: RunManifest) -> None:
    """Replace `path` atomically and durably (a crash leaves the old or the new one)."""
    blob = orjson.dumps(manifest.model_dump(mode="json"),
                        option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".toolgen-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    """Make a rename in `directory` durable (best effort where directories cannot sync)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def differences(expected: dict[str, Any], found: dict[str, Any]) -> list[str]:
    """Human phrases for the identity keys that differ, e.g. `seed (was 42, now 7)`."""
    out = []
    for key in sorted({*expected, *found}):
        before, after = found.get(key), expected.get(key)
        if before != after:
            if isinstance(before, dict) and isinstance(after, dict):
                inner = [f"{key}.{d}" for d in differences(after, before)]
                out.extend(inner)
            else:
                out.append(f"{key} (was {_short(before)}, now {_short(after)})")
    return out


def _short(value: Any) -> str:
    text = orjson.dumps(value).decode() if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "..."

