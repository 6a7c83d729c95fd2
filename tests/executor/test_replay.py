from __future__ import annotations

from typing import Any

import orjson
from executor_endpoints import BOOK, CANCEL_BOOKING, DETAILS, LIST_BOOKINGS, SEARCH

from toolgen.executor import Fault, MockExecutor


def _run(executor: MockExecutor, seed: int) -> bytes:
    s = executor.session(seed)
    outs: list[Any] = []
    r = s.call(SEARCH, {"city": "Berlin"}, Fault("paginate"))
    outs.append(r.output)
    hotel_id = r.output["results"][0]["hotel_id"]
    outs.append(s.call(SEARCH, {"city": "Berlin", "page": r.output["next_cursor"]}).output)
    outs.append(s.call(DETAILS, {"hotel_id": hotel_id}, Fault("rate_limited")).output)
    outs.append(s.call(DETAILS, {"hotel_id": hotel_id}).output)
    booked = s.call(
        BOOK,
        {"hotel_id": hotel_id, "guest_name": "Bo", "check_in": "2025-03-02", "room_type": "single"},
    )
    outs.append(booked.output)
    outs.append([r.model_dump() for r in booked.output_refs])
    outs.append(s.call(LIST_BOOKINGS, {}).output)
    outs.append(s.call(CANCEL_BOOKING, {"booking_id": booked.output["booking_id"]}).output)
    return orjson.dumps(outs)


def test_replay_is_byte_identical() -> None:
    a = _run(MockExecutor(5, pool_size=64), 99)
    b = _run(MockExecutor(5, pool_size=64), 99)
    assert a == b


def test_replay_with_shared_executor_and_interleaving(executor: MockExecutor) -> None:
    first = _run(executor, 1)
    _run(executor, 2)  # other sessions in between do not disturb
    assert _run(executor, 1) == first


def test_seeds_change_outputs(executor: MockExecutor) -> None:
    assert _run(executor, 1) != _run(executor, 2)
    assert _run(MockExecutor(6, pool_size=64), 1) != _run(MockExecutor(5, pool_size=64), 1)
