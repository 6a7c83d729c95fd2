"""`toolgen analyze --toolenv`: where outputs come from and the semantic types found."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from toolgen.analysis.content import content_report

from .test_cli_analyze import _app

runner = CliRunner()


def _record(*steps: tuple[str, str]) -> dict[str, object]:
    return {"conversation_id": "r", "messages": [], "metadata": {},
            "step_trace": [{"endpoint_id": e, "status": s} for e, s in steps]}


def test_bundled_outputs_draw_on_their_example_bodies() -> None:
    # The bundled tool files carry a `body` example per endpoint, so values come from it.
    report = content_report([_record(("Commerce/orderdesk/Get_Order", "ok"),
                                     ("Commerce/orderdesk/List_Orders", "ok"),
                                     ("Commerce/orderdesk/Get_Order", "http_404"))], "bundled")
    assert report["tool_outputs"] == 2
    assert report["output_sources"]["corpus example"] == 1.0
    assert "id" in report["semantic_types"]


def test_example_files_and_missing_shapes_are_told_apart(tmp_path: Path) -> None:
    tools = tmp_path / "tools" / "Music"
    tools.mkdir(parents=True)
    (tools / "tunes.json").write_text(json.dumps({"tool_name": "Tunes", "api_list": [
        {"name": "Get Track", "method": "GET", "url": "https://x/track",
         "required_parameters": [], "optional_parameters": [],
         "test_endpoint": {"track_title": "Blue in Green", "plays": 42000}},
        {"name": "Calculate Tempo", "method": "GET", "url": "https://x/tempo",
         "required_parameters": [], "optional_parameters": [], "test_endpoint": ""},
    ]}))
    report = content_report([_record(("Music/tunes/Get_Track", "ok"),
                                     ("Music/tunes/Calculate_Tempo", "ok"))],
                            str(tmp_path / "tools"))
    assert report["output_sources"]["corpus example"] == pytest.approx(0.5)
    assert report["output_sources"]["inferred shape"] == pytest.approx(0.5)


def test_cli_prints_the_content_table(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    path.write_bytes(orjson.dumps(_record(("Commerce/orderdesk/Get_Order", "ok"))) + b"\n")
    result = runner.invoke(_app(), ["analyze", str(path), "--toolenv", "bundled"])
    assert result.exit_code == 0, result.output
    assert "outputs from corpus example" in result.output
    summary = orjson.loads((tmp_path / "run.summary.json").read_bytes())
    assert summary["content"]["tool_outputs"] == 1
    missing = runner.invoke(_app(), ["analyze", str(path), "--toolenv", str(tmp_path / "no")])
    assert missing.exit_code != 0 and "--toolenv: not found" in missing.output

