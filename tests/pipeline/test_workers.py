"""Issue 17, workers: how plans reach forked workers never changes a byte.

Workers are forked before the first plan and warm up on throwaway episodes of their
own; plans go out in chunks that ramp up from one plan. The warm-up must leave nothing
behind that a later episode could see, the chunks must carry every plan once and in
order.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from toolgen.io.encode import encode
from toolgen.pipeline import runner
from toolgen.pipeline.episode import run_episode
from toolgen.pipeline.plan import iter_plans
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


def test_warm_up_leaves_no_trace_in_later_episodes(config: RunConfig) -> None:
    """The same episodes, realised in a fresh runtime and again after a warm-up on other
    plans, give the same bytes."""
    rt = Runtime.build(config)
    plans = list(itertools.islice(enumerate(iter_plans(rt, config)), 12))
    before = [encode(run_episode(rt, config, i, c, s)) for i, (c, s) in plans]
    fresh = Runtime.build(config)
    runner._warm_up(fresh, config, 6)
    after = [encode(run_episode(fresh, config, i, c, s)) for i, (c, s) in plans]
    assert after == before
    assert len(set(before)) == len(before)  # twelve different records, not one repeated


def test_a_failing_warm_up_is_only_a_lost_head_start(
    config: RunConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("warm-up episode failed")

    monkeypatch.setattr(runner, "run_episode", broken)
    runner._warm_up(Runtime.build(config), config, 3)  # returns, raises nothing


def test_chunks_ramp_up_and_carry_every_plan_once_in_order() -> None:
    plans = iter([(i, i) for i in range(100)])
    chunks = list(runner._chunks(plans, 16, 2))  # type: ignore[arg-type]
    assert [len(c) for c in chunks[:8]] == [1, 1, 2, 2, 4, 4, 8, 8]
    assert all(len(c) == 16 for c in chunks[8:-1])
    assert [i for c in chunks for i, _ in c] == list(range(100))


def test_chunks_of_a_run_shorter_than_the_ramp() -> None:
    chunks = list(runner._chunks(iter([(i, i) for i in range(5)]), 32, 2))  # type: ignore[arg-type]
    assert [i for c in chunks for i, _ in c] == [0, 1, 2, 3, 4]


def test_two_warmed_workers_write_the_bytes_of_one(
    config: RunConfig, one_worker: bytes, tmp_path: Path
) -> None:
    assert runner._warm_up_count(config.n, 2) > 0  # the warm-up does run in this test
    out = tmp_path / "b.jsonl"
    generate(config, out, workers=2, runtime=Runtime.build(config))
    assert out.read_bytes() + b"--\n" + rejects_path(out).read_bytes() == one_worker
