"""Reading corpus files safely: directory walks that see `.json`, size guards, JSON decoding.

Owns turning a path into decoded documents or a one-line Diagnostic; never raises for bad
input (missing, unreadable, non-UTF-8, non-JSON, 0-byte, oversized). Only regular files
are read, opened non-blocking and read to at most the size limit, so a FIFO or a device
named `x.json` is a diagnostic, never a hang. A UTF-8 byte order mark is accepted.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import orjson

from toolgen.records import Diagnostic

MAX_FILE_BYTES = 64 * 1024 * 1024
BOM = b"\xef\xbb\xbf"


def is_json_name(name: str) -> bool:
    """'.json' counts (Path('.json').suffix is '' and glob('*.json') hides it)."""
    return name.endswith(".json") or name.endswith(".jsonl")


def json_files(directory: Path) -> list[Path]:
    """JSON files directly in `directory`, sorted by name (iterdir, not glob)."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    # FIFOs and dangling links are listed too: reading them gives a diagnostic. Sorted by
    # name, which orders paths of one folder as Path comparison does, at string speed.
    return [Path(e.path) for e in sorted(entries, key=_name)
            if not _is_dir(e) and is_json_name(e.name)]


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def directory_problems(root: Path) -> list[Diagnostic]:
    """Folders under `root` (one level) that cannot be listed: unreadable, symlink loops."""
    problems: list[Diagnostic] = []
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        return [Diagnostic(path=str(root), reason=f"cannot list folder: {_why(exc)}")]
    for entry in entries:
        try:
            if entry.is_symlink() and not os.path.exists(entry.path):
                os.stat(entry.path)  # raises: dangling link or loop
            if entry.is_dir():
                os.scandir(entry.path).close()
        except OSError as exc:
            if entry.name.endswith((".json", ".jsonl")):
                continue  # reported when the file is read
            problems.append(Diagnostic(path=entry.path, reason=f"skipped: {_why(exc)}"))
    return problems


def _why(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "dangling symbolic link"
    return str(exc.strerror or exc)


def json_files_recursive(root: Path) -> list[Path]:
    out: list[Path] = []
    for base, dirs, files in os.walk(root, onerror=lambda _exc: None):
        dirs.sort()
        out.extend(Path(base) / f for f in sorted(files) if is_json_name(f))
    return out


def subdirectories(directory: Path) -> list[Path]:
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    return [Path(e.path) for e in sorted(entries, key=_name) if _is_dir(e)]


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes | Diagnostic:
    """A regular file's bytes (a leading BOM removed), or a Diagnostic saying why not."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        return Diagnostic(path=str(path), reason=f"unreadable: {_why(exc)}")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return Diagnostic(path=str(path), reason="not a regular file (FIFO, device or "
                                                     "socket); skipped")
        if info.st_size == 0:
            return Diagnostic(path=str(path), reason="empty file (0 bytes)")
        if info.st_size > limit:
            return Diagnostic(path=str(path), reason=f"file too large ({info.st_size} bytes)")
        data = _read_upto(fd, info.st_size, limit + 1)
    except OSError as exc:
        return Diagnostic(path=str(path), reason=f"unreadable: {_why(exc)}")
    finally:
        os.close(fd)
    if len(data) > limit:
        return Diagnostic(path=str(path), reason=f"file too large (over {limit} bytes)")
    return data[len(BOM):] if data.startswith(BOM) else data


def _read_upto(fd: int, size: int, most: int) -> bytes:
    """At most `most` bytes from `fd`, for a file `fstat` said holds `size`: one read of
    `size + 1` (a single read of `most`, 64 MiB, would allocate that much for every
    small file), then small reads to the end (a file grown since `fstat` is read on,
    to `most`, as before)."""
    parts = []
    want = min(size + 1, most)
    got = 0
    while got < most:
        chunk = os.read(fd, want)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
        want = min(most - got, 1 << 16)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> bytes | None:
    """Like `read_bytes`, None instead of a Diagnostic (the secret scan skips silently)."""
    data = read_bytes(path, limit)
    return None if isinstance(data, Diagnostic) else data


def _one_line(message: str) -> str:
    return " ".join(message.split())[:200]


def read_json(path: Path) -> object | Diagnostic:
    """The decoded document, or a Diagnostic naming the file and the reason."""
    raw = read_bytes(path)
    if isinstance(raw, Diagnostic):
        return raw
    try:
        data: object = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        reason = "invalid UTF-8" if "utf-8" in str(exc).lower() else "not valid JSON"
        return Diagnostic(path=str(path), reason=f"{reason}: {_one_line(str(exc))}")
    return data


def read_json_lines(path: Path) -> tuple[list[object], list[Diagnostic]] | Diagnostic:
    """A JSON Lines file (or one pretty-printed document) as a list of documents."""
    raw = read_bytes(path)
    if isinstance(raw, Diagnostic):
        return raw
    try:
        whole = orjson.loads(raw)
        return ([whole] if not isinstance(whole, list) else list(whole)), []
    except orjson.JSONDecodeError:
        pass
    docs: list[object] = []
    problems: list[Diagnostic] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            docs.append(orjson.loads(line))
        except orjson.JSONDecodeError as exc:
            problems.append(
                Diagnostic(path=f"{path}:{number}", reason=f"not valid JSON: {_one_line(str(exc))}")
            )
    if not docs:
        return Diagnostic(path=str(path), reason="no valid JSON document or line")
    return docs, problems


def iter_lines(docs: list[object]) -> Iterator[tuple[int, object]]:
    yield from enumerate(docs, start=1)
