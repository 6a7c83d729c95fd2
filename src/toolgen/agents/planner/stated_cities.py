"""A city the user searched in is said again by the user, not read off a result's item.

"Find the restaurants for Osaka ... then some hotels for 3 guests in the first
restaurant's city" (bundled seed 113 #7; "events in the first airport's city", #10): a
search for a city answers things in that city, so the link passes on the city the user
named, through a restaurant they never cared about. `stated_cities(args, calls)` makes
such a link the user's own value: a city argument fed from a result item's city, where
the call that returned it was given a city by the user (or searched one by name), is
stated as that city. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from toolgen.executor.gen_context import CITY_INDEX
from toolgen.graph.fields import tokens
from toolgen.records import PlannedArg, PlannedCall

_CITY = frozenset({"city", "town", "location", "place"})
_QUERY = frozenset({"query", "q", "search", "keyword", "term"})


def stated_cities(args: Sequence[PlannedArg],
                  calls: Mapping[str, PlannedCall]) -> tuple[PlannedArg, ...]:
    """`args` with each city link to a searched city stated by the user (module doc)."""
    return tuple(_stated(a, calls) for a in args)


def _stated(arg: PlannedArg, calls: Mapping[str, PlannedCall]) -> PlannedArg:
    if arg.source != "tool_output" or not _CITY & set(tokens(arg.name)) or not (
            _CITY & set(tokens((arg.path or "").rsplit(".", 1)[-1]))):
        return arg
    source = calls.get(arg.call_id or "")
    said = next((a.value for a in source.arguments if a.source in ("user", "clarification")
                 and isinstance(a.value, str) and _a_city(a)), None
                ) if source is not None else None
    if said is None:
        return arg
    return PlannedArg(name=arg.name, source="user", value=said)


def _a_city(arg: PlannedArg) -> bool:
    """A city argument, or a search for a city by name (`query="Paris"` of airports)."""
    words = set(tokens(arg.name))
    return bool(words & _CITY) or (bool(words & _QUERY) and str(arg.value).lower() in CITY_INDEX)
