"""The argument values users state, read back from generated records as a reviewer reads
them: none is a lone word of the tool's own name or description, a sentence of its own
words, implausible by the parameter's meaning (a ride from "cost", an interest rate of
147 %, an MBTI preference "indicator"), or a yes/no flag the user was asked for.

The checks live in `value_checks` and read records only (no toolgen import); the same
checks make `bench/argument_values.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from agents import value_checks as vc
from toolgen.io.jsonl import full_dict
from toolgen.pipeline.runner import generate
from toolgen.pipeline.runtime import RunConfig, Runtime

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
CORPORA = {"toolbench": SHARED / "toolbench" / "toolenv" / "tools", "bfcl": SHARED / "bfcl"}
SEED = 13
N = 60


@pytest.fixture(scope="module", params=sorted(CORPORA))
def records(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    corpus = CORPORA[request.param]
    if not corpus.is_dir():
        pytest.skip(f"shared corpus not found at {corpus}")
    config = RunConfig(n=N, seed=SEED, toolenv=str(corpus))
    out = tmp_path_factory.mktemp("values") / f"{request.param}.jsonl"
    generate(config, out, workers=1, runtime=Runtime.build(config))
    return [full_dict(orjson.loads(line)) for line in out.read_bytes().splitlines()]


@pytest.mark.slow
def test_users_state_values_a_real_user_would_give(records: list[dict[str, Any]]) -> None:
    assert sum(vc.stated_count(r) for r in records) > 3 * len(records) // 2
    found = [f"{r['conversation_id']}: {kind} {fn}({name}={value!r})"
             for r in records for kind, fn, name, value in vc.value_findings(r)]
    assert not found, found[:5]


def test_the_checks_catch_what_the_review_found() -> None:
    """The checks themselves, on the calls the seed-13 review quoted."""
    def record(name: str, description: str, props: dict[str, Any], args: dict[str, Any],
               source: str = "user") -> dict[str, Any]:
        tool = {"type": "function", "function": {
            "name": name, "description": description,
            "parameters": {"type": "object", "properties": props}}}
        call = {"id": "c1", "type": "function",
                "function": {"name": name, "arguments": orjson.dumps(args).decode()}}
        return {"tools": [tool], "messages": [{"role": "assistant", "tool_calls": [call]}],
                "step_trace": [{"call_id": "c1", "arguments": {
                    k: {"source": source} for k in args}}]}

    ride = record("ride_hailing_get_rides",
                  "ride_hailing: Find ride from source to destination with an optional cost limit",
                  {"source": {"type": "string", "description": "The starting point of the "
                                                               "journey"}},
                  {"source": "cost"})
    assert [f[0] for f in vc.value_findings(ride)] == ["name_word"]
    mbti = record("mbti_analyse", "Analyse personality based on the Myers-Briggs Type Indicator",
                  {"thinking_vs_feeling": {"type": "string"}},
                  {"thinking_vs_feeling": "letter"})
    assert [f[0] for f in vc.value_findings(mbti)] == ["meaning"]
    loan = record("calculate_loan", "Loan calculator", {"rate": {"type": "number"}},
                  {"rate": 147.83})
    assert [f[0] for f in vc.value_findings(loan)] == ["meaning"]
    asked = record("lawsuit_check_case", "Verify a lawsuit case",
                   {"closed_status": {"type": "boolean"}}, {"closed_status": True},
                   "clarification")
    assert [f[0] for f in vc.value_findings(asked)] == ["asked_boolean"]
    fine = record("mbti_analyse", "Analyse personality (MBTI)",
                  {"thinking_vs_feeling": {"type": "string"}}, {"thinking_vs_feeling": "T"})
    assert vc.value_findings(fine) == []
