"""A read of something this conversation made restates it (BFCL seed 47 #7: a tweet
posted with tags ["gardening"] read back with ["tech", "travel", "foodie"]; #8: a Delta
flight DL4340 booked, then checked as Iberia's IB4340)."""

from __future__ import annotations

from typing import Any

from toolgen.records import Endpoint


def test_a_posted_tweet_reads_back_with_its_tags_and_mentions(bfcl: Any) -> None:
    eps, executor = bfcl
    compared = 0
    for seed in range(10):
        session = executor.session(seed)
        posted = session.call(eps["post_tweet"], {"content": "Trying the new ramen place"}).output
        read = session.call(eps["get_tweet"], {"tweet_id": posted["id"]}).output
        for key in ("tags", "mentions"):
            if isinstance(posted.get(key), list) and posted[key] and key in read:
                compared += 1
                assert read[key] == posted[key], (seed, key, posted, read)
    assert compared >= 5


def _booking_and_status(bfcl: Any) -> tuple[Endpoint, Endpoint]:
    eps, _ = bfcl
    book = next(e for n, e in eps.items() if n.startswith("flight_book") and {
        p.name for p in e.parameters} >= {"from", "to"})
    status = next(e for n, e in eps.items() if n == "flight_status_check" and any(
        p.name == "flight_id" for p in e.parameters))
    return book, status


def test_a_booked_flight_is_the_flight_checked(bfcl: Any) -> None:
    book, status = _booking_and_status(bfcl)
    _, executor = bfcl
    checked = 0
    for seed in range(10):
        session = executor.session(seed)
        booked = session.call(book, {"from": "Madrid", "to": "Cairo", "airlines": "Delta"}).output
        if not isinstance(booked, dict) or "flight_id" not in booked:
            continue
        args = {"flight_id": booked["flight_id"], "passenger_name": "Jennifer Morris",
                "ticket_number": "IL1118"}
        seen = session.call(status, args).output
        checked += 1
        for key in ("airline", "flight_number", "origin", "destination", "departure_time"):
            if key in booked and key in seen:
                assert seen[key] == booked[key], (seed, key, booked, seen)
    assert checked >= 5
