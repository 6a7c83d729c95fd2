"""Trip dates: a stay the user books follows the dates they already gave.

"Find my events around Edinburgh since 2025-09-26, then hotels checking in on
2025-03-18 leaving 2025-03-28" (bundled seed 7 #260): each date was drawn on its own, so
the hotel was for March after events from September. When a call's user-stated stay (a
check-in and check-out pair) starts more than `_BEFORE` days before, or more than
`_AFTER` days after, a trip date the user stated for an earlier call of the plan (the
latest: `start_date`, `departure_date`, a flight's or event's `date`...), the stay
moves to start on that date, keeping its length (at most two weeks). Only user-stated
values are read and moved; deterministic, no randomness. A stay after another stay the
user stated (hotels searched for 5-6 January, then a room of the first reserved for
5-18 January: bundled seed 7 #129) is that same stay, and a trip call after a stay
looks within it (`_during`).
"""

from __future__ import annotations

import datetime as _dt
import re

from toolgen.executor.values import normalize_key
from toolgen.records import PlannedArg, PlannedCall

_STAYS = (("check_in", "check_out"), ("checkin", "checkout"),
          ("check_in_date", "check_out_date"), ("checkin_date", "checkout_date"),
          ("arrival_date", "departure_date"))
_STATED = frozenset({"user", "clarification"})
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ANCHORS = frozenset({"start_date", "from_date", "date_from", "since", "departure_date",
                      "depart_date", "outbound_date", "event_date", "start", "departure",
                      "check_in", "checkin", "check_in_date", "checkin_date", "arrival_date"})
_TRIP_WORDS = frozenset({"flight", "flights", "event", "events", "ticket", "tickets",
                         "concert", "concerts", "show", "shows", "train", "trains", "trip",
                         "tour", "tours", "festival", "match", "game"})
_BEFORE = 3
_AFTER = 60
_LONGEST = 14


def follow_trip_dates(calls: list[PlannedCall]) -> list[PlannedCall]:
    """`calls` with each stay moved to follow the latest date stated before it; a stay
    after another one (the hotels searched, then a room of the first reserved) is that
    same stay."""
    anchor: _dt.date | None = None
    stay: tuple[_dt.date, _dt.date] | None = None
    out: list[PlannedCall] = []
    for call in calls:
        if stay is not None:
            call = _during(with_stay(call, *stay), stay)
        elif anchor is not None:
            call = _follow(call, anchor)
        anchor = _latest_day(call) or anchor
        stay = stay_of(call) or stay
        out.append(call)
    return out


def _pair(call: PlannedCall) -> tuple[int, int] | None:
    by_name = {normalize_key(a.name): i for i, a in enumerate(call.arguments)}
    return next(((by_name[a], by_name[b]) for a, b in _STAYS
                 if a in by_name and b in by_name), None)


def stay_of(call: PlannedCall) -> tuple[_dt.date, _dt.date] | None:
    """The stay `call`'s user states (check-in, check-out), None when it states none."""
    pair = _pair(call)
    if pair is None:
        return None
    start, end = _day(call.arguments[pair[0]]), _day(call.arguments[pair[1]])
    return (start, end) if start is not None and end is not None and end > start else None


def with_stay(call: PlannedCall, start: _dt.date, end: _dt.date) -> PlannedCall:
    """`call` with its stated stay from `start` to `end` (unchanged when it has none)."""
    pair = _pair(call)
    if pair is None or stay_of(call) in (None, (start, end)):
        return call
    args = list(call.arguments)
    args[pair[0]] = args[pair[0]].model_copy(update={"value": start.isoformat()})
    args[pair[1]] = args[pair[1]].model_copy(update={"value": end.isoformat()})
    return call.model_copy(update={"arguments": tuple(args)})


def _day(arg: PlannedArg) -> _dt.date | None:
    if arg.source not in _STATED or not isinstance(arg.value, str) \
            or not _ISO_DAY.match(arg.value):
        return None
    try:
        return _dt.date.fromisoformat(arg.value)
    except ValueError:
        return None


def _latest_day(call: PlannedCall) -> _dt.date | None:
    """The latest day `call` states for a trip: when something starts or leaves (a bare
    `date` only for a trip's own call: an exchange rate's date is no trip date)."""
    trip = bool(_TRIP_WORDS & set(normalize_key(call.function_name).split("_")))
    days = [d for a in call.arguments
            if (normalize_key(a.name) in _ANCHORS or (trip and normalize_key(a.name) == "date"))
            and (d := _day(a)) is not None]
    return max(days) if days else None


def _follow(call: PlannedCall, anchor: _dt.date) -> PlannedCall:
    stay = stay_of(call)
    if stay is None or -_BEFORE <= (stay[0] - anchor).days <= _AFTER:
        return call
    nights = min((stay[1] - stay[0]).days, _LONGEST)
    return with_stay(call, anchor, anchor + _dt.timedelta(days=nights))


# A trip call's own range: when what it looks for starts, and ends.
_FROM = frozenset({"start_date", "from_date", "date_from", "since"})
_UNTIL = frozenset({"end_date", "to_date", "date_to", "until"})


def _during(call: PlannedCall, stay: tuple[_dt.date, _dt.date]) -> PlannedCall:
    """A trip call after a stay looks for what is on during it: hotels in Paris for 24
    February to 9 March, then "the events from 2025-05-27 to 2026-02-06 in the first
    hotel's city" (bundled seed 9 #173) look from 24 February to 9 March."""
    if not _TRIP_WORDS & set(normalize_key(call.function_name).split("_")):
        return call
    args = list(call.arguments)
    for i, arg in enumerate(args):
        name, day = normalize_key(arg.name), _day(arg)
        if day is None or stay[0] <= day <= stay[1]:
            continue
        if name in _FROM or name in _UNTIL:
            moved = stay[0] if name in _FROM else stay[1]
            args[i] = arg.model_copy(update={"value": moved.isoformat()})
    return call if args == list(call.arguments) else call.model_copy(
        update={"arguments": tuple(args)})

