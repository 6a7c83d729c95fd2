"""Issue 3, determinism: the same corpus, config and seed give byte-identical output,
from two independent runs and whatever the number of workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolgen.pipeline.runner import generate, rejects_path
from toolgen.pipeline.runtime import RunConfig, Runtime

from .corpora import toolbench_tools

pytestmark = pytest.mark.slow

N = 150
SEED = 7


def _run(out: Path, workers: int) -> tuple[bytes, bytes]:
    # A fresh runtime every time: nothing may leak from one run into the next.
    config = RunConfig(n=N, seed=SEED, toolenv=str(toolbench_tools()))
    generate(config, out, workers=workers, runtime=Runtime.build(config))
    return out.read_bytes(), rejects_path(out).read_bytes()


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    return _run(tmp_path_factory.mktemp("det") / "a.jsonl", workers=1)


def test_first_run_is_a_full_run(first: tuple[bytes, bytes]) -> None:
    records, rejects = first
    assert len(records.splitlines()) + len(rejects.splitlines()) == N
    assert len(records.splitlines()) >= 0.95 * N


def test_two_runs_are_byte_identical(first: tuple[bytes, bytes], tmp_path: Path) -> None:
    again = _run(tmp_path / "b.jsonl", workers=1)
    assert again[0] == first[0]
    assert again[1] == first[1]


def test_two_workers_give_the_same_bytes_as_one(
    first: tuple[bytes, bytes], tmp_path: Path
) -> None:
    parallel = _run(tmp_path / "c.jsonl", workers=2)
    assert parallel[0] == first[0]
    assert parallel[1] == first[1]


def test_another_seed_gives_other_records(first: tuple[bytes, bytes], tmp_path: Path) -> None:
    """The comparisons above can fail: output does depend on the seed."""
    config = RunConfig(n=20, seed=SEED + 1, toolenv=str(toolbench_tools()))
    out = tmp_path / "d.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    assert out.read_bytes().splitlines()[0] != first[0].splitlines()[0]
