"""A user's situation does not name another place than the one they ask about (BFCL seed
31 #290: "I'm planning a summer trip to Lisbon." before booking a hotel in Zurich)."""

from __future__ import annotations

from toolgen.agents.offline.situation import any_request, fits_places, fits_request


def test_a_trip_to_lisbon_does_not_open_a_booking_in_zurich() -> None:
    assert not fits_places("I'm planning a summer trip to Lisbon.",
                           ["Zurich", "Green Hotel"])


def test_a_trip_to_lisbon_fits_a_booking_in_portugal() -> None:
    assert fits_places("I'm planning a summer trip to Lisbon.", ["Porto"])


def test_a_situation_with_no_place_or_a_request_with_none_fits() -> None:
    assert fits_places("I'm debugging an integration.", ["Zurich"])
    assert fits_places("I'm planning routes in the Alps.", ["weather"])
    assert fits_places("I'm planning routes in the Alps.", ["Innsbruck"])


def test_a_situation_the_request_does_not_speak_of_is_left_unsaid() -> None:
    """Seed 83: "I'm covering the playoffs." opened a search of airports, "I'm planning
    routes in the Alps." a flight from Buenos Aires to Berlin, "I'm updating the menu." a
    list of deliveries."""
    assert not fits_request("I'm covering the playoffs.", "find out about all airports")
    assert not fits_request("I'm planning routes in the Alps.",
                            "book a flight from Buenos Aires to Berlin")
    assert not fits_request("I'm updating the menu.", "see the deliveries placed")
    assert fits_request("I'm updating the menu.", "look up the menu for my restaurant")
    assert fits_request("I'm planning a shoot in Porto.", "check the weather in Porto")


def test_a_situation_left_unsaid_gives_way_to_one_any_request_fits() -> None:
    asked = "find out about all airports"
    said = any_request(asked)
    assert said == any_request(asked) and said.startswith("I'm ")
    assert not any(w in said.lower() for w in ("playoffs", "alps", "menu", "wedding"))
    assert len({any_request(f"book {i} rooms") for i in range(40)}) >= 8
