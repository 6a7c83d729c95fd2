"""A flight of the airline the user asked for links its country (BFCL seed 7 #83:
Lufthansa asked for, priced from Bengaluru to Cairo)."""

from __future__ import annotations

import random

from toolgen.executor import world
from toolgen.executor.asked_airline import route_from_home

# Where a reader knows a city or an airport to be.
_GERMAN_AIRPORTS = frozenset({"FRA", "MUC", "BER", "HAM", "DUS", "CGN", "STR"})


def test_an_asked_airline_on_a_route_of_two_other_countries_leaves_from_home() -> None:
    flight = {"airline": "Lufthansa", "origin": "Bengaluru", "destination": "Cairo",
              "from_city": "Bengaluru"}
    route_from_home(flight, {"airline": "Lufthansa"}, random.Random(0))
    city = world.city(flight["origin"])
    assert city is not None and city.country_iso == "DE", flight
    assert flight["from_city"] == flight["origin"] and flight["destination"] == "Cairo"
    coded = {"airline": "Lufthansa", "origin": "BLR", "destination": "CAI"}
    route_from_home(coded, {"airline": "Lufthansa", "destination": "CAI"},
                    random.Random(0))
    assert coded["origin"] in _GERMAN_AIRPORTS and coded["destination"] == "CAI", coded


def test_a_route_the_user_sent_or_the_airline_serves_stays() -> None:
    sent = {"airline": "Lufthansa", "origin": "Bengaluru", "destination": "Cairo"}
    route_from_home(sent, dict(sent), random.Random(0))
    assert sent == {"airline": "Lufthansa", "origin": "Bengaluru", "destination": "Cairo"}
    served = {"airline": "Lufthansa", "origin": "Cairo", "destination": "Frankfurt"}
    route_from_home(served, {"airline": "Lufthansa"}, random.Random(0))
    assert served["origin"] == "Cairo"
    drawn = {"airline": "Qantas", "origin": "Edinburgh", "destination": "Rome"}
    route_from_home(drawn, {}, random.Random(0))  # not asked for: airline_routes' to fix
    assert drawn["origin"] == "Edinburgh"
