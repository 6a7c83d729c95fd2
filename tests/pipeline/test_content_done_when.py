"""Issue 12, "Done when": believable content on the shared ToolBench corpus (`-n 500 --seed
7`), the bundled corpus (`-n 300`) and BFCL (`-n 200`).

Each run is generated once per module, in process, and read back as JSON. Every share is
computed by `content_checks`, which reads the records (tool outputs, call arguments, the
offered schemas, the trace and the user's words) and does not import toolgen; the
validators run on every record as the judge would.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

from toolgen.io.jsonl import full_dict
from toolgen.judge import has_errors, validate
from toolgen.pipeline.replay import make_replay
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime
from toolgen.records import Record

from . import content_checks as cc
from . import record_checks as rc
from .corpora import SHARED_CORPORA, toolbench_tools

pytestmark = pytest.mark.slow

SEED = 7
Rec = dict[str, Any]


@dataclass(frozen=True)
class Run:
    name: str
    records: list[Rec]
    runtime: Runtime


def _bfcl() -> Path:
    path = SHARED_CORPORA / "bfcl"
    if not path.is_dir():
        pytest.skip(f"shared BFCL corpus not found at {path}")
    return path


CORPORA = {
    "toolbench": (500, lambda: str(toolbench_tools())),
    "bundled": (300, lambda: None),
    "bfcl": (200, lambda: str(_bfcl())),
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Run:
    n, toolenv = CORPORA[request.param]
    config = RunConfig(n=n, seed=SEED, toolenv=toolenv())
    runtime = Runtime.build(config)
    out = tmp_path_factory.mktemp("content") / f"{request.param}.jsonl"
    generate(config, out, workers=1, runtime=runtime)
    records = [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]
    assert len(records) >= 0.98 * n
    return Run(request.param, records, runtime)


def _each(run: Run, check: Any) -> list[str]:
    return [f"{r['conversation_id']}: {p}" for r in run.records for p in check(r)]


def test_no_faker_filler_in_tool_outputs(run: Run) -> None:
    assert not _each(run, cc.filler_in_outputs), rc.first_problems(
        _each(run, cc.filler_in_outputs))


def test_under_5_percent_of_outputs_share_one_generic_shape_across_apis(run: Run) -> None:
    share, worst = cc.generic_shape_share(run.records)
    assert share < 0.05, f"{share:.3f} of outputs; most shared shape: {worst}"


def test_no_date_pair_out_of_order(run: Run) -> None:
    problems = _each(run, cc.dates_out_of_order)
    assert not problems, rc.first_problems(problems)


def test_same_currency_rates_are_one(run: Run) -> None:
    problems = _each(run, cc.same_currency_rates)
    assert not problems, rc.first_problems(problems)


def test_no_numeric_argument_outside_its_stated_range(run: Run) -> None:
    problems = _each(run, cc.out_of_range)
    assert not problems, rc.first_problems(problems)


def test_no_new_entity_has_a_terminal_status(run: Run) -> None:
    problems = _each(run, cc.terminal_after_create)
    assert not problems, rc.first_problems(problems)


def test_no_conversion_is_into_the_currency_the_money_is_in(run: Run) -> None:
    problems = _each(run, cc.same_currency_conversions)
    assert not problems, rc.first_problems(problems)


def test_no_identifying_argument_comes_silently_from_a_default(run: Run) -> None:
    problems = _each(run, cc.defaults_passed_off)
    assert not problems, rc.first_problems(problems)


def test_pagination_uses_declared_parameters_and_never_pages_a_mutation(run: Run) -> None:
    problems = [p for r in run.records for p in cc.pagination_problems(r)[1]]
    assert not problems, rc.first_problems(problems)


def test_sampled_cross_tool_links_join_the_same_kind_of_entity(run: Run) -> None:
    links = [link for r in run.records for link in cc.cross_tool_links(r)][:100]
    unrelated = [f"{a} -> {b} ({path} -> {param})" for a, b, path, param, ok in links if not ok]
    assert len(links) >= 20, f"only {len(links)} cross-tool links to check"
    assert not unrelated, rc.first_problems(unrelated)


def test_every_record_passes_the_validators(run: Run) -> None:
    ctx = dataclasses.replace(run.runtime.judge, replay=make_replay(run.runtime.executor,
                                                                     run.runtime.endpoints))
    failing = []
    for r in run.records:
        findings = validate(Record.model_validate(r), ctx)
        if has_errors(findings):
            failing.append(f"{r['conversation_id']}: {[f.message for f in findings][:3]}")
    assert not failing, rc.first_problems(failing)
