"""The judge takes a first page the planner sends unsaid (`executor.first_page`: offset
0, ten to a page) as the assistant's pick, and any other value sent as a default
without the schema giving it as one that was made up."""

from __future__ import annotations

from toolgen.judge import JudgeContext
from toolgen.judge.grounding import check_view
from toolgen.judge.view import build_view

from .factories import calls_record


def _kinds(skip: int, limit: int) -> list[str]:
    """The grounding findings of a call sent `skip` and `limit` as defaults."""
    record = calls_record([("get_products", {"category": "toys", "skip": skip,
                                             "limit": limit}, {"products": ["Wooden Train"]})],
                          user="Which toys are there?", answer="There's a Wooden Train.",
                          conversation_id="t-first-page",
                          params={"get_products": {"category": {"type": "string"},
                                                   "skip": {"type": "number"},
                                                   "limit": {"type": "number"}}})
    step = record.step_trace[0]
    args = {**step.arguments, **{k: step.arguments[k].model_copy(update={"source": "default"})
                                 for k in ("skip", "limit")}}
    record = record.model_copy(update={"step_trace": (
        step.model_copy(update={"arguments": args}),)})
    return [f.kind for f in check_view(build_view(record), JudgeContext())]


def test_the_judge_takes_a_first_page_as_the_assistants_pick() -> None:
    assert _kinds(0, 10) == []
    assert _kinds(0, 25) == ["default_mismatch"]  # 25 is nobody's first page
    assert _kinds(40, 10) == ["default_mismatch"]
