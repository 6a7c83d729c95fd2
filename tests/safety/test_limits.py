"""Issue 11 case 6 (runner side): --workers is capped at the CPU count with a note, and a
huge -n starts writing at once (plans are streamed, never all built up front)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.safety.helpers import invoke

from toolgen.pipeline import runner
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig


def test_workers_capped_at_cpu_count() -> None:
    cpus = os.cpu_count() or 1
    capped_workers = runner.capped_workers
    assert capped_workers(300) == (cpus, f"--workers 300 lowered to {cpus} (the number of CPUs)")
    assert capped_workers(1) == (1, None)


def test_cli_notes_the_workers_cap(tmp_path: Path) -> None:
    result = invoke("generate", "-n", "2", "--workers", "300", "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 0, result.output
    assert "lowered to" in result.output


class FirstRecord(Exception):
    pass


@pytest.mark.parametrize("workers", [1, 2])
def test_huge_n_streams_plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              workers: int) -> None:
    planned = 0
    real = runner.iter_plans

    def counting(rt, config, *rest):  # type: ignore[no-untyped-def]
        nonlocal planned
        for plan in real(rt, config, *rest):
            planned += 1
            yield plan

    def stop(_index: int, _item: object) -> None:
        raise FirstRecord

    monkeypatch.setattr(runner, "iter_plans", counting)
    with pytest.raises(runner.RunAborted) as info:
        generate(RunConfig(n=10_000_000, seed=1), tmp_path / "o.jsonl", workers, stop)
    assert isinstance(info.value.cause, FirstRecord)
    assert planned <= 5000  # one window at most, not ten million plans
    assert info.value.kept.lines + info.value.kept_rejects.lines == 1


async def test_live_huge_n_streams_plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.live.helpers import cooperative, live_settings

    from llm_server import FakeLLMServer
    from toolgen.pipeline import live_runner

    planned = 0
    real = live_runner.iter_plans

    def counting(rt, config, *rest):  # type: ignore[no-untyped-def]
        nonlocal planned
        for plan in real(rt, config, *rest):
            planned += 1
            yield plan

    def stop(_index: int, _item: object, _calls: int) -> None:
        raise FirstRecord

    monkeypatch.setattr(live_runner, "iter_plans", counting)
    with FakeLLMServer(responder=cooperative) as server:
        settings = live_settings(server.openai_base_url, tmp_path, "compact")
        with pytest.raises(runner.RunAborted) as info:
            await live_runner.generate_live_async(RunConfig(n=10_000_000, seed=1),
                                                  tmp_path / "o.jsonl", settings, on_result=stop)
    assert isinstance(info.value.cause, FirstRecord)
    assert planned <= 100
