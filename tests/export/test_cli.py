"""Bad input exits with one line; tabular exports load; ids carry a corpus fingerprint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from toolgen.cli.app import app

from .corpora import read
from .helpers import export


@pytest.mark.parametrize("args, names", [
    (["--format", "csv"], "--format"),
    (["--mistakes", "hide"], "--mistakes"),
    (["--split", "train=0.9"], "--split"),
    (["--split", "train=x,val=0.1"], "--split"),
    (["--format", "bfcl", "--split", "train=0.5,val=0.5"], "--split"),
])
def test_bad_options_fail_with_one_line(
    record_files: dict[str, Path], args: list[str], names: str
) -> None:
    result = CliRunner().invoke(app, ["export", str(record_files["toolbench"]), *args])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code != 0 and len(lines) == 1 and names in lines[0], result.output


def test_missing_and_empty_inputs_fail_with_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("not json\n")
    for path in (tmp_path / "nope.jsonl", empty):
        result = CliRunner().invoke(app, ["export", str(path)])
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert result.exit_code != 0 and len(lines) == 1 and str(path) in lines[0]


def test_parquet_and_dataset_folder_load_with_a_card(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    datasets = pytest.importorskip("datasets", reason="the `hf` extra is not installed")
    pq = pytest.importorskip("pyarrow.parquet", reason="the `hf` extra is not installed")
    n = len(read(record_files["toolbench"]))
    export(str(record_files["toolbench"]), "--format", "parquet", "-o", str(tmp_path / "d.parquet"))
    assert pq.read_table(tmp_path / "d.parquet").num_rows == n
    from_parquet = datasets.load_dataset("parquet", data_files=str(tmp_path / "d.parquet"),
                                         split="train")
    _assert_chat_ready(from_parquet)
    folder = tmp_path / "ds"
    export(str(record_files["toolbench"]), "--format", "hf-dataset", "--split",
           "train=0.8,val=0.2", "-o", str(folder))
    loaded = datasets.load_from_disk(str(folder))
    assert set(loaded) == {"train", "val"}
    assert loaded["train"].num_rows + loaded["val"].num_rows == n
    _assert_chat_ready(loaded["train"])
    card = (folder / "README.md").read_text()
    for needle in ("## Fields", "## Counts", "## Pattern mix", "licence", "--seed 7",
                   "mean overall", f"| train | {loaded['train'].num_rows} |",
                   "they are dropped"):
        assert needle in card, needle
    # Issue 17: run-level settings come from the run manifest beside the records.
    assert "robustness shares asked: none" not in card and "error_recovery" in card


def _assert_chat_ready(ds: Any) -> None:
    """Messages come back as they were exported: own keys only, arguments as objects."""
    calls = 0
    for row in ds:
        for m in row["messages"]:
            assert isinstance(m, dict) and None not in m.values()
            for call in m.get("tool_calls", []):
                assert isinstance(call["function"]["arguments"], dict)
                calls += 1
        assert all(t["type"] == "function" for t in row["tools"])
    assert calls > 0


def test_ids_differ_across_corpora_with_the_same_seed(record_files: dict[str, Path]) -> None:
    ids_tb = {r.conversation_id for r in read(record_files["toolbench"])}
    ids_bfcl = {r.conversation_id for r in read(record_files["bfcl"])}
    assert not ids_tb & ids_bfcl
    assert all(i.startswith("tg-") and len(i.split("-")) == 4 for i in ids_tb | ids_bfcl)
