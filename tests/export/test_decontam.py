"""The decontamination report flags a benchmark query and BFCL tool names, and is saved."""

from __future__ import annotations

import json
from pathlib import Path

from toolgen.export.decontam import decontaminate, load_benchmarks

from .corpora import CORPORA, read
from .helpers import export


def test_a_planted_benchmark_query_is_flagged(record_files: dict[str, Path]) -> None:
    bench = load_benchmarks(CORPORA)
    assert {"BFCL", "ToolBench", "StableToolBench"} <= set(bench.queries)
    records = read(record_files["toolbench"])
    query = bench.queries["BFCL"][3]
    first = next(i for i, m in enumerate(records[0].messages) if m.role == "user")
    messages = list(records[0].messages)
    messages[first] = messages[first].model_copy(update={"content": f"Hi! {query} Thanks."})
    planted = records[0].model_copy(update={"messages": tuple(messages)})
    report = decontaminate([planted, *records[1:]], bench)
    flagged = {f["conversation_id"] for f in report.flagged["BFCL"]}
    assert planted.conversation_id in flagged
    assert len(flagged) < len(records)


def test_report_is_printed_and_saved_beside_the_export(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "ft.jsonl"
    printed = export(str(record_files["bfcl"]), "--format", "openai", "--benchmarks",
                     str(CORPORA), "-o", str(out))
    assert "decontamination" in printed and "BFCL tool names" in printed
    saved = json.loads((tmp_path / "ft.decontam.json").read_text())
    # Records generated from BFCL's own function docs must show up as overlapping.
    assert saved["bfcl_tool_name_overlap"]["count"] > 0
    assert set(saved["benchmark_queries"]) >= {"BFCL", "ToolBench"}
