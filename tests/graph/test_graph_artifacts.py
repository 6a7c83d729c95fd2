"""Artifacts on disk and the `toolgen build` command."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import orjson
import pytest
import typer
from typer.testing import CliRunner

from toolgen.cli import build as build_cli
from toolgen.cli.app import COMMAND_MODULES
from toolgen.graph.artifacts import (
    MAX_NODE_OUTPUTS,
    edge_lines,
    edge_record,
    group_diagnostics,
    node_lines,
    write_artifacts,
)
from toolgen.graph.build import EndpointGraph, build_graph
from toolgen.graph.mermaid import MAX_NODES, category_diagram, inner_flow_degrees, label
from toolgen.records import Diagnostic, Endpoint, Registry, Tool
from toolgen.registry import load_registry

from .factories import STR, endpoint, obj, param

BUNDLED_TOOLS = 10
TOOLBENCH = Path(__file__).resolve().parents[2].parent / "shared/corpora/toolbench/toolenv/tools"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def _app() -> typer.Typer:
    # Only `build`: the shared app also imports modules other engineers own.
    app = typer.Typer()
    app.callback()(lambda: None)  # a group, so the command is invoked by name
    build_cli.register(app)
    return app


def _built(runner: CliRunner, out: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(_app(), ["build", *args, "-o", str(out)])
    return result.exit_code, result.output


def test_build_is_listed_in_the_cli_app() -> None:
    assert "toolgen.cli.build" in COMMAND_MODULES


def test_build_bundled_writes_every_artifact(runner: CliRunner, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOOLGEN_TOOLENV_DIR", raising=False)
    code, output = _built(runner, tmp_path)
    assert code == 0, output
    stats = orjson.loads((tmp_path / "stats.json").read_bytes())
    assert stats["tools"] == BUNDLED_TOOLS
    assert set(stats["edges"]) == {"data_flow", "same_tool", "same_category"}
    assert stats["edges"]["data_flow"] > 0
    assert isinstance(stats["diagnostics"], list)
    nodes = (tmp_path / "nodes.jsonl").read_bytes().splitlines()
    edges = [orjson.loads(line) for line in (tmp_path / "edges.jsonl").read_bytes().splitlines()]
    assert len(nodes) == stats["endpoints"]
    assert len(edges) == sum(stats["edges"].values())
    assert {"source", "target", "kind", "weight", "source_field", "target_param"} <= set(edges[0])
    registry = orjson.loads((tmp_path / "registry.json").read_bytes())
    assert len(registry["tools"]) == BUNDLED_TOOLS
    assert "```mermaid" in (tmp_path / "chains.md").read_text()
    assert len(list((tmp_path / "categories").glob("*.md"))) == 5
    assert "data_flow" in output and str(stats["endpoints"]) in output


def test_build_is_byte_identical_across_runs(runner: CliRunner, tmp_path: Path) -> None:
    _built(runner, tmp_path / "a")
    _built(runner, tmp_path / "b")
    for name in ("registry.json", "nodes.jsonl", "edges.jsonl", "stats.json", "chains.md"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_build_reads_toolenv_from_env(runner: CliRunner, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOOLGEN_TOOLENV_DIR", str(tmp_path / "missing"))
    code, output = _built(runner, tmp_path / "out")
    assert code != 0
    assert "missing" in output


def test_build_bad_path_fails_with_one_line(runner: CliRunner, tmp_path: Path) -> None:
    code, output = _built(runner, tmp_path / "out", "--toolenv", str(tmp_path / "nope"))
    assert code != 0
    assert "error:" in output and "nope" in output
    assert "Traceback" not in output
    assert not (tmp_path / "out" / "stats.json").exists()


def test_build_empty_dir_fails(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, output = _built(runner, tmp_path / "out", "--toolenv", str(tmp_path / "empty"))
    assert code != 0 and "error:" in output


def test_build_partial_corpus_succeeds_and_reports_skips(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    corpus = tmp_path / "tools" / "Misc"
    corpus.mkdir(parents=True)
    (corpus / "broken.json").write_text("{not json")
    (corpus / "empty.json").write_text("")
    (corpus / "ok.json").write_text(orjson.dumps({
        "tool_name": "ok", "api_list": [{"name": "Get Thing", "method": "GET",
                                         "required_parameters": [],
                                         "optional_parameters": []}]}).decode())
    code, output = _built(runner, tmp_path / "out", "--toolenv", str(tmp_path / "tools"))
    assert code == 0, output
    stats = orjson.loads((tmp_path / "out" / "stats.json").read_bytes())
    assert stats["tools"] == 1
    assert {Path(d["path"]).name for d in stats["diagnostics"]} >= {"broken.json", "empty.json"}
    assert "broken.json" in output


def test_write_artifacts_with_hand_built_registry(tmp_path: Path) -> None:
    eps = tuple(endpoint("t", f"Op {i}", (param("thing_id"),), obj(thing_id=STR))
                for i in range(40))
    reg = Registry(tools=(Tool(id="Cat/t", name="t", category="Cat", endpoints=eps),),
                   diagnostics=(Diagnostic(path="x.json", reason="not JSON"),))
    files = write_artifacts(reg, build_graph(reg), tmp_path)
    assert all(f.exists() for f in files)
    stats = orjson.loads((tmp_path / "stats.json").read_bytes())
    assert stats["diagnostics"] == [{"path": "x.json", "reason": "not JSON"}]
    assert {"tools", "endpoints", "edges", "diagnostics"} <= set(stats)


def test_category_diagram_is_capped(tmp_path: Path) -> None:
    eps = tuple(endpoint("t", f"Op {i}", (param("thing_id"),), obj(thing_id=STR))
                for i in range(60))
    reg = Registry(tools=(Tool(id="Cat/t", name="t", category="Cat", endpoints=eps),))
    text = category_diagram(build_graph(reg), "Cat")
    assert len(set(re.findall(r"\bn\d+\[", text))) == MAX_NODES
    assert f"Showing {MAX_NODES} of 60" in text


def test_mermaid_labels_are_escaped() -> None:
    escaped = label('a "quoted" [x] <b> | y\nz')
    assert not any(c in escaped for c in '"[]<>|\n')


def test_diagnostics_grouped_by_general_reason() -> None:
    diags = tuple(Diagnostic(path=f"f{i}.json", reason=f"altered: {i} defaults dropped")
                  for i in range(300))
    diags += (Diagnostic(path="z.json", reason="not JSON"),)
    groups = group_diagnostics(diags)
    assert [(g.reason, g.count) for g in groups] == [("altered: N defaults dropped", 300),
                                                     ("not JSON", 1)]
    assert len(groups[0].examples) == 3


def _record_lines(graph: EndpointGraph) -> bytes:
    """The oracle: `edge_record` of every raw edge, dumped one by one."""
    return b"".join(orjson.dumps(edge_record(raw), option=orjson.OPT_APPEND_NEWLINE)
                    for raw in graph.iter_raw_edges())


def test_edge_lines_are_each_edge_record_byte_for_byte() -> None:
    graph = build_graph(load_registry(None))
    assert b"".join(edge_lines(graph)) == _record_lines(graph)


def _node_record(ep: Endpoint, graph: EndpointGraph) -> dict[str, Any]:
    """One line of `nodes.jsonl` as the graph's lookups by id give it (the oracle)."""
    return {
        "id": ep.id,
        "function_name": ep.function_name,
        "tool_id": ep.tool_id,
        "tool_name": ep.tool_name,
        "category": ep.category,
        "name": ep.name,
        "method": ep.method,
        "inputs": [{"name": p.name, "required": p.required} for p in ep.parameters],
        "outputs": list(itertools.islice(graph.output_types(ep.id), MAX_NODE_OUTPUTS)),
        "out_degree": graph.out_degree(ep.id),
        "in_degree": graph.in_degree(ep.id),
    }


