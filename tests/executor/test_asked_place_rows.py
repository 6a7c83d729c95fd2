"""What a result says was asked agrees with what was asked: an echo block holds the sent
figures, and the rows of a listing filtered by a US county or state lie in it."""

from __future__ import annotations

from typing import Any

import pytest
from tests.executor.corpus_endpoints import TOOLBENCH, corpus_endpoints

from toolgen.executor.place_rows import in_asked_place

SOLAR = TOOLBENCH / "Energy/solarenergyprediction.json"
GEO = TOOLBENCH / "Location/us_geo_data.json"


def _rows(output: Any) -> list[dict[str, Any]]:
    rows = output["data"] if isinstance(output, dict) else output
    assert isinstance(rows, list) and rows
    return rows


@pytest.mark.parametrize("seed", range(4))
def test_echoed_inputs_hold_the_sent_figures_as_text(seed: int) -> None:
    endpoints, executor = corpus_endpoints(SOLAR)
    call = endpoints["v2_0_solar_estimation_for_solarenergyprediction"]
    out = executor.session(seed).call(
        call, {"lat": 25.2048, "wp": 8482.3, "lon": 55.2708, "az": 0}).output
    # the schema writes the inputs as strings: Dubai's figures, not the example's 49.34
    assert out["inputs"]["lat"] == "25.2048"
    assert out["inputs"]["lon"] == "55.2708"
    assert out["inputs"]["wp"] == "8482.3"


@pytest.mark.parametrize("seed", range(4))
def test_zips_of_a_county_are_in_it(seed: int) -> None:
    endpoints, executor = corpus_endpoints(GEO)
    out = executor.session(seed).call(endpoints["get_zips_in_county_for_us_geo_data"],
                                      {"county": "Los Angeles County", "stateId": "CA"}).output
    for row in _rows(out):
        assert row["county"] == "Los Angeles County"
        assert row["state"] == "CA"
        assert row["city"] == "Los Angeles"  # the one city of LA County the tables know
        assert row["zip"].startswith("900")  # Los Angeles' ZIPs are 900xx
        assert row["countyFips"] == 6037  # Census FIPS 06037, written as the schema's integer


@pytest.mark.parametrize("seed", range(4))
def test_zips_of_a_state_are_in_it(seed: int) -> None:
    endpoints, executor = corpus_endpoints(GEO)
    out = executor.session(seed).call(endpoints["get_zips_in_state_for_us_geo_data"],
                                      {"stateId": "TX"}).output
    for row in _rows(out):
        assert row["state"] == "TX"
        assert row["city"] in ("Houston", "Dallas", "Austin", "San Antonio")
        # Texas ZIPs start 75-79 (USPS); no Santa Clara county in Texas
        assert row["zip"][:2] in ("75", "76", "77", "78", "79")
        assert row["county"] != "Santa Clara"


def test_a_county_sent_without_its_state_is_the_big_citys() -> None:
    # Harris County, GA exists too; Houston's is the one people mean
    rows = [{"zip": "95158", "city": "San Jose", "county": "Santa Clara County",
             "state": "CA"}]
    in_asked_place(rows, {"county": "Harris County"})
    assert rows[0]["city"] == "Houston" and rows[0]["state"] == "TX"
    assert rows[0]["county"] == "Harris County" and rows[0]["zip"].startswith("77")


def test_state_written_as_a_name_stays_a_name() -> None:
    rows = [{"city": "Seattle", "state": "Washington"}, {"city": "Denver", "state": "Colorado"}]
    in_asked_place({"results": rows}, {"state": "IL"})
    assert [r["state"] for r in rows] == ["Illinois", "Illinois"]
    assert [r["city"] for r in rows] == ["Chicago", "Chicago"]


def test_a_city_of_the_asked_state_stays() -> None:
    rows = [{"city": "Gilroy", "state": "CA", "county": "Santa Clara County"}]
    in_asked_place(rows, {"state_code": "CA"})
    assert rows[0] == {"city": "Gilroy", "state": "CA", "county": "Santa Clara County"}


def test_a_sent_city_is_never_moved() -> None:
    rows = [{"city": "Springfield", "state": "MO"}]
    in_asked_place(rows, {"city": "Springfield", "state": "IL"})
    assert rows[0]["city"] == "Springfield" and rows[0]["state"] == "IL"


def test_no_place_filter_no_change() -> None:
    rows = [{"city": "San Jose", "state": "CA", "county": "Santa Clara County"}]
    for args in ({}, {"state": "active"}, {"state_id": "stt_3b4709"}, {"county": "Nowhere"}):
        in_asked_place(rows, args)
        assert rows[0] == {"city": "San Jose", "state": "CA", "county": "Santa Clara County"}


def test_a_state_that_is_a_status_is_no_place_row() -> None:
    rows = [{"name": "job-1", "state": "running", "city": "San Jose"}]
    in_asked_place(rows, {"state": "TX"})
    assert rows[0] == {"name": "job-1", "state": "running", "city": "San Jose"}


def test_a_moved_rows_fips_and_coordinates_follow_its_new_city() -> None:
    rows = [{"zip": "98101", "city": "Seattle", "county": "King County", "countyFips": 53033,
             "state": "WA", "lat": 47.6062, "lng": -122.3321}]
    in_asked_place({"data": rows}, {"state": "RI"})
    row = rows[0]
    assert (row["city"], row["county"], row["state"]) == (
        "Providence", "Providence County", "RI")
    assert row["countyFips"] == 44007  # Providence County, RI (Census FIPS 44007)
    # Providence lies near 41.82 N, 71.41 W; Seattle's point would be 3,900 km away
    assert abs(row["lat"] - 41.82) < 0.2 and abs(row["lng"] + 71.41) < 0.2
    assert row["zip"].startswith("02")  # Rhode Island ZIPs are 028-029


# USPS sectional centres of the one city each state's rows are moved into: a city whose
# name another state shares (Portland, Charleston) is the asked state's.
@pytest.mark.parametrize(("state", "city", "prefix"), [
    ("ME", "Portland", "041"), ("OR", "Portland", "972"), ("ND", "Fargo", "581"),
    ("SC", "Charleston", "294"), ("WV", "Charleston", "253")])
@pytest.mark.parametrize("seed", range(3))
def test_zips_of_a_state_are_its_citys(seed: int, state: str, city: str, prefix: str) -> None:
    # ToolBench seed 97 #19: Maine's rows were Portland at Oregon's 97269, 97274, 97222
    endpoints, executor = corpus_endpoints(GEO)
    out = executor.session(seed).call(endpoints["get_zips_in_state_for_us_geo_data"],
                                      {"stateId": state}).output
    rows = _rows(out)
    assert any(row["city"] == city for row in rows), rows
    for row in rows:
        assert row["state"] == state
        if row["city"] == city:
            assert row["zip"].startswith(prefix), row
