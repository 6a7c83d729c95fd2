"""One user under two ids of different forms in one conversation.

The user edited "user 21565" and then asked for the mandates "on user usr_686d8b" (BFCL
seed 21 #11: `update_user_info` types `user_id` as an integer, `user_mandates` as a
string, and the second was drawn as a token): one person, two ids no system gives one
account. Kind `one_user_two_ids`, per call: a person-id argument (`user_id`,
`customerId`, `account_id`...) the user stated (its trace's source) whose value has
another form (digits against a word-prefixed token) than the one the user stated for
that parameter first. Two ids of one form may be two people and pass; an id carried from
a result is the tool's and passes.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.planner.own_id import id_form, is_person_id
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "id_forms"


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    first: dict[str, Any] = {}
    for step in real_steps(view):
        for name, arg in step.arguments.items():
            if arg.source != "user" or not is_person_id(name):
                continue
            form = id_form(arg.value)
            if form is None:
                continue
            key = name.lower().replace("_", "")
            was = first.setdefault(key, arg.value)
            if id_form(was) != form:
                return [finding(NAME, "one_user_two_ids", view.call_at.get(step.call_id),
                                f"{step.function_name}: {name} {arg.value!r}, but the user "
                                f"gave {was!r} before")]
    return []
