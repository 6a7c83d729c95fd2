"""A list said by its size and some of its items: "there are 8 cities, among them
Auckland, Christchurch and Wellington".

`policy.comma_text` leads the items of a comma text with how many it holds (a fact
labelled `COMMA_COUNT_LABEL`). Said as the other facts are ("the cities are Auckland and
Christchurch") the answer passes two of eight for all of them. `among_clause(facts, put,
obj, rng)` is the clause for such facts, or None when they do not lead with that count;
the items' label is said after the count unless the request's object (`obj`) names it
already ("Looking at the cities, there are 8, among them ..."). Pure.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from toolgen.agents.offline.types import Fact
from toolgen.executor.values import plural

# The label of how many items a comma text holds: no field of its own, so no role (a
# "count" would be read as a listing's total by the other wordings).
COMMA_COUNT_LABEL = "items in the list"


def among_clause(facts: Sequence[Fact], put: Callable[[str], str], obj: str,
                 rng: random.Random) -> str | None:
    """"there are 8 cities, among them A, B and C" for a comma text's count and items."""
    if not facts or facts[0].label != COMMA_COUNT_LABEL:
        return None
    count = facts[0]
    items = [f for f in facts[1:] if f.label == facts[1].label] if len(facts) > 1 else []
    label = plural(items[0].label) if items and items[0].label else ""
    n = put(count.value)
    counted = n if not label or label.lower() in obj.lower() else f"{n} {label}"
    if not items:
        return rng.choice((f"there are {counted} in all", f"{counted} came back"))
    said = [put(f.value) for f in items]
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    if count.value.isdigit() and len(items) == int(count.value):
        # all of them: "2 came back: A and B" (`policy.named_items`)
        return rng.choice((f"there are {counted}: {listed}", f"{counted} came back: {listed}"))
    return rng.choice((f"there are {counted}, among them {listed}",
                       f"{counted} came back, including {listed}"))
