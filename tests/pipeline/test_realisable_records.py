"""Records on the shared ToolBench corpus call only endpoints a reviewer believes can be
called as they are (`realisable_checks`, which reads the records alone), and ask for
missing tools a person can name; `all_endpoints` brings the others back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.graph.sampler import SamplerConfig, robustness_shares
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

from . import realisable_checks as rc
from .corpora import toolbench_tools

pytestmark = pytest.mark.slow

N = 80
SEED = 11


def _records(tmp: Path, all_endpoints: bool) -> list[dict[str, Any]]:
    sampler = SamplerConfig(robustness=robustness_shares("missing_tool=0.3"))
    config = RunConfig(n=N, seed=SEED, toolenv=str(toolbench_tools()), sampler=sampler,
                       all_endpoints=all_endpoints)
    out = tmp / f"all_{all_endpoints}.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


def test_default_records_call_realisable_endpoints_and_ask_readably(tmp_path: Path) -> None:
    kept = _records(tmp_path, all_endpoints=False)
    every = _records(tmp_path, all_endpoints=True)
    flagged = [r["conversation_id"] for r in kept if rc.record_problems(r)]
    flagged_all = [r["conversation_id"] for r in every if rc.record_problems(r)]
    assert len(flagged) <= 0.05 * len(kept), [
        f"{r['conversation_id']}: {rc.record_problems(r)}" for r in kept
        if rc.record_problems(r)][:8]
    assert len(flagged_all) > 2 * max(len(flagged), 1)
    asks = [p for r in kept for p in rc.missing_ask_problems(r)]
    assert not asks
    # Coverage holds: the filter narrows the pool, it does not collapse it.
    assert rc.coverage(kept)["distinct endpoints called"] >= 0.8 * rc.coverage(every)[
        "distinct endpoints called"]
