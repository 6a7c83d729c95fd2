"""An epidemic's counts are of the place and the day asked, at that place's scale.

`get_specific_us_data_by_date(YYYY_MM_DD="2025-08-19")` answered Germany on 2026-04-23,
with 607 deaths of 999 confirmed (ToolBench seed 97 #38); `history_by_particular_country
_by_date(country="Singapore", date="2025-04-13")` three rows of Singapore on that one
day, each with a fifth of its cases dead (seed 97). `covid_finish(endpoint)` returns a
step for an epidemic's endpoint (its words: covid, corona, pandemic) that makes each
object holding confirmed cases and deaths:

- of the country asked (a country argument), else the country the API is about (the
  NYT's data and a US state's are the United States');
- of the day asked (a date argument): one row of that day, not several; a history with
  no day asked runs one row a day back from its latest;
- at the country's scale: confirmed cases a share of its people (a US state's, of the
  country's over 50), deaths about 1 % of them, recoveries most of the rest, each row
  of a history no more than the day after it;
- a list of (counter, value) pairs says the cases, deaths and recoveries.

In place; deterministic for the call's random stream.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor import world
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_WORDS = re.compile(r"covid|corona|pandemic|epidemic", re.I)
_US = frozenset({"us", "usa", "nyt", "america", "american"})
_CONFIRMED = frozenset({"confirmed", "cases", "total_cases", "confirmed_cases"})
_DEATHS = frozenset({"deaths", "total_deaths", "dead"})
_RECOVERED = frozenset({"recovered", "total_recovered", "recoveries"})
_ACTIVE = frozenset({"active", "active_cases"})
_COUNTRY = frozenset({"country", "country_name", "countryname", "location"})
_DATE = frozenset({"date", "day", "last_update", "updated", "report_date"})
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A US state's people, taken as the country's over the 50 states.
_STATES = 50
_WORLDWIDE = re.compile(r"worldwide|global|\bworld\b", re.I)
_WORLD = 8_000_000_000


def covid_finish(endpoint: Endpoint) -> Finish | None:
    """The step for an epidemic's endpoint (module doc), or None for any other."""
    about = f"{endpoint.function_name} {endpoint.tool_name} {endpoint.description}"
    if _WORDS.search(about) is None:
        return None
    words = set(re.split(r"[^a-z]+", endpoint.function_name.lower()))
    us = bool(words & _US)
    # a worldwide total counts the world's people, not one country's
    worldwide = _WORLDWIDE.search(f"{endpoint.name} {endpoint.description}") is not None

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        place = _asked_country(args) or (world.country("US") if us or _state_sent(args)
                                         else None)
        counters = _counters(output)
        if counters is not None:
            _counted_pairs(counters, place, _state_sent(args), rng,
                           _WORLD if worldwide and place is None else 0)
            return
        rows = _rows(output)
        if not rows:
            return
        day = _asked_day(args)
        if day is not None and isinstance(output, dict):
            _one_row(output, rows)
            rows = rows[:1]
        _counted(rows, place, day, _state_sent(args), rng)

    return step


_COUNTER_KEYS = frozenset({"counter", "metric", "stat", "name", "label", "key", "type"})


def _counters(output: Any) -> list[dict[str, Any]] | None:
    """A list of (counter, value) pairs (`[{"counter": ..., "value": ...}]`, whole or
    under one key), or None: Corona Stats by Country's totals answered `"counter":
    "general", "value": "default"` four times (ToolBench seed 97)."""
    items = output if isinstance(output, list) else next(
        (v for v in output.values() if isinstance(v, list)), None
    ) if isinstance(output, dict) else None
    if not items or not all(isinstance(x, dict) and len(x) == 2 and "value" in x
                            and set(x) - {"value"} <= _COUNTER_KEYS for x in items):
        return None
    return items


