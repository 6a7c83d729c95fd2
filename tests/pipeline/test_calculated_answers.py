"""Generated records of calculators, as a reviewer reads them: the tool output holds the
figure computed from the call's arguments and the final answer states it with its unit.
A return on equity is net income over equity (881 / 369 -> 238.75 %), a proton's diameter
1.68e-13 cm; the expected figures are recomputed here by hand from each call's arguments."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import orjson

from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

_FUNCTIONS = [
    {"name": "calculate_return_on_equity", "description": "Calculate a company's return on "
     "equity based on its net income, shareholder's equity, and dividends paid.",
     "parameters": {"type": "dict", "properties": {
         "net_income": {"type": "integer", "description": "The company's net income."},
         "shareholder_equity": {"type": "integer",
                                "description": "The company's total shareholder's equity."}},
         "required": ["net_income", "shareholder_equity"]}},
    {"name": "science_facts.get_diameter", "description": "Fetch the diameter of an atomic "
     "particle", "parameters": {"type": "dict", "properties": {
         "particle": {"type": "string", "description": "The atomic particle.",
                      "enum": ["Proton", "Neutron", "Electron"]},
         "unit": {"type": "string", "description": "Unit for the diameter.",
                  "enum": ["cm", "m"]}},
         "required": ["particle", "unit"]}},
]
# metres, twice the particles' radii (proton charge radius, classical electron radius)
_DIAMETER_M = {"proton": 2 * 0.8414e-15, "neutron": 2 * 0.8e-15,
               "electron": 2 * 2.8179403262e-15}


def _corpus(root: Path) -> Path:
    lines = [{"id": f"simple_{i}", "question": [], "function": [f]}
             for i, f in enumerate(_FUNCTIONS)]
    path = root / "bfcl" / "BFCL_v4_simple_python.json"
    path.parent.mkdir()
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    return path.parent


def _calls(record: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any]]:
    outputs = {m.get("tool_call_id"): m["content"] for m in record["messages"]
               if m["role"] == "tool"}
    return [(tc["function"]["name"], json.loads(tc["function"]["arguments"]),
             json.loads(outputs[tc["id"]])) for m in record["messages"]
            for tc in m.get("tool_calls") or [] if tc["id"] in outputs]


def _answer(record: dict[str, Any]) -> str:
    texts = [m["content"] for m in record["messages"]
             if m["role"] == "assistant" and m.get("content")]
    return " ".join(texts)


def test_calculator_records_hold_and_state_the_computed_figure(tmp_path: Path) -> None:
    config = RunConfig(n=16, seed=7, toolenv=str(_corpus(tmp_path)))
    out = tmp_path / "calc.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    seen = {"roe": 0, "diameter": 0}
    for line in out.read_bytes().splitlines():
        record = orjson.loads(line)
        for name, args, output in _calls(record):
            if "error" in output:
                continue
            if name.startswith("calculate_return_on_equity"):
                roe = args["net_income"] / args["shareholder_equity"] * 100
                assert math.isclose(output["return_on_equity_percent"], roe, abs_tol=0.01)
                assert f"{output['return_on_equity_percent']}%" in _answer(record)
                seen["roe"] += 1
            elif name.startswith("science_facts"):
                metres = _DIAMETER_M[args["particle"].lower()]
                want = metres * (100 if args["unit"] == "cm" else 1)
                value = output[f"diameter_{args['unit']}"]
                assert math.isclose(value, want, rel_tol=0.001)
                assert f"{value} {args['unit']}" in _answer(record)
                assert not [k for k in output if k.endswith("_id") or k == "url"]
                seen["diameter"] += 1
    assert seen["roe"] >= 2 and seen["diameter"] >= 2, seen
