"""Coherent entity objects in mock outputs: one real row per recognised object.

`cohere(output, args, endpoint, rng)` runs once per successful call, after the response
is generated and the arguments echoed. It walks the output; every object recognised as
an airport, sports team, country, currency, listed stock or crypto asset
(`match.bind`) gets all its recognised identifying fields from ONE real row
(`match.choose` / `match.fill`), the row that agrees with what the call sent. String
fields whose name says a quantity and that hold a word get a figure (`quantities`).
Other fields are left alone; `rng` is drawn from only when something changes. Never
touches the network.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from toolgen.executor.entities.match import LISTED_ONCE, bind, choose, context_flags, fill
from toolgen.executor.entities.quantities import figure, quantity_range, wordy
from toolgen.executor.values import normalize_key

if TYPE_CHECKING:
    from toolgen.records import Endpoint

__all__ = ["cohere"]


@lru_cache(maxsize=4096)
def _endpoint_text(tool_name: str, name: str, function_name: str) -> str:
    return f"{tool_name} {name} {function_name}".lower()


@lru_cache(maxsize=4096)
def _flags(endpoint_text: str, parent_key: str) -> frozenset[str]:
    return context_flags(f"{endpoint_text} {parent_key}")


def cohere(output: Any, args: dict[str, Any], endpoint: Endpoint, rng: Any) -> None:
    """Make every recognised entity object of `output` one real thing, in place."""
    if not isinstance(output, (dict, list)):
        return
    text = _endpoint_text(endpoint.tool_name, endpoint.name, endpoint.function_name)
    _node(output, "", _Call(text, args, rng))


class _Call:
    """What every node of one call's output is filled against."""

    __slots__ = ("args", "rng", "text", "used")

    def __init__(self, text: str, args: dict[str, Any], rng: Any) -> None:
        self.text = text
        self.args = args
        self.rng = rng
        self.used: set[tuple[str, int]] = set()


def _node(node: Any, parent: str, call: _Call) -> tuple[str, int] | None:
    """Fill `node` and what it holds; the (kind, row) an object was made, else None."""
    if isinstance(node, list):
        seen: set[tuple[str, int]] = set()
        kept = []
        for item in node:
            made = _node(item, parent, call)
            if made is not None and made[0] in LISTED_ONCE:
                if made in seen:
                    continue  # the same real airport twice in one list
                seen.add(made)
            kept.append(item)
        if len(kept) < len(node):
            node[:] = kept
        return None
    if not isinstance(node, dict):
        return None
    made = None
    binding = bind(tuple(node), _flags(call.text, parent))
    if binding is not None:
        row = choose(node, binding, call.args, call.rng, call.used, f"{call.text} {parent}")
        if row is not None:
            fill(node, binding, row)
            made = (binding.kind.name, row)
    for key, value in node.items():
        if isinstance(value, (dict, list)):
            _node(value, str(key), call)
        elif isinstance(value, str) and wordy(value):
            spec = quantity_range(str(key))
            if spec is not None and call.args.get(normalize_key(str(key))) != value:
                node[key] = figure(spec, call.rng)
    return made
