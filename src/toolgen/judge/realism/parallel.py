"""Parallel calls after dependent wording: "once that is done ... for it" means one after another.

When a user message chains its requests ("then", "once that's done", "using what comes
back", "for that one", "using the first showtime's price"), the later call needs the
earlier result, so the assistant must call in sequence. Making every call of the turn in
one parallel message contradicts the request.
"""

from __future__ import annotations

import re

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import turns
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "parallel"

DEPENDENT = re.compile(
    r"once (?:that|this|it)(?:'s| is| has been| was)? (?:done|finished|complete|through)"
    r"|after (?:that|this|it)(?:'s| is| has been)? (?:done|finished|complete)"
    r"|using what (?:comes|came) back|with (?:the|that) (?:result|outcome|output|answer)"
    r"|based on (?:that|the result|the outcome|what)|for that one|for whatever comes"
    r"|from (?:that|the) result|with what (?:you|it) (?:find|get|return)"
    r"|\bthen\b[^.?!]*\b(?:for|with|using|on) (?:it|that|them|those|the result)\b"
    # a result named by what it is: "using the first showtime's price", "that same total"
    r"|\b(?:using|with|in|for|from) (?:the first [a-z]+(?: [a-z]+)?'s [a-z]|that same )",
    re.IGNORECASE,
)


def GATE(view: RecordView) -> bool:
    """Only a trained assistant message making two calls or more can be all at once."""
    per_message: dict[int, int] = {}
    for site in view.calls:
        if not site.weight0:
            per_message[site.message_index] = per_message.get(site.message_index, 0) + 1
    return any(n >= 2 for n in per_message.values())


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    msgs = view.record.messages
    out: list[Finding] = []
    for turn in turns(view):
        if turn.user_at is None or not DEPENDENT.search(msgs[turn.user_at].content or ""):
            continue
        calling = [i for i in turn.indices
                   if msgs[i].role == "assistant" and msgs[i].tool_calls and msgs[i].weight != 0]
        if len(calling) == 1 and len(msgs[calling[0]].tool_calls or ()) >= 2:
            out.append(finding(NAME, "parallel_dependent", calling[0],
                               "the user chained the requests, but every call is made at once"))
    return out
