"""Issue 17, workers: how the work reaches forked workers never changes a byte.

Workers freeze the heap they inherit (`gc.freeze`, so their collections never walk it);
two of them must still write the bytes of one, records and rejects, on the bundled
corpus (`test_determinism` does the same on ToolBench).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from toolgen.pipeline import runner
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


def test_the_first_chunks_ramp_up_from_one_plan_and_carry_every_plan_in_order() -> None:
    """The pool forks on its first submit: a first chunk of one plan forks the workers
    after one plan is drawn, not after a whole chunk was planned while they did not exist."""
    chunks = list(runner._chunks(iter([(i, i) for i in range(100)]), 16, 2))  # type: ignore[arg-type]
    assert [len(c) for c in chunks[:8]] == [1, 1, 2, 2, 4, 4, 8, 8]
    assert all(len(c) == 16 for c in chunks[8:-1])
    assert [i for c in chunks for i, _ in c] == list(range(100))


def test_a_run_shorter_than_the_ramp_keeps_every_plan() -> None:
    chunks = list(runner._chunks(iter([(i, i) for i in range(5)]), 32, 2))  # type: ignore[arg-type]
    assert [i for c in chunks for i, _ in c] == [0, 1, 2, 3, 4]
