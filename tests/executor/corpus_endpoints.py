"""Endpoints of a few shared corpus files, loaded alone, with an executor that knows
their examples: what the shape tests call (skipped when ../shared is absent)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.examples import CorpusExamples, tool_paths
from toolgen.records import Endpoint

SHARED = Path(__file__).resolve().parents[2] / "../shared/corpora"
TOOLBENCH = SHARED / "toolbench/toolenv/tools"


def corpus_endpoints(*files: Path) -> tuple[dict[str, Endpoint], MockExecutor]:
    """The files' endpoints by function name, and an executor seeded with their examples."""
    if not all(f.is_file() for f in files):
        pytest.skip("shared corpora not present")
    registry = pytest.importorskip("toolgen.registry")
    tmp = Path(tempfile.mkdtemp())
    for f in files:
        shutil.copy(f, tmp / f.name)
    reg = registry.load_registry(tmp)
    executor = MockExecutor(seed=7, pool_size=64, examples=CorpusExamples(tool_paths(reg)))
    return {e.function_name: e for e in reg.endpoints}, executor
