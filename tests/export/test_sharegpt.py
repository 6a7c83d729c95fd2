"""`--format sharegpt` rows load in `datasets` and follow LLaMA-Factory's sharegpt rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import export, rows

datasets = pytest.importorskip("datasets", reason="the `hf` extra is not installed")


@pytest.mark.parametrize("corpus", ["toolbench", "bfcl"])
def test_sharegpt_rows_load_and_alternate_as_llama_factory_requires(
    record_files: dict[str, Path], tmp_path: Path, corpus: str
) -> None:
    out = tmp_path / "sg.jsonl"
    export(str(record_files[corpus]), "--format", "sharegpt", "-o", str(out))
    loaded = datasets.load_dataset("json", data_files=str(out), split="train")
    assert set(loaded.column_names) == {"conversations", "system", "tools"}
    info = json.loads((tmp_path / "sg.dataset_info.json").read_text())
    assert info["sg"]["columns"]["tools"] == "tools"
    for row in rows(out):
        turns = row["conversations"]
        assert turns and len(turns) % 2 == 0
        for i, turn in enumerate(turns):
            allowed = ("human", "observation") if i % 2 == 0 else ("gpt", "function_call")
            assert turn["from"] in allowed, (i, turn)
            if turn["from"] == "function_call":
                calls = json.loads(turn["value"])
                for call in calls if isinstance(calls, list) else [calls]:
                    assert set(call) == {"name", "arguments"}
                    assert isinstance(call["arguments"], dict)
        assert isinstance(json.loads(row["tools"]), list)
    assert any(t["from"] == "observation" for r in rows(out) for t in r["conversations"])


def test_hermes_rows_carry_tags_and_the_tool_list(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "hermes.jsonl"
    export(str(record_files["toolbench"]), "--format", "hermes", "-o", str(out))
    for row in rows(out):
        turns = row["conversations"]
        assert turns[0]["from"] == "system" and "<tools>" in turns[0]["value"]
        for turn in turns:
            if turn["from"] == "tool":
                assert turn["value"].startswith("<tool_response>\n")
            if turn["from"] == "gpt" and "<tool_call>" in turn["value"]:
                body = turn["value"].split("<tool_call>\n")[1].split("\n</tool_call>")[0]
                assert isinstance(json.loads(body)["arguments"], dict)
