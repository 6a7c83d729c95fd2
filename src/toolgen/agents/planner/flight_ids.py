"""A flight an argument asks for by its airline's code and number is drawn as one.

BFCL's `flight.status` takes `flight_id` "typically in the format 'XX123' where 'XX'
represents the airline code followed by the flight number"; drawn as the executor's
record id, a user asked about "flight flg_5f7349" (BFCL seed 97 #23). `asks_flight_number
(description)` reads such an argument; `flight_number(key, tokens, description, about)`
is the planner's rule (`values_meaning._recipe`): "KL1492". Pure.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.flight_codes import designator
from toolgen.executor.pools import AIRLINES

Draw = Callable[[random.Random], Any]

_ASKS = re.compile(r"airline code (?:followed by|and) the flight number|format '[A-Z]{2}\d+'",
                   re.I)
_CODES = tuple(c for c in (designator(a) for a in AIRLINES) if c is not None)


def asks_flight_number(description: str) -> bool:
    """Whether an argument's description asks for an airline's code and flight number."""
    return _ASKS.search(description) is not None


def flight_number(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    """A draw of an airline's code and a flight number for such an argument, else None."""
    if not asks_flight_number(description):
        return None
    return lambda rng: f"{rng.choice(_CODES)}{rng.randint(100, 9999)}"
