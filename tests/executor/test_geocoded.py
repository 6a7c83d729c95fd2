"""An address's coordinates are in the city the address names (ToolBench seed 11 #7: a
Zurich address geocoded to 45.15, -116.99, in Idaho)."""

from __future__ import annotations

import math

from toolgen.executor.geocoded import geocoded


def _km(lat: float, lon: float, lat2: float, lon2: float) -> float:
    """Haversine distance, written here so the test does not lean on the code's own."""
    p1, p2 = math.radians(lat), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def test_a_geocode_lands_in_the_city_its_address_names() -> None:
    out = {"address": "Braunstrasse 365, Zurich, Switzerland",
           "location": {"lat": 45.153415, "lng": -116.99022}, "place_id": "plc_2c3290"}
    geocoded(out, {"address": "Braunstrasse 365, Zurich, Switzerland"})
    pair = out["location"]
    assert _km(pair["lat"], pair["lng"], 47.3769, 8.5417) < 10, pair  # Zurich's centre
    assert out["address"] == "Braunstrasse 365, Zurich, Switzerland"


def test_two_addresses_of_one_city_differ_and_one_lands_alike() -> None:
    def pair(address: str) -> tuple[float, float]:
        out = {"formatted_address": address, "lat": 52.52, "lon": 13.405}
        geocoded(out, {})
        return out["lat"], out["lon"]

    a, b = pair("Calle Mayor 5, 28013 Madrid, Spain"), pair("Gran Via 1, Madrid, Spain")
    assert a != b and a == pair("Calle Mayor 5, 28013 Madrid, Spain")
    assert all(_km(*p, 40.4168, -3.7038) < 10 for p in (a, b)), (a, b)


def test_a_sent_pair_a_near_pair_and_an_unknown_city_stay() -> None:
    sent = {"address": "Braunstrasse 365, Zurich, Switzerland", "lat": 45.15, "lng": -116.99}
    geocoded(sent, {"lat": 45.15, "lng": -116.99})
    assert (sent["lat"], sent["lng"]) == (45.15, -116.99)
    near = {"address": "Braunstrasse 365, Zurich, Switzerland", "lat": 47.39, "lng": 8.52}
    geocoded(near, {})
    assert (near["lat"], near["lng"]) == (47.39, 8.52)
    nowhere = {"address": "12 Nowhere Lane, Qzxvbrt", "lat": 1.5, "lng": 2.5}
    geocoded(nowhere, {})
    assert (nowhere["lat"], nowhere["lng"]) == (1.5, 2.5)
