"""The judge recomputes a probability of stated outcomes (BFCL seed 47 #24:
`probability_of_event(success_outcomes=282, total_outcomes=337)` answered 0.16 and
scored 5.0)."""

from __future__ import annotations

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism import on_record
from toolgen.records import Record

from .factories import calls_record


def _record(probability: float) -> Record:
    args = {"success_outcomes": 282, "total_outcomes": 337}
    return calls_record([("probability_of_event", args, {"probability": probability})],
                        user="What are the odds of 282 out of 337?",
                        answer=f"The probability is {probability}.",
                        conversation_id="t-prob",
                        descriptions={"probability_of_event": "Calculates the probability "
                                                              "of an event."},
                        params={"probability_of_event": {
                            "success_outcomes": {"type": "integer"},
                            "total_outcomes": {"type": "integer"}}})


def test_a_wrong_probability_is_flagged_and_a_right_one_is_not() -> None:
    check = on_record("calculations")
    assert check(_record(0.16), JudgeContext())
    assert not check(_record(0.8368), JudgeContext())


def test_a_wrong_depreciation_is_flagged() -> None:
    def record(figure: float) -> Record:
        args = {"initial_cost": 32.99, "depreciation_rate": 8.41, "years": 10}
        return calls_record([("finance_property_depreciation", args,
                              {"depreciation_usd": figure})],
                            user="What is it worth after 10 years?",
                            answer=f"It is worth {figure}.", conversation_id="t-dep",
                            params={"finance_property_depreciation": {
                                k: {"type": "number"} for k in args}})
    check = on_record("calculations")
    assert check(record(18081.95), JudgeContext())
    assert not check(record(13.7), JudgeContext())
