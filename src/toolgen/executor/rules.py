"""Cross-field rules: which rules run on which object (values of one object that must agree).

`settle(value, args, action)` walks every object of a generated output and, per object, a
cheap key scan decides which rules to apply, in place. Each rule is its own module:
numeric ranges (`numeric_range`), date order (`date_order`), stay length (`stay_length`),
flight times (`flight_times`), a flight's day and status (`flight_rows`), routes
(`route`), exchange rates (`exchange`), counts (`counts`), case outcomes
(`case_outcomes`), a season's tallies and its games (`season_tallies`), a ticket's
subject and description (`support_tickets`), a message's subject and body
(`mail_messages`) and, for an answer to a create, a fresh status (`fresh_status`).
`settle_arguments` applies the pair rules to a call's arguments. This module owns the
dispatch only; deterministic (no randomness), never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor import date_order, flight_times, numeric_range, stay_length
from toolgen.executor.case_outcomes import CASE_KEYS, bound_outcomes
from toolgen.executor.counts import COUNT_KEYS, match_counts
from toolgen.executor.date_order import DATE_PAIRS, order_dates
from toolgen.executor.exchange import PER_USD, RATE_KEYS, settle_rates, split_currencies
from toolgen.executor.flight_rows import is_flight, settle_flight
from toolgen.executor.flight_times import bound_flight_times
from toolgen.executor.fresh_status import FRESH, TERMINAL, freshen_status
from toolgen.executor.mail_messages import BODY_KEYS, SUBJECT_KEYS, one_message
from toolgen.executor.numeric_range import order_numeric_ranges
from toolgen.executor.objects import objects_in
from toolgen.executor.part_whole import order_part_whole
from toolgen.executor.route import ROUTE_KEYS, match_route, split_origin
from toolgen.executor.season_tallies import GAMES_KEYS, TALLY_KEYS, fit_tallies
from toolgen.executor.stay_length import bound_stay_length
from toolgen.executor.support_tickets import TEXT_KEYS, TICKET_KEYS, one_ticket
from toolgen.executor.values import normalize_key

_TICKET_TEXT = frozenset(TEXT_KEYS)
_BODIES = frozenset(BODY_KEYS)
_SUBJECTS = frozenset(SUBJECT_KEYS)

# Names other packages read from here; each is owned by its rule's module.
__all__ = ["DATE_PAIRS", "FRESH", "PER_USD", "TERMINAL", "settle", "settle_arguments"]


def settle(value: Any, args: dict[str, Any] | None = None, action: str = "list") -> None:
    """Apply every rule to every object of `value`, in place."""
    for node in objects_in(value):
        _settle_object(node, args, action, node is value)


def settle_arguments(args: dict[str, Any]) -> dict[str, Any]:
    """The arguments with pair rules applied (date order, a part within its whole, origin
    != destination)."""
    out = dict(args)
    order_numeric_ranges(out)
    order_part_whole(out)
    order_dates(out)
    bound_stay_length(out)
    split_origin(out)
    split_currencies(out)
    return out


_NONE = object()
# What an object's keys make worth running (bits of `_shape`'s answer).
(_ROUTE, _RATE, _CASE, _COUNT, _STATUS, _NUMERIC, _DATED, _TICKET, _MAIL, _SEASON,
 _FLIGHT) = (1 << i for i in range(11))
_SCAN = _COUNT | _NUMERIC | _DATED  # rules that also need the value types
_MAX_SHAPES = 65536
# Key tuple -> (normalised keys, which rules may apply): an object's keys decide, so
# objects of one schema share the answer.
_SHAPES: dict[tuple[str, ...], tuple[tuple[str, ...], int]] = {}


def _shape(obj: dict[str, Any]) -> tuple[tuple[str, ...], int]:
    keys = tuple(obj)
    hit = _SHAPES.get(keys)
    if hit is None:
        if len(_SHAPES) >= _MAX_SHAPES:
            _SHAPES.clear()
        hit = _SHAPES[keys] = _rules_for(keys)
    return hit


def _rules_for(keys: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    names = tuple(normalize_key(k) for k in keys)
    found = frozenset(names)
    rules = ((_ROUTE if found & ROUTE_KEYS else 0) | (_RATE if found & RATE_KEYS else 0)
             | (_CASE if found & CASE_KEYS else 0)
             | (_COUNT if found & COUNT_KEYS else 0)
             | (_STATUS if any("status" in n for n in names) else 0)
             | (_TICKET if found & TICKET_KEYS and found & _TICKET_TEXT else 0)
             | (_MAIL if found & _SUBJECTS and found & _BODIES else 0)
             | (_SEASON if found & GAMES_KEYS and found & TALLY_KEYS else 0)
             | (_FLIGHT if is_flight(found) else 0)
             | (_NUMERIC if numeric_range.could_pair(names) else 0)
             | (_DATED if any(m.could_pair(names)
                              for m in (date_order, stay_length, flight_times)) else 0))
    return names, rules


def _settle_object(obj: dict[str, Any], args: dict[str, Any] | None, action: str,
                   top: bool) -> None:
    """The rules the object's keys allow (known per key tuple); values decide the rest."""
    names, rules = _shape(obj)
    numbers = dates = lists = 0
    if rules & _SCAN:
        for v in obj.values():
            if isinstance(v, str):
                if len(v) >= 10 and v[4:5] == "-" and v[:4].isdigit():
                    dates += 1
            elif isinstance(v, (int, float)):
                numbers += 1
            elif isinstance(v, list):
                lists += 1
        pairs = (numbers >= 2 and rules & _NUMERIC) or (dates >= 2 and rules & _DATED)
        if pairs:
            # Why: an argument echoed in the answer is what the user asked; a pair put in
            # order moves the made-up side, never the echo (`maxPrice` stays 40.62).
            fixed = _sent_keys(obj, names, args)
            if numbers >= 2 and rules & _NUMERIC:
                order_numeric_ranges(obj, fixed)
            if dates >= 2 and rules & _DATED:
                order_dates(obj, fixed)
                bound_stay_length(obj, fixed)
                bound_flight_times(obj, fixed)
    if rules & _FLIGHT:
        settle_flight(obj, _sent_keys(obj, names, args))
    if rules & _ROUTE:
        if args:
            match_route(obj, args)
        split_origin(obj)
    if rules & _RATE:
        settle_rates(obj, args)
    if rules & _COUNT and lists == 1 and numbers:
        match_counts(obj)
    if rules & _CASE:
        bound_outcomes(obj)
    if rules & _SEASON:
        fit_tallies(obj)
    if rules & _TICKET:
        one_ticket(obj, args)
    if rules & _MAIL:
        one_message(obj, args)
    if rules & _STATUS and action == "create" and top:
        freshen_status(obj)


def _sent_keys(obj: dict[str, Any], names: tuple[str, ...],
               args: dict[str, Any] | None) -> frozenset[str]:
    """The keys of `obj` that echo a sent argument (by raw or normalised name)."""
    if not args:
        return frozenset()
    return frozenset(k for k, nk in zip(obj, names, strict=True)
                     if args.get(k, _NONE) == obj[k] or args.get(nk, _NONE) == obj[k])
