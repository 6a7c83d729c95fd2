"""`--format openai` lines pass a checker of OpenAI's documented fine-tuning rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .corpora import read
from .helpers import export, rows
from .openai_rules import check_line


@pytest.mark.parametrize("corpus", ["toolbench", "bfcl"])
@pytest.mark.parametrize("mistakes", ["mask", "drop", "keep"])
def test_every_openai_line_passes_the_documented_rules(
    record_files: dict[str, Path], tmp_path: Path, corpus: str, mistakes: str
) -> None:
    out = tmp_path / "ft.jsonl"
    export(str(record_files[corpus]), "--format", "openai", "--mistakes", mistakes, "-o", str(out))
    lines = rows(out)
    assert len(lines) == len(read(record_files[corpus])) > 0
    problems = [(i, e) for i, line in enumerate(lines) for e in check_line(line)]
    assert problems == []


def test_mask_keeps_failed_attempts_at_weight_zero_and_parallel_is_declared(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "ft.jsonl"
    export(str(record_files["toolbench"]), "--format", "openai", "-o", str(out))
    lines = rows(out)
    weights = [m["weight"] for line in lines for m in line["messages"] if "weight" in m]
    assert weights and set(weights) == {0}
    assert all(m["role"] == "assistant" for line in lines for m in line["messages"]
               if "weight" in m)
    parallel = [line for line in lines
                if any(len(m.get("tool_calls", [])) > 1 for m in line["messages"])]
    assert parallel and all(line["parallel_tool_calls"] is True for line in parallel)


def test_the_checker_rejects_a_raw_record(record_files: dict[str, Path]) -> None:
    raw = json.loads(record_files["toolbench"].read_text(encoding="utf-8").splitlines()[0])
    errors = check_line(raw)
    assert any("conversation_id" in e for e in errors)
    assert any("is null" in e for e in errors)
    assert any("not allowed on a tool message" in e for e in errors)
