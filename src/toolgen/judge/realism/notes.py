"""Answers that report a record-keeping remark or a placeholder as what a result holds.

Asked about a diagnosis service's panels and symptoms, the assistant said "there are 11
in all, the first with description For internal use only ... the first with description
Draft; details to follow": the results held nothing but ids, codes and such a remark,
and the answer passed it off as content. A reviewer learns nothing of any panel and
would not train on it. The same for a corpus placeholder said as a value ("its
description is No description available", "with name string"). Kind `note_as_content`,
once per call.

A note is what `toolgen.executor.notes.is_note` recognises in a successful call's
output: a remark of the generator's record-keeping pool, a placeholder, or a description
restating the call ("A delete todo." for `todo(type="delete")`). The answer
reports it when the trained assistant text after the call (in its turn) holds it: a
remark or a placeholder of several words anywhere, a one-word placeholder ("string",
"N/A") only right after its own key's word ("description string", "name is N/A"), since
such a word is also plain language ("the test came back").
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.executor.notes import is_note, said_words
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, trained_text, turns
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "notes"

# Words allowed between a key's word and its one-word value ("description is N/A").
_LINK = r"(?:\s+(?:is|was|of|reads|says))?\s*[:=]?\s*"


def said_note(key: str, value: Any, answer: str, said: frozenset[str] = frozenset()
              ) -> bool:
    """Whether `answer` reports note `value` (found under `key`) as content; `said`: the
    call's words (`notes.said_words`), of which a description may only restate."""
    if not is_note(value, key, said):
        return False
    note = str(value).strip().rstrip(".!").strip().lower()
    low = answer.lower()
    if len(note.split()) >= 2:
        return note in low
    tokens = key_tokens(key)
    if not tokens or not note:
        return False
    label = r"\s+".join(re.escape(t) for t in tokens[-1:])
    return re.search(rf"\b{label}{_LINK}{re.escape(note)}(?![\w/])", low) is not None


def _answer(view: RecordView, indices: tuple[int, ...], after: int) -> str:
    return "\n".join(t for j in indices if j > after
                     and not view.record.messages[j].tool_calls
                     and (t := trained_text(view, j)))


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for turn in turns(view):
        for i in turn.indices:
            message = view.record.messages[i]
            if message.weight == 0:
                continue
            for call in message.tool_calls or ():
                step = view.steps.get(call.id)
                if step is None or step.intended or step.status != "ok" \
                        or call.id not in view.answer_at:
                    continue
                said = said_words(step.function_name, view.arguments(call.id))
                notes = [(k, v) for k, v in view.leaves(call.id) if is_note(v, k, said)]
                if not notes:
                    continue
                answer = _answer(view, turn.indices, view.answer_at[call.id])
                hit = next(((k, v) for k, v in notes if said_note(k, v, answer, said)),
                           None)
                if hit is not None:
                    out.append(finding(
                        NAME, "note_as_content", view.answer_at[call.id],
                        f"{step.function_name}: the answer reports {hit[0]} {hit[1]!r}, a "
                        "record-keeping remark or placeholder, as what the result holds"))
    return out
