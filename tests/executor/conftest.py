from __future__ import annotations

import pytest

from toolgen.executor import MockExecutor


@pytest.fixture(scope="session")
def executor() -> MockExecutor:
    return MockExecutor(seed=7, pool_size=64)
