"""Loader tests on small hand-made quirky corpora: ToolBench, OpenAI tools, BFCL, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from toolgen.records import Registry
from toolgen.registry import RegistryError, load_registry, load_template_responses
from toolgen.registry.names import FUNCTION_NAME_RE

KEY = "9c1a58e5e2ac2da4c68b7a4c32f4ca8f996029e6"


def _param(name: str, kind: Any, default: Any = "", description: str = "") -> dict[str, Any]:
    return {"name": name, "type": kind, "description": description, "default": default}


def _endpoint(name: str, required: list[Any], optional: list[Any] | None = None,
              **extra: Any) -> dict[str, Any]:
    return {"name": name, "url": "https://x.p.rapidapi.com/x", "description": "", "method": "GET",
            "required_parameters": required, "optional_parameters": optional or [], **extra}


def _write(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _tool(endpoints: list[dict[str, Any]], name: str = "Hotels") -> dict[str, Any]:
    return {"tool_name": name, "tool_description": None, "title": None, "api_list": endpoints}


@pytest.fixture
def quirky(tmp_path: Path) -> Path:
    root = tmp_path / "tools"
    _write(root / "Travel" / "hotels.json", _tool([
        _endpoint("Search Hotels", [_param("query", "STRING", "paris")],
                  [_param("X-RapidAPI-Key", "STRING", "SIGN-UP-FOR-KEY"),
                   _param("Authorization", "STRING", f"Bearer {KEY}"),
                   _param("sort", "ENUM", "", "One of: price, rating")],
                  test_endpoint={"statusCode": 401, "message": "Unauthorized"}),
        _endpoint("get hotel", [_param("hotel_id", "NUMBER", "None")],
                  schema={"type": "object", "properties": {"hotel_id": {"type": "integer"}}},
                  statuscode=200),
        _endpoint("get hotel", [_param("ids[]", "string", "1"), _param("ids[]", "string", "2")]),
        _endpoint("rooms", [_param("username", None, "bob")], [_param("username", None, "x")],
                  body='{"rooms": [{"room_id": 1, "checkin": "2024-01-01"}]}', statuscode=200),
    ]))
    _write(root / "Business" / ".json", _tool([_endpoint("ㅇㅈㅇ1", [])], name="오류"))
    (root / "Business" / "empty.json").write_bytes(b"")
    (root / "Business" / "broken.json").write_text("{not json", encoding="utf-8")
    (root / "Business" / "latin.json").write_bytes(b'{"tool_name": "\xff\xfe"}')
    _write(root / "Business" / "list.json", [1, 2])
    _write(root / "Business" / "noapi.json", {"tool_name": "x", "api_list": []})
    (root / "Business" / "notes.txt").write_text("ignored", encoding="utf-8")
    return root


def test_quirky_toolbench_loads_with_diagnostics(quirky: Path) -> None:
    registry = load_registry(quirky)
    assert registry.format == "toolbench"
    assert [t.id for t in registry.tools] == ["Business/_empty", "Travel/hotels"]
    reasons = {Path(d.path).name: d.reason for d in registry.diagnostics}
    assert reasons["empty.json"].startswith("empty file")
    assert reasons["broken.json"].startswith("not valid JSON")
    assert reasons["latin.json"].startswith("invalid UTF-8")
    assert reasons["list.json"] == "expected a JSON object, got a list"
    assert "api_list" in reasons["noapi.json"]
    assert all("\n" not in d.reason for d in registry.diagnostics)
    Registry.model_validate_json(registry.model_dump_json())


def test_quirky_endpoints_normalised(quirky: Path) -> None:
    registry = load_registry(quirky)
    hotels = registry.tools_by_id["Travel/hotels"]
    ids = [e.id for e in hotels.endpoints]
    assert ids == ["Travel/hotels/Search_Hotels", "Travel/hotels/get_hotel",
                   "Travel/hotels/get_hotel_2", "Travel/hotels/rooms"]
    search, get, get2, rooms = hotels.endpoints
    assert [p.name for p in search.parameters] == ["query", "sort"]
    assert search.parameters[1].json_schema["enum"] == ["price", "rating"]
    assert search.response_source == "inferred"
    assert get.parameters[0].has_default is False
    assert get.parameters[0].json_schema == {"type": "number"}
    assert get.response_source == "schema"
    assert [p.name for p in get2.parameters] == ["ids", "ids_2"]
    assert [p.raw_name for p in get2.parameters] == ["ids[]", "ids[]"]
    assert [p.name for p in rooms.parameters] == ["username"]
    assert rooms.parameters[0].type_label == "null"
    assert rooms.response_source == "body"
    items = rooms.response_schema["properties"]["rooms"]["items"]["properties"]
    assert items["checkin"]["format"] == "date"
    names = [e.function_name for e in registry.endpoints]
    assert len(set(names)) == len(names) and all(FUNCTION_NAME_RE.match(n) for n in names)
    dump = registry.model_dump_json()
    assert KEY not in dump and "SIGN-UP-FOR-KEY" not in dump


def test_names_stable_and_max_tools(quirky: Path) -> None:
    first = load_registry(quirky)
    again = load_registry(quirky)
    assert [e.function_name for e in first.endpoints] == [e.function_name for e in again.endpoints]
    limited = load_registry(quirky, max_tools=1)
    assert [t.id for t in limited.tools] == ["Business/_empty"]


def test_template_responses_enrich(quirky: Path, tmp_path: Path) -> None:
    queries = tmp_path / "queries"
    _write(queries / "G1.json", [{"query": "q", "api_list": [
        {"tool_name": "Hotels", "api_name": "Search Hotels",
         "template_response": '{"hotels": [{"hotel_id": "str", "_list_length": 3}]}'}]}])
    assert ("Hotels", "Search Hotels") in load_template_responses(queries)
    registry = load_registry(quirky, queries=queries)
    search = registry.by_id["Travel/hotels/Search_Hotels"]
    assert search.response_source == "template_response"
    assert "hotels" in search.response_schema["properties"]


@pytest.mark.parametrize("make", ["missing", "empty", "only_bad"])
def test_nothing_usable_raises_one_line(tmp_path: Path, make: str) -> None:
    root = tmp_path / "corpus"
    if make != "missing":
        root.mkdir()
    if make == "only_bad":
        (root / "Cat").mkdir()
        (root / "Cat" / "a.json").write_bytes(b"")
    with pytest.raises(RegistryError) as info:
        load_registry(root)
    message = str(info.value)
    assert str(root) in message and "\n" not in message


def test_unknown_format_rejected(quirky: Path) -> None:
    with pytest.raises(RegistryError):
        load_registry(quirky, fmt="yaml")


def test_large_file_loads(tmp_path: Path) -> None:
    blob = {f"k{i}": "x" * 1000 for i in range(4000)}
    root = tmp_path / "tools"
    _write(root / "Storage" / "big.json", _tool([_endpoint("Get blob", [], test_endpoint=blob)]))
    assert (root / "Storage" / "big.json").stat().st_size > 4_000_000
    endpoint = load_registry(root).endpoints[0]
    assert endpoint.response_source == "test_endpoint"
    assert len(endpoint.response_schema["properties"]) == 20


def test_openai_tools_shapes(tmp_path: Path) -> None:
    function = {"name": "get_weather", "description": "Weather",
                "parameters": {"type": "object", "properties": {
                    "city": {"type": "string"}, "unit": {"type": "string",
                                                         "enum": ["c", "f"]}},
                    "required": ["city"]}}
    _write(tmp_path / "a.json", [{"type": "function", "function": function}])
    _write(tmp_path / "b.json", {"tools": [{"type": "function", "function": {
        **function, "name": "get.weather"}}]})
    _write(tmp_path / "c.json", [{**function, "name": "get_weather"}])
    registry = load_registry(tmp_path)
    assert registry.format == "openai"
    assert len(registry.endpoints) == 3
    names = sorted(e.function_name for e in registry.endpoints)
    assert len(set(names)) == 3 and all(FUNCTION_NAME_RE.match(n) for n in names)
    city, unit = registry.endpoints[0].parameters
    assert city.required and not unit.required and unit.json_schema["enum"] == ["c", "f"]


def test_bfcl_jsonl_dedupe_and_types(tmp_path: Path) -> None:
    func = {"name": "math.factorial", "description": "n!", "parameters": {
        "type": "dict", "properties": {"n": {"type": "integer"},
                                       "pt": {"type": "tuple", "items": {"type": "float"}},
                                       "who": {"type": "", "optional": True}},
        "required": ["n", "who"]}}
    other = {**func, "description": "different"}
    lines = [{"id": "1", "question": [], "function": [func]},
             {"id": "2", "question": [], "function": [func, other]}]
    path = tmp_path / "BFCL_v4_simple_python.json"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    doc = tmp_path / "multi_turn_func_doc" / "math_api.json"
    doc.parent.mkdir()
    doc.write_text(json.dumps({"name": "add", "description": "a+b", "parameters": {
        "type": "dict", "properties": {"a": {"type": "float"}}, "required": ["a"]},
        "response": {"type": "dict", "properties": {"result": {"type": "float"}}}}),
        encoding="utf-8")
    (tmp_path / "BFCL_v4_multi_turn_base.json").write_text(
        json.dumps({"id": "m", "question": [], "involved_classes": ["MathAPI"]}), encoding="utf-8")
    registry = load_registry(tmp_path)
    assert registry.format == "bfcl"
    by_name = {e.name: e for e in registry.endpoints if e.category == "BFCL_v4_simple_python"}
    assert len([e for e in registry.endpoints if e.name == "math.factorial"]) == 2
    fact = by_name["math.factorial"]
    assert "." not in fact.function_name
    n, pt, who = fact.parameters
    assert n.json_schema == {"type": "integer"} and n.required
    assert pt.json_schema == {"type": "array", "items": {"type": "number"}}
    assert who.json_schema == {} and not who.required
    add = registry.by_id["math_api/math_api/add"]
    assert add.response_source == "declared"
    assert add.response_schema["properties"]["result"] == {"type": "number"}
    reasons = " ".join(d.reason for d in registry.diagnostics)
    assert "no function definitions" in reasons and "identical repeated" in reasons
