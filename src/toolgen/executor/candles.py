"""A price bar that holds together: its high is the highest of its four prices and its
low the lowest.

Drawn one by one, an OHLC bar read `open 412, high 96, low 733, close 18`; a reader of
any chart knows that no price trades above the high. `candles_finish(shape_text)` returns
the step that, for every object with `open`, `high`, `low` and `close`, keeps the four
drawn prices near one another (within a few percent of the open, as a day moves) and
puts the largest in `high` and the smallest in `low`. Deterministic for the call's random
stream; never touches the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.objects import objects_in

Finish = Callable[[Any, dict[str, Any], random.Random], None]
_PRICES = ("open", "high", "low", "close")
# How far a day's prices stray from its open, at most (4 %).
_DAY_MOVE = 0.04


def candles_finish(shape_text: str) -> Finish | None:
    """The step ordering a bar's prices, when `shape_text` (the schema as JSON) holds one."""
    if all(f'"{k}"' in shape_text for k in _PRICES):
        return _order
    return None


def _order(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    for node in objects_in(output):
        drawn = node.get("open")
        if not all(isinstance(node.get(k), int | float) and not isinstance(node.get(k), bool)
                   for k in _PRICES) or not isinstance(drawn, int | float):
            continue
        first = float(drawn)
        places = 2 if first >= 10 else 4  # cents for a share, pips for a currency
        first = round(first, places)
        moved = [round(first * (1 + _DAY_MOVE * (2 * rng.random() - 1)), places)
                 for _ in range(3)]
        node["open"] = first
        node["close"] = moved[0]
        node["high"] = max(first, *moved)
        node["low"] = min(first, *moved)
