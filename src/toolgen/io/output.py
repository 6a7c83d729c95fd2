"""Output files: created with their parent directory, written atomically on success."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class OutputError(OSError):
    """An output path that cannot be written (the message names it)."""


def check_writable(path: Path) -> None:
    """Fail early, before any work, when `path` cannot be created."""
    if path.exists() and path.is_dir():
        raise OutputError(f"{path}: is a directory, not a file")
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{parent}: cannot create directory ({exc.strerror})") from exc
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{parent}: directory is not writable")


@contextmanager
def open_for_writing(path: Path) -> Iterator[BinaryIO]:
    """A binary file at `path`; readers never see a half-written file."""
    check_writable(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as fh:
            yield fh
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
