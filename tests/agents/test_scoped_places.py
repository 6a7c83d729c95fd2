"""Read as a reviewer reads records: a conversation never asks an endpoint scoped to a
country about a place outside it, nor carries such a place into it from an earlier
call (ToolBench seed 21 #250: Vietnam districts asked for Firenze, the first Italian
event's city; seed 13 #140: asked for San Jose), and its answer is in that country.
Records of a small ToolBench slice (an Italian events API, Vietnam's divisions, a US
address validator, a city-to-postcode API) are generated once and read back."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.executor import world
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

_TOOLS = Path(__file__).resolve().parents[2].parent / "shared/corpora/toolbench/toolenv/tools"
_SLICE = ("Events/art_openings_italy.json", "Location/viet_nam_administrative_divisions.json",
          "Logistics/snapcxaddressvalidation.json", "Location/geosource_api.json")
_CITY_KEYS = ("city", "city_name", "town")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    if not all((_TOOLS / p).is_file() for p in _SLICE):
        pytest.skip("shared ToolBench corpus not found")
    root = tmp_path_factory.mktemp("scoped")
    for p in _SLICE:
        (root / "tools" / p).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(_TOOLS / p, root / "tools" / p)
    out = root / "scoped.jsonl"
    config = RunConfig(n=60, seed=21, toolenv=str(root / "tools"))
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def _calls(record: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    """(function name, arguments, output) of every answered call."""
    outputs = {m.get("tool_call_id"): m.get("content") for m in record["messages"]
               if m["role"] == "tool"}
    out = []
    for m in record["messages"]:
        for call in m.get("tool_calls") or []:
            fn = call["function"]
            text = outputs.get(call["id"])
            out.append((fn["name"], orjson.loads(fn["arguments"]),
                        orjson.loads(text) if text else None))
    return out


def _objects(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _outside(city: Any, iso: str) -> bool:
    """A city name a reader knows lies in another country (and in none of `iso`'s)."""
    if not isinstance(city, str):
        return False
    country = world.country_of(iso)
    found = world.city(f"{city}, {country.name}") if country is not None else None
    return found is not None and found.country_iso != iso


def test_the_slice_has_scoped_calls(records: list[dict[str, Any]]) -> None:
    names = [name for r in records for name, _, _ in _calls(r)]
    assert sum("in_vietnam" in n for n in names) >= 5
    assert sum(n.startswith("validate_usaddress") for n in names) >= 5


def test_a_vietnam_endpoint_is_asked_and_answers_in_vietnam(
        records: list[dict[str, Any]]) -> None:
    for record in records:
        for name, args, output in _calls(record):
            if "in_vietnam" not in name:
                continue
            for key in _CITY_KEYS:
                assert not _outside(args.get(key), "VN"), (record["conversation_id"], args)
            for obj in _objects(output):
                country = obj.get("country")
                assert country in (None, "Vietnam"), (record["conversation_id"], obj)
                for key in _CITY_KEYS:
                    assert not _outside(obj.get(key), "VN"), (record["conversation_id"], obj)


def test_a_us_address_validation_is_asked_and_answers_in_the_us(
        records: list[dict[str, Any]]) -> None:
    for record in records:
        for name, args, output in _calls(record):
            if not name.startswith("validate_usaddress"):
                continue
            for key in _CITY_KEYS:
                assert not _outside(args.get(key), "US"), (record["conversation_id"], args)
            for obj in _objects(output):
                for key in _CITY_KEYS:
                    assert not _outside(obj.get(key), "US"), (record["conversation_id"], obj)
