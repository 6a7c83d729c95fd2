"""What a numeric list's meaning says about its size, read from its name and description.

An interval, a year range or "a list of two numbers" is a span: two numbers, low first
(`interval=[71.31]` is no interval). A point (`pointA`, "Coordinates for Point A",
"geographic coordinates") is two numbers, three in 3D. A vector or a polynomial's
coefficients are at least two numbers (`vector1=[942]`, `coefficients=[315.32]`).
`list_kind(name, description)` names which, `needed_items(kind)` the counts it takes.
Read by the planner (how many items to draw) and the judge (a call sending the wrong
count). Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from toolgen.executor.values import normalize_key

ListKind = Literal["span", "point", "point3", "vector", "polynomial"]

_SPAN_WORDS = frozenset({"interval", "range", "limits", "bounds"})
_SPAN_TEXT = re.compile(r"\b(?:start and (?:the )?end|lower and upper|min(?:imum)? and "
                        r"max(?:imum)?|from the start to the end|(?:list|array|pair|tuple) "
                        r"of two)\b", re.I)
_POINT_NAME = re.compile(r"^(?:point|pt|coord|coords|coordinates?|position|location|"
                         r"dimensions?)_?(?:[a-z]|\d)?$")
_POINT_TEXT = re.compile(r"\bcoordinates\b", re.I)
_THREE_D = re.compile(r"\b(?:3d|three|length,? width,? and height|x,? y,? and z)\b", re.I)
_VECTOR_NAME = re.compile(r"^(?:vector|vec)_?(?:[a-z]|\d)?$")
_POLYNOMIAL = re.compile(r"\bcoefficients?\b|\bpolynomial\b", re.I)
# A list any count of which the description allows ("leave empty for a random board").
_ANY_COUNT = re.compile(r"\bleave (?:it )?empty\b|\bor empty\b|\bempty (?:for|to)\b", re.I)

_NEEDED: dict[ListKind, tuple[int, int | None]] = {
    "span": (2, 2), "point": (2, 3), "point3": (3, 3), "vector": (2, None),
    "polynomial": (2, None)}


@lru_cache(maxsize=8192)
def list_kind(name: str, description: str) -> ListKind | None:
    """Which sized list the numeric array `name` described by `description` is, if any."""
    if _ANY_COUNT.search(description):
        return None
    key = normalize_key(name)
    if set(key.split("_")) & _SPAN_WORDS or _SPAN_TEXT.search(description):
        return "span"
    if _POINT_NAME.match(key) or _POINT_TEXT.search(description):
        return "point3" if _THREE_D.search(description) else "point"
    if _VECTOR_NAME.match(key):
        return "vector"
    if _POLYNOMIAL.search(f"{key.replace('_', ' ')} {description}"):
        return "polynomial"
    return None


def needed_items(kind: ListKind) -> tuple[int, int | None]:
    """(fewest, most) items a list of `kind` holds; most None: no upper bound."""
    return _NEEDED[kind]


def empty_allowed(description: str) -> bool:
    """Whether the description lets the list be sent empty ("leave empty for random")."""
    return bool(_ANY_COUNT.search(description))
