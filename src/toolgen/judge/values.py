"""Value comparison and text renderings used to check that a value is grounded.

Tool outputs and arguments disagree on JSON types in harmless ways (an id returned as
`123` and passed to a string parameter as `"123"`), and users write numbers as text
("1,200", "12.50"): these helpers define which of those count as the same value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def scalar_text(value: Any) -> str | None:
    """The canonical text of a scalar (None for containers and null)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return value
    return None


def same_value(a: Any, b: Any) -> bool:
    """Equal as JSON, or the same scalar spelled as a string and as a number."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if a == b:
        return True
    if isinstance(a, dict | list) or isinstance(b, dict | list):
        return False
    ta, tb = scalar_text(a), scalar_text(b)
    return ta is not None and ta == tb


# A comparison a query's condition sends, as a person says it.
_COMPARISONS = {"<": ("under", "below", "less than"), ">": ("over", "above", "more than"),
                "<=": ("at most",), ">=": ("at least",), "=": (" is ", "equal"),
                "==": (" is ", "equal"), "!=": ("is not",)}


def renderings(value: Any) -> list[str] | None:
    """Ways a user may write `value` in text, lower-cased; None when not checkable."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return [str(value), f"{value:,}"]
    if isinstance(value, float):
        out = [repr(value), f"{value:.2f}", f"{value:,.2f}"]
        if value.is_integer():
            out += [str(int(value)), f"{int(value):,}"]
        return out
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "false"):
            return None  # a yes/no sent as text is said as a yes or a no, like a boolean
        if text in _COMPARISONS:
            return [text, *_COMPARISONS[text]]  # "where the age is under 30"
        if "_" in text and text.replace("_", "").isalnum():
            return [text, text.replace("_", " ").strip()]  # an enum literal, said aloud
        return [text] if text else None
    return None


def leaves(value: Any) -> Iterator[Any]:
    """The scalar values inside a (possibly nested) JSON value."""
    if isinstance(value, dict):
        for v in value.values():
            yield from leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from leaves(v)
    else:
        yield value


def occurs_in(value: Any, texts: list[str]) -> bool:
    """Every checkable leaf of `value` appears in one of the lower-cased `texts`."""
    for leaf in leaves(value):
        forms = renderings(leaf)
        if forms is None:
            continue
        if not any(form in text for text in texts for form in forms):
            return False
    return True
