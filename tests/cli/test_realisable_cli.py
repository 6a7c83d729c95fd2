"""`toolgen build` and `analyze-tools` report the endpoints set aside as not realisable
offline, per reason; `generate` leaves them out unless `--all-endpoints`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
from typer.testing import CliRunner

from toolgen.cli.app import _register_all, app
from toolgen.io.jsonl import full_dict

runner = CliRunner()
_register_all()


def _api(name: str, params: list[str], description: str, method: str = "GET") -> dict[str, Any]:
    return {"name": name, "url": "", "description": description, "method": method,
            "required_parameters": [{"name": p, "type": "STRING", "description": "",
                                     "default": ""} for p in params],
            "optional_parameters": []}


def _corpus(tmp_path: Path) -> Path:
    """Two weather reads a user can ask for, and two endpoints nobody can believe called:
    a classifier given nothing to classify and a create of nothing in particular."""
    folder = tmp_path / "tools" / "Weather"
    folder.mkdir(parents=True)
    tool = {"tool_name": "Sky", "tool_description": "Weather data.", "api_list": [
        _api("Get Weather", ["city"], "Current weather in a city."),
        _api("Get Forecast", ["city"], "Five-day forecast for a city."),
        _api("Ticket Classification", [], "Support ticket classification.", "POST"),
        _api("Create Order", [], "", "POST")]}
    (folder / "sky.json").write_text(json.dumps(tool))
    return tmp_path / "tools"


def test_build_reports_what_it_sets_aside_and_why(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    result = runner.invoke(app, ["build", "--toolenv", str(corpus), "-o",
                                 str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "set aside by reason (2 of 4 endpoints" in result.output
    assert "no_input_transform" in result.output and "no_input_write" in result.output
    stats = orjson.loads((tmp_path / "out" / "stats.json").read_bytes())
    assert stats["set_aside"]["by_reason"] == {"no_input_transform": 1, "no_input_write": 1}
    assert sorted(stats["set_aside"]["ids"]) == ["Weather/sky/Create_Order",
                                                 "Weather/sky/Ticket_Classification"]


def test_analyze_tools_counts_them_per_reason(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze-tools", str(_corpus(tmp_path))])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("set aside: not realisable" in line and line.rstrip("│ ").endswith("2")
               for line in lines), result.output
    assert any("no_input_write" in line and line.rstrip("│ ").endswith("1") for line in lines)


def _called(path: Path) -> set[str]:
    records = [full_dict(orjson.loads(line)) for line in path.read_bytes().splitlines()]
    return {s["endpoint_id"].rsplit("/", 1)[-1] for r in records for s in r["step_trace"]}


def test_generate_leaves_them_out_unless_asked_to_keep_them(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    common = ["generate", "-n", "30", "--seed", "3", "--offline", "--toolenv", str(corpus),
              "--robustness", "none", "--no-resume"]
    out = tmp_path / "kept.jsonl"
    result = runner.invoke(app, [*common, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _called(out) <= {"Get_Weather", "Get_Forecast"}
    every = tmp_path / "every.jsonl"
    result = runner.invoke(app, [*common, "--all-endpoints", "-o", str(every)])
    assert result.exit_code == 0, result.output
    assert _called(every) & {"Ticket_Classification", "Create_Order"}
