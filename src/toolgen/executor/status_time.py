"""Status and time: a conversation has a "now", and what an answer says happened fits it.

Dates are drawn over a year and a half, so a flight booked on 5 July for 11 July was
read "boarding" with an update stamped 20 November, and a booking was updated before it
was made. The session's now is the moment its latest create was made (`created_at` of
what this conversation booked, ordered or paid: the user is talking right then); before
any create, an object's own update stamp is the moment its status describes. Per object
of an answer, in place:

- what a create answers was last updated when it was made (a booking made in November
  is not updated the next October); an update stamp (`updated_at`, `last_updated`,
  ...) is not before the object's own creation (`created_at`, `booked_at`, ...), nor,
  for a flight's status read in a session that has a now, after it;
- a flight's status fits the moment it is read: one departing over a day later is
  scheduled (not boarding, departed or landed), one that arrived over a day earlier has
  landed (not scheduled, delayed or boarding). The word is taken from the status
  field's enum in the response schema when it has one (`status_words`). With no now
  (nothing created yet) the drawn status stands and its update stamp moves to a moment
  it is true at (a "delayed" flight updated six hours before it leaves).

Deterministic: no randomness; a moved stamp keeps its format.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

UPDATED = ("updated_at", "last_updated", "status_updated_at", "modified_at", "as_of",
           "checked_at", "last_updated_at", "updated")
CREATED = ("created_at", "booked_at", "booking_date", "placed_at", "ordered_at", "created",
           "purchased_at", "issued_at")
DEPARTS = ("departure_time", "departure", "departs_at", "scheduled_departure",
           "departure_datetime", "departure_date", "depart_time")
ARRIVES = ("arrival_time", "arrival", "arrives_at", "scheduled_arrival", "arrival_datetime",
           "arrival_date")
AHEAD = frozenset({"scheduled", "on_time", "ontime", "delayed"})
UNDER_WAY = frozenset({"boarding", "departed", "in_air", "en_route", "airborne", "taxiing",
                       "in_flight", "gate_closed"})
DONE = frozenset({"landed", "arrived"})
_AHEAD_WORDS = ("scheduled", "on_time", "on time", "ontime")
_DONE_WORDS = ("landed", "arrived")
_DAY = _dt.timedelta(days=1)
_LATER = _dt.timedelta(hours=2)
_AHEAD = _dt.timedelta(hours=6)
_BOARDING = _dt.timedelta(minutes=30)


def parse_time(value: Any) -> _dt.datetime | None:
    """An ISO date or date-time as an aware UTC datetime (None when it is not one)."""
    if not isinstance(value, str) or len(value) < 10 or value[4:5] != "-":
        return None
    try:
        moment = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=_dt.UTC)


def first_time(obj: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[str, _dt.datetime] | None:
    """The first of `keys` (as normalised) `obj` holds a time under: (its key, the time)."""
    for key in _held(tuple(obj), keys):
        if (moment := parse_time(obj[key])) is not None:
            return key, moment
    return None


def status_key(obj: Mapping[str, Any]) -> str | None:
    """The key of `obj`'s status (`status`, else a `..._status`), when it holds a word."""
    if isinstance(obj.get("status"), str):
        return "status"
    return next((k for k in _statuses(tuple(obj)) if isinstance(obj[k], str)), None)


