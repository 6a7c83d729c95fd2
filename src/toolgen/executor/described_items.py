"""What a list's description says of its numbers: their range, and what they sum to.

BFCL's `calculate_fitness(trait_values, trait_contributions)` describes its lists:
"decimal numbers between 0 and 1", "percentage contributions ... which must sum to 1".
The items' own schema says only `number`, so the lists were drawn `[483.05]` and
`[28.01]` ("a trait values of 483.05": BFCL seed 71 #4). `described_items(items, array)`
gives number items without a description their list's, so its range bounds each draw;
`summing_to(array)` reads the total a description asks the items to make, and
`shares(ctx, n, total)` draws `n` positive parts of it (two decimals, summing exactly).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.gen_context import Ctx

_SUM = re.compile(r"\b(?:must |should )?(?:sum|add up|total)(?:s|ming)? (?:up )?to "
                  r"(1(?:\.0)?|100)\b(?!\.\d)(?: ?%| percent)?", re.IGNORECASE)


def described_items(items: dict[str, Any], array: dict[str, Any]) -> dict[str, Any]:
    """`items`, with the list's description when they are numbers with none of their own."""
    about = array.get("description")
    if (items.get("type") in ("number", "integer") and not items.get("description")
            and isinstance(about, str) and about):
        return {**items, "description": about}
    return items


def summing_to(array: dict[str, Any]) -> float | None:
    """The total a list of numbers must make, as its description states ("must sum to
    1"); None when it states none or its items are not decimal numbers."""
    about = array.get("description")
    items = array.get("items")
    if not isinstance(about, str) or not isinstance(items, dict) or items.get(
            "type") != "number":
        return None
    m = _SUM.search(about)
    return float(m.group(1)) if m is not None else None


def shares(ctx: Ctx, n: int, total: float) -> list[float]:
    """`n` positive parts of `total`, two decimals each, summing to it exactly."""
    weights = [0.2 + ctx.rand() for _ in range(n)]
    scale = total / sum(weights)
    parts = [round(w * scale, 2) for w in weights[:-1]]
    return [*parts, round(total - sum(parts), 2)]
