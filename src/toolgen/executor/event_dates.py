"""An event's dates fit what its title says it is.

A drawn event had independent start and end dates, so "Autumn Charity Night" ran from
June to March and "today's events" were markets open for half a year. Here:

- an evening (a night, a gala, a concert, a workshop) ends the day it starts;
- a gathering of days (a market, a festival, a conference) lasts one to four days;
- a season its title names is the season it starts in, in its city's hemisphere
  ("Autumn" in June in Porto becomes "Summer");
- the events an endpoint lists for today, or for the one date the call asks, all start
  on that day;
- a drawn description fits the venue and the title (`event_notes`).

A date the call sent is kept, and so is anything whose title names no such kind (an
exhibition may run for months). In place; deterministic for the drawn dates.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor import world
from toolgen.executor.date_text import DATE, parse, shifted
from toolgen.executor.event_notes import fit_event_note
from toolgen.executor.objects import objects_in

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_EVENING = frozenset({
    "night", "nights", "gala", "party", "concert", "screening", "dinner", "meetup",
    "workshop", "talk", "lecture", "quiz", "tasting", "reading", "brunch", "ball",
    "recital", "webinar", "mixer", "jam", "soiree", "evening", "social", "reception",
    "meetups", "class", "masterclass"})
_DAYS = frozenset({
    "market", "fair", "festival", "fest", "conference", "summit", "expo", "convention",
    "hackathon", "tournament", "retreat", "weekend", "congress", "symposium", "forum",
    "bazaar", "camp", "marathon", "cup", "championship", "games"})
_SEASONS = ("winter", "spring", "summer", "autumn")
SEASON_WORD = re.compile(r"\b(Spring|Summer|Autumn|Fall|Winter)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_TITLE_KEYS = ("title", "name", "event_name", "eventName")
_PAIRS = (("start_date", "end_date"), ("startDate", "endDate"), ("start", "end"),
          ("starts_at", "ends_at"), ("start_time", "end_time"), ("begin_date", "end_date"))
_EVENING_HOURS = 3 / 24


def event_finish(words: frozenset[str]) -> Finish:
    """The step that fits an answer's events (`words`: the endpoint's own name words)."""
    today = "today" in words
    # a title naming no kind ("The Signals of the Sea") is the kind its endpoint names
    # (`concert_book_ticket`: an evening)
    named = event_kind(" ".join(sorted(words)))

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        asked = _asked_day(args)
        day: _dt.date | None = asked
        for node in objects_in(output):
            pair = _dated_pair(node)
            title_key = _title_key(node)
            if pair is None or title_key is None:
                continue
            start_key, end_key = pair
            if (today or asked is not None) and start_key not in args:
                day = day or _day(node[start_key])
                _move_start_to(node, pair, day)
            title = node[title_key]
            _fit_span(node, pair, event_kind(title) or named,
                      start_key in args or end_key in args)
            node[title_key] = _seasoned(title, node[start_key], node.get("city"))
            fit_event_note(node, title, _days(node, pair))

    return step


_ASKED_DAY = ("date", "day", "event_date", "on_date")


def _asked_day(args: dict[str, Any]) -> _dt.date | None:
    """The one day the call asks the events of (`get_events_for_a_date(date=...)`)."""
    value = next((args[k] for k in _ASKED_DAY if isinstance(args.get(k), str)), None)
    when = parse(value) if value is not None and DATE.match(value) else None
    return when.date() if when is not None else None


def _days(node: dict[str, Any], pair: tuple[str, str]) -> int:
    """How many calendar days the event's dates span (1: it ends the day it starts)."""
    start, end = parse(node[pair[0]]), parse(node[pair[1]])
    if start is None or end is None:
        return 1
    return max(1, (end.date() - start.date()).days + 1)


def _title_key(node: dict[str, Any]) -> str | None:
    for key in _TITLE_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return key
    return None


def _dated_pair(node: dict[str, Any]) -> tuple[str, str] | None:
    for start, end in _PAIRS:
        a, b = node.get(start), node.get(end)
        if (isinstance(a, str) and isinstance(b, str) and DATE.match(a) and DATE.match(b)
                and parse(a) is not None and parse(b) is not None):
            return start, end
    return None


def event_kind(title: str) -> str | None:
    """"evening" (a night, a gala), "days" (a market, a festival) or None (no such kind)."""
    words = set(_WORD.findall(title.lower()))
    if words & _EVENING:
        return "evening"
    if words & _DAYS:
        return "days"
    return None


def _day(text: str) -> _dt.date:
    when = parse(text)
    assert when is not None  # _dated_pair checked it
    return when.date()


def _move_start_to(node: dict[str, Any], pair: tuple[str, str], day: _dt.date) -> None:
    """The start moves to `day`, the end by the same gap (the span is fitted after)."""
    gap = (day - _day(node[pair[0]])).days
    if gap == 0:
        return
    for key in pair:
        moved = shifted(node[key], gap)
        if moved is not None:
            node[key] = moved


def _fit_span(node: dict[str, Any], pair: tuple[str, str], kind: str | None,
              sent: bool) -> None:
    """An evening ends hours after it starts; a gathering of days within four days."""
    if kind is None or sent:
        return
    start_key, end_key = pair
    start, end = parse(node[start_key]), parse(node[end_key])
    assert start is not None and end is not None
    days = (end - start).total_seconds() / 86400
    timed = len(node[start_key]) > 10 and len(node[end_key]) > 10
    # a gathering's drawn gap picks its length, so the same draw gives the same span
    evening = _EVENING_HOURS if timed else 0.0
    target = evening if kind == "evening" else float(int(abs(days)) % 4)
    if days != target:
        moved = shifted(node[end_key], target - days)
        if moved is not None:
            node[end_key] = moved


def _seasoned(title: str, start_text: str, city_name: Any) -> str:
    """The title's season word is the season the event starts in."""
    found = SEASON_WORD.search(title)
    if found is None:
        return title
    season = season_of(_day(start_text), city_name)
    if found.group(1).lower() in (season, "fall" if season == "autumn" else season):
        return title
    word = season.capitalize() if found.group(1)[0].isupper() else season
    return title[:found.start()] + word + title[found.end():]


def season_of(day: _dt.date, city_name: Any) -> str:
    """The season of `day` in the city's hemisphere (northern when the city is unknown)."""
    place = world.city(city_name) if isinstance(city_name, str) else None
    index = (day.month % 12) // 3  # Dec-Feb 0, Mar-May 1, Jun-Aug 2, Sep-Nov 3
    return _SEASONS[(index + 2) % 4 if place is not None and place.latitude < 0 else index]
