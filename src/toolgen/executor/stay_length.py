"""Stay length: a hotel stay, car hire or round trip lasts days, not months.

An end more than a month after its start moves to 1-14 days after it (the side the call
sent stays; each side keeps its own format). Why a rule: both dates are drawn on their
own, so an 11-month stay was common. In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.date_text import DATE, parse, shifted
from toolgen.executor.key_pairs import Pairing

_STAYS = (("check_in", "check_out"), ("checkin", "checkout"), ("pickup", "dropoff"),
          ("departure", "return"), ("outbound", "return"))
_LONGEST_STAY = 30
_PAIRING = Pairing(_STAYS)


def bound_stay_length(obj: dict[str, Any], fixed: frozenset[str] = frozenset()) -> None:
    """A stay of `obj` longer than a month shortened to 1-14 days (`fixed` keys kept)."""
    dated = tuple(k for k, v in obj.items()
                  if isinstance(v, str) and DATE.match(v))
    for k1, k2 in _PAIRING.of(dated):
        if k1 in fixed and k2 in fixed:
            continue
        a, b = parse(obj[k1]), parse(obj[k2])
        if a is None or b is None or (b - a).days <= _LONGEST_STAY:
            continue
        # Each side keeps its own format: the moved one is shifted, not rewritten.
        drop = (b - a).days - (1 + (b - a).days % 14)
        moved = (shifted(obj[k1], drop) if k2 in fixed else shifted(obj[k2], -drop))
        if moved is not None:
            obj[k1 if k2 in fixed else k2] = moved


def could_pair(names: tuple[str, ...]) -> bool:
    """Whether an object with these normalised keys could have a pair for this rule."""
    return _PAIRING.possible(names)
