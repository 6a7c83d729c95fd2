"""`objects_in(output)`: every JSON object of a tool output, depth first, for the
in-place rules that settle an answer object by object."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def objects_in(output: Any) -> Iterator[dict[str, Any]]:
    """Every object of an answer, depth first (a caller may change one before its
    children are visited)."""
    stack = [output]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            yield node
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
