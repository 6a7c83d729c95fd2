"""Issue 17, workers: how the work reaches forked workers never changes a byte.

Workers freeze the heap they inherit (`gc.freeze`, so their collections never walk it);
two of them must still write the bytes of one, records and rejects, on the bundled
corpus (`test_determinism` does the same on ToolBench).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from toolgen.pipeline.runner import generate, rejects_path
from toolgen.pipeline.runtime import RunConfig, Runtime

N = 96
SEED = 5


@pytest.fixture(scope="module")
def config() -> RunConfig:
    return RunConfig(n=N, seed=SEED)


@pytest.fixture(scope="module")
def one_worker(config: RunConfig, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("one") / "a.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return out.read_bytes() + b"--\n" + rejects_path(out).read_bytes()


def test_two_workers_write_the_bytes_of_one(
    config: RunConfig, one_worker: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "b.jsonl"
    generate(config, out, workers=2, runtime=Runtime.build(config))
    assert out.read_bytes() + b"--\n" + rejects_path(out).read_bytes() == one_worker
