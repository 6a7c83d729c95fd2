"""Where a field's value comes from: its key's kind, never the tool's own name
(`field_values`); the key a calculation answers under (`calc_field`)."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.calc_field import calc_field
from toolgen.executor.field_values import BLAND, field_kind
from toolgen.executor.magnitudes import scale_of
from toolgen.records import Endpoint


def _endpoint(function_name: str, properties: dict[str, Any]) -> Endpoint:
    return Endpoint(id=f"t/{function_name}", function_name=function_name, tool_id="t",
                    tool_name=function_name.split("_for_")[-1], category="c",
                    name=function_name, description="",
                    response_schema={"type": "object", "properties": properties},
                    response_source="response_examples")


def _outputs(ep: Endpoint, n: int = 12) -> list[dict[str, Any]]:
    executor = MockExecutor(7)
    out = []
    for i in range(n):
        result = executor.session(i).call(ep, {})
        assert result.status == "ok", result.error
        out.append(result.output)
    return out


@pytest.mark.parametrize(("key", "kind"), [
    ("diesel", "price"), ("mimetype", "mime"), ("product_category", "category"),
    ("microcategory", "category"), ("error", "absent"), ("failedReason", "absent"),
    ("mission", "mission"), ("registrar", "registrar"), ("customer_support_message", "text"),
    ("q", "search"), ("hierarchy", None), ("mntBy", None),
])
def test_a_key_names_the_kind_of_its_value(key: str, kind: str | None) -> None:
    assert field_kind(key) == kind


def test_fuel_prices_of_a_fuel_api_are_prices_not_its_name() -> None:
    ep = _endpoint("city_wise_data_for_indian_fuel",
                   {"diesel": {"type": "string"}, "petrol": {"type": "string"},
                    "error": {"type": "string"}})
    for out in _outputs(ep):
        assert re.fullmatch(r"\d+\.\d\d", out["diesel"]), out
        assert re.fullmatch(r"\d+\.\d\d", out["petrol"]), out
        assert out["error"] == ""


def test_an_upload_answers_with_a_mime_type_and_a_product_with_a_shop_category() -> None:
    upload = _endpoint("upload_a_new_file_for_synwave", {"mimetype": {"type": "string"}})
    assert all(re.fullmatch(r"[a-z]+/[a-z0-9.+-]+", o["mimetype"]) for o in _outputs(upload))
    product = _endpoint("get_amazon_product_details_for_amazon_scriper_hmd",
                        {"product_category": {"type": "string"}})
    name = {"get", "amazon", "product", "details", "scriper", "hmd"}
    categories = {o["product_category"] for o in _outputs(product)}
    assert not {c.lower() for c in categories} & name
    assert categories & {"Electronics", "Books", "Office Products", "Toys & Games",
                         "Home & Kitchen", "Sports & Outdoors", "Beauty & Personal Care"}


def test_a_field_of_no_known_kind_is_a_setting_word_not_the_tools_name() -> None:
    ep = _endpoint("segmentation_ceiling_for_vision_api", {"hierarchy": {"type": "string"}})
    values = {o["hierarchy"] for o in _outputs(ep)}
    assert values <= BLAND
    assert not values & {"segmentation", "ceiling", "vision"}


@pytest.mark.parametrize(("function", "key"), [
    ("calculate_area_under_curve_0aaecb1b", "area"),
    ("biological_calc_biomass_4b82b948", "biomass"),
    ("energy_calculator_calculate", "energy"),
    ("calculate_electric_field_strength_e27f407a", "field_strength"),
    ("unit_conversion_convert_17d7e757", "converted_value"),
    ("timezone_convert", "converted_time"),
    ("calculate_fitness_ac85030e", "fitness"),
    ("get_weather", None),
])
def test_a_calculation_answers_under_what_its_verb_governs(function: str,
                                                           key: str | None) -> None:
    assert calc_field(_endpoint(function, {})) == key


def test_a_user_never_states_the_filler_of_a_field_of_no_kind() -> None:
    from toolgen.agents.planner.values import ArgumentValues
    from toolgen.records import Parameter

    param = Parameter(name="hierarchy", raw_name="hierarchy", type_label="string",
                      json_schema={"type": "string"}, required=False, description="",
                      default=None, has_default=False)
    ep = _endpoint("segmentation_ceiling_for_vision_api", {}).model_copy(
        update={"parameters": (param,)})
    values = ArgumentValues(MockExecutor(3))
    for word in sorted(BLAND):
        assert not values.sayable(ep, param, word)
    assert values.sayable(ep, param, random.Random(0).choice(["Lisbon", "Maria Lopez"]))


def test_a_time_zone_conversion_answers_with_the_time_there() -> None:
    from toolgen.executor.zone_times import converted_time

    out = {"converted_time": "19:45"}
    converted_time(out, {"time": "04:15", "from_timezone": "Asia/Tokyo",
                         "to_timezone": "Europe/London"}, random.Random(0))
    assert out["converted_time"] == "19:15"
    out = {"converted_time": "08:00"}
    converted_time(out, {"time": "3pm", "from_timezone": "America/New_York",
                         "to_timezone": "Asia/Kolkata"}, random.Random(0))
    assert out["converted_time"] == "01:30"
    unknown = {"converted_time": "08:00"}
    converted_time(unknown, {"time": "3pm", "from_timezone": "Mars/Olympus",
                             "to_timezone": "Asia/Kolkata"}, random.Random(0))
    assert unknown["converted_time"] == "08:00"


def test_a_habit_per_week_is_a_handful() -> None:
    """BFCL seed 83 #7: `meat_meals_per_week` drawn 831."""
    assert scale_of("meat_meals_per_week") == (1, 14, 0)
    assert scale_of("trips_per_day") == (1, 8, 0)
    assert scale_of("dividend_per_share") is None


def test_an_airline_ticket_number_is_thirteen_digits() -> None:
    """BFCL seed 97 #8: a ticket "IB0455", which reads as a flight number."""
    ep = Endpoint(id="t/flight_status_check", function_name="flight_status_check",
                  tool_id="t", tool_name="t", category="Travel", name="flight_status_check",
                  description="Check a flight's status.", response_source="schema",
                  response_schema={"type": "object", "properties": {
                      "ticket_number": {"type": "string"}, "status": {"type": "string"}}})
    for seed in range(6):
        number = MockExecutor(seed=seed).session(seed).call(ep, {}).output["ticket_number"]
        assert len(number) == 13 and number.isdigit(), number
