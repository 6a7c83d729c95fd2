"""Issue 17, workers: how plans reach forked workers never changes a byte.

Workers are forked before the first plan (they inherit no planning state) and plans go
out in chunks that ramp up from one plan: the chunks must carry every plan once and in
order, and two workers must write the bytes of one.
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


def test_chunks_ramp_up_and_carry_every_plan_once_in_order() -> None:
    plans = iter([(i, i) for i in range(100)])
    chunks = list(runner._chunks(plans, 16, 2))  # type: ignore[arg-type]
    assert [len(c) for c in chunks[:8]] == [1, 1, 2, 2, 4, 4, 8, 8]
    assert all(len(c) == 16 for c in chunks[8:-1])
    assert [i for c in chunks for i, _ in c] == list(range(100))


def test_chunks_of_a_run_shorter_than_the_ramp() -> None:
    chunks = list(runner._chunks(iter([(i, i) for i in range(5)]), 32, 2))  # type: ignore[arg-type]
    assert [i for c in chunks for i, _ in c] == [0, 1, 2, 3, 4]


def test_two_workers_forked_before_planning_write_the_bytes_of_one(
    config: RunConfig, one_worker: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "b.jsonl"
    generate(config, out, workers=2, runtime=Runtime.build(config))
    assert out.read_bytes() + b"--\n" + rejects_path(out).read_bytes() == one_worker
