"""Output files: checked, locked, written to a temp file beside the target, renamed on success.

Owns the rules that keep a user's data safe whatever happens to a run:
- an existing output that is not a regular file (device node, FIFO, socket) or is a
  symbolic link is refused, never replaced (as root, `-o /dev/null` would otherwise
  replace the system's `/dev/null`);
- a second run writing the same output is refused while the first holds its lock;
- records are written to a temp file in the target's directory and renamed over the
  target only on success, so readers never see a half-written file;
- on failure or Ctrl-C the completed lines are kept in a clearly named partial file
  (`<stem>.partial<suffix>`) instead of being deleted with the temp file.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO


class OutputError(OSError):
    """An output path that cannot be written (the message names it)."""


def partial_path(path: Path) -> Path:
    """Where the completed lines of a failed or interrupted run are kept."""
    suffix = f".partial{path.suffix}"
    # A long output name (up to 255 bytes) must still leave room for the marker.
    stem = path.stem.encode()[: 255 - len(suffix.encode())].decode(errors="ignore")
    return path.with_name(f"{stem}{suffix}")


def write_bytes(path: Path, data: bytes) -> None:
    """Write a whole small file with the same safety rules as a run's output."""
    with open_for_writing(path) as fh:
        fh.write(data)


def check_target(path: Path) -> None:
    """Refuse an existing output that is a symlink, a directory or not a regular file."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"{path}: cannot inspect output ({exc.strerror})") from exc
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(f"{path}: is a symbolic link; refusing to replace it "
                          "(give the real file's path)")
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{path}: is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{path}: is not a regular file (device, FIFO or socket); "
                          "refusing to write over it")


def check_writable(path: Path) -> None:
    """Fail early, before any work, when `path` cannot be created or must not be replaced.

    Permission bits are not enough (root passes `os.access` on `/proc`), so this
    creates and removes a probe file beside `path`.
    """
    check_target(path)
    parent = path.parent
    for ancestor in (parent, *parent.parents):
        if ancestor.exists():
            if not ancestor.is_dir():
                raise OutputError(f"{ancestor}: is a file, not a directory")
            break
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{parent}: cannot create directory ({exc.strerror})") from exc
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{parent}: directory is not writable")
    if len(path.name.encode()) > 255:
        raise OutputError(f"{path.name[:40]}...: file name too long (over 255 bytes)")
    try:
        fd, probe = tempfile.mkstemp(dir=parent, prefix=".toolgen-", suffix=".probe")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror})") from exc
    os.close(fd)
    os.unlink(probe)


@contextmanager
def output_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (a hidden lock file beside it) or refuse at once."""
    lock = path.with_name(f".{path.name}.lock"[:255])
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            raise OutputError(f"{path}: cannot lock output ({exc.strerror})") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputError(f"{path}: another run is writing this output; "
                              "wait for it or choose another -o") from None
        # The holder before us may have unlinked the lock file after we opened it.
        try:
            same = os.fstat(fd).st_ino == os.stat(lock).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)


@dataclass
class Written:
    """Where the lines of a finished or aborted write ended up."""

    path: Path | None = None
    lines: int = 0


class LineSink:
    """A binary file that counts the lines written to it."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.lines = 0

    def write(self, data: bytes) -> int:
        self.lines += data.count(b"\n")
        return self.handle.write(data)


@contextmanager
def open_for_writing(path: Path, outcome: Written | None = None) -> Iterator[LineSink]:
    """A file at `path` that appears only on success; on failure its lines go to the partial.

    `outcome`, when given, says afterwards where the lines are (the target, the partial
    file, or nowhere when nothing was written) and how many there are.
    """
    outcome = outcome if outcome is not None else Written()
    check_writable(path)
    with output_lock(path):
        check_target(path)
        try:
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=".toolgen-", suffix=".tmp")
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
        tmp = Path(name)
        os.chmod(tmp, 0o644)
        sink = LineSink(os.fdopen(fd, "wb"))
        try:
            with sink.handle:
                yield sink
            os.replace(tmp, path)
            outcome.path, outcome.lines = path, sink.lines
        except BaseException:
            outcome.lines = sink.lines
            _keep_partial(tmp, path, outcome)
            raise
        finally:
            if tmp.exists():
                tmp.unlink()


def _keep_partial(tmp: Path, path: Path, outcome: Written) -> None:
    """Rename the temp file to the partial file (its torn last line cut); else keep nothing."""
    if outcome.lines == 0 or not tmp.exists():
        return
    target = partial_path(path)
    try:
        check_target(target)
        with open(tmp, "rb+") as handle:
            _drop_torn_tail(handle)
        os.replace(tmp, target)
        outcome.path = target
    except OSError:
        outcome.path = None


def _drop_torn_tail(handle: IO[bytes]) -> None:
    """Cut a last line that lacks its newline (a write cut short by the failure)."""
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    if size == 0:
        return
    handle.seek(size - 1)
    if handle.read(1) == b"\n":
        return
    data_end = size
    step = 1 << 16
    while data_end > 0:
        start = max(0, data_end - step)
        handle.seek(start)
        chunk = handle.read(data_end - start)
        cut = chunk.rfind(b"\n")
        if cut >= 0:
            handle.truncate(start + cut + 1)
            return
        data_end = start
    handle.truncate(0)
