"""A count of some outcomes is no more than the count of all of them.

BFCL's `probabilities.calculate_single(total_outcomes=474, event_outcomes=889)` asked the
chance of 889 outcomes out of 474: the two were drawn apart, the formula refused them and
the answer was a drawn 0.42 (seed 21 #180). `order_part_whole(args)` swaps a part (event
or favourable outcomes, successes) and its whole (total outcomes, trials) when the part is
the larger. In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

_PARTS = ("event_outcomes", "favorable_outcomes", "favourable_outcomes", "successful_outcomes",
          "success_outcomes",
          "number_of_successes", "num_successes", "successes")
_WHOLES = ("total_outcomes", "number_of_trials", "num_trials", "trials", "total")


def order_part_whole(args: dict[str, Any]) -> None:
    """Swap a part and its whole sent out of order (module doc)."""
    keys = {normalize_key(k): k for k in args}
    part = next((keys[p] for p in _PARTS if p in keys), None)
    whole = next((keys[w] for w in _WHOLES if w in keys), None)
    if part is None or whole is None:
        return
    a, b = args[part], args[whole]
    if type(a) is int and type(b) is int and a > b:
        args[part], args[whole] = b, a
