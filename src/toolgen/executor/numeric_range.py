"""Numeric ranges in order: `start_range` / `end_range`, `min_price` / `max_price`.

When the upper side of a range is below the lower one, the two swap; when one side is an
argument the call sent (the echo), the made-up side is mirrored across it instead, so what
the user asked stays. In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.key_pairs import Pairing

_NUMERIC_PAIRS = (("start", "end"), ("min", "max"), ("from", "to"), ("low", "high"),
                  ("lower", "upper"))
_PAIRING = Pairing(_NUMERIC_PAIRS)


def order_numeric_ranges(obj: dict[str, Any], fixed: frozenset[str] = frozenset()) -> None:
    """A numeric range (`start_range` / `end_range`, `min_price` / `max_price`) in order."""
    nums = tuple(k for k, v in obj.items()
                 if isinstance(v, (int, float)) and not isinstance(v, bool))
    if len(nums) < 2:
        return
    for k1, k2 in _PAIRING.of(nums):
        if obj[k2] < obj[k1] and type(obj[k1]) is type(obj[k2]):
            if k1 in fixed and k2 in fixed:
                continue
            if k1 in fixed or k2 in fixed:
                # Mirror the made-up side across the echoed one.
                gap = obj[k1] - obj[k2]
                if k1 in fixed:
                    high = obj[k1] + gap
                    obj[k2] = high if isinstance(high, int) else round(high, 4)
                else:
                    low = obj[k2] - gap if obj[k2] - gap >= 0 else obj[k2] / 2
                    obj[k1] = int(low) if isinstance(obj[k2], int) else round(low, 2)
                continue
            obj[k1], obj[k2] = obj[k2], obj[k1]


def could_pair(names: tuple[str, ...]) -> bool:
    """Whether an object with these normalised keys could have a pair for this rule."""
    return _PAIRING.possible(names)
