"""One record, one place: the country an API is named for, the session's home country,
and postcodes that fit the state or country of the object they sit in."""

from __future__ import annotations

import re
from typing import Any

from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor
from toolgen.executor.postal import fit_given, fit_postcodes, postcode_country
from toolgen.executor.served import record_home, served_country

_CITIES = {"US": {"New York", "San Francisco", "Chicago", "Austin", "Seattle", "Boston",
                  "Miami"},
           "PL": {"Warsaw"}}


def test_an_api_named_for_a_country_serves_it() -> None:
    assert served_country("get_zips_in_city_for_us_geo_data") == "US"
    assert served_country("find_zip_codes_by_city_for_polish_zip_codes") == "PL"
    assert served_country("city_wise_data_for_indian_fuel") == "IN"
    assert served_country("contact_us_for_shop") is None  # `us` before `_for_` is a word
    assert served_country("zip_code_by_city_for_geosource_api") is None
    assert record_home(["gsi_prediction_for_corrently",
                        "find_zip_codes_by_city_for_polish_zip_codes",
                        "get_zips_in_city_for_us_geo_data"]) == "PL"
    assert record_home(["gsi_prediction_for_corrently"]) == ""


def test_a_zip_moves_into_the_state_the_object_names() -> None:
    out: dict[str, Any] = {"data": [{"zip": "69500", "city": "Gilroy", "state": "CA"},
                                    {"zip": "14389", "state": "Rhode Island"},
                                    {"zip": 84024, "state": "NY"}]}
    fit_postcodes(out, {})
    ca, ri, ny = out["data"]
    assert 900 <= int(ca["zip"][:3]) <= 961 and ca["zip"].endswith("00")
    assert 28 <= int(ri["zip"][:3]) <= 29
    assert isinstance(ny["zip"], int) and 100 <= ny["zip"] // 100 <= 149


def test_a_zip_the_call_sent_is_kept_and_a_fitting_one_untouched() -> None:
    out = {"zip": "69500", "state": "CA"}
    fit_postcodes(out, {"zip": "69500"})
    assert out["zip"] == "69500"
    fine = {"zip": "98101", "state": "WA"}
    fit_postcodes(fine, {})
    assert fine["zip"] == "98101"


def test_a_postcode_takes_the_shape_of_its_country() -> None:
    out = {"postcode": "1282-390", "city": "Warsaw"}
    fit_postcodes(out, {})
    assert re.fullmatch(r"\d\d-\d\d\d", out["postcode"])
    given = fit_given({"postal_code": "12345", "country": "Portugal"})
    assert re.fullmatch(r"\d{4}-\d{3}", given["postal_code"])
    assert postcode_country("00-950") == "PL" and postcode_country("1000-001") == "PT"
    assert postcode_country("12345") is None  # five digits: many countries


_CITY_API = endpoint("get_zips_in_city_for_us_geo_data",
                     (param("stateId", required=False),),
                     {"type": "object", "properties": {"data": {"type": "array", "items": {
                         "type": "object", "properties": {
                             "zip": {"type": "string"}, "city": {"type": "string"},
                             "country": {"type": "string"}}}}}})
_PLAIN = endpoint("list_venues", (),
                  {"type": "object", "properties": {"venues": {"type": "array", "items": {
                      "type": "object", "properties": {
                          "name": {"type": "string"}, "city": {"type": "string"},
                          "postcode": {"type": "string"}}}}}})


def _cities(output: Any) -> set[str]:
    items = next(v for v in output.values() if isinstance(v, list))
    return {o["city"] for o in items}


def test_an_api_serving_a_country_answers_there_whatever_the_seed() -> None:
    executor = MockExecutor(3)
    for seed in range(8):
        out = executor.session(seed).call(_CITY_API, {}).output
        assert _cities(out) <= _CITIES["US"], out


def test_a_session_opened_in_a_country_answers_unnamed_places_there() -> None:
    executor = MockExecutor(3)
    for seed in range(8):
        out = executor.session(seed, home="PL").call(_PLAIN, {}).output
        assert _cities(out) <= _CITIES["PL"], out
        assert all(re.fullmatch(r"\d\d-\d\d\d", v["postcode"]) for v in out["venues"]), out


def test_the_first_polish_postcode_a_call_sends_sets_the_sessions_country() -> None:
    executor = MockExecutor(3)
    zipped = endpoint("forecast_by_zip", (param("zip"),), _PLAIN.response_schema)
    for seed in range(4):
        session = executor.session(seed)
        session.call(zipped, {"zip": "77-816"})
        assert _cities(session.call(_PLAIN, {}).output) <= _CITIES["PL"]


def test_two_timestamps_of_one_object_name_one_instant() -> None:
    from toolgen.executor.one_instant import one_instant

    out: dict[str, Any] = {"forecast": [
        {"epochtime": 1607905617, "timeStamp": 1496097498170, "gsi": 42},
        {"epochtime": 1609002022, "timeStamp": 1476292009893, "created_at": 1500000000}]}
    one_instant(out, {})
    first, second = out["forecast"]
    assert first["timeStamp"] // 1000 == 1607905617
    assert second["timeStamp"] // 1000 == 1609002022
    assert second["created_at"] == 1500000000  # another moment: left alone
    sent = {"ts": 1700000000, "epoch": 1500000000}
    one_instant(sent_out := dict(sent), {"ts": 1700000000})
    assert sent_out == {"ts": 1700000000, "epoch": 1700000000}


def test_a_sent_zip_stays_and_the_state_beside_it_follows() -> None:
    out = {"zip_code": "76895", "state_code": "CA", "city_name": "Sample"}
    fit_postcodes(out, {"zip_code": "76895"})
    assert out == {"zip_code": "76895", "state_code": "TX", "city_name": "Sample"}
    named = {"zip": "98101", "state": "California"}
    fit_postcodes(named, {"zip": "98101"})
    assert named["state"] == "Washington"


def test_a_record_is_in_one_place_its_seed_picks_within_its_apis_country() -> None:
    from toolgen.executor.pools import PLACES
    from toolgen.executor.served import record_place

    polish = ["gsi_prediction_for_corrently", "find_zip_codes_by_city_for_polish_zip_codes"]
    assert {PLACES[record_place(polish, s)][0] for s in range(20)} == _CITIES["PL"]
    anywhere = {PLACES[record_place(["list_venues"], s)][2] for s in range(200)}
    assert len(anywhere) > 10  # no API binds it: records spread over many countries
    assert record_place(["list_venues"], 5) == record_place(["list_venues"], 5)
