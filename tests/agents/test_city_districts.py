"""A district a call names is one of the city it names (`planner.city_districts`): Polish
Zip Codes had kept its example's Oporów, a part of Wrocław, for Warsaw ("the postal codes
around Warsaw in Oporów", ToolBench seed 71 #5; 11 of 300 records)."""

from __future__ import annotations

import orjson
import pytest

from agents.generated import generated, small_corpus
from toolgen.agents.planner.city_districts import DISTRICTS, districts_in_city
from toolgen.pipeline.runtime import RunConfig
from toolgen.records import Endpoint, Parameter, PlannedArg, PlannedCall


def _param(name: str, required: bool) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label="STRING", required=required,
                     json_schema={"type": "string"})


ZIPS = Endpoint(id="Location/polish_zip_codes/by_district", function_name="by_district",
                tool_id="Location/polish_zip_codes", tool_name="Polish zip codes",
                category="Location", name="find-zip-codes-by-city-and-district",
                parameters=(_param("city", True), _param("district", False)))


def _call(city: PlannedArg, district: str) -> PlannedCall:
    return PlannedCall(call_id="call_1", endpoint_id=ZIPS.id, function_name="by_district",
                       arguments=(city, PlannedArg(name="district", source="default",
                                                   value=district)))


def _district(call: PlannedCall) -> object:
    return next((a.value for a in call.arguments if a.name == "district"), None)


def test_a_district_of_another_city_gives_way_to_one_of_the_citys_own() -> None:
    [call] = districts_in_city([_call(PlannedArg(name="city", source="user", value="Warsaw"),
                                      "Oporów")], {ZIPS.id: ZIPS})
    assert _district(call) in DISTRICTS["Warsaw"]


def test_a_district_of_the_city_stays() -> None:
    [call] = districts_in_city([_call(PlannedArg(name="city", source="user", value="Warsaw"),
                                      "Mokotów")], {ZIPS.id: ZIPS})
    assert _district(call) == "Mokotów"


def test_no_district_is_said_of_a_city_an_earlier_result_gives() -> None:
    linked = PlannedArg(name="city", source="tool_output", call_id="call_0", path="$.city")
    [call] = districts_in_city([_call(linked, "Oporów")], {ZIPS.id: ZIPS})
    assert _district(call) is None


def test_polish_postcodes_are_asked_of_a_district_of_the_city(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    corpus = small_corpus(tmp_path_factory, ("Data/polish_zip_codes.json",), "polish")
    records = generated(tmp_path_factory, RunConfig(n=30, seed=71, toolenv=corpus), "polish")
    sent = [orjson.loads(c["function"]["arguments"]) for r in records for m in r["messages"]
            for c in m.get("tool_calls") or ()]
    pairs = [(a["city"], a["district"]) for a in sent if a.get("district") and a.get("city")]
    assert len(pairs) >= 3, sent
    assert all(d in DISTRICTS.get(c, (d,)) for c, d in pairs), pairs
