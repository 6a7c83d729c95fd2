"""`export_file` streams every format and writes what the in-memory export over all the
loaded records wrote (`old_export.run_export`, the code before it streamed): byte for
byte for the JSONL, BFCL and card files, the same Arrow tables and schema for parquet and
`datasets` folders, with and without grouped splits and the decontamination report."""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from toolgen.export.bfcl import bfcl_tasks
from toolgen.export.run import ExportOptions, Format, export_file
from toolgen.export.splits import SplitKey, SplitSpec, assign_split_keys
from toolgen.records import Record

from . import old_export
from .corpora import CORPORA

SPLIT = SplitSpec.parse("train=0.7,val=0.3")


@pytest.fixture(scope="module")
def source(record_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    # A torn line in the middle: both paths skip it and report it.
    lines = record_files["toolbench"].read_bytes().splitlines(keepends=True)
    path = tmp_path_factory.mktemp("src") / "run.jsonl"
    path.write_bytes(b"".join(lines[:5]) + b'{"conversation_id": "torn\n' + b"".join(lines[5:]))
    return path


def _both(source: Path, tmp_path: Path, opts: ExportOptions, name: str
          ) -> tuple[old_export.ExportResult, old_export.ExportResult]:
    records, errors = old_export.load_records(source)
    old = old_export.run_export(records, tmp_path / "old" / name, opts)
    new, new_errors = export_file(source, tmp_path / "new" / name, opts)
    assert [e.line for e in new_errors] == [e.line for e in errors] == [6]
    assert new.counts == old.counts
    assert new.skipped == old.skipped
    assert new.records == old.records == len(records) == 40
    assert [p.name for p in new.outputs] == [p.name for p in old.outputs]
    return old, new


def _same_files(old: Path, new: Path, skip: tuple[str, ...] = ()) -> None:
    names = sorted(p.relative_to(old).as_posix() for p in old.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(new).as_posix() for p in new.rglob("*") if p.is_file())
    for name in names:
        if not name.endswith(skip):
            assert (new / name).read_bytes() == (old / name).read_bytes(), name


@pytest.mark.parametrize("fmt", ["openai", "hf", "sharegpt", "hermes"])
@pytest.mark.parametrize("split", [None, SPLIT], ids=["all", "split"])
def test_line_formats_equal_the_in_memory_export(source: Path, tmp_path: Path, fmt: Format,
                                                 split: SplitSpec | None) -> None:
    opts = ExportOptions(fmt=fmt, split=split, split_by="tool" if fmt == "hf" else "chain")
    _, new = _both(source, tmp_path, opts, "out.jsonl")
    _same_files(tmp_path / "old", tmp_path / "new")
    if split is not None:
        assert set(new.counts) == {"train", "val"} and min(new.counts.values()) > 0


def test_bfcl_equals_the_in_memory_export(source: Path, tmp_path: Path) -> None:
    _, new = _both(source, tmp_path, ExportOptions(fmt="bfcl"), "bfcl")
    _same_files(tmp_path / "old", tmp_path / "new")
    assert new.counts["irrelevance"] > 0 and sum(new.counts.values()) > 5
    assert json.loads((tmp_path / "new" / "bfcl" / "toolgen_sources.json").read_text())


@pytest.mark.parametrize("split", [None, SPLIT], ids=["all", "split"])
def test_parquet_equals_the_in_memory_export(source: Path, tmp_path: Path,
                                             split: SplitSpec | None) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the `hf` extra is not installed")
    old, new = _both(source, tmp_path, ExportOptions(fmt="parquet", split=split), "d.parquet")
    for o, n in zip(old.outputs, new.outputs, strict=True):
        if n.suffix == ".parquet":
            a, b = pq.read_table(o), pq.read_table(n)
            assert b.equals(a) and b.num_rows > 0
            assert b.schema.metadata[b"huggingface"] == a.schema.metadata[b"huggingface"]
        else:
            assert n.read_bytes() == o.read_bytes(), n.name


def test_parquet_is_written_in_row_groups(source: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the `hf` extra is not installed")
    monkeypatch.setattr("toolgen.export.tabular.BATCH", 7)
    result, _ = export_file(source, tmp_path / "d.parquet", ExportOptions(fmt="parquet"))
    meta = pq.ParquetFile(tmp_path / "d.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [7] * 5 + [5]
    assert result.counts == {"train": 40}


@pytest.mark.parametrize("split", [None, SPLIT], ids=["all", "split"])
def test_dataset_folder_equals_the_in_memory_export(source: Path, tmp_path: Path,
                                                    split: SplitSpec | None) -> None:
    datasets = pytest.importorskip("datasets", reason="the `hf` extra is not installed")
    _both(source, tmp_path, ExportOptions(fmt="hf-dataset", split=split,
                                          benchmarks=CORPORA), "ds")
    _same_files(tmp_path / "old", tmp_path / "new", skip=("state.json",))
    old = datasets.load_from_disk(str(tmp_path / "old" / "ds"))
    new = datasets.load_from_disk(str(tmp_path / "new" / "ds"))
    assert list(new) == list(old) == (["train"] if split is None else ["train", "val"])
    for name in old:
        assert new[name].features == old[name].features
        assert new[name].data.table.equals(old[name].data.table)
        assert new[name][0]["messages"] == old[name][0]["messages"]


def test_decontamination_report_equals_the_in_memory_one(source: Path, tmp_path: Path) -> None:
    opts = ExportOptions(fmt="sharegpt", split=SPLIT, benchmarks=CORPORA, ngram=3)
    old, new = _both(source, tmp_path, opts, "sg.jsonl")
    _same_files(tmp_path / "old", tmp_path / "new")
    assert new.decontam is not None and old.decontam is not None
    assert new.decontam.lines() == old.decontam.lines()
    # 3-grams: ordinary phrasing shared with benchmark queries, so examples are capped.
    assert max(new.decontam.flagged_count.values()) > 0


def test_no_valid_records_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"nope\n[1]\n")
    result, errors = export_file(path, tmp_path / "out.jsonl", ExportOptions(fmt="openai"))
    assert result.records == 0 and [e.line for e in errors] == [1, 2]
    assert not (tmp_path / "out.jsonl").exists()


def test_split_plan_equals_the_union_find_over_records() -> None:
    rng = random.Random(5)
    keys = [SplitKey(f"c{rng.randrange(10**6)}",
                     (f"chain{rng.randrange(300)}", *{f"tool:{rng.randrange(900)}"
                                                      for _ in range(rng.randrange(3))}))
            for _ in range(2000)]
    spec = SplitSpec.parse("train=0.8,val=0.1,test=0.1")
    for seed in (0, 9):
        for part in (keys, [SplitKey(k.conversation_id, k.keys[:1]) for k in keys]):
            assert assign_split_keys(part, spec, seed) == old_export.assign_split_keys(
                part, spec, seed)


def test_bfcl_reads_at_most_a_window_ahead(source: Path) -> None:
    records = old_export.load_records(source)[0]
    consumed = 0

    def stream() -> Iterator[Record]:
        nonlocal consumed
        for r in records:
            consumed += 1
            yield r

    position = {r.conversation_id: i for i, r in enumerate(records)}
    lags = []
    for task in bfcl_tasks(stream(), 7, Counter(), window=3):
        lags.append(consumed - position[task.conversation_id])
    assert lags and max(lags) <= 4
    # The whole file as the window: every other record is a candidate, as before.
    wide = list(bfcl_tasks(iter(records), 7, Counter(), window=len(records)))
    assert wide == old_export.bfcl_export(records, 7).tasks
