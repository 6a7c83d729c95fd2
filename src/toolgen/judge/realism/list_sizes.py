"""Lists a call sends whose size their meaning refuses, as a reviewer reads them.

An interval of one number (`interval=[71.31]`), a year range of one year
(`year_range=[2024]`), a point of one coordinate (`pointA=[265]`), a vector or a
polynomial of one number (`vector1=[942]`, `coefficients=[315.32]`): the size
`executor.list_sizes` says the list's name and description take. A span whose end comes
before its start (`limits=[20, 10]`) is backwards. A required list sent empty
(`chess_play(moves=[])`) asks for nothing, unless its description allows it ("leave empty
for a random board"). The mode of numbers that are all different is none: a call asking
it of such data asks a question with no answer. Kind `list_size`, under `arguments`.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.list_sizes import empty_allowed, list_kind, needed_items
from toolgen.judge.realism.reading import param_schema
from toolgen.judge.view import RecordView

_NUMBERS = frozenset({"number", "integer", "float"})
_MODE = re.compile(r"\bmode\b", re.I)
_SAID = {"span": "a range [start, end]", "point": "a point or a size",
         "point3": "a 3D point or size", "vector": "a vector", "polynomial": "a polynomial"}


def misfit_list(view: RecordView, function: str, name: str, value: Any,
                about: str) -> str | None:
    """Why list `value` sent as `function`'s `name` has a size or order its meaning
    refuses (module doc), or None. `about` is the function's description."""
    if not isinstance(value, list):
        return None
    schema = param_schema(view, function, name)
    text = str(schema.get("description") or "")
    if not value:
        return (f"{function}.{name} is sent empty, a list of nothing"
                if _required(view, function, name) and not empty_allowed(text) else None)
    items = schema.get("items")
    if not isinstance(items, dict) or items.get("type") not in _NUMBERS or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return None
    kind = list_kind(name, text)
    if kind is not None:
        low, high = needed_items(kind)
        if len(value) < low or (high is not None and len(value) > high):
            wanted = f"{low}" if low == high else f"at least {low}"
            return (f"{function}.{name}={value} holds {len(value)} "
                    f"number(s); {_SAID[kind]} has {wanted}")
        if kind == "span" and value[1] < value[0]:
            return f"{function}.{name}={value} ends before it starts"
    if len(value) >= 2 and len(set(value)) == len(value) and _MODE.search(
            f"{about} {text}"):
        return f"{function}.{name}={value}: every number differs, so there is no mode"
    return None


def _required(view: RecordView, function: str, name: str) -> bool:
    params = view.schemas.get(function) or {}
    required = params.get("required") if isinstance(params, dict) else None
    return isinstance(required, list) and name in required
