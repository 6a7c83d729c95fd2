"""Reading corpus files safely: directory walks that see `.json`, size guards, JSON decoding.

Owns turning a path into decoded documents or a one-line Diagnostic; never raises for bad
input (missing, unreadable, non-UTF-8, non-JSON, 0-byte, oversized).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import orjson

from toolgen.records import Diagnostic

MAX_FILE_BYTES = 64 * 1024 * 1024


def is_json_name(name: str) -> bool:
    """'.json' counts (Path('.json').suffix is '' and glob('*.json') hides it)."""
    return name.endswith(".json") or name.endswith(".jsonl")


def json_files(directory: Path) -> list[Path]:
    """JSON files directly in `directory`, sorted by name (iterdir, not glob)."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    return sorted(Path(e.path) for e in entries if e.is_file() and is_json_name(e.name))


def json_files_recursive(root: Path) -> list[Path]:
    out: list[Path] = []
    for base, dirs, files in os.walk(root):
        dirs.sort()
        out.extend(Path(base) / f for f in sorted(files) if is_json_name(f))
    return out


def subdirectories(directory: Path) -> list[Path]:
    try:
        return sorted(Path(e.path) for e in os.scandir(directory) if e.is_dir())
    except OSError:
        return []


def read_bytes(path: Path) -> bytes | Diagnostic:
    try:
        size = path.stat().st_size
        if size == 0:
            return Diagnostic(path=str(path), reason="empty file (0 bytes)")
        if size > MAX_FILE_BYTES:
            return Diagnostic(path=str(path), reason=f"file too large ({size} bytes)")
        return path.read_bytes()
    except OSError as exc:
        return Diagnostic(path=str(path), reason=f"unreadable: {exc.strerror or exc}")


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
