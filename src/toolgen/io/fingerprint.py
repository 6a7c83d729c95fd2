"""The key of a prepared corpus: the corpus's bytes, the loading options and ToolGen's code.

A prepared corpus (`io.prepared`) may be reused only when everything that decided it is
unchanged: every file under the corpus path (names and contents, not times: a copy or a
touched file with the same bytes still matches, an edit of the same size does not), the
path as given (loaded records keep source paths), the format, `--max-tools`, and the
code that loads, builds and plans (every module of the installed `toolgen` package).
Anything this module cannot read plainly (a FIFO, a device, an unreadable file, an MCP
server) makes the corpus unkeyable: it is then always loaded afresh, never reused.
"""

from __future__ import annotations

import hashlib
import os
import stat
from functools import cache
from pathlib import Path
from typing import Any

from toolgen import __version__

KEY_VERSION = 2
# SHA-256 (not BLAKE2): the CPU's SHA instructions hash the corpus twice as fast, and
# both `build` and every `generate` hash all of it (100 MB for full ToolBench).
_HASH = hashlib.sha256
_CHUNK = 1 << 20


def corpus_key(source: str, fmt: str, max_tools: int | None, files: Path) -> str | None:
    """A hex digest of what decides a prepared corpus, or None when it cannot be keyed.

    `source` is the corpus path as the run names it ('bundled' for the bundled one);
    `files` is where its bytes are read.
    """
    digest = _HASH()
    head = f"{KEY_VERSION}\x1f{__version__}\x1f{code_digest()}\x1f{source}\x1f{fmt}\x1f" \
           f"{max_tools}\x1e"
    digest.update(head.encode())
    if not _feed_tree(digest, files):
        return None
    return digest.hexdigest()


def _feed_tree(digest: Any, root: Path) -> bool:
    """Feed every regular file under `root` (names relative to it, then bytes)."""
    try:
        return _feed_walk(digest, root)
    except OSError:
        return False


def _feed_walk(digest: Any, root: Path) -> bool:
    info = os.stat(root)
    if stat.S_ISREG(info.st_mode):
        return _feed_file(digest, str(root), ".")
    if not stat.S_ISDIR(info.st_mode):
        return False
    seen: set[tuple[int, int]] = set()
    for base, dirs, names in os.walk(root, followlinks=True, onerror=_raise):
        here = os.stat(base)
        if (here.st_dev, here.st_ino) in seen:  # a symbolic link loop
            return False
        seen.add((here.st_dev, here.st_ino))
        dirs.sort()
        relative = os.path.relpath(base, root)
        for name in sorted(names):
            if not _feed_file(digest, os.path.join(base, name), os.path.join(relative, name)):
                return False
    return True


def _raise(exc: OSError) -> None:
    raise exc


def _feed_file(digest: Any, path: str, name: str) -> bool:
    try:
        # Opened without blocking, then checked: a FIFO is refused, never waited on.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return False
        digest.update(f"{name}\x1f{info.st_size}\x1f".encode("utf-8", "surrogateescape"))
        want = min(info.st_size + 1, _CHUNK)
        while chunk := os.read(fd, want):
            digest.update(chunk)
            want = _CHUNK
    except OSError:
        return False
    finally:
        os.close(fd)
    digest.update(b"\x1e")
    return True


@cache
def code_digest() -> str:
    """A digest of every module of the running `toolgen` package (any code change, even
    without a version bump, makes earlier prepared corpora stale)."""
    package = Path(__file__).resolve().parents[1]
    digest = _HASH()
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\x1f")
        digest.update(path.read_bytes())
        digest.update(b"\x1e")
    return digest.hexdigest()
