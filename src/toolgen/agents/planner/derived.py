"""An amount that goes with a currency taken from an earlier result is that result's amount.

"Track my delivery, then pay for it": the payment's currency comes from the delivery's
`total.currency`, so its amount must be the delivery's `total.amount`, not a number the
user made up ("make a payment for 17.41 ... for it" after a 39.90 delivery). When a
call's currency is linked to an earlier output and that output has an amount beside the
currency (same object: `amount`, `total`, `price`...), the call's amount argument is
linked to it too. Only the schema is read; nothing runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.values import normalize_key
from toolgen.records import PlannedArg

_CURRENCY = frozenset({"currency", "currency_code", "from_currency", "source_currency",
                       "base_currency", "from"})
_AMOUNT_PARAMS = frozenset({"amount", "payment_amount", "total", "total_amount", "value",
                            "price", "sum", "charge_amount", "transfer_amount"})
_AMOUNT_FIELDS = ("amount", "total", "total_amount", "total_price", "price", "value",
                  "grand_total")
_PART = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[\"([^\"]+)\"\]")


def derive_amounts(args: list[PlannedArg],
                   response_schema_of: Callable[[str], dict[str, Any] | None]) -> list[PlannedArg]:
    """`args` with a user-stated amount linked to the amount beside a linked currency.

    `response_schema_of(call_id)` gives the response schema of an earlier call (None when
    unknown)."""
    return linked_beside(
        args, _CURRENCY, response_schema_of,
        lambda props: next((f for f in _AMOUNT_FIELDS if isinstance(props.get(f), dict)
                            and props[f].get("type") in ("number", "integer")), None),
        lambda a: normalize_key(a.name) in _AMOUNT_PARAMS and _numeric(a.value))


def linked_beside(args: list[PlannedArg], keys: frozenset[str],
                  response_schema_of: Callable[[str], dict[str, Any] | None],
                  field_of: Callable[[dict[str, Any]], str | None],
                  takes: Callable[[PlannedArg], bool]) -> list[PlannedArg]:
    """`args` with each user-stated argument `takes` accepts linked to the field
    `field_of` picks among the properties of the object that holds the value the first
    argument named in `keys` is linked to (an amount beside a linked currency, a
    translation beside a linked language); `args` as they are when there is none."""
    linked = next((a for a in args if a.source == "tool_output" and a.path and a.call_id
                   and normalize_key(a.name) in keys), None)
    if linked is None or linked.path is None or linked.call_id is None:
        return args
    schema = response_schema_of(linked.call_id)
    parent_path = linked.path.rpartition(".")[0] or "$"
    parent = _schema_at(schema, parent_path) if schema is not None else None
    props = parent.get("properties") if isinstance(parent, dict) else None
    field = field_of(props) if isinstance(props, dict) else None
    if field is None:
        return args
    return [PlannedArg(name=a.name, source="tool_output", call_id=linked.call_id,
                       path=f"{parent_path}.{field}")
            if a.source in ("user", "clarification") and takes(a) else a
            for a in args]


def _numeric(value: Any) -> bool:
    """A number, or a number written as text (a string-typed `amount` of "13.24")."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    try:
        float(str(value))
    except ValueError:
        return False
    return True


def _schema_at(schema: dict[str, Any], path: str) -> dict[str, Any] | None:
    """The sub-schema at a `$.a.b[0].c` path (None when the schema does not have it)."""
    node: Any = schema
    for m in _PART.finditer(path.removeprefix("$")):
        name = m.group(1) or m.group(3)
        if not isinstance(node, dict):
            return None
        if name is not None:
            props = node.get("properties")
            node = props.get(name) if isinstance(props, dict) else None
        else:
            node = node.get("items")
    return node if isinstance(node, dict) else None
