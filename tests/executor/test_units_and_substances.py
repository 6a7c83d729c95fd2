"""Values a reviewer checks against their key: one mass in several units agrees with
itself (grams above kilograms, pounds about 2.2 x kilograms), a `fuel_unit` is a unit and
a `competition` a real one (never the filler "basic"), and a fuel is named like a fuel
("Diesel"), not like a place ("Amber Meadow")."""

from __future__ import annotations

import random

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.field_values import BLAND
from toolgen.executor.mass_units import same_mass
from toolgen.executor.names import record_name
from toolgen.records import Endpoint, Parameter


def test_one_mass_in_several_units_agrees() -> None:
    out = {"co2e_gm": 175, "co2e_kg": 205.94, "co2e_mt": 382.44, "co2e_lb": 49.03,
           "amount": 3, "count": 4}
    same_mass(out, {}, random.Random(0))
    assert out["co2e_gm"] == 205940 and isinstance(out["co2e_gm"], int)
    assert out["co2e_mt"] == 0.21 and out["co2e_lb"] == pytest.approx(454.02, abs=0.01)
    assert out["amount"] == 3 and out["count"] == 4  # no unit, no stem: left alone


def test_a_mass_alone_is_left_as_it_is() -> None:
    out = {"weight_kg": 12.5, "height_cm": 180}
    same_mass(out, {}, random.Random(0))
    assert out == {"weight_kg": 12.5, "height_cm": 180}


UNITS = Endpoint(
    id="carbon/estimate", function_name="fuel_estimate_for_carbon", tool_id="carbon",
    tool_name="Carbon", category="Science", name="fuel_estimate",
    parameters=(Parameter(name="fuel_value", raw_name="fuel_value", type_label="number",
                          json_schema={"type": "number"}, required=True),),
    response_schema={"type": "object", "properties": {
        "fuel_unit": {"type": "string"}, "competition": {"type": "string"},
        "fuel_value": {"type": "number"}}})


@pytest.mark.parametrize("seed", range(8))
def test_a_unit_and_a_competition_are_never_fillers(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(UNITS, {"fuel_value": 138.08}).output
    assert out["fuel_unit"] in {"litre", "kg", "kWh"}, out
    assert out["competition"] not in BLAND and out["competition"][0].isupper(), out


def test_a_fuel_is_named_like_a_fuel() -> None:
    names = {record_name("fuel", "fuel", random.Random(s).random, "Oslo") for s in range(20)}
    assert names <= {"Diesel", "Natural Gas", "LPG", "Regular Petrol", "Premium Petrol",
                     "Heavy Fuel Oil", "Light Fuel Oil", "Coal - Bituminous"}, names


def test_keys_that_say_their_kind_are_never_fillers() -> None:
    from toolgen.executor.field_values import field_kind

    assert field_kind("travel_from") == "city" and field_kind("travel_class") == "travel_class"
    assert field_kind("utcOffset") == "utc_offset" and field_kind("requestChecksum") == "hash"
    assert field_kind("address2") == "address2" and field_kind("combPath") == "path"


TRIP = Endpoint(
    id="travel/invoice", function_name="get_invoice_for_travel", tool_id="travel",
    tool_name="Travel", category="Travel", name="get_invoice",
    response_schema={"type": "object", "properties": {"invoice": {
        "type": "object", "properties": {
            "travel_from": {"type": "string"}, "travel_to": {"type": "string"},
            "travel_class": {"type": "string"}, "county": {"type": "string"},
            "address2": {"type": "string"}}}}})


@pytest.mark.parametrize("seed", range(6))
def test_a_trip_goes_between_places_in_a_class(executor: MockExecutor, seed: int) -> None:
    invoice = executor.session(seed).call(TRIP, {}).output["invoice"]
    assert not set(invoice.values()) & BLAND, invoice
    assert invoice["travel_class"] in {"economy", "premium economy", "business", "first"}
    assert invoice["travel_from"][0].isupper() and invoice["travel_to"][0].isupper(), invoice
