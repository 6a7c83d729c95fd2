"""String fields whose name says a quantity (`height_feet`, `weight_pounds`, `age`).

Such a field typed as a string in the schema still holds a figure in a real API ("6",
"215"), never a word of the API's vocabulary ("seasons"). `quantity_range(key)` names the
range a key's figure lies in, or None; `figure(spec, rng)` draws one as a string. A value
that already holds a digit, is empty, or says no figure on purpose ("free", "N/A") is
left alone, as is a value the call itself sent. A height given in feet and inches is a
person's (`person_height`): 7 ft 10 in is taller than anyone who ever played, so
`fit_height(obj)` keeps a 7-footer's inches within 0-3.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from toolgen.executor.values import normalize_key

# (low, high, decimals)
Spec = tuple[float, float, int]

# Whole normalised keys first, then the key's last word.
_WHOLE: dict[str, Spec] = {
    "height_feet": (5.7, 6.7, 0), "height_ft": (5.7, 6.7, 0), "height_inches": (0, 11, 0),
    "height_in": (0, 11, 0), "height_cm": (160, 210, 0), "height_m": (1.6, 2.1, 2),
    "weight_pounds": (165, 265, 0), "weight_lbs": (165, 265, 0), "weight_lb": (165, 265, 0),
    "weight_kg": (55, 120, 0), "elevation_ft": (10, 5500, 0), "elevation_m": (3, 1700, 0),
    "birth_year": (1960, 2005, 0), "release_year": (1970, 2025, 0),
    "year_founded": (1880, 2020, 0), "founded": (1880, 2020, 0),
    "number_of_pages": (90, 900, 0), "page_count": (90, 900, 0), "runtime": (80, 180, 0),
    "total_pages": (1, 40, 0), "per_page": (10, 50, 0),
}
_LAST: dict[str, Spec] = {
    "age": (18, 75, 0), "year": (1995, 2025, 0),
    "price": (4.99, 499.0, 2), "cost": (4.99, 499.0, 2), "fee": (1.0, 45.0, 2),
    "amount": (5.0, 900.0, 2), "subtotal": (5.0, 900.0, 2), "salary": (38000, 160000, 0),
    "population": (20000, 4000000, 0), "count": (1, 500, 0), "quantity": (1, 10, 0),
    "qty": (1, 10, 0), "percent": (0, 100, 1), "percentage": (0, 100, 1),
    "minutes": (1, 180, 0), "seconds": (1, 3600, 0), "duration": (1, 180, 0),
    "rank": (1, 100, 0), "points": (0, 40, 0), "rebounds": (0, 18, 0),
    "assists": (0, 14, 0), "capacity": (500, 60000, 0), "distance": (0.5, 500, 1),
    "pounds": (1, 300, 0), "lbs": (1, 300, 0), "kg": (1, 150, 0), "feet": (1, 30000, 0),
    "inches": (1, 80, 0), "calories": (50, 900, 0), "floors": (1, 60, 0),
    "bedrooms": (1, 6, 0), "bathrooms": (1, 4, 0), "employees": (5, 50000, 0),
    "weight": (0.2, 25, 1), "height": (2, 120, 0), "width": (2, 120, 0),
    "length": (2, 200, 0), "depth": (1, 80, 0),
}
# Words that say there is no figure, on purpose.
_NO_FIGURE = frozenset({"free", "n/a", "na", "none", "null", "unknown", "tbd", "tba",
                        "varies", "unlimited", "undisclosed", "nil", "-", "not available"})


@lru_cache(maxsize=8192)
def quantity_range(key: str) -> Spec | None:
    """The range of the figure a field named `key` holds, or None when it is no quantity."""
    nk = normalize_key(key)
    if nk in _WHOLE:
        return _WHOLE[nk]
    last = nk.rsplit("_", 1)[-1]
    if nk.startswith(("number_of_", "num_", "total_number")):
        return (1, 500, 0)
    return _LAST.get(last)


def wordy(value: Any) -> bool:
    """A string holding words and no figure (`"seasons"`), not a deliberate `"N/A"`."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    if len(text) < 2 or text.lower() in _NO_FIGURE:
        return False
    return not any(map(str.isdigit, text)) and any(map(str.isalpha, text))


def figure(spec: Spec, rng: Any) -> str:
    """A figure in `spec`'s range, as the string a string-typed field holds."""
    lo, hi, decimals = spec
    value = lo + rng.random() * (hi - lo)
    if decimals == 0:
        return str(round(value))
    return f"{value:.{decimals}f}"


_FEET = ("height_feet", "height_ft")
_INCHES = ("height_inches", "height_in")
# The tallest players on record stand 7 ft 7 in: a drawn 7 ft is one of the few.
_TALLEST = (7, 7)


def _feet_inches(obj: dict[str, Any]) -> tuple[str, str, int, int] | None:
    found = _height_keys(tuple(obj))
    if found is None:
        return None
    feet, inches = found
    try:
        return feet, inches, int(str(obj[feet])), int(str(obj[inches]))
    except ValueError:
        return None


# Every object of every answer (and of every judged record) is asked; which keys hold
# feet and inches depends on the keys alone, and objects of one schema share them.
@lru_cache(maxsize=4096)
def _height_keys(names: tuple[Any, ...]) -> tuple[Any, Any] | None:
    """The keys holding a height's feet and inches, or None when either is missing."""
    keys = {normalize_key(k): k for k in names}
    feet = next((keys[k] for k in _FEET if k in keys), None)
    inches = next((keys[k] for k in _INCHES if k in keys), None)
    return None if feet is None or inches is None else (feet, inches)


def person_height(obj: dict[str, Any]) -> str | None:
    """Why a height in feet and inches is no person's, or None."""
    found = _feet_inches(obj)
    if found is None or (found[2], found[3]) <= _TALLEST:
        return None
    return f"{found[2]} ft {found[3]} in is taller than any person"


def fit_height(obj: dict[str, Any]) -> None:
    """A height in feet and inches no taller than the tallest people, in place."""
    found = _feet_inches(obj)
    if found is None or (found[2], found[3]) <= _TALLEST:
        return
    feet, inches, ft, inch = found
    value = inch % 4 if ft == _TALLEST[0] else inch  # 7 ft 0-3 in
    if ft > _TALLEST[0]:
        obj[feet] = str(_TALLEST[0] - 1) if isinstance(obj[feet], str) else _TALLEST[0] - 1
    obj[inches] = str(value) if isinstance(obj[inches], str) else value
