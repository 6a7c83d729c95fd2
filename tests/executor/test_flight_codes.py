"""A flight's number starts with its airline's code, it is flown by an airline of a
country it links, and an airline asked for is the one booked (BFCL seed 7 #160: a flight
asked of Delta booked on ANA as "HE2390"; bundled and BFCL seed 7 had 23 and 47 records
with a flight numbered under another airline's code; #200: Qantas from Edinburgh to
Rome)."""

from __future__ import annotations

import random

from toolgen.executor.echo import echo_arguments
from toolgen.executor.flight_codes import airline_codes


def test_a_flight_number_carries_its_airlines_code() -> None:
    out = {"flights": [{"airline": "KLM", "flight_number": "AA1492"},
                       {"airline": "Delta Air Lines", "flight_number": "HE 2390"},
                       {"airline": "Lufthansa", "flight_number": "LH400"}]}
    airline_codes(out, {}, random.Random(0))
    assert [f["flight_number"] for f in out["flights"]] == ["KL1492", "DL 2390", "LH400"]


def test_a_number_the_user_sent_and_an_unknown_airline_are_kept() -> None:
    out = {"airline": "Delta", "flight_number": "AF22"}
    airline_codes(out, {"flight_number": "AF22"}, random.Random(0))
    assert out["flight_number"] == "AF22"
    unknown = {"airline": "Skyward Regional", "flight_number": "ZZ101"}
    airline_codes(unknown, {}, random.Random(0))
    assert unknown["flight_number"] == "ZZ101"


def test_an_airline_asked_for_replaces_one_written_in_capitals() -> None:
    # KLM and ANA are names, not three-letter codes: the asked Delta replaces them
    for drawn in ("ANA", "KLM"):
        out = {"airline": drawn, "origin": "Edinburgh"}
        echo_arguments(out, {"airlines": "Delta"})
        assert out["airline"] == "Delta", out
    coded = {"origin": "LIS"}
    echo_arguments(coded, {"origin": "Lisbon"})
    assert coded["origin"] == "LIS"  # a city never overwrites an airport code


def test_a_flight_is_flown_by_an_airline_of_a_country_it_links() -> None:
    # BFCL seed 7 #200: Qantas from Edinburgh to Rome; Iberia from Bangkok to Edinburgh
    from toolgen.executor.airline_routes import HOME, route_airlines

    out = {"flights": [
        {"airline": "Qantas", "flight_number": "QF2917", "origin": "Edinburgh",
         "destination": "Rome"},
        {"airline": "Iberia", "flight_number": "IB100", "origin": "Bangkok",
         "destination": "Edinburgh"},
        {"airline": "Lufthansa", "flight_number": "LH400", "origin": "FRA",
         "destination": "JFK"}]}
    route_airlines(out, {}, random.Random(0))
    airline_codes(out, {}, random.Random(0))
    first, second, third = out["flights"]
    assert HOME[first["airline"].lower()] == "GB", first  # a carrier based in the UK
    assert first["flight_number"][:2] in ("BA", "U2") and first["flight_number"][2:] == "2917"
    assert HOME[second["airline"].lower()] == "TH", second
    assert third["airline"] == "Lufthansa"  # based at one end of its route: kept


def test_an_airline_the_user_asked_for_stays_on_any_route() -> None:
    from toolgen.executor.airline_routes import route_airlines

    out = {"airline": "Qantas", "origin": "Edinburgh", "destination": "Rome"}
    route_airlines(out, {"airlines": "Qantas"}, random.Random(0))
    assert out["airline"] == "Qantas"


def test_a_flight_asked_by_number_is_that_numbers_airlines() -> None:
    # BFCL seed 151 #14: a status check of QR7612 answered an EgyptAir flight
    status = {"flight_number": "QR7612", "airline": "EgyptAir", "status": "on time"}
    airline_codes(status, {"flight_id": "QR7612", "passenger_name": "Ann Lee"},
                  random.Random(0))
    assert status == {"flight_number": "QR7612", "airline": "Qatar Airways",
                      "status": "on time"}


def test_a_flight_sent_by_number_as_its_id_is_that_flight() -> None:
    # BFCL seed 151 #14: `flight_id: "QR7612"` answered EgyptAir's MS1008
    status = {"flight_number": "MS1008", "airline": "EgyptAir", "flight_id": "QR7612"}
    airline_codes(status, {"flight_id": "QR7612"}, random.Random(0))
    assert status == {"flight_number": "QR7612", "airline": "Qatar Airways",
                      "flight_id": "QR7612"}
