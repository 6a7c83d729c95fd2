"""A purchase whose total does not follow the price an earlier result stated.

A reviewer multiplies: the flight read at 426.5 EUR booked for 22.9, three nights in a
room at 561.0 a night for 172.3, four tickets of an event "from 70.9" for 76.5. Kind
`total_off_price`.

Read per successful create (its trace's effect): the ids it was sent whose unit price an
earlier result states beside them (`price`, `fare`, `unit_price`, `price_per_night`, or a
lower bound `min_price`); what it bought (a quantity, the seats sent, the nights between
the dates sent for a price per night; else one); and its total (`total`,
`total_price`...). A total more than 2 % off the price times the count is flagged, or
under it for a lower bound. Amounts in another currency than the price are left alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import is_id_key, real_steps
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "bought"

_UNIT = ("price", "unit_price", "ticket_price", "seat_price", "fare", "price_per_night",
         "nightly_rate")
_FLOOR = ("min_price", "from_price", "lowest_price")
_TOTAL = ("total", "total_price", "total_amount", "total_cost", "grand_total")
_COUNT = frozenset({"quantity", "qty", "tickets", "num_tickets", "ticket_count",
                    "num_seats", "passengers", "num_passengers"})
_SEATS = frozenset({"seats", "seat_ids", "seat_numbers"})
_IN = ("check_in", "checkin", "check_in_date")
_OUT = ("check_out", "checkout", "check_out_date")

Money = tuple[float, str | None]


def GATE(view: RecordView) -> bool:
    """Only a record with a create after another call can fire."""
    return any(s.effect == "create" for s in view.record.step_trace[1:])


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    prices: dict[str, tuple[str, Money]] = {}  # id -> (price key, price)
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        output = view.output(step.call_id)
        if output is NOT_JSON:
            continue
        args = view.arguments(step.call_id)
        if step.effect == "create" and isinstance(args, dict) and isinstance(output, dict):
            why = _off(args, output, prices)
            if why is not None:
                out.append(finding(NAME, "total_off_price", view.answer_at[step.call_id],
                                   f"{step.function_name}: {why}"))
        _learn(view.objects(step.call_id), prices)
    return out


def _off(args: dict[str, Any], output: dict[str, Any],
         prices: dict[str, tuple[str, Money]]) -> str | None:
    total = next((m for k in _TOTAL if (m := _money(output.get(k))) is not None), None)
    known = next((prices[str(v)] for k, v in args.items()
                  if is_id_key(k) and isinstance(v, str | int) and str(v) in prices), None)
    if total is None or known is None:
        return None
    key, (unit, currency) = known
    if currency and total[1] and currency != total[1]:
        return None
    count = _count(args) * (_nights(args) if "night" in key else 1)
    expected = round(unit * count, 2)
    if key in _FLOOR:
        if total[0] < expected * 0.98:
            return f"total {total[0]:g} is under {count} x the lowest price {unit:g}"
        return None
    if abs(total[0] - expected) > 0.02 * expected + 0.01:
        return f"total {total[0]:g} is not {count} x the price {unit:g} stated earlier"
    return None


def _learn(objects: list[tuple[str, dict[str, Any]]],
           prices: dict[str, tuple[str, Money]]) -> None:
    """Note the unit price of each object of an output (`view.objects`) stating its own id."""
    for _, obj in objects:
        ident = next((str(v) for k, v in obj.items() if is_id_key(str(k))
                      and isinstance(v, str | int) and not isinstance(v, bool)), None)
        if ident is None or ident in prices:
            continue
        for key in (*_UNIT, *_FLOOR):
            money = _money(obj.get(key))
            if money is not None:
                prices[ident] = (key, money)
                break


def _money(value: Any) -> Money | None:
    if isinstance(value, dict):
        amount, currency = value.get("amount"), value.get("currency")
        value = amount
    else:
        currency = None
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value), currency if isinstance(currency, str) else None
    return None


def _count(args: dict[str, Any]) -> int:
    for key, value in args.items():
        if key in _COUNT and isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        if key in _SEATS and isinstance(value, list) and value:
            return len(value)
    return 1


def _nights(args: dict[str, Any]) -> int:
    start = _day(next((args[k] for k in _IN if k in args), None))
    end = _day(next((args[k] for k in _OUT if k in args), None))
    if start is None or end is None or end <= start:
        return 1
    return (end - start).days


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None
