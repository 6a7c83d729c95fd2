"""The key of a prepared corpus: the corpus's bytes, the loading options and ToolGen's code.

A prepared corpus (`io.prepared`) may be reused only when everything that decided it is
unchanged: every file under the corpus path (names and contents, not times: a copy or a
touched file with the same bytes still matches, an edit of the same size does not), the
path as given (loaded records keep source paths), the format, `--max-tools`, and the
code that loads, builds and plans (every module of the installed `toolgen` package).
Anything this module cannot read plainly (a FIFO, a device, an unreadable file, an MCP
server) makes the corpus unkeyable: it is then always loaded afresh, never reused.

Hashing every byte costs a `generate` as much as a tenth of its start-up (100 MB read
and hashed for full ToolBench), so `build` also stores a `tree_stamp`: the same walk with
each file's size, inode and times instead of its bytes. A run whose stamp equals the
stored one reads no corpus file to know it is unchanged; any other stamp (a copy, a
touched file, an edit) falls back to the key, so a same-bytes copy still matches.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from toolgen import __version__

KEY_VERSION = 2
# SHA-256 (not BLAKE2): the CPU's SHA instructions hash the corpus twice as fast, and
# both `build` and every `generate` hash all of it (100 MB for full ToolBench).
_HASH = hashlib.sha256
_CHUNK = 1 << 20
# A file whose modification or change time is this close to the stamp (or later) could
# still be edited within the filesystem clock's tick, keeping its size and times: such a
# tree gets no stamp, and runs hash it.
SETTLED_NS = 2_000_000_000


class _Unkeyable(Exception):
    """The tree holds something that is not plainly readable (or a symbolic link loop)."""


def corpus_key(source: str, fmt: str, max_tools: int | None, files: Path) -> str | None:
    """A hex digest of what decides a prepared corpus, or None when it cannot be keyed.

    `source` is the corpus path as the run names it ('bundled' for the bundled one);
    `files` is where its bytes are read.
    """
    digest = _HASH()
    digest.update(_head(source, fmt, max_tools))
    try:
        for path, name in _tree(files):
            if not _feed_file(digest, path, name):
                return None
    except (OSError, _Unkeyable):
        return None
    return digest.hexdigest()


def tree_stamp(source: str, fmt: str, max_tools: int | None, files: Path) -> str | None:
    """What `corpus_key` covers, with each file's size, inode and times in place of its
    bytes (no file is read), or None: unkeyable, or a file changed too recently to tell
    by its times (`SETTLED_NS`). Equal stamps mean the very files `corpus_key` hashed,
    unwritten since: a write moves the modification and change times, and setting the
    modification time back moves the change time."""
    digest = _HASH()
    digest.update(_head(source, fmt, max_tools))
    settled = time.time_ns() - SETTLED_NS
    try:
        for path, name in _tree(files):
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode) or max(info.st_mtime_ns,
                                                     info.st_ctime_ns) > settled:
                return None
            digest.update(f"{name}\x1f{info.st_size}\x1f{info.st_mtime_ns}\x1f"
                          f"{info.st_ctime_ns}\x1f{info.st_ino}\x1f{info.st_dev}\x1e"
                          .encode("utf-8", "surrogateescape"))
    except (OSError, _Unkeyable):
        return None
    return digest.hexdigest()


def _head(source: str, fmt: str, max_tools: int | None) -> bytes:
    return (f"{KEY_VERSION}\x1f{__version__}\x1f{code_digest()}\x1f{source}\x1f{fmt}\x1f"
            f"{max_tools}\x1e").encode()


def _tree(root: Path) -> Iterator[tuple[str, str]]:
    """(path, name relative to `root`) of every file under `root`, in key order; raises
    `_Unkeyable` for a root that is neither a file nor a directory, or a link loop."""
    info = os.stat(root)
    if stat.S_ISREG(info.st_mode):
        yield str(root), "."
        return
    if not stat.S_ISDIR(info.st_mode):
        raise _Unkeyable(root)
    seen: set[tuple[int, int]] = set()
    for base, dirs, names in os.walk(root, followlinks=True, onerror=_raise):
        here = os.stat(base)
        if (here.st_dev, here.st_ino) in seen:  # a symbolic link loop
            raise _Unkeyable(base)
        seen.add((here.st_dev, here.st_ino))
        dirs.sort()
        relative = os.path.relpath(base, root)
        for name in sorted(names):
            yield os.path.join(base, name), os.path.join(relative, name)


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
