"""A stay priced as no stay of its nights is.

BFCL seed 7 #21 booked fourteen nights in Melbourne for 247.06 AUD: 12 dollars a night.
A reviewer holds the price against the dates beside it. Kind `stay_price_misfit`: a call
whose own name speaks of hotels, rooms or stays (`executor.stay_price`) answers an object
with a stay's length (check-in and check-out style dates, or a `nights` / `duration`
count in it or the call) and a price for the whole stay, and that price a night in US
dollars at reference rates is under `_LEAST` or over `_MOST`. A price the call sent is
the user's own and left alone.
"""

from __future__ import annotations

from toolgen.executor.result_kinds import own_words_of
from toolgen.executor.stay_price import night_price, speaks_of_stays, stay_nights
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "stay_prices"

_LEAST = 15.0  # dollars a night: below any room
_MOST = 5000.0  # dollars a night: above any suite a booking tool returns


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        if not speaks_of_stays(own_words_of(step.function_name)):
            continue
        sent = {v for v in args.values() if isinstance(v, int | float)}
        for _, obj in view.objects(step.call_id):
            nights = stay_nights(obj, args)
            priced = night_price(obj, nights) if nights is not None else None
            if priced is None or priced[1] in sent or _LEAST <= priced[2] <= _MOST:
                continue
            out.append(finding(NAME, "stay_price_misfit", at,
                               f"{priced[0]} {priced[1]:g} for {nights} nights is "
                               f"{priced[2]:.0f} USD a night"))
            break
    return out
