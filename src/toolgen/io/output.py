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
    """Fail early, before any work, when `path` cannot be created.

    Permission bits are not enough (root passes `os.access` on `/proc`), so this
    creates and removes a probe file beside `path`.
    """
    if path.exists() and path.is_dir():
        raise OutputError(f"{path}: is a directory, not a file")
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
    probe = parent / f".{path.name}.probe"
    try:
        with open(probe, "wb"):
            pass
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror})") from exc
    probe.unlink(missing_ok=True)


@contextmanager
def open_for_writing(path: Path) -> Iterator[BinaryIO]:
    """A binary file at `path`; readers never see a half-written file."""
    check_writable(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        fh = open(tmp, "wb")  # noqa: SIM115 - closed below, errors become OutputError
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        with fh:
            yield fh
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