def _counted_pairs(items: list[dict[str, Any]], place: world.Country | None, state: bool,
                   rng: random.Random, people: int = 0) -> None:
    """The pairs made the place's cases, deaths and recoveries (of `people` when given:
    the world's), in the values' type."""
    row = {"confirmed": 0, "deaths": 0, "recovered": 0}
    _counted([row], place, None, state, rng, people)
    key = next(k for k in items[0] if k != "value")
    text = isinstance(items[0]["value"], str)
    pairs = (("cases", row["confirmed"]), ("deaths", row["deaths"]),
             ("recovered", row["recovered"]))
    items[:] = [{key: name, "value": str(n) if text else n} for name, n in pairs]


def _rows(output: Any) -> list[dict[str, Any]]:
    """The objects of `output` (itself, or the objects of its lists) holding counts."""
    found: list[dict[str, Any]] = []
    if isinstance(output, dict):
        if _key(output, _CONFIRMED) is not None and _key(output, _DEATHS) is not None:
            return [output]
        for value in output.values():
            if isinstance(value, list):
                found += [x for x in value if isinstance(x, dict)
                          and _key(x, _CONFIRMED) is not None and _key(x, _DEATHS) is not None]
    return found


def _key(obj: dict[str, Any], names: frozenset[str]) -> str | None:
    return next((k for k in obj if normalize_key(k) in names), None)


def _asked_country(args: dict[str, Any]) -> world.Country | None:
    for key, value in args.items():
        if "country" in normalize_key(key) and (found := world.country(value)) is not None:
            return found
    return None


def _state_sent(args: dict[str, Any]) -> bool:
    return any("state" in normalize_key(k) for k in args)


def _asked_day(args: dict[str, Any]) -> dt.date | None:
    for value in args.values():
        if isinstance(value, str) and _DAY.fullmatch(value.strip()[:10]):
            try:
                return dt.date.fromisoformat(value.strip()[:10])
            except ValueError:
                continue
    return None


def _one_row(output: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """A day asked of a list answer: its first row alone (one country has one count a day)."""
    for key, value in output.items():
        if isinstance(value, list) and rows[0] in value:
            output[key] = [rows[0]]


def _counted(rows: list[dict[str, Any]], place: world.Country | None, day: dt.date | None,
             state: bool, rng: random.Random, people: int = 0) -> None:
    people = people or (place.population if place is not None else 0) or 20_000_000
    if state:
        people //= _STATES
    confirmed = int(people * (0.05 + 0.25 * rng.random()))
    daily = max(1, int(confirmed * (0.0004 + 0.0012 * rng.random())))
    fatality = 0.004 + 0.012 * rng.random()
    recovery = 0.9 + 0.08 * rng.random()
    latest = day or _latest(rows)
    for back, row in enumerate(rows):
        cases = confirmed - back * daily
        if place is not None and (key := _key(row, _COUNTRY)) is not None and isinstance(
                row[key], str) and row[key] != place.name and world.country(row[key]) != place:
            row[key] = place.name
        if (key := _key(row, _DATE)) is not None and latest is not None and isinstance(
                row[key], str):
            row[key] = _dated(row[key], latest - dt.timedelta(days=back))
        _set(row, _CONFIRMED, cases)
        deaths = int(cases * fatality)
        _set(row, _DEATHS, deaths)
        recovered = int((cases - deaths) * recovery)
        _set(row, _RECOVERED, recovered)
        _set(row, _ACTIVE, cases - deaths - recovered)


def _latest(rows: list[dict[str, Any]]) -> dt.date | None:
    """The latest day the rows name: a history runs back from it."""
    days = []
    for row in rows:
        key = _key(row, _DATE)
        text = row.get(key) if key is not None else None
        if isinstance(text, str) and _DAY.match(text):
            try:
                days.append(dt.date.fromisoformat(text[:10]))
            except ValueError:
                continue
    return max(days) if days else None


def _dated(text: str, day: dt.date) -> str:
    """`text`, a date or a timestamp, moved to `day` in its own shape."""
    return day.isoformat() + text[10:] if _DAY.match(text) else text


def _set(row: dict[str, Any], names: frozenset[str], value: int) -> None:
    key = _key(row, names)
    if key is not None and isinstance(row[key], int) and not isinstance(row[key], bool):
        row[key] = value
