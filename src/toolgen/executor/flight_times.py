"""Flight times: a trip lands within a day of leaving.

An arrival timestamp more than 20 hours after its departure moves to a few hours after
it, unless the call was sent that arrival. A departure given as a day alone (a bare date
says nothing about hours) has the arrival land that day or the next, at its own hour. In
place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.date_text import DATE, parse, shifted
from toolgen.executor.key_pairs import Pairing

_LEGS = (("departure", "arrival"), ("depart", "arrive"))
_PAIRING = Pairing(_LEGS)


def bound_flight_times(obj: dict[str, Any], fixed: frozenset[str]) -> None:
    """An arrival of `obj` months after its departure moved to hours after it."""
    dated = tuple(k for k, v in obj.items() if isinstance(v, str) and DATE.match(v))
    for k1, k2 in _PAIRING.of(dated):
        if k2 in fixed or len(obj[k2]) < 19:
            continue
        a, b = parse(obj[k1]), parse(obj[k2])
        if a is None or b is None:
            continue
        if len(obj[k1]) < 19:
            # a departure day ("13/04/2025"): the arrival lands that day or the next,
            # at its own hour
            days = (b.date() - a.date()).days
            moved = shifted(obj[k2], -days) if days not in (0, 1) else None
        else:
            hours = (b - a).total_seconds() / 3600
            moved = shifted(obj[k1], (1 + hours % 13) / 24) if hours > 20 else None
        if moved is not None:
            obj[k2] = moved


def could_pair(names: tuple[str, ...]) -> bool:
    """Whether an object with these normalised keys could have a pair for this rule."""
    return _PAIRING.possible(names)
