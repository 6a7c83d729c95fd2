"""The `values` realism check: numbers off their scale, inflated totals, repeated names,
place contradictions and "#123" names are flagged; their believable neighbours are not."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from toolgen.judge import JudgeContext, validate

from .factories import build, valid_dict

CTX = JudgeContext()


def _kinds(output: Any, args: dict[str, Any] | None = None) -> set[str]:
    d = valid_dict()
    for m in d["messages"]:
        if m.get("tool_call_id") == "call_1":
            m["content"] = orjson.dumps(output).decode()
        for c in m.get("tool_calls") or ():
            if c["id"] == "call_1" and args is not None:
                c["function"]["arguments"] = orjson.dumps(args).decode()
    return {f.kind for f in validate(build(d), CTX) if f.validator == "values"}


def _hotels(*items: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {"results": [{"id": f"htl_{i}", **x} for i, x in enumerate(items)], **top}


@pytest.mark.parametrize(("output", "args", "kind"), [
    (_hotels({"name": "Casa Azul", "servings": 980}), None, "implausible_number"),
    (_hotels({"name": "Casa Azul", "humidity": 647}), None, "implausible_number"),
    (_hotels({"name": "Casa Azul", "efficiency": 514.4}), None, "implausible_number"),
    (_hotels({"name": "Casa Azul"}, total=602), {"name": "Maria Lopez"}, "inflated_total"),
    (_hotels({"name": "Casa Azul"}, {"name": "Casa Azul"}), None, "repeated_name"),
    (_hotels({"name": "Casa Azul", "city": "Lisbon", "country": "Spain"}), None,
     "place_contradiction"),
    (_hotels({"name": "Casa Azul", "city": "San Francisco"}), {"country": "Australia"},
     "place_contradiction"),
    (_hotels({"name": "Casa Azul", "city": "Lisbon", "phone": "+1-415-555-0100"}), None,
     "place_contradiction"),
    (_hotels({"name": "Publisher #697"}), None, "placeholder_name"),
])
def test_defective_values_are_flagged(output: Any, args: dict[str, Any] | None,
                                      kind: str) -> None:
    assert kind in _kinds(output, args)


@pytest.mark.parametrize(("output", "args"), [
    (_hotels({"name": "Casa Azul", "servings": 4, "humidity": 81, "efficiency": 92.5,
              "change_percent": -140.0, "temperature": 31.5}), None),
    (_hotels({"name": "Casa Azul"}, {"name": "Hotel Ribeira"}, total=380),
     {"city": "Lisbon"}),
    (_hotels({"name": "Casa Azul"}, total=1), {"name": "Casa Azul"}),
    (_hotels({"name": "Casa Azul", "city": "Lisbon", "country": "Portugal",
              "phone": "+351 912 345 678", "address": "Rua das Flores 28, Lisbon, Portugal"}),
     {"country": "PT"}),
    (_hotels({"name": "Suite 12", "label": "Room 4B"}), None),
    # An NFT's name is its collection and token number (ToolBench top_nft_sales's own
    # example; on the old check seed 7 #276, seed 11 #153 #981 were rejected for it).
    (_hotels({"nft_name": "CryptoPunk #4156", "price": "$6.33M"}), None),
    (_hotels({"name": "Citizen #1542", "collection": "Neo Tokyo Citizens"}), None),
])
def test_believable_values_are_not_flagged(output: Any, args: dict[str, Any] | None) -> None:
    assert _kinds(output, args) == set()
