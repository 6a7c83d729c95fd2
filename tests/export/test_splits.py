"""`--split` puts whole chains (or tools) in one split, deterministically per seed."""

from __future__ import annotations

from pathlib import Path

from toolgen.export.splits import SplitSpec, assign_splits, chain_key

from .corpora import read
from .helpers import export, rows


def test_splits_share_no_chain_and_are_deterministic(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    records = read(record_files["toolbench"]) + read(record_files["bfcl"])
    spec = SplitSpec.parse("train=0.8,val=0.2")
    names = assign_splits(records, spec, seed=3)
    assert names == assign_splits(records, spec, seed=3)
    chains: dict[str, set[str]] = {}
    for record, name in zip(records, names, strict=True):
        chains.setdefault(chain_key(record), set()).add(name)
    assert all(len(s) == 1 for s in chains.values())
    assert 0.6 <= names.count("train") / len(names) <= 0.95


def test_split_by_tool_keeps_each_tool_in_one_split(record_files: dict[str, Path]) -> None:
    records = read(record_files["bfcl"])
    names = assign_splits(records, SplitSpec.parse("train=0.5,test=0.5"), seed=1, by="tool")
    tools: dict[str, set[str]] = {}
    for record, name in zip(records, names, strict=True):
        for tool in record.metadata.tools:
            tools.setdefault(tool, set()).add(name)
    assert all(len(s) == 1 for s in tools.values())


def test_cli_split_writes_one_file_per_split_without_shared_chains(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "ft.jsonl"
    export(str(record_files["toolbench"]), "--format", "hf", "--split", "train=0.9,val=0.1",
           "-o", str(out))
    train, val = rows(tmp_path / "ft.train.jsonl"), rows(tmp_path / "ft.val.jsonl")
    assert train and val and len(train) + len(val) == len(read(record_files["toolbench"]))
    by_user = {next(m.content for m in r.messages if m.role == "user"): chain_key(r)
               for r in read(record_files["toolbench"])}

    def chains(part: list[dict]) -> set[str]:
        return {by_user[next(m["content"] for m in r["messages"] if m["role"] == "user")]
                for r in part}

    assert not chains(train) & chains(val)


def test_exports_are_byte_identical_across_runs_and_seeds_change_the_split(
    record_files: dict[str, Path], tmp_path: Path
) -> None:
    for name in ("a", "b"):
        export(str(record_files["bfcl"]), "--format", "openai", "--split", "train=0.7,val=0.3",
               "--seed", "5", "-o", str(tmp_path / f"{name}.jsonl"))
    for part in ("train", "val"):
        assert ((tmp_path / f"a.{part}.jsonl").read_bytes()
                == (tmp_path / f"b.{part}.jsonl").read_bytes())
    records = read(record_files["bfcl"])
    spec = SplitSpec.parse("train=0.7,val=0.3")
    assert len({tuple(assign_splits(records, spec, seed=s)) for s in range(4)}) > 1
