"""A run's records and rejects files while it runs: appended in index order, resumable.

While a run is in progress its lines are appended to the partial files beside the
outputs (`<stem>.partial.jsonl` and the rejects' own partial file); on success both are
renamed over the outputs, so a reader never sees a half-written output. Lines are
written whole; `sync` flushes and fsyncs both files at checkpoints and returns their
lengths for the manifest.

After a crash, `recover` keeps the longest run of complete lines, in index order across
the two files, that starts at the last checkpoint; everything after (a torn last line,
lines past a gap) is cut, so the run can continue from the first missing index.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import orjson

from toolgen.io.manifest import fsync_dir
from toolgen.io.output import OutputError, check_target

_BUFFER = 1 << 16


class RecoveryError(OSError):
    """Partial files that do not match their manifest (the message names the file)."""


@dataclass
class Recovered:
    """Where the run continues, and the complete lines found past the last checkpoint."""

    next_index: int
    records_bytes: int
    rejects_bytes: int
    lines: list[tuple[bool, bytes]] = field(default_factory=list)
    """(is a record, raw line) in index order, for recounting."""


@dataclass(frozen=True, slots=True)
class _Line:
    index: int
    end: int
    raw: bytes


def _lines_from(path: Path, offset: int, is_record: bool) -> Iterator[_Line]:
    """Complete lines of `path` after byte `offset` with their record index; stops at a torn one."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        if offset:
            raise RecoveryError(f"{path}: missing, but the run manifest says it holds "
                                f"{offset} bytes; pass --no-resume to start over") from None
        return
    with handle:
        size = handle.seek(0, os.SEEK_END)
        if size < offset:
            raise RecoveryError(f"{path}: shorter than the run manifest's checkpoint "
                                f"({size} < {offset} bytes); pass --no-resume to start over")
        handle.seek(offset)
        end = offset
        for line in handle:
            if not line.endswith(b"\n"):
                return  # torn by the crash
            end += len(line)
            index = _index_of(line, is_record)
            if index is None:
                return
            yield _Line(index, end, line)


def _index_of(line: bytes, is_record: bool) -> int | None:
    try:
        value = orjson.loads(line)
        index = value["metadata"]["index"] if is_record else value["index"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return None
    return index if isinstance(index, int) else None


def recover(records: Path, rejects: Path, next_index: int, records_bytes: int,
            rejects_bytes: int) -> Recovered:
    """The resume point of the partial files `records` and `rejects` (see module docstring)."""
    found = Recovered(next_index, records_bytes, rejects_bytes)
    recs = _lines_from(records, records_bytes, True)
    rejs = _lines_from(rejects, rejects_bytes, False)
    rec, rej = next(recs, None), next(rejs, None)
    while True:
        if rec is not None and rec.index == found.next_index:
            found.records_bytes = rec.end
            found.lines.append((True, rec.raw))
            rec = next(recs, None)
        elif rej is not None and rej.index == found.next_index:
            found.rejects_bytes = rej.end
            found.lines.append((False, rej.raw))
            rej = next(rejs, None)
        else:
            return found
        found.next_index += 1


class RunWriter:
    """The two partial files of a run, appended to after the given byte lengths."""

    def __init__(self, records: Path, rejects: Path, records_bytes: int = 0,
                 rejects_bytes: int = 0) -> None:
        self.records_path, self.rejects_path = records, rejects
        self._records = _open_at(records, records_bytes)
        try:
            self._rejects = _open_at(rejects, rejects_bytes)
        except BaseException:
            self._records.close()
            raise

    def write(self, is_record: bool, line: bytes) -> None:
        """Append one whole line (`line` ends with a newline)."""
        (self._records if is_record else self._rejects).write(line)

    def sync(self) -> tuple[int, int]:
        """Flush and fsync both files; their lengths (the checkpoint's byte offsets)."""
        for handle in (self._records, self._rejects):
            handle.flush()
            os.fsync(handle.fileno())
        return self._records.tell(), self._rejects.tell()

    def close(self) -> None:
        for handle in (self._records, self._rejects):
            if not handle.closed:
                handle.close()

    def finish(self, records_target: Path, rejects_target: Path) -> None:
        """Sync, close and rename both partial files over their targets (rejects first)."""
        self.sync()
        self.close()
        for source, target in ((self.rejects_path, rejects_target),
                               (self.records_path, records_target)):
            check_target(target)
            os.replace(source, target)
        fsync_dir(records_target.parent)


def _open_at(path: Path, size: int) -> IO[bytes]:
    check_target(path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        os.ftruncate(fd, size)
        os.lseek(fd, size, os.SEEK_SET)
    except OSError:
        os.close(fd)
        raise
    return os.fdopen(fd, "wb", buffering=_BUFFER)
