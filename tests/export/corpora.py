"""Records generated once per test module from the shared ToolBench and BFCL corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolgen.export.run import load_records
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig
from toolgen.records import Record

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
TOOLBENCH = CORPORA / "toolbench" / "toolenv" / "tools"
BFCL = CORPORA / "bfcl"
SEED = 7


def need_corpora() -> None:
    if not TOOLBENCH.is_dir() or not BFCL.is_dir():
        pytest.skip(f"shared corpora not found at {CORPORA}")


def generate_records(folder: Path, corpus: Path, n: int, seed: int = SEED) -> Path:
    out = folder / f"{corpus.name}.jsonl"
    generate(RunConfig(n=n, seed=seed, toolenv=str(corpus)), out)
    return out


def read(path: Path) -> list[Record]:
    records, errors = load_records(path)
    assert not errors
    return records
