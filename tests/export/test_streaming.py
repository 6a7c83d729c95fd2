"""`export_file` streams the line formats and writes byte-for-byte what the in-memory
`run_export` over all the loaded records writes, with and without grouped splits."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolgen.export.run import ExportOptions, Format, export_file, load_records, run_export
from toolgen.export.splits import SplitSpec

SPLIT = SplitSpec.parse("train=0.7,val=0.3")


@pytest.fixture(scope="module")
def source(record_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    # A torn line in the middle: both paths skip it and report it.
    lines = record_files["toolbench"].read_bytes().splitlines(keepends=True)
    path = tmp_path_factory.mktemp("src") / "run.jsonl"
    path.write_bytes(b"".join(lines[:5]) + b'{"conversation_id": "torn\n' + b"".join(lines[5:]))
    return path


@pytest.mark.parametrize("fmt", ["openai", "hf", "sharegpt", "hermes"])
@pytest.mark.parametrize("split", [None, SPLIT], ids=["all", "split"])
def test_streamed_equals_in_memory(source: Path, tmp_path: Path, fmt: Format,
                                   split: SplitSpec | None) -> None:
    opts = ExportOptions(fmt=fmt, split=split, split_by="tool" if fmt == "hf" else "chain")
    records, errors = load_records(source)
    old = run_export(records, tmp_path / "old" / "out.jsonl", opts)
    new, new_errors = export_file(source, tmp_path / "new" / "out.jsonl", opts)
    assert [e.line for e in new_errors] == [e.line for e in errors] == [6]
    assert new.counts == old.counts
    assert new.records == len(records) == 40
    assert [p.name for p in new.outputs] == [p.name for p in old.outputs]
    for o, n in zip(old.outputs, new.outputs, strict=True):
        assert n.read_bytes() == o.read_bytes(), n.name
    if split is not None:
        assert set(new.counts) == {"train", "val"} and min(new.counts.values()) > 0


def test_no_valid_records_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"nope\n[1]\n")
    result, errors = export_file(path, tmp_path / "out.jsonl", ExportOptions(fmt="openai"))
    assert result.records == 0 and [e.line for e in errors] == [1, 2]
    assert not (tmp_path / "out.jsonl").exists()
