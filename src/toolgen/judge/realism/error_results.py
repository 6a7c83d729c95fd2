"""A tool output that reports an error, passed on as a result.

`{"Message": "CallUUID Parameter Missing", "Success": true}` after a call that sent the
CallUUID, `{"Message": "Conference Deaf Failed -- Conference not found"}` answered with
"I found the conference deaf - its message is ...": the call "succeeded" but what came
back is an error, and the answer presents it as the thing asked for. A reviewer reads
this as an error reported as success. Kind `error_as_result`.

Left alone: an answer that says the request failed in its own words (sorry, couldn't,
failed, ...) outside the quoted message, in the sentence that says it (or anywhere, when
it does not quote it), and a message saying no error occurred.
"""

from __future__ import annotations

import re

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import output_keys_gate
from toolgen.judge.realism.honesty import ACK
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps, trained_text, turns
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "error_results"

_MESSAGE_KEYS = frozenset({"message", "msg", "error", "error_message", "errormessage", "detail",
                           "status_message", "statusmessage", "errors", "reason", "result"})
_ERROR = re.compile(
    r"\b(?:error|failed|failure|not found|missing|invalid|must be (?:present|provided)"
    r"|is required|unauthori[sz]ed|forbidden|access denied|not allowed|limit exceeded"
    r"|does not exist|doesn't exist|bad request|unable to|should be used for"
    r"|does not match)\b", re.IGNORECASE)
_NO_ERROR = re.compile(r"\bno errors?\b|\bwithout errors?\b|\berror[- ]free\b", re.IGNORECASE)


def error_message(view: RecordView, call_id: str) -> str | None:
    """The error a successful call's output reports in a message field, or None."""
    for key, value in view.leaves(call_id):
        if isinstance(value, str) and key.lower() in _MESSAGE_KEYS and len(value) < 300 \
                and _ERROR.search(value) and not _NO_ERROR.search(value):
            return value
    return None



# An error is read from a message field (`error_message`): an output without one reports none.
GATE = output_keys_gate(lambda key: key.lower() in _MESSAGE_KEYS)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    errors: list[tuple[str, int, str]] = []
    for step in real_steps(view):
        at = view.answer_at.get(step.call_id)
        if at is None or step.status != "ok":
            continue
        message = error_message(view, step.call_id)
        if message is not None:
            errors.append((step.function_name, at, message))
    if not errors:
        return []
    out: list[Finding] = []
    for name, at, message in errors:
        said = _reporting(_answer_after(view, at), message)
        for _, _, quoted in errors:  # the answer's own words, not the messages it quotes
            said = said.replace(quoted, "")
        if not ACK.search(said):
            out.append(finding(NAME, "error_as_result", at,
                               f"{name} returned the error {message!r} and "
                               "the answer reports it as a result"))
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _reporting(answer: str, message: str) -> str:
    """The sentences of `answer` that say `message`, each with the one before it ("That
    didn't work. The service says ..."), or the whole answer when none says it: a
    "nothing" said of another call ("The event's responses came back with nothing else")
    acknowledges no error (ToolBench seed 7 #287)."""
    sentences = _SENTENCE_END.split(answer)
    said = [" ".join(sentences[max(i - 1, 0):i + 1])
            for i, s in enumerate(sentences) if message in s]
    return " ".join(said) if said else answer


def _answer_after(view: RecordView, at: int) -> str:
    """What the assistant says after message `at` in its turn (not an earlier retry note)."""
    turn = next((t for t in turns(view) if at in t.indices), None)
    if turn is None:
        return ""
    return "\n".join(t for i in turn.indices if i > at and (t := trained_text(view, i)))
