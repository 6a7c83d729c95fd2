from __future__ import annotations

from pathlib import Path

import pytest

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint


@pytest.fixture(scope="session")
def executor() -> MockExecutor:
    return MockExecutor(seed=7, pool_size=64)


@pytest.fixture(scope="module")
def bundled() -> MockExecutor:
    """An executor that knows the bundled corpus's examples (imported here: most executor
    tests never load the bundled corpus)."""
    from bundled_endpoints import bundled_executor

    return bundled_executor()


@pytest.fixture(scope="module")
def bfcl() -> tuple[dict[str, Endpoint], MockExecutor]:
    """The shared BFCL corpus's endpoints by function name, and an executor that knows its
    examples (skipped when ../shared is absent)."""
    corpus = Path(__file__).resolve().parents[2] / "../shared/corpora/bfcl"
    if not corpus.is_dir():
        pytest.skip("shared corpora not present")
    from toolgen.executor.examples import CorpusExamples, tool_paths
    from toolgen.registry import load_registry

    reg = load_registry(corpus)
    executor = MockExecutor(seed=7, pool_size=64, examples=CorpusExamples(tool_paths(reg)))
    return {e.function_name: e for e in reg.endpoints}, executor
