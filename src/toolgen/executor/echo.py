"""Output fields that restate an argument agree with it (a flight booked Warsaw -> Sao Paulo
does not come back as Warsaw -> Barcelona).

`echo_arguments(output, args)` runs after the cross-field rules: a field whose name is the
argument's or a known synonym of it (origin / from_city / departure_location, destination /
to_city / destination_location, the travel date and a departure timestamp, check-in and
check-out, airline, passenger and customer names, a requester's email, amounts,
currencies, quantities, guests, the search query, the language, a postcode) takes the
argument's value. Search filters (route, dates, currency, the query, the language) hold
for every object of a result list; a name, email, amount, quantity or postcode only for
the top-level record.
Only same-typed values of the same form are copied (a city never overwrites an airport
code; a date moves a timestamp's day and keeps its time, and the matching arrival moves
with it). In place, deterministic, never touches the network.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.controls import is_control
from toolgen.executor.flight_codes import designator
from toolgen.executor.values import normalize_key
from toolgen.executor.views import VIEW_KEYS

# Each group: the argument names that state a value, and the output fields that restate it.
_ORIGIN = frozenset({
    "origin", "from_city", "departure_city", "departure_location", "from_location",
    "source_city", "from_airport", "origin_airport", "departure_airport", "origin_city",
    "start_location", "pickup_location", "leaving_from", "from", "travel_from"})
_DESTINATION = frozenset({
    "destination", "to_city", "arrival_city", "to_location", "arrival_location",
    "destination_location", "to_airport", "destination_airport", "arrival_airport",
    "destination_city", "dropoff_location", "going_to", "to", "travel_to"})
_AIRLINE = frozenset({"airline", "airlines", "carrier", "preferred_airline"})
_CURRENCY = frozenset({"currency", "currency_code", "payment_currency", "price_currency"})
_PASSENGER = frozenset({"passenger_name", "passenger", "traveler_name", "traveller_name",
                        "guest_name"})
_CUSTOMER = frozenset({"customer_name", "customer", "client_name", "buyer_name"})
# Who a ticket or a request is from: the email the call sent is the requester's (a ticket
# the user files with their own email is not Nancy's).
_REQUESTER = frozenset({"email", "requester_email", "requester", "requester_mail",
                        "reporter_email", "contact_email"})
_AMOUNT = frozenset({"amount", "payment_amount", "amount_paid", "transfer_amount",
                     "paid_amount", "charge_amount"})
_QUANTITY = frozenset({"quantity", "qty", "num_items", "item_quantity"})
# What a search was for: a result that says what it searched says the query sent (Bing's
# `originalQuery` is "how to make sourdough bread", not a word of the tool).
_QUERY = frozenset({"q", "query", "search_query", "searchquery", "search_term",
                    "original_query", "query_string", "searched_for"})
# A record asked for in a language (`language: "ja"`) comes back in it: its view in that
# language (see `views`), not the one it was written in.
_LANGUAGE = VIEW_KEYS
_POSTCODE = frozenset({"zip", "zipcode", "zip_code", "postal_code", "postalcode", "postcode",
                       "post_code"})
_GUESTS = frozenset({"guests", "num_guests", "number_of_guests", "guest_count"})
_PASSENGERS = frozenset({"passengers", "num_passengers", "number_of_passengers",
                         "passenger_count"})
_DEPART_DAY = frozenset({"departure_date", "date", "travel_date", "flight_date",
                         "depart_date", "outbound_date", "departure_time", "departure",
                         "departure_datetime", "departs_at", "departure_at",
                         # a showing or a session asked for on a day starts that day
                         "starts_at", "start_datetime", "showtime", "begins_at"})
_CHECK_IN = frozenset({"check_in", "checkin", "check_in_date", "checkin_date", "arrival_date"})
_CHECK_OUT = frozenset({"check_out", "checkout", "check_out_date", "checkout_date",
                        "departure_date"})

# (group, applies to every object of the output, is a date)
_GROUPS: tuple[tuple[frozenset[str], bool, bool], ...] = (
    (_ORIGIN, True, False), (_DESTINATION, True, False), (_CURRENCY, True, False),
    (_AIRLINE, True, False),
    (_PASSENGER, False, False), (_CUSTOMER, False, False), (_REQUESTER, False, False),
    (_AMOUNT, False, False),
    (_QUANTITY, False, False), (_GUESTS, True, False), (_PASSENGERS, True, False),
    (_QUERY, True, False), (_LANGUAGE, True, False), (_POSTCODE, False, False),
)
_DATE_GROUPS = ((_DEPART_DAY, ("arrival_time", "arrival", "arrival_datetime", "arrives_at",
                               "arrival_at", "landing_time", "ends_at", "end_datetime")),)
_STAY_GROUPS = (_CHECK_IN, _CHECK_OUT)
_PLAIN_NUMBER = re.compile(r"-?\d{1,12}(?:\.\d{1,6})?")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(.*)$")
_RELEVANT = frozenset().union(*(g for g, _, _ in _GROUPS), _DEPART_DAY, _CHECK_IN, _CHECK_OUT)


# The groups as sorted tuples, once: the first argument name of a group (in this order)
# that the call sent is the one its fields restate.
_SORTED = tuple(tuple(sorted(g)) for g, _, _ in _GROUPS)
_EVERYWHERE = tuple(everywhere for _, everywhere, _ in _GROUPS)
_DAY_GROUPS = (*((g, f) for g, f in _DATE_GROUPS), *((g, ()) for g in _STAY_GROUPS))
_DAY_SORTED = tuple(tuple(sorted(g)) for g, _ in _DAY_GROUPS)
_STAY_START = len(_DATE_GROUPS)  # the stay groups follow the date groups


def _ranks(groups: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Argument name -> (group index, its place in the sorted group) for each group."""
    found: dict[str, list[tuple[int, int]]] = {}
    for i, names in enumerate(groups):
        for rank, name in enumerate(names):
            found.setdefault(name, []).append((i, rank))
    return {name: tuple(places) for name, places in found.items()}


