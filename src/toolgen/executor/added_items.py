"""What a call adds is in the list it answers with.

`add_to_cart(product_id="prd_164e6f", quantity=2)` answered with a cart of two other
products: the added one nowhere. `added_items(output, args, rng)`, for an endpoint whose
name leads with adding (`add`, `append`, `insert`), makes the last line of each answered
list whose lines carry the sent id's key (`product_id`) the sent item, with the sent
quantity, unless a line already is. In place, deterministic (draws nothing), never
touches the network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

ADDING = frozenset({"add", "append", "insert"})
_QUANTITY = ("quantity", "qty", "count")


def added_items(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """The sent item is a line of every list that holds such lines (module doc)."""
    del rng  # a finish step's signature; nothing is drawn
    sent = {k: v for k, v in args.items()
            if (k == "id" or k.endswith("_id")) and isinstance(v, (str, int))
            and not isinstance(v, bool)}
    if not sent:
        return
    quantity = next((args[q] for q in _QUANTITY if isinstance(args.get(q), int)
                     and not isinstance(args.get(q), bool)), None)
    for obj in objects_in(output):
        for value in obj.values():
            if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
                _add_line(value, sent, quantity)


def _add_line(lines: list[dict[str, Any]], sent: dict[str, Any], quantity: int | None) -> None:
    keys = {normalize_key(k): k for k in lines[-1]}
    for name, value in sent.items():
        key = keys.get(name)
        if key is None or any(line.get(key) == value for line in lines):
            continue
        if not isinstance(lines[-1][key], type(value)):
            continue
        lines[-1][key] = value
        for q in _QUANTITY:
            if quantity is not None and isinstance(lines[-1].get(keys.get(q, "")), int):
                lines[-1][keys[q]] = quantity
        return
