from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor


@pytest.fixture(scope="session")
def executor() -> MockExecutor:
    return MockExecutor(seed=7, pool_size=64)


@pytest.fixture(scope="module")
def bundled() -> MockExecutor:
    """An executor that knows the bundled corpus's examples (imported here: most executor
    tests never load the bundled corpus)."""
    from bundled_endpoints import bundled_executor

    return bundled_executor()
