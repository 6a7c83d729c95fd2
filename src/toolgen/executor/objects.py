"""`objects_in(output)`: every JSON object of a tool output, depth first, for the
in-place rules that settle an answer object by object; `key_names(obj)`: the normalised
names of an object's keys, what those rules test first."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from toolgen.executor.values import normalize_key


def objects_in(output: Any) -> Iterator[dict[str, Any]]:
    """Every object of an answer, depth first (a caller may change one before its
    children are visited)."""
    # Walked some twenty-five times per call: plain JSON's exact types first, subclasses
    # after, and only containers pushed (a list of strings costs one test per string,
    # not four after a pop); the order is that of pushing every child.
    stack = [output]
    pop = stack.pop
    push = stack.append
    while stack:
        node = pop()
        kind = type(node)
        if kind is dict or (kind is not list and isinstance(node, dict)):
            yield node
            for value in node.values():
                if isinstance(value, (dict, list)):
                    push(value)
        elif kind is list or isinstance(node, list):
            for value in node:
                if isinstance(value, (dict, list)):
                    push(value)


def key_names(obj: dict[str, Any]) -> frozenset[str]:
    """The normalised names of `obj`'s string keys (`checkInDate` -> `check_in_date`):
    a rule reading every object of every answer first asks whether one of its keys is
    there at all. Objects one plan draws share their keys, so this is worked out once
    per set of keys."""
    return _key_names(tuple(obj))


@lru_cache(maxsize=8192)
def _key_names(keys: tuple[Any, ...]) -> frozenset[str]:
    return frozenset(normalize_key(k) for k in keys if isinstance(k, str))
