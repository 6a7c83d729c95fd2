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

The user could not know the answer when the question is for the id of a thing an earlier
call of the conversation just made (`booking_id` after `hotel_booking`) and the id they
give is in no message before: only the tool could have said it, and the assistant should
have carried it. Kind `asked_unknowable`, at the question.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.values import id_entity, singular
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


# What a create's verb makes (`reserve_table` makes a reservation), and the names one
# made thing goes by (a booking is a reservation).
_MAKES = {"book": "booking", "reserve": "reservation", "order": "order",
          "register": "registration", "subscribe": "subscription", "buy": "purchase"}
_SAME = {"booking": {"booking", "reservation"}, "reservation": {"booking", "reservation"}}


def _made_here(view: RecordView, entity: str, before: int) -> str | None:
    """The function of a call made before message `before` that created an `entity`
    (its name says the entity: `hotel_booking` makes a booking, `reserve_table` a
    reservation), or None."""
    names = _SAME.get(entity, {entity})
    for step in view.record.step_trace:
        if step.effect != "create" or step.message_index is None or (
                step.message_index >= before):
            continue
        spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", step.function_name).lower()
        words = {singular(w) for w in re.findall(r"[a-z]+", spaced)}
        if names & (words | {_MAKES.get(w, w) for w in words}):
            return step.function_name
    return None


def _shown_before(view: RecordView, value: Any, upto: int) -> bool:
    """Whether `value` is written in any message before `upto` (tool results and calls
    included)."""
    text = str(value)
    for m in view.record.messages[:upto]:
        if text in (m.content or "") or any(text in c.function.arguments
                                             for c in m.tool_calls or ()):
            return True
    return False


def _unknowable(view: RecordView, step: Any, name: str, at: int) -> Finding | None:
    entity = id_entity(name)
    made = _made_here(view, entity, at) if entity else None
    value = step.arguments[name].value
    if made is None or value is None or _shown_before(view, value, at):
        return None
    return finding(NAME, "asked_unknowable", at - 1,
                   f"asks the user for {name} of {step.function_name}, the {entity} {made} "
                   f"just made: the user gives {value!r}, which no message showed")


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    given: dict[str, tuple[int, str]] = {}  # entity -> (user message, parameter) first said
    asked: set[int] = set()
    for step in sorted(view.record.step_trace, key=lambda s: s.step):
        for name, arg in step.arguments.items():
            at = arg.message_index
            if arg.source != "clarification" or at is None or at - 1 in asked:
                continue
            unknown = _unknowable(view, step, name, at)
            if unknown is not None:
                asked.add(at - 1)
                out.append(unknown)
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
