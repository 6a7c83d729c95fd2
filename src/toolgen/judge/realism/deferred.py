"""Answers that point "above" instead of saying what a new result holds.

"For the structure, the details are the same as above", "the information match the ones
above": a reviewer reads the turn's tool output, finds a value the conversation has not
shown yet (a new update time, a different score, another name) and sees the answer leave
out the very figure the user asked for. Kind `deferred_answer`.

The call the pointer is about is the one a reader would take for "the same": among the
turn's calls whose new values the answer does not state, the one with the largest share
of its values shown before. Left alone, as a reviewer would: that call's values were
all shown earlier (an output, an answer or the user's words) - then "same as above" is
the honest report. Ids, URLs and timestamps alone do not make a result new (a repeat
read gets a fresh stamp); a name, a status or a figure does.
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
    r"|same details as (?:above|before)|identical to the (?:one|ones|result) above"
    r"|match(?:es)? the result above|match what i just gave you|same as the one above")
# Values that change on every read of one record: they do not make a result new.
_FRESH = frozenset({"updated_at", "created_at", "modified_at", "timestamp", "time", "date",
                    "version", "url", "etag", "request_id", "fetched_at", "retrieved_at"})
_AUTH = frozenset({"access_token", "refresh_token", "token_type", "expires_in"})


def _said(view: RecordView, upto: int) -> str:
    """Everything said before message `upto` (outputs, answers, the user), lower-cased."""
    msgs = view.record.messages[:upto]
    return "\n".join(m.content or "" for m in msgs if m.role != "system").lower()


def _values(view: RecordView, call_id: str) -> list[tuple[str, str]]:
    """(key, value as lower-cased text) of the output's values that say what it is: not
    ids, stamps, links or versions, and not one-letter."""
    out = []
    for key, value in view.leaves(call_id):
        k = key.lower()
        if isinstance(value, bool) or value is None or k in _FRESH:
            continue
        if k.endswith(("_id", "id", "_at", "_url", "token")):
            continue
        text = str(value).lower()
        if len(text) >= 2:
            out.append((key, text))
    return out


def _reported(view: RecordView, call_id: str, seen: str, answer: str) -> bool:
    """True when the answer states a value of the output (an id too) not said before:
    it reports this call, and its pointer is about another."""
    for _, value in view.leaves(call_id):
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = str(value).lower()
            if len(text) >= 2 and text not in seen and text in answer:
                return True
    return False


def _pointed_at(view: RecordView, tools: list[int], answer: int) -> tuple[str, str] | None:
    """(function name, a value nothing before showed) of the call the pointer is about, or
    None: among the turn's calls the answer does not report, the one most like what came
    before (the largest share of its values already shown) - the one the answer calls
    "the same"."""
    msgs = view.record.messages
    said = (msgs[answer].content or "").lower()
    best: tuple[float, str, str | None] | None = None
    for i in tools:
        call_id = msgs[i].tool_call_id or ""
        step = view.steps.get(call_id)
        if step is None or step.status != "ok" or view.output(call_id) is NOT_JSON:
            continue
        if any(k.lower() in _AUTH for k, _ in view.leaves(call_id)):
            continue  # a token refresh is never what an answer reports
        seen = _said(view, i)
        if _reported(view, call_id, seen, said):
            continue
        values = _values(view, call_id)
        new = [f"{key} {text!r}" for key, text in values if text not in seen]
        share = 1 - len(new) / len(values) if values else 1.0
        if best is None or share >= best[0]:
            best = (share, step.function_name, new[0] if new else None)
    if best is None or best[2] is None:
        return None
    return best[1], best[2]


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    msgs = view.record.messages
    for turn in turns(view):
        answer = next((i for i in reversed(turn.indices)
                       if (t := trained_text(view, i)) and _POINTER.search(t)), None)
        if answer is None:
            continue
        tools = [i for i in turn.indices if i < answer and msgs[i].role == "tool"]
        pointed = _pointed_at(view, tools, answer)
        if pointed is not None:
            out.append(finding(NAME, "deferred_answer", answer,
                               f"the answer says 'same as above' but {pointed[0]} returned "
                               f"{pointed[1]}, shown nowhere before"))
    return out
