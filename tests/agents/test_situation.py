"""A user's situation does not name another place than the one they ask about (BFCL seed
31 #290: "I'm planning a summer trip to Lisbon." before booking a hotel in Zurich)."""

from __future__ import annotations

from toolgen.agents.offline.situation import fits_places


def test_a_trip_to_lisbon_does_not_open_a_booking_in_zurich() -> None:
    assert not fits_places("I'm planning a summer trip to Lisbon.",
                           ["Zurich", "Green Hotel"])


def test_a_trip_to_lisbon_fits_a_booking_in_portugal() -> None:
    assert fits_places("I'm planning a summer trip to Lisbon.", ["Porto"])


def test_a_situation_with_no_place_or_a_request_with_none_fits() -> None:
    assert fits_places("I'm debugging an integration.", ["Zurich"])
    assert fits_places("I'm planning routes in the Alps.", ["weather"])
    assert fits_places("I'm planning routes in the Alps.", ["Innsbruck"])
