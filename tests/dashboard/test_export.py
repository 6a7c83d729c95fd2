"""The dashboard bundle: layout, lazily loadable chunks, overview figures, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from toolgen.export.dashboard import ArtifactError, DatasetError, export_dashboard
from toolgen.export.dashboard_index import score_bucket
from toolgen.records import Record

from .fixtures import XSS_PAYLOAD, make_records, write_dataset


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def bundle(tmp_path: Path, dataset: Path, artifacts_dir: Path) -> Path:
    out = tmp_path / "data"
    result = export_dashboard(dataset, out, artifacts_dir, chunk_size=25)
    assert (result.conversations, result.chunks, result.graph) == (60, 3, True)
    return out


def test_manifest_names_index_chunks_and_graph(bundle: Path) -> None:
    manifest = _load(bundle / "bundle.json")
    assert manifest["format"] == "toolgen-dashboard"
    assert manifest["count"] == 60
    assert manifest["chunks"] == ["chunks/000.json", "chunks/001.json", "chunks/002.json"]
    assert [len(_load(bundle / c)) for c in manifest["chunks"]] == [25, 25, 10]
    assert (bundle / manifest["graph"]).is_file()


def test_index_rows_point_at_their_full_record(bundle: Path, records: list[Record]) -> None:
    index = _load(bundle / "index.json")
    assert [row["id"] for row in index] == [r.conversation_id for r in records]
    for row in index:
        chunk = _load(bundle / "chunks" / f"{row['chunk']:03d}.json")
        full = Record.model_validate(chunk[row["offset"]])
        assert full == records[row["n"]]


def test_index_row_summarises_calls_findings_and_payload(bundle: Path) -> None:
    index = _load(bundle / "index.json")
    parallel = next(row for row in index if "parallel" in row["patterns"])
    assert parallel["parallel"] is True and parallel["tools"] == ["get_forecast"]
    assert index[3]["statuses"] == ["http_404", "ok"]
    assert index[3]["findings"] == ["grounding:value_not_in_source"]
    # The export keeps the payload verbatim: escaping is the renderer's job, not ours.
    assert index[1]["tool_names"] == [XSS_PAYLOAD]
    assert index[1]["tools"] == [XSS_PAYLOAD]


def test_overview_counts_match_the_records(bundle: Path, records: list[Record]) -> None:
    overview = _load(bundle / "bundle.json")["overview"]
    patterns = {b["label"]: b["count"] for b in overview["patterns"]}
    assert patterns == {
        p: sum(p in r.metadata.patterns for r in records)
        for p in {p for r in records for p in r.metadata.patterns}
    }
    overall = {b["label"]: b["count"] for b in overview["scores"]["overall"]}
    assert sum(overall.values()) == 60
    assert overall["5"] == sum(score_bucket(r.judge_scores.overall) == 5 for r in records)
    findings = {b["label"]: b["count"] for b in overview["findings"]}
    assert findings["format:unknown_tool"] == sum(i % 11 == 5 for i in range(60))
    tools = {b["label"]: b for b in overview["tools"]}
    assert tools["get_forecast"]["count"] == 2 * sum(
        "parallel" in r.metadata.patterns for r in records
    )
    assert tools["get_forecast"]["filter"] == {"kind": "tool", "value": "get_forecast"}


def test_coverage_counts_traversed_edges_by_kind(bundle: Path) -> None:
    coverage = _load(bundle / "bundle.json")["overview"]["coverage"]
    assert (coverage["nodes_used"], coverage["nodes_total"]) == (8, 9)
    assert (coverage["edges_covered"], coverage["edges_total"]) == (4, 7)
    by_kind = {k["kind"]: (k["covered"], k["total"]) for k in coverage["by_kind"]}
    assert by_kind == {"data_flow": (3, 3), "same_tool": (1, 3), "same_category": (0, 1)}


def test_graph_keeps_only_touched_nodes(bundle: Path) -> None:
    graph = _load(bundle / "graph.json")
    ids = {n["id"] for n in graph["nodes"]}
    assert "Finance/fx/list_currencies" not in ids
    assert "parameters" not in graph["nodes"][0]
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])


def test_score_bucket_rounds_half_up() -> None:
    assert [score_bucket(s) for s in (1.0, 1.49, 1.5, 2.5, 4.5, 5.0)] == [1, 1, 2, 3, 5, 5]


def test_export_is_deterministic(tmp_path: Path, dataset: Path, artifacts_dir: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    export_dashboard(dataset, a, artifacts_dir)
    export_dashboard(dataset, b, artifacts_dir)
    for name in ("bundle.json", "index.json", "graph.json", "chunks/000.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes()


def test_smaller_reexport_removes_stale_chunks(tmp_path: Path, bundle: Path) -> None:
    keep = bundle / "chunks" / "notes.json"
    keep.write_text("{}")
    small = write_dataset(tmp_path / "small.jsonl", make_records(5))
    export_dashboard(small, bundle, chunk_size=25)
    assert sorted(p.name for p in (bundle / "chunks").iterdir()) == ["000.json", "notes.json"]
    assert not (bundle / "graph.json").exists()
    manifest = _load(bundle / "bundle.json")
    assert manifest["graph"] is None
    assert manifest["overview"]["coverage"] == {"available": False}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "contains no records"),
        ("{not json\n", ":1: not JSON"),
        ('{"conversation_id": "x"}\n', ":1: not a record"),
    ],
)
def test_bad_datasets_name_the_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(DatasetError, match=message):
        export_dashboard(path, tmp_path / "out")


def test_second_bad_line_is_skipped_and_reported_by_number(
    tmp_path: Path, records: list[Record]
) -> None:
    path = write_dataset(tmp_path / "d.jsonl", records[:1])
    with path.open("a") as fh:
        fh.write('{"oops": 1}\n')
    result = export_dashboard(path, tmp_path / "out")
    assert result.conversations == 1 and result.skipped == 1
    assert "d.jsonl:2: not a record" in result.first_skipped


def test_missing_inputs_are_errors(tmp_path: Path, dataset: Path) -> None:
    with pytest.raises(DatasetError, match="no such dataset"):
        export_dashboard(tmp_path / "nope.jsonl", tmp_path / "out")
    with pytest.raises(ArtifactError, match="no such artifacts"):
        export_dashboard(dataset, tmp_path / "out", tmp_path / "missing")
    (tmp_path / "empty-artifacts").mkdir()
    with pytest.raises(ArtifactError, match=r"nodes\.jsonl"):
        export_dashboard(dataset, tmp_path / "out", tmp_path / "empty-artifacts")