_RANKS = _ranks(_SORTED)
_NO_RANK = 1 << 30
_DAY_RANKS = _ranks(_DAY_SORTED)


def _first_sent(args: dict[str, Any], ranks: dict[str, tuple[tuple[int, int], ...]],
                size: int, fits: Callable[[Any], bool]) -> list[Any]:
    """Per group, the value of the first of its sorted names that `args` holds and that
    `fits`: one pass over the arguments instead of one over every group's names."""
    values: list[Any] = [None] * size
    best = [_NO_RANK] * size
    for name, value in args.items():
        places = ranks.get(name)
        if places is None or not fits(value):
            continue
        for i, rank in places:
            if rank < best[i]:
                best[i], values[i] = rank, value
    return values


def _day_text(value: Any) -> bool:
    return isinstance(value, str) and _DAY.match(value) is not None


class _Shape:
    """What an object's keys imply for echo, computed once per distinct key tuple: its
    normalised keys, the keys of each group, the keys a following field may have."""

    __slots__ = ("day_hits", "group_hits", "keys")

    def __init__(self, names: tuple[str, ...]) -> None:
        self.keys = {normalize_key(k): k for k in names}
        items = tuple(self.keys.items())
        self.group_hits = tuple(
            (i, tuple(k for nk, k in items if nk in group))
            for i, (group, _, _) in enumerate(_GROUPS)
            if any(nk in group for nk, _ in items))
        self.day_hits = tuple(tuple((nk, k) for nk, k in items if nk in group)
                              for group, _ in _DAY_GROUPS)


_SHAPES: dict[tuple[str, ...], _Shape] = {}
_MAX_SHAPES = 65536


def _shape(obj: dict[str, Any]) -> _Shape:
    names = tuple(obj)
    shape = _SHAPES.get(names)
    if shape is None:
        if len(_SHAPES) >= _MAX_SHAPES:
            _SHAPES.clear()
        shape = _SHAPES[names] = _Shape(names)
    return shape


def echo_arguments(output: Any, args: dict[str, Any]) -> None:
    """Make every field of `output` that restates an argument carry its value, in place.

    `args` is keyed by normalised names (as the session holds them)."""
    echo_for(args)(output)


