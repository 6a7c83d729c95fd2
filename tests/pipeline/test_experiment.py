"""The steering experiment: statistics and verdict on known numbers, corpus tools only,
and the saved report."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import orjson

from toolgen.analysis.experiment import FigureResult, verdict
from toolgen.graph.sampler import SamplerConfig, robustness_shares
from toolgen.pipeline.experiment import corpus_view, run_seeds
from toolgen.pipeline.runner import realise_all
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

CLI = [sys.executable, "-c", "from toolgen.cli.app import main; main()"]


def test_a_steady_gain_is_higher_and_a_noisy_one_is_within_noise() -> None:
    steady = FigureResult("distinct edges", (12.0, 14.0, 13.0), (10.0, 11.0, 11.0))
    assert steady.diffs == (2.0, 3.0, 2.0)
    assert steady.steered_mean == 13.0 and steady.unsteered_mean == 32 / 3
    assert steady.wins == 3
    assert steady.effect == "higher"
    noisy = FigureResult("user distinct-2", (0.60, 0.58, 0.62, 0.57), (0.59, 0.60, 0.58, 0.59))
    assert noisy.effect == "within noise"  # mean diff +0.0025, se ~0.012
    worse = FigureResult("distinct tools", (8.0, 8.0, 7.0), (10.0, 10.0, 10.0))
    assert worse.effect == "lower"
    same = FigureResult("distinct tools", (10.0, 10.0), (10.0, 10.0))
    assert same.effect == "no difference"
    text = verdict([steady, noisy, worse])
    assert "clearly raises 1 of 3 figures (distinct edges)" in text
    assert "clearly lowers 1 (distinct tools)" in text
    assert "user distinct-2 are within seed-to-seed noise" in text
    assert "trades" in text


def test_one_seed_gets_no_verdict() -> None:
    single = FigureResult("distinct edges", (12.0,), (10.0,))
    assert single.effect == "one seed"
    assert verdict([single]).startswith("One seed only")


def test_the_synthetic_session_tool_is_not_a_corpus_tool() -> None:
    sampler = SamplerConfig(robustness={**robustness_shares("none"), "auth_refresh": 1.0})
    config = RunConfig(n=12, seed=3, sampler=sampler)
    rt = Runtime.build(config)
    corpus = frozenset(rt.graph.nodes)
    records = [r for r in realise_all(rt, config) if isinstance(r, Record)]
    sessions = [r for r in records if any(not s.endpoint_id.startswith(tuple(
        t.id + "/" for t in rt.registry.tools)) for s in r.step_trace)]
    assert sessions, "auth_refresh dialogues should call the session refresh endpoint"
    for record in sessions:
        kept = corpus_view(record, corpus)["step_trace"]
        assert 0 < len(kept) < len(record.step_trace)
        assert all(s["endpoint_id"] in corpus for s in kept)
    report = run_seeds(dataclasses.replace(config, n=12), 2, rt)
    tools = next(f for f in report["figures"] if f["label"] == "distinct tools")
    assert max(tools["steered"] + tools["unsteered"]) <= len(rt.registry.tools) == 10


def test_run_experiment_saves_json_and_markdown(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOOLGEN_")}
    paths = [str(Path(p).resolve()) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env.update({"PYTHONPATH": os.pathsep.join(paths), "COLUMNS": "200"})
    done = subprocess.run([*CLI, "run-experiment", "-n", "10", "--seed", "7", "--seeds", "3"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    base = tmp_path / "output" / "experiments" / "steering_n10_seed7x3"
    report = orjson.loads(base.with_suffix(".json").read_bytes())
    assert report["seeds"] == [7, 8, 9]
    assert len(report["figures"]) == 9
    assert all(len(f["steered"]) == 3 for f in report["figures"])
    assert report["verdict"].startswith("Over 3 seeds")
    md = base.with_suffix(".md").read_text()
    assert "| distinct edges |" in md and report["verdict"] in md
    assert "verdict: Over 3 seeds" in done.stdout
    assert "±" in done.stdout
