"""An airport search for a town without an airport answers its nearest, labelled.

ToolBench seed 7 000053 asked `v1_airports(city="Gilroy")` and read Miami, Seattle and
Austin; 000235 asked for Mountain View and read Sydney. Expected airports are the real
ones (San Jose's SJC is some 50 km from Gilroy, 15 km from Mountain View).
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.nearest_airport import nearest_airport


def _drawn() -> dict[str, Any]:
    return {"airports": [
        {"airport_id": "arp_1", "name": "Miami International Airport", "iata": "MIA",
         "city": "Miami", "country": "United States", "timezone": "America/New_York",
         "description": "Miami International Airport: an airport in Miami."},
        {"airport_id": "arp_2", "name": "Seattle-Tacoma International Airport",
         "iata": "SEA", "city": "Seattle", "country": "United States",
         "timezone": "America/Los_Angeles", "description": "An airport in Seattle."}],
        "total": 4}


def test_a_town_without_an_airport_gets_its_nearest_said_as_such() -> None:
    out = _drawn()
    nearest_airport(out, {"city": "Gilroy", "max_elevation": 400})
    [airport] = out["airports"]
    assert airport["iata"] == "SJC" and airport["city"] == "San Jose"
    assert airport["nearest_to"] == "Gilroy"
    assert 30 <= airport["distance_km"] <= 70
    assert airport["timezone"] == "America/Los_Angeles"
    assert "Miami" not in airport["description"] and "San Jose" in airport["description"]
    assert out["total"] == 1


def test_mountain_view_is_served_by_san_jose() -> None:
    out = _drawn()
    nearest_airport(out, {"city": "Mountain View"})
    [airport] = out["airports"]
    assert (airport["iata"], airport["nearest_to"]) == ("SJC", "Mountain View")
    assert airport["distance_km"] < 30


def test_a_british_town_gets_a_british_airport() -> None:
    out = {"airports": [{"iata": "SYD", "name": "Sydney Airport", "city": "Sydney",
                         "country": "AU"}]}
    nearest_airport(out, {"city": "Reading"})
    [airport] = out["airports"]
    assert airport["iata"] in ("LHR", "LGW") and airport["country"] == "GB"


def test_a_city_with_an_airport_is_answered_its_own_and_counted() -> None:
    """ToolBench seed 7 000042: Boston's airports said "total": 11 beside Logan alone."""
    out = _drawn()
    nearest_airport(out, {"city": "Boston"})
    [airport] = out["airports"]
    assert (airport["iata"], airport["city"]) == ("BOS", "Boston")
    assert "nearest_to" not in airport and out["total"] == 1
    out = _drawn()
    nearest_airport(out, {"city": "Tokyo"})
    assert sorted(a["iata"] for a in out["airports"]) == ["HND", "NRT"]
    assert out["total"] == 2


def test_an_unknown_place_is_left_alone() -> None:
    out = _drawn()
    nearest_airport(out, {"city": "Qwertyville"})
    assert out == _drawn()


def test_a_list_of_other_things_is_left_alone() -> None:
    out = {"hotels": [{"name": "Hotel Uno", "city": "Miami"}], "total": 3}
    nearest_airport(out, {"city": "Gilroy"})
    assert out == {"hotels": [{"name": "Hotel Uno", "city": "Miami"}], "total": 3}


def test_a_us_zip_is_answered_its_citys_airport_nearby() -> None:
    # ToolBench seed 151 #16: the nearest airport to Seattle's 98105 was Budapest's, at
    # "27 Madison Avenue, New York", 248.4 away
    output: dict[str, Any] = {"data": [{
        "airport_name": "Budapest Ferenc Liszt International Airport", "iata_code": "BUD",
        "postal_code": "98105", "address": "27 Madison Avenue, New York, United States",
        "distance": "248.4", "unit": "imperial"}]}
    nearest_airport(output, {"postal_code": "98105", "country_code": "US"})
    item = output["data"][0]
    assert item["iata_code"] == "SEA", item
    assert "Seattle" in item["address"] and "New York" not in item["address"], item
    assert float(item["distance"]) < 40, item
