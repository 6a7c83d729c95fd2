"""What a call adds is in the list it answers with.

`add_to_cart(product_id="prd_164e6f", quantity=2)` answered with a cart of two other
products: the added one nowhere. `added_items(output, args, rng)`, for an endpoint whose
name leads with adding (`add`, `append`, `insert`), makes the last line of each answered
list whose lines carry the sent id's key (`product_id`) the sent item, with the sent
quantity, unless a line already is. The other lines are other items: a value the call
sent for its one item (a SKU, a quantity) that generation echoed onto every line stays
only on the added one (bundled seed 21 #111: three products of one cart shared the sent
SKU "NG0158" and quantity 5); another line holds one or two of its item and a code of
the same form. A call that adds one text and no id (`add_to_watchlist(stock="GOOGL")`)
finds it in the list of texts it answers, not an empty one. In place, deterministic for
the call's random stream, never touches the network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

ADDING = frozenset({"add", "append", "insert"})
_QUANTITY = ("quantity", "qty", "count")
_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_LOWER = "abcdefghjkmnpqrstuvwxyz"


def added_items(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """The sent item is a line of every list that holds such lines (module doc)."""
    sent = {k: v for k, v in args.items()
            if (k == "id" or k.endswith("_id")) and isinstance(v, (str, int))
            and not isinstance(v, bool)}
    if not sent:
        _add_word(output, args)
        return
    quantity = next((args[q] for q in _QUANTITY if isinstance(args.get(q), int)
                     and not isinstance(args.get(q), bool)), None)
    echoed = {normalize_key(k): v for k, v in args.items() if k not in sent
              and isinstance(v, (str, int)) and not isinstance(v, bool)}
    for obj in objects_in(output):
        for value in obj.values():
            if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
                _add_line(value, sent, quantity)
                _others_own(value, sent, echoed, rng)


def _others_own(lines: list[dict[str, Any]], sent: dict[str, Any], echoed: dict[str, Any],
                rng: random.Random) -> None:
    """Lines other than the sent item's lose the values sent for that item."""
    added = [any(line.get(k) == v for k, v in sent.items()) for line in lines]
    if not any(added):
        return
    for n, line in enumerate(lines):
        if added[n]:
            continue
        for key, value in line.items():
            nk = normalize_key(key)
            if nk not in echoed or value != echoed[nk] or isinstance(value, bool):
                continue
            if isinstance(value, int):
                line[key] = 1 + n % 2 if nk in _QUANTITY else value
            elif isinstance(value, str) and any(map(str.isdigit, value)):
                line[key] = _same_form(value, rng)


def _same_form(code: str, rng: random.Random) -> str:
    """Another code written like `code`: letters for letters, digits for digits."""
    return "".join(rng.choice(_UPPER if c.isupper() else _LOWER) if c.isalpha()
                   else str(rng.randrange(10)) if c.isdigit() else c for c in code)


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


def _add_word(output: Any, args: dict[str, Any]) -> None:
    """`add_to_watchlist(stock="GOOGL")` answered `{"watchlist": []}`: a call that adds one
    text (no id) to a list of texts holds it in every such top-level list it answers."""
    texts = [v for v in args.values() if isinstance(v, str)]
    if len(texts) != 1 or len(args) != 1 or not isinstance(output, dict):
        return
    for value in output.values():
        if isinstance(value, list) and all(isinstance(x, str) for x in value) and (
                texts[0] not in value):
            value.append(texts[0])

