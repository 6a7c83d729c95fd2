"""Answers that point "above" instead of saying what a new result holds.

"For the structure, the details are the same as above", "the information match the ones
above": a reviewer reads the turn's tool output, finds a value the conversation has not
shown yet (a new update time, a different score, another name) and sees the answer leave
out the very figure the user asked for. Kind `deferred_answer`.

Left alone, as a reviewer would: a result whose every value was already shown earlier
(an output or an answer before this one) - then "same as above" is the honest report.
Ids, URLs and timestamps alone do not make a result new (a repeat read gets a fresh
stamp); a name, a status or a figure does.
"""

from __future__ import annotations

from toolgen.judge.context import JudgeContext
from toolgen.judge.phrases import Phrases
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import trained_text, turns
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "deferred"

_POINTER = Phrases(
    r"same as above|match(?:es)? the ones? above|as (?:shown|given|listed) above"
    r"|matches what i just gave you|nothing new: it matches|same as before"
    r"|same details as (?:above|before)|identical to the (?:one|ones|result) above")
# Values that change on every read of one record: they do not make a result new.
_FRESH = frozenset({"updated_at", "created_at", "modified_at", "timestamp", "time", "date",
                    "version", "url", "etag", "request_id", "fetched_at", "retrieved_at"})


def _said(view: RecordView, upto: int) -> str:
    """Everything shown before message `upto` (tool outputs and answers), lower-cased."""
    msgs = view.record.messages[:upto]
    return "\n".join(m.content or "" for m in msgs if m.role in ("tool", "assistant")).lower()


def _new_value(view: RecordView, call_id: str, seen: str) -> str | None:
    """A value of `call_id`'s output that nothing before it showed, or None."""
    for key, value in view.leaves(call_id):
        if isinstance(value, bool) or value is None or key.lower() in _FRESH:
            continue
        if key.lower().endswith(("_id", "id", "_at", "_url")):
            continue
        text = str(value).lower()
        if len(text) < 2 or text in seen:
            continue
        return f"{key} {value!r}"
    return None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    msgs = view.record.messages
    for turn in turns(view):
        answer = next((i for i in reversed(turn.indices)
                       if (t := trained_text(view, i)) and _POINTER.search(t)), None)
        if answer is None:
            continue
        for i in turn.indices:
            if i >= answer or msgs[i].role != "tool":
                continue
            call_id = msgs[i].tool_call_id or ""
            step = view.steps.get(call_id)
            if step is None or step.status != "ok" or view.output(call_id) is NOT_JSON:
                continue
            # what the answer itself states is not deferred
            new = _new_value(view, call_id, _said(view, i) + (msgs[answer].content or "").lower())
            if new:
                out.append(finding(NAME, "deferred_answer", answer,
                                   f"the answer says 'same as above' but {step.function_name} "
                                   f"returned {new}, shown nowhere before"))
                break
    return out
