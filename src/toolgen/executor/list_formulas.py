"""What a list or text operation answers: the sent list sorted, the sent string reversed,
the sent records extracted.

BFCL's `sort_array(array=[5, 2, 9])`, `array_sort(list=..., order="descending")`,
`perform_string_reverse(input_string="hello")` and `extractor_extract_information(data=
[{"name": ..., "age": ...}])` were read as records of an "array", a "perform" or an
"extractor" and answered `{extractor_id, extractor_code, is_active, created_at}`. The
answer is worked out from the call: the same items in order (descending when the call
says `order="desc"`, `reverse=true` or `ascending=false`), the same characters
backwards, the sent records that hold fields (each record as sent). None when the call
sends nothing to work on (the caller keeps its drawn value). Pure.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.formula_args import Args, num

_DESCENDING = frozenset({"desc", "descending", "reverse", "decreasing", "down"})
# The answers' schemas (a `Formula`'s `answer`).
LIST_SCHEMA: dict[str, Any] = {"type": "array", "items": {"type": ["number", "string"]}}
RECORDS_SCHEMA: dict[str, Any] = {"type": "array", "items": {"type": "object"}}
TEXT_SCHEMA: dict[str, Any] = {"type": "string"}


def _sent_list(args: Args) -> list[Any] | None:
    return next((v for v in args.values() if isinstance(v, list) and v), None)


def _descending(args: Args) -> bool:
    for key, value in args.items():
        if isinstance(value, str) and value.strip().lower() in _DESCENDING:
            return True
        if isinstance(value, bool) and key.lower() in ("reverse", "descending", "desc"):
            return value
        if isinstance(value, bool) and key.lower() == "ascending":
            return not value
    return False


def sorted_list(args: Args) -> list[Any] | None:
    """The sent list in order: numbers by value, texts alphabetically (module doc)."""
    items = _sent_list(args)
    if items is None:
        return None
    numbers = [num(x) for x in items]
    if all(n is not None for n in numbers):
        order = sorted(range(len(items)), key=lambda i: numbers[i] or 0.0,
                       reverse=_descending(args))
        return [items[i] for i in order]
    if all(isinstance(x, str) for x in items):
        return sorted(items, key=str.casefold, reverse=_descending(args))
    return None


def reversed_text(args: Args) -> str | None:
    """The sent string backwards."""
    text = next((v for v in args.values() if isinstance(v, str) and v), None)
    return text[::-1] if text is not None else None


def extracted(args: Args) -> list[dict[str, Any]] | None:
    """The sent records that hold fields, as sent."""
    items = _sent_list(args)
    if items is None:
        return None
    records = [x for x in items if isinstance(x, dict) and x]
    return records or None
