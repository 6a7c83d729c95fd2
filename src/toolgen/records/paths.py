"""JSON paths into tool outputs: `$.results[0].id` style, formatted and resolved.

Used by the planner to cite where an argument comes from, by the executor to list the
ids an output returns, and by the grounding validator to check the citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

_TOKEN = re.compile(r"\.([A-Za-z0-9_\-$@]+)|\[(\d+)\]|\[\"((?:[^\"\\]|\\.)*)\"\]")
_SIMPLE_KEY = re.compile(r"^[A-Za-z0-9_\-$@]+$")

_MISSING = object()


class PathError(LookupError):
    """A path that does not resolve in the given document."""


def format_path(parts: tuple[str | int, ...] | list[str | int]) -> str:
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _SIMPLE_KEY.match(part):
            out.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace('"', '\\"')
            out.append(f'["{escaped}"]')
    return "".join(out)


def parse_path(path: str) -> list[str | int]:
    return list(_parsed(path))


@lru_cache(maxsize=16384)  # a record's paths are read again by each validator and turn
def _parsed(path: str) -> tuple[str | int, ...]:
    if not path.startswith("$"):
        raise PathError(f"path must start with '$': {path!r}")
    parts: list[str | int] = []
    pos = 1
    while pos < len(path):
        m = _TOKEN.match(path, pos)
        if m is None:
            raise PathError(f"bad path syntax at {pos}: {path!r}")
        key, index, quoted = m.groups()
        if key is not None:
            parts.append(key)
        elif index is not None:
            parts.append(int(index))
        else:
            parts.append(re.sub(r"\\(.)", r"\1", quoted))
        pos = m.end()
    return tuple(parts)


def resolve(document: Any, path: str) -> Any:
    """The value at `path`; raises PathError when it is absent."""
    node = document
    for part in parse_path(path):
        if isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                raise PathError(f"{path}: no index {part}")
            node = node[part]
        else:
            if not isinstance(node, dict) or part not in node:
                raise PathError(f"{path}: no key {part!r}")
            node = node[part]
    return node


Leaf = tuple[tuple[str | int, ...], Any]


def walk_leaves(document: Any, prefix: tuple[str | int, ...] = ()) -> Iterator[Leaf]:
    """Every scalar leaf with its path parts, depth first, in document order."""
    if isinstance(document, dict):
        for key, value in document.items():
            yield from walk_leaves(value, (*prefix, str(key)))
    elif isinstance(document, list):
        for i, value in enumerate(document):
            yield from walk_leaves(value, (*prefix, i))
    else:
        yield prefix, document