# Which keys of an object name what a rule looks for depends on its keys alone, and the
# objects one plan draws share them: worked out once per key tuple (every object of
# every answer is read this way, several times per call).
@lru_cache(maxsize=8192)
def _held(keys: tuple[Any, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of `keys` normalising to each of `names`, in the order of `names` (of
    two keys with one normal form, the later)."""
    by_name = {normalize_key(k): k for k in keys if isinstance(k, str)}
    return tuple(key for name in names if (key := by_name.get(name)) is not None)


@lru_cache(maxsize=8192)
def _statuses(keys: tuple[Any, ...]) -> tuple[str, ...]:
    """The keys of `keys` naming a `..._status`, in order."""
    return tuple(k for k in keys if isinstance(k, str) and normalize_key(k).endswith("_status"))


def status_phase(word: str) -> str | None:
    """`ahead`, `under_way` or `done` for a flight status word (None: not one)."""
    w = normalize_key(word)
    return ("ahead" if w in AHEAD else "under_way" if w in UNDER_WAY
            else "done" if w in DONE else None)


def misfit(status: str, clock: _dt.datetime, departs: _dt.datetime,
           arrives: _dt.datetime | None) -> str | None:
    """The phase a flight read at `clock` is in when `status` contradicts it, else None."""
    phase = status_phase(status)
    if phase is None:
        return None
    if departs - clock > _DAY and phase != "ahead":
        return "ahead"
    if clock - (arrives or departs) > _DAY and phase != "done":
        return "done"
    return None


def created_now(output: Any) -> _dt.datetime | None:
    """The latest creation stamp of a create's answer: the session's now from then on."""
    stamps = [t[1] for obj in objects_in(output) if (t := first_time(obj, CREATED))]
    return max(stamps) if stamps else None


def fit_times(output: Any, now: _dt.datetime | None,
              words: Callable[[], tuple[str, ...]], made: bool = False) -> None:
    """Each object's update stamp and flight status made to fit (module docstring);
    `words()`: the status enum of the response schema (empty: any word), asked only
    when a status is changed; `made`: the answer of a create, whose objects were last
    updated when they were made."""
    for obj in objects_in(output):
        if made:
            _just_made(obj)
        key = status_key(obj)
        departs = first_time(obj, DEPARTS) if key is not None else None
        flight = departs is not None and status_phase(obj[key or ""]) is not None
        clock = _fit_stamp(obj, now if flight else None)
        if not flight or departs is None or key is None or clock is None:
            continue
        arrives = first_time(obj, ARRIVES)
        phase = misfit(obj[key], clock, departs[1], arrives[1] if arrives else None)
        if phase is not None and now is None:
            _restamp(obj, obj[key], departs[1], arrives[1] if arrives else None)
        elif phase is not None:
            word = _word(phase, words(), obj[key])
            if word is not None:
                obj[key] = word


def status_words(schema: Mapping[str, Any]) -> tuple[str, ...]:
    """The words of every `status` enum in a response schema, in order (empty: none)."""
    found: list[str] = []
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if (isinstance(k, str) and "status" in normalize_key(k) and isinstance(v, dict)
                        and isinstance(v.get("enum"), list)):
                    found.extend(str(o) for o in v["enum"])
                if isinstance(v, dict | list):
                    stack.append(v)
        elif isinstance(node, list):
            stack.extend(node)
    return tuple(dict.fromkeys(found))


def _just_made(obj: dict[str, Any]) -> None:
    updated, made = first_time(obj, UPDATED), first_time(obj, CREATED)
    if updated is not None and made is not None and updated[1] != made[1]:
        obj[updated[0]] = _written_like(made[1], obj[updated[0]])


def _fit_stamp(obj: dict[str, Any], now: _dt.datetime | None) -> _dt.datetime | None:
    """`obj`'s update stamp kept between its creation and the session's now; the moment
    its status describes (the now when it has no stamp)."""
    updated = first_time(obj, UPDATED)
    if updated is None:
        return now
    key, moment = updated
    made = first_time(obj, CREATED)
    if now is not None and moment > now:
        moment = now
    if made is not None and moment < made[1]:
        moment = made[1] + _LATER
    if moment != updated[1]:
        obj[key] = _written_like(moment, obj[key])
    return moment


def _restamp(obj: dict[str, Any], status: str, departs: _dt.datetime,
             arrives: _dt.datetime | None) -> None:
    """`obj`'s update stamp moved to a moment its flight `status` is true at (no now to
    judge the status by: the status stands, its stamp follows it)."""
    stamp = first_time(obj, UPDATED)
    if stamp is None:
        return
    phase = status_phase(status)
    if phase == "ahead":
        moment = departs - _AHEAD
    elif phase == "done":
        moment = (arrives or departs) + _LATER
    else:
        moment = departs + (-_BOARDING if normalize_key(status) == "boarding" else _BOARDING)
    made = first_time(obj, CREATED)
    if made is None or moment >= made[1]:
        obj[stamp[0]] = _written_like(moment, obj[stamp[0]])


def _word(phase: str, words: tuple[str, ...], like: str) -> str | None:
    wanted = _AHEAD_WORDS if phase == "ahead" else _DONE_WORDS
    if words:
        by_norm = {normalize_key(w): w for w in words}
        return next((by_norm[normalize_key(w)] for w in wanted if normalize_key(w) in by_norm),
                    None)
    word = wanted[0]
    if like.isupper():
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


def _written_like(moment: _dt.datetime, like: str) -> str:
    if len(like) == 10:
        return moment.date().isoformat()
    if like.endswith("Z"):
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.isoformat()
