"""Plan adherence, weight-0, secrets and replay validators."""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext, plan, replay, secrets, weights
from toolgen.records import Record

from .factories import GET, GET_OUT, SEARCH_OUT, build, valid, valid_dict, weight0, weight0_dict
from .helpers import kinds

CTX = JudgeContext()


def test_plan_valid_and_weight0_variant_pass() -> None:
    assert plan.check(valid(), CTX) == []
    assert plan.check(weight0(), CTX) == []


def test_plan_missing_and_unexpected_calls() -> None:
    d = valid_dict()
    d["metadata"]["planner_scenario"]["calls"][1]["endpoint_id"] = "Travel/hotels/book"
    assert kinds(plan.check(build(d), CTX)) == {"plan_missing_call", "plan_unexpected_call"}


def test_plan_order_matters() -> None:
    d = valid_dict()
    calls = d["metadata"]["planner_scenario"]["calls"]
    calls.reverse()
    d["metadata"]["planner_scenario"]["turns"] = []
    assert "plan_missing_call" in kinds(plan.check(build(d), CTX))


def test_plan_absent_is_a_warning() -> None:
    d = valid_dict()
    d["metadata"]["planner_scenario"] = {}
    found = plan.check(build(d), CTX)
    assert [f.severity for f in found] == ["warning"]


def test_retry_after_fault_is_a_declared_variant() -> None:
    d = valid_dict()
    # The first get_hotel hit a 503 and was retried: same endpoint, later step ok.
    extra = dict(d["step_trace"][1], call_id="call_r", status="http_503")
    d["step_trace"].insert(1, extra)
    assert plan.check(build(d), CTX) == []


def test_weight0_valid_passes() -> None:
    assert weights.check(weight0(), CTX) == []
    assert weights.check(valid(), CTX) == []


def test_weight0_without_recovery() -> None:
    d = weight0_dict()
    d["step_trace"][2]["status"] = "http_500"  # the later get_hotel fails too
    d["step_trace"][1]["status"] = "http_500"
    assert kinds(weights.check(build(d), CTX)) == {"weight0_no_recovery"}


def test_weight0_must_be_marked_intended() -> None:
    d = weight0_dict()
    d["step_trace"][0]["intended"] = False
    assert "weight0_not_intended" in kinds(weights.check(build(d), CTX))
    d = weight0_dict()
    d["messages"][2]["weight"] = None
    assert "intended_not_weight0" in kinds(weights.check(build(d), CTX))


def test_secret_from_corpus_leaks() -> None:
    key = "9f8e7d6c5b4a3210fedcba"
    ctx = JudgeContext(secrets=frozenset({key, "xx"}))
    assert secrets.check(valid(), ctx) == []
    d = valid_dict()
    d["messages"][3]["content"] = d["messages"][3]["content"].replace("Casa Azul", f"key {key}")
    found = secrets.check(build(d), ctx)
    assert kinds(found) == {"secret_leaked"}
    assert key not in found[0].message  # the finding must not repeat the secret


def test_credential_shapes() -> None:
    d = valid_dict()
    d["messages"][1]["content"] += " My key is sk-abcdefghijklmnopqrstuvwx1234."
    assert kinds(secrets.check(build(d), CTX)) == {"credential_shape"}


def test_mock_issued_token_is_not_a_leak() -> None:
    d = valid_dict()
    token = "eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0NTY3.SflKxwRJSMeKKF2QT4fw"
    d["messages"][3]["content"] = d["messages"][3]["content"].replace("Casa Azul", token)
    assert secrets.check(build(d), CTX) == []


def _replayer(outputs: list[Any]) -> Any:
    def run(record: Record) -> list[Any]:
        return outputs

    return run


def test_replay() -> None:
    record = valid()
    assert replay.check(record, CTX) == []  # no replay: skipped
    same = JudgeContext(replay=_replayer([SEARCH_OUT, GET_OUT]))
    assert replay.check(record, same) == []
    changed = JudgeContext(replay=_replayer([SEARCH_OUT, dict(GET_OUT, price=99.0)]))
    assert kinds(replay.check(record, changed)) == {"replay_mismatch"}
    short = JudgeContext(replay=_replayer([SEARCH_OUT]))
    assert kinds(replay.check(record, short)) == {"replay_length"}


def test_replay_crash_is_a_finding() -> None:
    def boom(record: Record) -> list[Any]:
        raise RuntimeError("executor gone")

    assert kinds(replay.check(valid(), JudgeContext(replay=boom))) == {"replay_error"}


def test_plan_extra_call_at_the_end() -> None:
    d = valid_dict()
    d["metadata"]["planner_scenario"]["calls"].pop()
    d["metadata"]["planner_scenario"]["turns"] = []
    assert kinds(plan.check(build(d), CTX)) == {"plan_extra_call"}
    assert GET in plan.check(build(d), CTX)[0].message
