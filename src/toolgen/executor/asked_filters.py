"""Results honour the filters the call sent: a search for cases heard in Amsterdam
between 2015 and 2024 does not come back with a 1995 Supreme Court case.

`within_filters(output, args, rng)` walks every object of an answer:

- a year field (`year`, `decided_year`, `release_year`...) lies in the years the call
  asked for (`year`, `year_range: [2015, 2024]`, `from_year`/`to_year`,
  `start_year`/`end_year`, "2015-2024");
- a court heard in the place the call named (`location`, `city`, `jurisdiction`) is
  that place's court, not the US Supreme Court.

Births and founding years are not filters of a search and stay. In place; deterministic
for the call's random stream; never touches the network.
"""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.executor.objects import objects_in

_YEARS = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_RANGE_KEYS = ("year_range", "years", "year_span", "timeline", "date_range")
_PAIRS = (("from_year", "to_year"), ("start_year", "end_year"), ("year_from", "year_to"),
          ("min_year", "max_year"))
_PLACE_KEYS = ("location", "city", "jurisdiction", "place", "region")
# Years of a record's own history, not of what was searched.
_OWN_YEARS = ("birth", "born", "founded", "established", "built", "current", "next")


def _years_in(value: Any) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, str):
        return [int(y) for y in _YEARS.findall(value)]
    if isinstance(value, list):
        return [y for v in value for y in _years_in(v)]
    return []


def asked_years(args: dict[str, Any]) -> tuple[int, int] | None:
    """The first and last year the call asked for, or None."""
    found: list[int] = []
    for key in _RANGE_KEYS:
        found += _years_in(args.get(key))
    for low, high in _PAIRS:
        found += _years_in(args.get(low)) + _years_in(args.get(high))
    if not found:
        found = _years_in(args.get("year"))
    found = [y for y in found if 1600 <= y <= 2100]
    return (min(found), max(found)) if found else None


def _year_key(key: str) -> bool:
    low = key.lower()
    return (low == "year" or low.endswith(("_year", "year"))) and not any(
        w in low for w in _OWN_YEARS)


def within_filters(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    years = asked_years(args)
    place = next((args[k] for k in _PLACE_KEYS if isinstance(args.get(k), str)
                  and args[k].strip()), None)
    for obj in objects_in(output):
        if years is not None:
            low, high = years
            for key, value in obj.items():
                if (_year_key(key) and isinstance(value, int) and not isinstance(value, bool)
                        and not low <= value <= high):
                    obj[key] = rng.randint(low, high)
        court = obj.get("court")
        if place is not None and isinstance(court, str) and place.lower() not in court.lower():
            obj["court"] = f"District Court of {place.strip()}"
