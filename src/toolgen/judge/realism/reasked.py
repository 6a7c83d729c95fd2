"""A question for something the user already said: "What's the case ID?" after "case
csa_493452".

A reviewer reads the assistant's question and the user's earlier messages: when the
answer to it supplies an input the user had already given (for an earlier call, under the
same name or as an id of the same entity: `case_id`, `caseId`), the assistant was not
listening, and the user saying a second, different id makes it worse. Read from the step
trace (which user message each argument cites). Kind `asked_again`, at the question.
"""

from __future__ import annotations

from toolgen.executor.values import id_entity, normalize_key
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "reasked"

_STATED = ("user", "clarification")
# Names that say nothing of what they identify: the same only within one function.
_BARE = frozenset({"id", "ids", "key", "name", "query", "q", "value", "input", "text"})


def _same_input(name: str, function: str) -> str:
    """One spelling for the inputs a reader takes as the same (`caseId`, `case_id`)."""
    key = normalize_key(name)
    if key in _BARE:
        return f"{function}:{key}"
    entity = id_entity(name)
    return f"id:{entity}" if entity else key


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    given: dict[str, tuple[int, str]] = {}  # input -> (user message, parameter) first said
    asked: set[int] = set()
    steps = sorted(view.record.step_trace, key=lambda s: s.step)
    for step in steps:
        for name, arg in step.arguments.items():
            at = arg.message_index
            if arg.source != "clarification" or at is None or at - 1 in asked:
                continue
            said = given.get(_same_input(name, step.function_name))
            if said is not None and said[0] < at - 1:
                asked.add(at - 1)
                out.append(finding(NAME, "asked_again", at - 1,
                                   f"asks for {name} of {step.function_name}, which the user "
                                   f"gave in message {said[0]} ({said[1]})"))
        for name, arg in step.arguments.items():
            if arg.source in _STATED and arg.message_index is not None:
                given.setdefault(_same_input(name, step.function_name),
                                 (arg.message_index, name))
    return out
