"""Issue 17, start-up: a corpus repeats parameters and response examples (one API copied
under other tool names, `query` and `page` everywhere). Whatever the ToolBench loader
caches or shares between repeats, what it gives every endpoint must not depend on it:
the same schema and notes as a first sighting, and objects of its own (no endpoint shares
a mutable schema or default with another), so a memo keyed by content stays invisible.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from toolgen.records import Diagnostic
from toolgen.registry.toolbench import tool_from_document

BODY = {"hotels": [{"hotel_id": "h1", "name": "Ritz", "rating": 4.5,
                    "created_at": "2024-01-02T10:00:00Z"}]}


def _document(tool: str) -> dict[str, Any]:
    return {"tool_name": tool, "api_list": [{
        "name": "Search Hotels", "description": "Hotels in a city", "method": "GET",
        "body": BODY,
        "required_parameters": [
            {"name": "city", "type": "STRING", "description": "City", "default": "Paris"},
            {"name": "rooms", "type": "NUMBER", "description": "Rooms", "default": "two"},
        ],
        "optional_parameters": [
            {"name": "tags", "type": "ARRAY", "description": "Tags", "default": '["spa"]'},
        ],
    }]}


def _load(tool: str) -> tuple[Any, list[Diagnostic]]:
    result = tool_from_document(_document(tool), Path(f"Travel/{tool}.json"), "Travel", {})
    assert not isinstance(result, Diagnostic)
    return result


def test_repeated_definitions_give_equal_endpoints_of_their_own() -> None:
    (first, first_notes), (second, second_notes) = _load("Hotels"), _load("Hotels Copy")
    a, b = first.endpoints[0], second.endpoints[0]
    assert a.response_source == b.response_source == "body"
    assert a.response_schema == b.response_schema
    assert a.response_schema["properties"]["hotels"]["items"]["properties"]["created_at"] == {
        "type": "string", "format": "date-time"}
    assert a.response_schema is not b.response_schema
    hotels_a = a.response_schema["properties"]["hotels"]
    assert hotels_a is not b.response_schema["properties"]["hotels"]
    by_name_a = {p.name: p for p in a.parameters}
    by_name_b = {p.name: p for p in b.parameters}
    assert by_name_a["city"].default == by_name_b["city"].default == "Paris"
    assert by_name_a["tags"].default == by_name_b["tags"].default == ["spa"]
    assert by_name_a["tags"].default is not by_name_b["tags"].default
    assert by_name_a["rooms"].has_default is by_name_b["rooms"].has_default is False
    for name in by_name_a:
        assert by_name_a[name] == by_name_b[name]
        assert by_name_a[name].json_schema is not by_name_b[name].json_schema
    # The dropped default is noted for each file, not only the first that had it.
    assert [d.reason for d in first_notes] == [d.reason for d in second_notes]
    assert "defaults dropped" in first_notes[0].reason


def test_notes_count_every_repeat_within_a_file() -> None:
    doc = _document("Hotels")
    doc["api_list"].append({**doc["api_list"][0], "name": "Search Hotels Again"})
    result = tool_from_document(doc, Path("Travel/Hotels.json"), "Travel", {})
    assert not isinstance(result, Diagnostic)
    reasons = Counter(r for d in result[1] for r in d.reason.split("; "))
    assert any(r.startswith("altered: 2 defaults dropped") for r in reasons), reasons
