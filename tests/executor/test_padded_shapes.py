"""An inferred result carries the bookkeeping its kind of thing has, and corpus examples
do not leak placeholders or pin one value on every item.

A population, a disaster aggregate or an avatar came back with `version`, `is_active`,
`created_at` or a made-up `<noun>_code`; a lab's address was "3 SAMPLE Drive"; every
hotel guest was the example's "Ana Silva"; a currency EUR was called "Silver Ridge". The
expected values (which fields a reader accepts, real currency names) are written here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples
from toolgen.records import Endpoint, Parameter

SEEDS = range(6)
_STAMPS = {"version", "is_active", "created_at", "updated_at"}
_MEDICINES = {"Ibuprofen", "Paracetamol", "Amoxicillin", "Metformin", "Atorvastatin",
              "Omeprazole", "Lisinopril", "Cetirizine", "Amlodipine", "Salbutamol",
              "Levothyroxine", "Loratadine", "Aspirin", "Naproxen", "Diclofenac"}


def _p(name: str, schema: dict[str, object]) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema.get("type")),
                     json_schema=schema, required=True)


def _endpoint(name: str, tool: str, description: str, *params: Parameter,
              method: str = "GET", response: dict[str, Any] | None = None,
              source: str = "inferred") -> Endpoint:
    return Endpoint(id=f"{tool}/{name}", function_name=f"{name}_for_{tool}", tool_id=tool,
                    tool_name=tool.replace("_", " ").title(), category="Data", name=name,
                    method=method, description=description, parameters=params,
                    response_schema=response or {}, response_source=source)


def _objects(doc: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


AGGREGATE = _endpoint("aggregate", "geodisasters", "Aggregated disaster events.")
AVATAR = _endpoint("upload_avatar", "dammy_task", "Upload an avatar.",
                   _p("file", {"type": "string"}), method="POST")
TURTLES = _endpoint("get_turtle_population", "ecology", "Turtle population of a place.",
                    _p("location", {"type": "string"}))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(("endpoint", "args"), [
    (AGGREGATE, {}), (TURTLES, {"location": "Mississippi river"}),
])
def test_a_fact_or_a_statistic_has_no_record_bookkeeping(
        executor: MockExecutor, seed: int, endpoint: Endpoint, args: dict[str, Any]) -> None:
    out = executor.session(seed).call(endpoint, args).output
    for obj in _objects(out):
        assert not _STAMPS & obj.keys(), obj


@pytest.mark.parametrize("seed", SEEDS)
def test_an_avatar_gets_no_made_up_code(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(AVATAR, {"file": "me.png"}).output
    assert not any(k.endswith("_code") for obj in _objects(out) for k in obj), out


BRANDS = _endpoint("list_brands_by_company_id", "pharmaseed", "Brands of a company.",
                   _p("company_id", {"type": "string"}), source="body", response={
                       "type": "object", "properties": {"brands": {"type": "array", "items": {
                           "type": "object", "properties": {
                               "brand_id": {"type": "string"}, "generic_name": {"type": "string"},
                               "religion_name": {"type": "string"},
                               "fabricName": {"type": "string"}}}}}})
_RELIGIONS = {"Christianity", "Islam", "Hinduism", "Buddhism", "Judaism", "Sikhism", "Shinto",
              "Taoism", "Jainism", "Bahá'í Faith"}
_FABRICS = {"Cotton", "Linen", "Wool", "Silk", "Denim", "Polyester", "Velvet", "Cashmere",
            "Nylon", "Satin"}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_medicine_a_religion_and_a_fabric_have_real_names(executor: MockExecutor,
                                                            seed: int) -> None:
    out = executor.session(seed).call(BRANDS, {"company_id": "cmp_1"}).output
    for brand in out["brands"]:
        assert brand["generic_name"] in _MEDICINES, brand
        assert brand["religion_name"] in _RELIGIONS, brand
        assert brand["fabricName"] in _FABRICS, brand


CURRENCIES = _endpoint("list_currencies", "fx_rates", "Supported currencies.", source="body",
                       response={"type": "object", "properties": {"currencies": {
                           "type": "array", "items": {"type": "object", "properties": {
                               "code": {"type": "string", "enum": ["EUR", "JPY", "GBP"]},
                               "name": {"type": "string"}, "symbol": {"type": "string"}}}}}})
_BY_CODE = {"EUR": "Euro", "JPY": "Japanese Yen", "GBP": "British Pound"}
_SIGNS = {"EUR": "€", "JPY": "¥", "GBP": "£"}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_currency_is_named_by_its_code(executor: MockExecutor, seed: int) -> None:
    out = executor.session(seed).call(CURRENCIES, {}).output
    assert out["currencies"]
    for currency in out["currencies"]:
        assert currency["name"] == _BY_CODE[currency["code"]], currency
        # its sign, not a stock's ticker ("Japanese Yen", symbol "NFLX")
        assert currency["symbol"] == _SIGNS[currency["code"]], currency


# --- corpus examples ------------------------------------------------------------------

def _tool_file(tmp_path: Path, body: dict[str, Any]) -> Path:
    path = tmp_path / "tool.json"
    path.write_text(json.dumps({"tool_name": "t", "api_list": [
        {"name": "x", "statuscode": 200, "body": json.dumps(body)}]}), encoding="utf-8")
    return path


def test_a_placeholder_inside_an_example_value_is_not_pooled(tmp_path: Path) -> None:
    path = _tool_file(tmp_path, {"labs": [
        {"address": "3 SAMPLE Drive", "expiration_date": "SAMPLEDATE", "city": "SAMPLE_CITY1",
         "facility": "Hospital", "notes": "Lorem ipsum dolor sit amet"},
        {"address": "12 Main Street", "expiration_date": "2026-01-01", "city": "Boston",
         "facility": "Clinic", "notes": "Open weekdays"}]})
    pool = CorpusExamples({"t": str(path)}).pool("t")
    kept = {v for values in pool.values() if isinstance(values, tuple) for v in values
            if isinstance(v, str)}
    assert {"12 Main Street", "Boston", "Hospital", "Open weekdays"} <= kept
    assert not kept & {"3 SAMPLE Drive", "SAMPLEDATE", "SAMPLE_CITY1",
                       "Lorem ipsum dolor sit amet"}


RESERVATIONS = {"type": "object", "properties": {"reservations": {"type": "array", "items": {
    "type": "object", "properties": {
        "reservation_id": {"type": "string"}, "guest_name": {"type": "string"},
        "cuisine": {"type": "string"}, "time": {"type": "string"}}}}}}


def test_one_example_guest_cuisine_and_slot_are_not_on_every_item(tmp_path: Path) -> None:
    path = _tool_file(tmp_path, {"reservations": [
        {"reservation_id": "res_1", "guest_name": "Ana Silva", "cuisine": "italian",
         "time": "19:30"}]})
    endpoint = _endpoint("list_reservations", "t", "Reservations of a user.",
                         response=RESERVATIONS, source="body")
    endpoint = endpoint.model_copy(update={"tool_id": "t"})
    executor = MockExecutor(seed=7, pool_size=64,
                            examples=CorpusExamples({"t": str(path)}))
    guests: set[str] = set()
    cuisines: set[str] = set()
    times: set[str] = set()
    for seed in range(12):
        for item in executor.session(seed).call(endpoint, {}).output["reservations"]:
            guests.add(item["guest_name"])
            cuisines.add(item["cuisine"])
            times.add(item["time"])
    assert len(guests) > 3 and len(cuisines) > 2 and len(times) > 2, (guests, cuisines, times)
    assert all(t[:2].isdigit() and t[2] == ":" for t in times), times
