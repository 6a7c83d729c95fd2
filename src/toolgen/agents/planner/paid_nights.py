"""Paid nights: a payment of one night's price is for a one-night stay.

"Find hotels checking in on 2025-03-18 leaving 2025-03-28, then create a payment for that
one" (bundled seed 7 #260) paid 449.01 GBP, the first hotel's `price_per_night`, for ten
nights. A plan's argument is read from an output at a path, never computed, so a
payment linked to a nightly price pays what a stay of one night costs: when a payment's
amount comes from a per-night field (`price_per_night.amount`, `nightly_rate`), the stay
the user stated for the call it reads (a check-in and check-out pair; else the latest
stated before it: a hotel's details read after its rooms for those dates), and every
equal stay of the plan, ends the night after it starts. Deterministic, no randomness.
"""

from __future__ import annotations

import datetime as _dt

from toolgen.agents.planner.trip_dates import stay_of, with_stay
from toolgen.executor.settle_ahead import parse_path
from toolgen.executor.values import normalize_key
from toolgen.records import PlannedCall

_AMOUNTS = frozenset({"amount", "payment_amount", "total", "total_amount", "price",
                      "charge_amount", "value", "sum"})


def _per_night(path: str) -> bool:
    return any(isinstance(p, str) and ("night" in normalize_key(p).split("_")
                                       or "nightly" in normalize_key(p).split("_"))
               for p in parse_path(path))


def one_paid_night(calls: list[PlannedCall]) -> list[PlannedCall]:
    """`calls` with each stay a nightly price is paid for made one night long."""
    stays: dict[str, tuple[_dt.date, _dt.date]] = {}  # call id -> the stay it is about
    latest: tuple[_dt.date, _dt.date] | None = None
    for call in calls:
        latest = stay_of(call) or latest
        if latest is not None:
            stays[call.call_id] = latest
    paid: set[tuple[_dt.date, _dt.date]] = set()
    for call in calls:
        for arg in call.arguments:
            stay = stays.get(arg.call_id or "")
            if (arg.source == "tool_output" and stay is not None and arg.path is not None
                    and normalize_key(arg.name) in _AMOUNTS and _per_night(arg.path)
                    and (stay[1] - stay[0]).days > 1):
                paid.add(stay)
    if not paid:
        return calls
    return [with_stay(c, s[0], s[0] + _dt.timedelta(days=1))
            if (s := stay_of(c)) in paid and s is not None else c for c in calls]
