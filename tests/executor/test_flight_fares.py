"""A seat costs what its route and cabin cost (bundled seed 31: Auckland to Lisbon for 25
EUR; BFCL seed 31 #10: premium economy Munich to Seattle for 61.02 GBP). Ranges are
published one-way fares of 2024-25, not the module's formula."""

from __future__ import annotations

from typing import Any

from toolgen.executor.flight_fares import fit_flight_fares


def _flight(origin: str, destination: str, price: Any, **more: Any) -> dict[str, Any]:
    return {"flight_number": "XX123", "origin": origin, "destination": destination,
            "price": price, **more}


def test_a_long_haul_seat_is_not_a_bus_fare() -> None:
    out = {"results": [_flight("AKL", "LIS", {"amount": 25.0, "currency": "EUR"}),
                       _flight("JFK", "LIS", {"amount": 25.2, "currency": "EUR"})]}
    fit_flight_fares(out, {})
    akl, jfk = (r["price"]["amount"] for r in out["results"])
    assert 900 <= akl <= 3000, akl  # 19,600 km, at least one stop
    assert 300 <= jfk <= 1200, jfk
    assert all(r["price"]["currency"] == "EUR" for r in out["results"])


def test_cabins_cost_in_order_and_a_sent_class_counts() -> None:
    seats = [_flight("Munich", "Seattle", 61.02, currency="GBP", flightClass=cabin)
             for cabin in ("economy", "premium economy", "business", "first")]
    fit_flight_fares({"flights": seats}, {})
    prices = [s["price"] for s in seats]
    assert prices == sorted(prices) and prices[0] >= 300 and prices[2] >= 1200, prices
    sent = _flight("Munich", "Seattle", 61.02, currency="GBP")
    fit_flight_fares(sent, {"flightClass": "business"})
    assert sent["price"] >= 1200


def test_a_short_hop_is_cheap_and_a_fitting_fare_is_kept() -> None:
    hop = _flight("Edinburgh", "London", 424.0, currency="EUR")
    fit_flight_fares(hop, {})
    assert 30 <= hop["price"] <= 250
    fair = _flight("JFK", "LIS", 512.4, currency="USD")
    fit_flight_fares(fair, {})
    assert fair["price"] == 512.4


def test_a_total_is_the_fare_for_every_passenger_and_text_stays_text() -> None:
    obj = _flight("Sydney", "Sao Paulo", "204.14", currency="USD", total_price=204.14)
    fit_flight_fares(obj, {"passengers": 3})
    assert isinstance(obj["price"], str) and 700 <= float(obj["price"]) <= 2000
    assert abs(obj["total_price"] - 3 * float(obj["price"])) < 0.02


def test_unknown_ends_are_left() -> None:
    obj = _flight("Gate 4", "Gate 9", 12.0)
    fit_flight_fares(obj, {})
    assert obj["price"] == 12.0


def test_one_flight_read_twice_costs_the_same() -> None:
    # bundled seed 31 #110: a search row at 58.48 EUR, its details at 57.86
    row = _flight("EDI", "LHR", {"amount": 424.0, "currency": "EUR"}, flight_id="DN-XH3975",
                  cabin_class="economy")
    details = {"flight": _flight("EDI", "LHR", {"amount": 424.0, "currency": "EUR"},
                                 flight_id="DN-XH3975", cabin_class="economy")}
    fit_flight_fares({"results": [row]}, {"passengers": 1})
    fit_flight_fares(details, {"flight_id": "DN-XH3975"})
    assert row["price"] == details["flight"]["price"] and row["price"]["amount"] < 200


def test_a_trip_booked_from_a_city_to_another_costs_its_distance() -> None:
    # BFCL seed 31 #61: economy Prague to Buenos Aires for 357.63
    history = {"travel_from": "Prague", "travel_to": "Buenos Aires", "travel_class": "economy",
               "travel_cost": 357.63}
    fit_flight_fares({"booking_history": history}, {})
    assert 650 <= history["travel_cost"] <= 1600, history


def test_a_booking_read_by_its_id_costs_a_flight() -> None:
    # bundled seed 59 #0: a booking read by id, no route in it, "total 26.2 EUR" for a seat
    booking = {"booking_id": "bkn_41e764", "flight_id": "FB-UI9915-45773589",
               "passenger_name": "Barry Pacheco", "seat": "9B", "status": "ticketed",
               "total_price": {"amount": 26.2, "currency": "EUR"}}
    fit_flight_fares(booking, {"booking_id": "bkn_41e764"})
    assert 60 <= booking["total_price"]["amount"] <= 1500, booking
    premium = dict(booking, total_price={"amount": 26.2, "currency": "EUR"})
    fit_flight_fares(premium, {"cabin_class": "premium"})
    assert premium["total_price"]["amount"] > booking["total_price"]["amount"]
    # a fare that fits some flight is the API's own, and stays
    kept = dict(booking, total_price={"amount": 310.0, "currency": "EUR"})
    fit_flight_fares(kept, {})
    assert kept["total_price"]["amount"] == 310.0


def test_a_priced_object_that_is_no_flight_is_left_alone() -> None:
    order = {"order_id": "ord_1", "total_price": {"amount": 26.2, "currency": "EUR"}}
    fit_flight_fares(order, {})
    assert order["total_price"]["amount"] == 26.2
