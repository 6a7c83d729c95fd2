"""A query's conditions said as a person filters: "where the age is under 30".

`database.query(conditions=[{"field": "age", "operation": "<", "value": "30"}])` was asked
as "(that is customers; age, < and 30)": the objects' values listed bare, the operator
read out as a sign. `conditions_said(slot, put)` says a list of one to three condition
objects (`field`/`column`, `operation`/`operator`/`op`, `value`) as a "where" clause, each
value masked by `put`; None for any other value.
"""

from __future__ import annotations

from collections.abc import Callable

from toolgen.agents.offline.labels import slot_label
from toolgen.agents.offline.types import Slot, value_text

_FIELDS = ("field", "column", "column_name", "field_name", "attribute")
_OPERATIONS = ("operation", "operator", "op", "comparison")
_VALUES = ("value", "val", "compare_value")
_SAID = {"<": "is under", ">": "is over", "=": "is", "==": "is", ">=": "is at least",
         "<=": "is at most", "!=": "is not", "lt": "is under", "gt": "is over",
         "eq": "is", "gte": "is at least", "lte": "is at most", "ne": "is not"}
_MOST = 3


def _one(obj: object, put: Callable[[str], str]) -> str | None:
    if not isinstance(obj, dict):
        return None
    keys = {k.lower(): k for k in obj if isinstance(k, str)}
    field = next((keys[k] for k in _FIELDS if k in keys), None)
    op = next((keys[k] for k in _OPERATIONS if k in keys), None)
    value = next((keys[k] for k in _VALUES if k in keys), None)
    if field is None or op is None or value is None or len(obj) != 3:
        return None
    said = _SAID.get(str(obj[op]).strip().lower())
    column, figure = obj[field], obj[value]
    if said is None or not isinstance(column, str) or isinstance(figure, bool) or not (
            isinstance(figure, str | int | float)):
        return None
    return f"the {slot_label(column).lower()} {said} {put(value_text(figure))}"


def conditions_said(slot: Slot, put: Callable[[str], str]) -> str | None:
    """"where the age is under 30 and the city is Boston", or None (module doc)."""
    raw = slot.raw
    if not isinstance(raw, list) or not 1 <= len(raw) <= _MOST:
        return None
    said = [_one(obj, put) for obj in raw]
    if any(s is None for s in said):
        return None
    return "where " + " and ".join(s for s in said if s)
