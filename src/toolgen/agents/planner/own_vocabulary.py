"""Filter values in an API's own vocabulary, read from its example responses.

A ToolBench filter often says nothing of its values ("Type of record you want. Refer to
README above"): Magical Taske's `region` (default "Central") takes Kenya's regions and
its `type` (default "Hill") the kinds of scenery its records carry. The tool's example
responses answer with the same field (`"region": "Rift-Valley"`, `"type": "Forest"`), so
when the default is one of those example values the filter's vocabulary is the API's own:
`own_draw` draws from it, where a generic draw gives a world region ("Bangkok") or a
tier ("premium") the API never serves. A vocabulary of places the world tables know
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


def own_draw(param: Parameter, endpoint: Endpoint, pool: Mapping[str, tuple[Any, ...]],
             ) -> Callable[[random.Random], Any] | None:
    """A draw from the example values of `param`'s own field when its default is one of
    them and they read as a category (words, no ids, mostly no known places); else None."""
    default = param.default
    if (not isinstance(default, str) or param.json_schema.get("type", "string") != "string"
            or id_entity(param.name) is not None or _DIGIT.search(default)
            or _beside_place(param, endpoint)):
        return None
    values = tuple(v for v in pool.get(normalize_key(param.name), ()) if _category(v))
    if default.strip() not in values or len(values) < _MIN_WORDS:
        return None
    if 2 * sum(1 for v in values if _known_place(v)) > len(values):
        return None
    return lambda rng: rng.choice(values)


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
