"""What a conversation pays, cancels or refunds was read in a state that allows it, and
statuses fit the dates beside them; read from records of a seed the rules were not
tuned on (9), as a reviewer reads them.

Before (bundled seed 7): a reservation read "cancelled" and then paid (#9), a ticket
order read "refunded" then paid (#14), "list my orders - paid - and pay the first one"
(#91); BFCL seed 7 #160: a July flight booked on 5 July read "boarding" by an update
stamped 20 November.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from tests.pipeline import record_checks as rc
from tests.pipeline.corpora import SHARED_CORPORA

from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig

Rec = dict[str, Any]

# Statuses of a thing no one pays for again, and of one no one cancels again.
_PAID_OR_GONE = {"paid", "cancelled", "canceled", "refunded", "completed", "ticketed",
                 "issued", "delivered", "shipped", "returned", "succeeded", "captured"}
_GONE = {"cancelled", "canceled", "refunded", "completed", "expired", "returned"}
# A flight's status by when it is true.
_BEFORE = {"scheduled", "on time", "on_time", "delayed"}
_UNDER_WAY = {"boarding", "departed", "in_air", "in air", "en route", "en_route"}
_AFTER = {"landed", "arrived"}
_DAY = timedelta(days=1)


def _records(tmp: Path, **kw: Any) -> list[Rec]:
    out = tmp / "records.jsonl"
    generate(RunConfig(n=300, seed=9, **kw), out, workers=1)
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    return _records(tmp_path_factory.mktemp("settled"))


@pytest.fixture(scope="module")
def bfcl(tmp_path_factory: pytest.TempPathFactory) -> list[Rec]:
    corpus = SHARED_CORPORA / "bfcl"
    if not corpus.is_dir():
        pytest.skip(f"shared BFCL corpus not found at {corpus}")
    return _records(tmp_path_factory.mktemp("timed"), toolenv=str(corpus))




def _amount(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("amount")
    return float(value) if isinstance(value, int | float) and value > 0 else None


def _stated(obj: dict[str, Any]) -> set[float]:
    return {a for k, v in obj.items() if k in ("total", "total_price", "amount", "price")
            if (a := _amount(v)) is not None}


def _is_payment(name: str) -> bool:
    return name.startswith(("create_payment", "pay_", "charge_")) and "method" not in name


def test_nothing_paid_was_read_paid_cancelled_or_refunded(bundled: list[Rec]) -> None:
    payments, bad = 0, []
    for record in bundled:
        read: dict[float, str] = {}  # amount -> status of what an earlier answer stated
        for name, args, output in rc.named_calls(record):
            if isinstance(output, dict) and "error" in output:
                continue
            if _is_payment(name) and (paid := _amount(args.get("amount"))) is not None:
                payments += 1
                if read.get(paid, "") in _PAID_OR_GONE:
                    bad.append((record["conversation_id"], name, paid, read[paid]))
                continue
            for obj in rc.objects(output):
                if isinstance(obj.get("status"), str):
                    for amount in _stated(obj):
                        read.setdefault(amount, obj["status"].lower())
    assert payments > 20
    assert bad == []


def test_nothing_cancelled_was_read_already_gone(bundled: list[Rec]) -> None:
    cancels, bad = 0, []
    for record in bundled:
        status: dict[str, str] = {}  # id -> status an earlier answer stated for it
        for name, args, output in rc.named_calls(record):
            if not isinstance(output, dict) or "error" in output:
                continue
            ids = [v for k, v in args.items() if k.endswith("_id") and isinstance(v, str)]
            if name.startswith(("cancel_", "refund_")):
                cancels += 1
                bad += [(record["conversation_id"], name, i, status[i]) for i in ids
                        if status.get(i) in _GONE]
                continue
            for obj in rc.objects(output):
                own = [v for k, v in obj.items() if k.endswith("id") and isinstance(v, str)]
                if isinstance(obj.get("status"), str) and own:
                    status.setdefault(own[0], obj["status"].lower())
    assert cancels > 10
    assert bad == []


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or len(value) < 16:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _flight_misfit(obj: dict[str, Any], now: datetime | None) -> str | None:
    status = obj.get("status")
    departs, arrives = _time(obj.get("departure_time")), _time(obj.get("arrival_time"))
    clock = _time(obj.get("updated_at")) or now
    if not isinstance(status, str) or departs is None or clock is None:
        return None
    word = status.lower()
    if departs - clock > _DAY and word in _UNDER_WAY | _AFTER:
        return f"{word} at {clock} for a flight leaving {departs}"
    if clock - (arrives or departs) > _DAY and word in _BEFORE | _UNDER_WAY:
        return f"{word} at {clock} for a flight that arrived {arrives or departs}"
    return None


def test_flight_statuses_fit_the_moment_they_are_read(bfcl: list[Rec]) -> None:
    flights, bad = 0, []
    for record in bfcl:
        now: datetime | None = None  # when this conversation booked something
        for name, _, output in rc.named_calls(record):
            for obj in rc.objects(output):
                made, updated = _time(obj.get("created_at")), _time(obj.get("updated_at"))
                if made is not None and updated is not None and updated < made:
                    bad.append((record["conversation_id"], f"updated {updated} < {made}"))
                if _time(obj.get("departure_time")) is not None and "status" in obj:
                    flights += 1
                    why = _flight_misfit(obj, now)
                    if why is not None:
                        bad.append((record["conversation_id"], why))
            if name.startswith(("flight_book", "book_")):
                stamps = [t for o in rc.objects(output) if (t := _time(o.get("created_at")))]
                now = max(stamps, default=now)
    assert flights > 20
    assert bad == []


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None


def test_a_nightly_price_is_paid_for_one_night(bundled: list[Rec]) -> None:
    # A payment takes a room's nightly price only as a one-night stay's: since
    # `graph.goals`, a payment is for a booking or an order, never a room search's first
    # price, so such payments are rare; the stays read are what the check stands on.
    read, paid, bad = 0, 0, []
    for record in bundled:
        nightly: dict[float, int] = {}  # a nightly price read -> nights of the stay then
        stay = 0
        for name, args, output in rc.named_calls(record):
            start, end = _day(args.get("check_in")), _day(args.get("check_out"))
            if start is not None and end is not None:
                stay = (end - start).days
            amount = _amount(args.get("amount"))
            if _is_payment(name) and amount is not None and amount in nightly:
                paid += 1
                if nightly[amount] > 1:
                    bad.append((record["conversation_id"], amount, nightly[amount]))
            for obj in rc.objects(output):
                if (price := _amount(obj.get("price_per_night"))) is not None and stay:
                    nightly.setdefault(price, stay)
                    read += 1
    assert read > 0
    assert bad == [], (paid, bad)


def test_a_stay_follows_the_dates_given_before_it(bundled: list[Rec]) -> None:
    stays, bad = 0, []
    for record in bundled:
        since: date | None = None  # the day events were searched from
        stay: tuple[date, date] | None = None  # the stay stated before
        for name, args, _ in rc.named_calls(record):
            start, end = _day(args.get("check_in")), _day(args.get("check_out"))
            if start is not None and end is not None:
                stays += 1
                if stay is not None and (start, end) != stay:
                    bad.append((record["conversation_id"], name, "another stay", stay))
                elif since is not None and not -3 <= (start - since).days <= 60:
                    bad.append((record["conversation_id"], name, start, "events from", since))
                stay = stay or (start, end)
            if name.startswith("search_events") and _day(args.get("start_date")) is not None:
                since = _day(args.get("start_date"))
    assert stays > 20
    assert bad == []
