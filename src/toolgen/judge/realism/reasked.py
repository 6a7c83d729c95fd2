"""A question for something the user already said: "What's the case ID?" after "case
csa_493452".

A reviewer reads the assistant's question and the user's earlier messages. The assistant
was not listening when the answer to its question supplies

- an id of an entity the user had already given an id of, for an earlier call
  (`case_id`, `caseId`): the user saying a second, different id makes it worse;
- or a value the user had already written before the question ("2025-04-18, as I said").

Read from the step trace (which user message each argument cites). Other inputs of the
same name (a second `city`) may be a fair question and are left alone. Kind
`asked_again`, at the question.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import id_entity
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.values import occurs_in
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "reasked"

_STATED = ("user", "clarification")


def _written_before(view: RecordView, value: Any, upto: int) -> bool:
    """Whether `value` (a text of 3+ characters) is in a user message before `upto`."""
    if not isinstance(value, str) or len(value.strip()) < 3 or not value.strip("*"):
        return False  # a masked secret ("********") reads the same whatever it was
    texts = [(m.content or "").lower() for m in view.record.messages[:upto] if m.role == "user"]
    return bool(texts) and occurs_in(value, texts)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    given: dict[str, tuple[int, str]] = {}  # entity -> (user message, parameter) first said
    asked: set[int] = set()
    for step in sorted(view.record.step_trace, key=lambda s: s.step):
        for name, arg in step.arguments.items():
            at = arg.message_index
            if arg.source != "clarification" or at is None or at - 1 in asked:
                continue
            entity = id_entity(name)
            said = given.get(entity) if entity else None
            if said is not None and said[0] < at - 1:
                why = f"which the user gave in message {said[0]} ({said[1]})"
            elif _written_before(view, arg.value, at - 1):
                why = f"{arg.value!r}, which the user had already written"
            else:
                continue
            asked.add(at - 1)
            out.append(finding(NAME, "asked_again", at - 1,
                               f"asks for {name} of {step.function_name}, {why}"))
        for name, arg in step.arguments.items():
            entity = id_entity(name)
            if entity and arg.source in _STATED and arg.message_index is not None:
                given.setdefault(entity, (arg.message_index, name))
    return out
