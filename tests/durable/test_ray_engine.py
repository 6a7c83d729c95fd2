"""Issue 18: `--engine ray` on a local 2-worker Ray writes the same bytes as `--engine local`,
and a Ray run killed part-way resumes like a local one.

Slow (a local Ray starts in tens of seconds on a busy machine); skipped with a reason
when the `ray` extra is not installed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import orjson
import pytest
from tests.durable.helpers import error_lines, kill_when, run, size

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                       reason="--engine ray needs the 'ray' extra (pip install '.[ray]')"),
]

N = 120


def test_ray_output_is_byte_identical_to_local(tmp_path: Path) -> None:
    base = ["generate", "-n", str(N), "--seed", "9"]
    local = run([*base, "-o", "local.jsonl"], tmp_path)
    assert local.returncode == 0, local.stderr
    on_ray = run([*base, "--engine", "ray", "--workers", "2", "-o", "ray.jsonl"], tmp_path)
    assert on_ray.returncode == 0, on_ray.stderr
    assert (tmp_path / "ray.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert (tmp_path / "ray.rejects.jsonl").read_bytes() == \
        (tmp_path / "local.rejects.jsonl").read_bytes()


def test_ray_run_killed_then_resumed_locally_matches(tmp_path: Path) -> None:
    base = ["generate", "-n", str(N), "--seed", "9"]
    assert run([*base, "-o", "local.jsonl"], tmp_path).returncode == 0
    args = [*base, "--engine", "ray", "--workers", "2", "-o", "ray.jsonl"]
    kill_when(args, tmp_path, lambda: size(tmp_path / "ray.partial.jsonl") > 200_000,
              timeout=240)
    # The engine is not part of the run's identity: a Ray run resumes anywhere.
    resumed = run([*base, "-o", "ray.jsonl", "--resume"], tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert (tmp_path / "ray.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


def test_unknown_engine_is_one_line(tmp_path: Path) -> None:
    proc = run(["generate", "-n", "2", "--engine", "spark", "-o", "o.jsonl"], tmp_path)
    lines = error_lines(proc.stderr)
    assert proc.returncode != 0 and len(lines) == 1 and "--engine" in lines[0], proc.stderr


def test_live_on_ray_matches_live_local_with_the_same_calls(tmp_path: Path) -> None:
    from tests.durable.test_live_resume import _env
    from tests.live.helpers import cooperative

    from llm_server import FakeLLMServer

    args = ["generate", "-n", "6", "--seed", "5", "--live", "-o", "out.jsonl"]
    with FakeLLMServer(responder=cooperative, latency_s=0.02) as server:
        for name in ("local", "ray"):
            (tmp_path / name).mkdir()
        local = run(args, tmp_path / "local", _env(server.openai_base_url, tmp_path / "c1"))
        assert local.returncode == 0, local.stderr
        local_calls = len(server.requests)
        on_ray = run([*args, "--engine", "ray", "--workers", "2"], tmp_path / "ray",
                     _env(server.openai_base_url, tmp_path / "c2"))
        assert on_ray.returncode == 0, on_ray.stderr
        ray_calls = len(server.requests) - local_calls
    assert (tmp_path / "ray/out.jsonl").read_bytes() == \
        (tmp_path / "local/out.jsonl").read_bytes()
    assert ray_calls == local_calls
    manifest = orjson.loads((tmp_path / "ray/out.manifest.json").read_bytes())
    assert sum(manifest["attempts"][-1]["live"]["calls"].values()) == ray_calls