def test_node_lines_are_each_node_record_byte_for_byte() -> None:
    """Chunked, with degrees read from the offset columns: the same bytes as each node's
    record by id dumped line by line (the shared ToolBench slice spans several chunks)."""
    if not TOOLBENCH.is_dir():
        pytest.skip(f"shared ToolBench corpus not found at {TOOLBENCH}")
    graph = build_graph(load_registry(TOOLBENCH))
    oracle = b"".join(orjson.dumps(_node_record(ep, graph), option=orjson.OPT_APPEND_NEWLINE)
                      for ep in graph.endpoints.values())
    chunks = list(node_lines(graph))
    assert len(chunks) > 1
    assert b"".join(chunks) == oracle


def test_inner_flow_degrees_count_data_flow_inside_the_category() -> None:
    """Per node, the data-flow edges to and from endpoints of its own category, counted
    edge by edge from the models (the oracle) and not from the columns."""
    graph = build_graph(load_registry(None))
    expected = dict.fromkeys(graph.nodes, 0)
    for edge in graph.edges:
        if edge.kind == "data_flow" and (graph.categories[edge.source]
                                         == graph.categories[edge.target]):
            expected[edge.source] += 1
            expected[edge.target] += 1
    degrees = inner_flow_degrees(graph)
    assert dict(zip(graph.nodes, degrees, strict=True)) == expected
    assert any(degrees)