def echo_for(args: dict[str, Any]) -> Callable[[Any], None]:
    """`echo_arguments(·, args)` with what the call asked read once (a call echoes twice:
    before the cross-field rules and after them)."""
    if not args or not (args.keys() & _RELEVANT or any(
            isinstance(v, bool) for v in args.values())):
        return _nothing
    stay = any(k in args for k in ("check_in", "checkin", "check_in_date", "checkin_date"))
    asked = _first_sent(args, _RANKS, len(_SORTED), _scalar)
    days = _first_sent(args, _DAY_RANKS, len(_DAY_SORTED), _day_text)
    flags = any(isinstance(v, bool) for v in args.values())

    def echo(output: Any) -> None:
        stack: list[tuple[Any, bool]] = [(output, True)]
        while stack:
            node, top = stack.pop()
            if isinstance(node, dict):
                _echo_object(node, args, top, stay, asked, days, flags)
                stack.extend((v, False) for v in node.values() if isinstance(v, (dict, list)))
            elif isinstance(node, list):
                stack.extend((v, top and len(node) == 1) for v in node
                             if isinstance(v, (dict, list)))

    return echo


def _nothing(output: Any) -> None:
    return None


def _echo_object(obj: dict[str, Any], args: dict[str, Any], top: bool, stay: bool,
                 asked: list[Any], days: list[Any], flags: bool) -> None:
    shape = _shape(obj)
    keys = shape.keys
    if top and flags:  # a flag sent (`details: false`) is the flag the answer states
        for nk, k in keys.items():
            sent = args.get(nk)
            if isinstance(sent, bool) and isinstance(obj[k], bool) and not is_control(nk):
                obj[k] = sent
    for i, hits in shape.group_hits:
        if not (_EVERYWHERE[i] or top):
            continue
        value = asked[i]
        if value is None:
            continue
        for k in hits:
            if _same_form(obj[k], value):
                obj[k] = value
            elif (number := _figure_in_text(obj[k], value)) is not None:
                obj[k] = number  # an amount asked as "246.68" is the output's 246.68
    if stay:
        for j in range(_STAY_START, len(_DAY_GROUPS)):
            _echo_day(obj, keys, args, shape.day_hits[j], days[j], ())
        return
    for j in range(_STAY_START):
        _echo_day(obj, keys, args, shape.day_hits[j], days[j], _DAY_GROUPS[j][1])


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _same_form(current: Any, value: Any) -> bool:
    """Same type, and for text the same form: a code for a code, a name for a name."""
    if isinstance(current, bool) or not _scalar(current):
        return False
    if isinstance(current, str) != isinstance(value, str):
        return False
    if isinstance(current, str):
        return _code(current) == _code(value)
    return isinstance(value, int) or not isinstance(current, int)  # 1.5 never fills an integer


def _code(text: str) -> bool:
    """A three-letter code ("LIS", "EUR"), not a name written in capitals (KLM, ANA)."""
    return len(text) == 3 and text.isupper() and designator(text) is None


def _figure_in_text(current: Any, value: Any) -> int | float | None:
    """The number a text argument states, for a numeric field (None: no plain number, or
    a fraction where the field holds whole numbers)."""
    if (isinstance(current, bool) or not isinstance(current, int | float)
            or not isinstance(value, str) or not _PLAIN_NUMBER.fullmatch(value)):
        return None
    if "." not in value:
        return int(value)
    return None if isinstance(current, int) else float(value)


def _echo_day(obj: dict[str, Any], keys: dict[str, str], args: dict[str, Any],
              hits: tuple[tuple[str, str], ...], asked: Any, follows: tuple[str, ...]) -> None:
    """The asked day replaces the day of a date or timestamp field of the group (its time
    kept); a following field (the arrival) moves by the same number of days. `hits` are
    the object's (normalised key, key) of the group, `asked` the argument that states it."""
    if asked is None or not hits:
        return
    day = asked[:10]
    shift: _dt.timedelta | None = None
    for nk, k in hits:
        current = obj[k]
        if not isinstance(current, str):
            continue
        m = _DAY.match(current)
        if m is None or m.group(1) == day:
            continue
        old, new = _date(m.group(1)), _date(day)
        if old is None or new is None:
            continue
        whole = asked if len(asked) > 10 and len(current) > 10 and nk in args else None
        obj[k] = whole if whole is not None else day + m.group(2)
        shift = shift or (new - old)
    if shift is None:
        return
    for name in follows:
        fk = keys.get(name)
        later = obj.get(fk) if fk is not None else None
        lm = _DAY.match(later) if isinstance(later, str) else None
        was = _date(lm.group(1)) if lm is not None else None
        if fk is not None and lm is not None and was is not None:
            obj[fk] = (was + shift).isoformat() + lm.group(2)


def _date(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None
