"""A flight lasts as long as its distance takes to fly (published schedules)."""

from __future__ import annotations

from datetime import datetime

from toolgen.executor.flight_length import fit_flight_length


def _hours(obj: dict[str, str]) -> float:
    dep, arr = (datetime.fromisoformat(obj[k].rstrip("Z"))
                for k in ("departure_time", "arrival_time"))
    return (arr - dep).total_seconds() / 3600


def _flight(origin: str, destination: str) -> dict[str, str]:
    return {"origin": origin, "destination": destination,
            "departure_time": "2025-03-10T05:03:00Z", "arrival_time": "2025-03-10T06:31:00Z"}


def test_long_haul_takes_hours() -> None:
    # New York - Mumbai is scheduled at about 15-16 hours non-stop
    out = {"flights": [_flight("New York", "Mumbai")]}
    fit_flight_length(out, {})
    assert 13 <= _hours(out["flights"][0]) <= 17


def test_short_hop_by_airport_code() -> None:
    # Austin - Miami is scheduled at about 2 h 45 min; Seattle - San Francisco about 2 h
    for a, b, lo, hi in (("AUS", "MIA", 2.3, 3.3), ("Seattle", "San Francisco", 1.6, 2.6)):
        obj = _flight(a, b)
        obj["arrival_time"] = "2025-03-10T18:00:00Z"
        fit_flight_length(obj, {})
        assert lo <= _hours(obj) <= hi, (a, b, obj)


def test_a_sent_arrival_is_kept() -> None:
    obj = _flight("New York", "Mumbai")
    fit_flight_length(obj, {"arrival_time": obj["arrival_time"]})
    assert obj["arrival_time"] == "2025-03-10T06:31:00Z"


def test_unknown_places_are_left() -> None:
    obj = _flight("Gate 4", "Gate 9")
    fit_flight_length(obj, {})
    assert obj["arrival_time"] == "2025-03-10T06:31:00Z"


def test_a_route_beyond_any_nonstop_makes_a_stop() -> None:
    # bundled seed 59 #4: Auckland to Lisbon "stops": 0, landing 24 h 10 min later
    far = {**_flight("AKL", "LIS"), "stops": 0}
    fit_flight_length({"results": [far]}, {})
    assert far["stops"] == 1 and _hours(far) >= 24
    near = {**_flight("New York", "Mumbai"), "stops": 0}  # 12,500 km: flown nonstop
    fit_flight_length({"results": [near]}, {})
    assert near["stops"] == 0
    asked = {**_flight("AKL", "LIS"), "stops": 0}  # a nonstop filter the call sent is kept
    fit_flight_length({"results": [asked]}, {"max_stops": 0})
    assert asked["stops"] == 0


def test_a_nonstop_search_where_none_flies_finds_nothing() -> None:
    # bundled seed 59 #4: three Auckland-Lisbon "nonstops" of 24 hours for `max_stops: 0`
    from bundled_endpoints import bundled_endpoint, bundled_executor

    from toolgen.executor.results import Fault

    executor = bundled_executor()
    search = bundled_endpoint("search_flights_for_skyway_flights")
    far = {"origin_airport": "AKL", "destination_airport": "LIS",
           "departure_date": "2025-10-21", "max_stops": 0}
    for seed in range(4):
        for fault in (None, Fault("paginate", page_size=1)):
            result = executor.session(seed).call(search, dict(far), fault)
            assert result.status == "empty", result.output
            assert result.output["results"] == [] and result.output["total"] == 0
            assert result.output.get("next_cursor") is None, result.output
    near = dict(far, origin_airport="JFK")  # 5,400 km: flown nonstop
    assert executor.session(0).call(search, near).output["results"]
    anyhow = {k: v for k, v in far.items() if k != "max_stops"}  # with stops, it is flown
    assert all(r["stops"] >= 1 for r in executor.session(0).call(search, anyhow).output["results"])
