"""The figure a request asks for, read off an answer.

`asked_figure(output, intent)` finds the number or words of `output` whose field the
request names ("the temperature", "the ships valuation" -> `valuation_usd`), said with
the unit its key ends in ("30989845.72 USD").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from toolgen.agents import offline as lang
from toolgen.agents.offline import Fact, Intent
from toolgen.agents.offline.labels import cased
from toolgen.executor.values import id_entity, normalize_key, singular


def asked_figure(output: Any, intent: Intent) -> tuple[Fact, str] | None:
    """The number or words of `output` whose field the request names ("the temperature",
    "the ships valuation" -> `valuation_usd`, "the name of the U.S. president" ->
    `president`), as a fact (said with the unit its key ends in: "30989845.72 USD") and
    its bare text; None when the request names none. An id is never what was asked.
    A top-level field first; else one of a nested object's, or of the first item of a
    list ("predict the gsi": `{"forecast": [{"epochtime": ..., "gsi": 48}]}` is 48, not
    the epoch time that happens to come first)."""
    wanted = {singular(w) for w in re.findall(r"[a-z]+", intent.obj.lower())}
    for part in _figure_holders(output, wanted):
        found = _asked_in(part, wanted)
        if found is not None:
            return found
    return None


def _figure_holders(output: Any, wanted: set[str]) -> Iterator[dict[str, Any]]:
    """`output` when an object, then the objects one level down: a nested object, or the
    first item of a list (the next in a forecast is a later figure, not the asked one). A
    list the request names is the answer itself: "the list of the user following" is the
    `followings`, not the first one's count of accounts it follows."""
    if isinstance(output, list):
        output = output[0] if output else None
    if not isinstance(output, dict):
        return
    yield output
    for key, value in output.items():
        if isinstance(value, list) and value:
            if _names_the_list(str(key), value[0], wanted):
                continue
            value = value[0]
        if isinstance(value, dict):
            yield value


def _names_the_list(key: str, first: Any, wanted: set[str]) -> bool:
    """Whether the request names the list `key` whose first item holds a field of the
    list's own name (`followings[0].following`): a count of that item, not the list."""
    named = singular(normalize_key(key))
    return named in wanted and isinstance(first, dict) and any(
        singular(normalize_key(str(k))) == named for k in first)


def _asked_in(output: dict[str, Any], wanted: set[str]) -> tuple[Fact, str] | None:
    """`asked_figure` among the scalar fields of one object."""
    for key, value in output.items():
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            continue
        if isinstance(value, str) and (not _PLAIN_WORDS.fullmatch(value)
                                       or id_entity(str(key)) is not None):
            continue
        key_named, key_unit = _figure_words(str(key))
        named, unit = list(key_named), list(key_unit)
        # "total goals" answers "all-time goals": a total is how the figure is counted
        if named and {singular(w) for w in named if w != "total"} <= wanted and (
                named != ["total"]):
            text = lang.value_text(value)
            said = f"{text} {_unit_text(unit)}" if unit else text
            if isinstance(value, str):  # one word said: "its condition is Drizzle"
                named = [*named[:-1], singular(named[-1])]
            return Fact(label=" ".join(map(cased, named)), value=said), text
    return None


@lru_cache(maxsize=16384)  # output keys recur in every result of their endpoint
def _figure_words(key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of `key`'s label that name a figure, and its unit tail (`altitude_ft`)."""
    words = re.findall(r"[a-z]+", lang.slot_label(key).lower())
    unit = tuple(itertools.takewhile(lambda w: w in _UNIT_WORDS, reversed(words)))[::-1]
    return tuple(words[: len(words) - len(unit)]), unit


# A value said as words ("Drizzle", "partly cloudy"), not a code, an id or a link.
# A name's initial counts as a word ("George W. Bush").
_PLAIN_WORDS = re.compile(r"(?:[A-Za-z][a-z]+|[A-Z]\.)(?: (?:[A-Za-z][a-z]+|[A-Z]\.)){0,3}")
# Unit tails of figure keys (`valuation_usd`, `velocity_m_per_s`, `altitude_ft`).
_UNIT_WORDS = frozenset({"usd", "eur", "gbp", "m", "km", "ft", "kt", "h", "s", "per", "kg",
                         "lb", "mm", "cm", "kwh", "newtons", "seconds", "minutes", "years"})
_CURRENCIES = frozenset({"usd", "eur", "gbp"})


def _unit_text(unit: list[str]) -> str:
    """`["m", "per", "s"]` -> "m/s"; a currency in capitals ("USD")."""
    return "/".join(" ".join(w.upper() if w in _CURRENCIES else w for w in part.split())
                    for part in " ".join(unit).split(" per "))
