"""Filter values in an API's own vocabulary, read from its example responses.

A ToolBench filter often says nothing of its values ("Type of record you want. Refer to
README above"): Magical Taske's `region` (default "Central") takes Kenya's regions and
its `type` (default "Hill") the kinds of scenery its records carry. The tool's example
responses answer with the same field (`"region": "Rift-Valley"`, `"type": "Forest"`), so
when the default is one of those example values the filter's vocabulary is the API's own:
`own_draw` draws from it, where a generic draw gives a world region ("Bangkok") or a
tier ("premium") the API never serves (a generic meaning that draws the API's values,
such as a language code's table, is kept). A vocabulary of places the world tables know
(US cities, counties), and a place beside another place parameter (a fuel API's `state`
beside its `city`), are left to the place rules, which keep a record's places agreeing.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping
from typing import Any

from toolgen.executor.places import is_place_argument
from toolgen.executor.values import id_entity, normalize_key
from toolgen.executor.world import city, country
from toolgen.records import Endpoint, Parameter

_MIN_WORDS = 2  # a vocabulary of one value is the default alone
_MAX_WORDS = 4  # more words than this is a text, not a category
_DIGIT = re.compile(r"\d")


Draw = Callable[[random.Random], Any]
_PROBES = 16  # draws of the generic meaning read to see whether it knows the vocabulary


def own_draw(param: Parameter, endpoint: Endpoint, pool: Mapping[str, tuple[Any, ...]],
             meant: Draw | None = None) -> Draw | None:
    """A draw from the example values of `param`'s own field when its default is one of
    them and they read as a category (words, no ids, mostly no known places), and the
    generic meaning `meant` draws none of them (a language code's table already holds the
    API's "de"); else None."""
    values = _own_values(param, endpoint, pool)
    if not values:
        return None
    if meant is not None:
        probe = random.Random(0)  # a local stream: the record's draws stay as they were
        if any(meant(probe) in values for _ in range(_PROBES)):
            return None
    return lambda rng: rng.choice(values)


def _own_values(param: Parameter, endpoint: Endpoint,
                pool: Mapping[str, tuple[Any, ...]]) -> tuple[str, ...]:
    """The API's own values for `param` (see `own_draw`), or ()."""
    default = param.default
    if (not isinstance(default, str) or param.json_schema.get("type", "string") != "string"
            or id_entity(param.name) is not None or _DIGIT.search(default)
            or _beside_place(param, endpoint)):
        return ()
    values = tuple(v for v in pool.get(normalize_key(param.name), ()) if _category(v))
    if default.strip() not in values or len(values) < _MIN_WORDS:
        return ()
    if 2 * sum(1 for v in values if _known_place(v)) > len(values):
        return ()
    return values


def _beside_place(param: Parameter, endpoint: Endpoint) -> bool:
    """A place parameter with another place parameter beside it (a `state` and a `city`):
    the two must agree, which the place rules see to."""
    return is_place_argument(param.name) and any(
        p is not param and is_place_argument(p.name) for p in endpoint.parameters)


def _category(value: Any) -> bool:
    """A short word or phrase without digits: a category's name, not an id or a text."""
    return (isinstance(value, str) and 0 < len(value.split()) <= _MAX_WORDS
            and _DIGIT.search(value) is None)


def _known_place(value: str) -> bool:
    return city(value) is not None or country(value) is not None
