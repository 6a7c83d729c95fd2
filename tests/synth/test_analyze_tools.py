"""analyze-tools: tool-set metrics on hand-checkable inputs, and the side-by-side CLI table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolgen.analysis.tools import has_nested, mattr, tool_metrics
from toolgen.cli.app import _register_all, app
from toolgen.graph.build import build_graph
from toolgen.registry import load_registry

FIXTURES = Path(__file__).parents[1] / "registry" / "fixtures"
runner = CliRunner()
_register_all()


def test_mattr_by_hand() -> None:
    assert mattr(["a", "b", "a", "c"], window=50) == 0.75  # shorter than the window: plain TTR
    # windows of 2 over a a b b: {a}, {a,b}, {b} -> (1 + 2 + 1) / 3 / 2
    assert mattr(["a", "a", "b", "b"], window=2) == 4 / 3 / 2


def test_has_nested() -> None:
    flat = {"type": "object", "properties": {"a": {"type": "string"}}}
    nested = {"type": "object", "properties": {"a": {"type": "array", "items": {
        "type": "object", "properties": {"x": {"type": "string"}}}}}}
    assert not has_nested(flat) and has_nested(nested)


def _tool(name: str, api_names: list[str]) -> dict[str, object]:
    return {"tool_name": name, "tool_description": "", "api_list": [
        {"name": n, "url": "", "description": f"{n} endpoint", "method": "GET",
         "required_parameters": [{"name": "city", "type": "STRING", "description": "",
                                  "default": ""}],
         "optional_parameters": [{"name": "units", "type": "ENUM", "default": "metric",
                                  "description": "One of: `metric`, `imperial`."}]}
        for n in api_names]}


def test_counts_on_a_tiny_corpus(tmp_path: Path) -> None:
    folder = tmp_path / "tools" / "Weather"
    folder.mkdir(parents=True)
    (folder / "a.json").write_text(json.dumps(_tool("A", ["Get Weather", "Get Forecast"])))
    (folder / "b.json").write_text(json.dumps(_tool("B", ["Weather Get"])))
    registry = load_registry(tmp_path)
    m = tool_metrics(registry, build_graph(registry))
    assert (m.tools, m.endpoints) == (2, 3)
    assert m.params_per_endpoint == 2.0
    assert m.required_share == 0.5 and m.enum_share == 0.5 and m.default_share == 0.5
    # 'Get Weather' and 'Weather Get' share name words and parameters: one pair.
    assert m.near_duplicate_pairs == 1


def test_cli_prints_one_column_per_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    from toolgen.cli.console import out

    # The shared console read COLUMNS when first imported (maybe by an earlier test).
    monkeypatch.setattr(out, "width", 200)
    result = runner.invoke(app, ["analyze-tools", str(FIXTURES / "petstore.yaml"),
                                 str(FIXTURES / "tracker-swagger2.json")],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "petstore.yaml" in result.output and "tracker-swagger2.json" in result.output
    row = next(line for line in result.output.splitlines() if "endpoints " in line
               and "nested" not in line and "isolated" not in line)
    assert "8" in row and "14" in row
    missing = runner.invoke(app, ["analyze-tools", "/nonexistent/corpus"])
    assert missing.exit_code == 2 and "no such file" in missing.output
