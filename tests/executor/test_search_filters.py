"""A listing's items lie within the filters its call sent (price, dates, stars, party
size, status), and an item's dates move together (an event still ends after it starts)."""

from __future__ import annotations

import random

from toolgen.executor.search_filters import within_sent


def test_a_price_cap_and_least_stars_hold_for_every_hotel() -> None:
    output = {"results": [
        {"name": "A", "stars": 2, "price_per_night": {"amount": 598.5, "currency": "EUR"}},
        {"name": "B", "stars": 5, "price_per_night": {"amount": 120.0, "currency": "EUR"}}]}
    within_sent(output, {"max_price": 150.0, "min_stars": 3.5}, random.Random(1))
    for hotel in output["results"]:
        assert hotel["price_per_night"]["amount"] <= 150.0, hotel
        assert hotel["stars"] >= 4 and isinstance(hotel["stars"], int), hotel
    # an item already inside the filters is not redrawn
    assert output["results"][1]["price_per_night"]["amount"] == 120.0


def test_an_event_moves_into_the_dates_asked_with_its_end() -> None:
    output = {"events": [{"title": "Jazz", "starts_at": "2025-05-03T20:00:00Z",
                          "ends_at": "2025-05-03T23:00:00Z"}]}
    within_sent(output, {"start_date": "2026-03-19", "end_date": "2026-03-25"},
                random.Random(2))
    event = output["events"][0]
    assert "2026-03-19" <= event["starts_at"][:10] <= "2026-03-25", event
    assert event["starts_at"][10:] == "T20:00:00Z"
    assert event["ends_at"] == event["starts_at"][:10] + "T23:00:00Z", event


def test_a_status_filter_and_a_party_size_are_kept() -> None:
    output = {"ticket_orders": [{"id": "to_1", "status": "reserved"}],
              "rooms": [{"max_guests": 2}]}
    within_sent(output, {"status": "issued"}, random.Random(3))
    assert output["ticket_orders"][0]["status"] == "issued"
    rooms = {"rooms": [{"room_id": "r1", "max_guests": 2}]}
    within_sent(rooms, {"guests": 3}, random.Random(3))
    assert rooms["rooms"][0]["max_guests"] >= 3


def test_a_restaurant_is_named_like_its_cuisine() -> None:
    from toolgen.executor.cuisine_names import fit_cuisine

    output = {"restaurants": [
        {"name": "Henderson Trattoria", "cuisine": "japanese"},
        {"name": "Fox Trattoria", "cuisine": "italian"},
        {"name": "Casa Azul", "cuisine": "french"}]}
    fit_cuisine(output, {"cuisine": "japanese"}, random.Random(4))
    japanese, italian, own = output["restaurants"]
    assert japanese["name"].startswith("Henderson ") and "Trattoria" not in japanese["name"]
    assert japanese["name"].endswith(("Sushi Bar", "Izakaya", "Ramen House")), japanese
    assert italian["name"] == "Fox Trattoria"  # it fits already
    assert own["name"] == "Casa Azul"  # a name of its own, not a drawn one


def test_news_from_and_to_dates_bound_the_articles_but_a_currency_does_not() -> None:
    """ToolBench news_api_v2 search(q, from="2025-06-21", to="2025-09-16") listed an
    article of 2026-03-18."""
    output = {"news": [{"title": "Housing Market Explained",
                        "published_at": "2026-03-18T18:33:00Z"}]}
    within_sent(output, {"from": "2025-06-21", "to": "2025-09-16"}, random.Random(5))
    assert "2025-06-21" <= output["news"][0]["published_at"][:10] <= "2025-09-16", output
    rates = {"rates": [{"date": "2025-01-02", "rate": 1.1}]}
    within_sent(rates, {"from": "USD", "to": "EUR"}, random.Random(5))
    assert rates["rates"][0]["date"] == "2025-01-02"
