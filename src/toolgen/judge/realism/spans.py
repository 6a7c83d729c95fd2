"""A start and an end the user says without their direction, or the wrong way round.

"dig up the travel distance in Bengaluru for Mumbai" sent `start_location=Bengaluru,
end_location=Mumbai` (BFCL seed 31 #57), and "directions (that's Mumbai, Delhi)" sent
`start=Mumbai, end=Delhi`: nothing in the request says which is where the trip begins,
and a reader could as well have sent them the other way. Kind `span_unmarked`, per call:
a start and an end of one thing (start/end, from/to, origin/destination, since/until),
both stated in the request the call answers, where the start is not said as a start
("from", "between", "starting", "since", "leaving") while the end is not said as an end
("to", "until", "through", "and"), or either is said as the other ("to Bengaluru from
Mumbai" for a start of Bengaluru).
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import argument_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import real_steps
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "spans"

_ENDS = (("start", "end"), ("begin", "end"), ("from", "to"), ("origin", "destination"),
         ("since", "until"))
_PART = re.compile(r"[a-z]+|\d+")
# What a start or an end is said after, at most two words before its value.
_START_SAID = re.compile(r"\b(?:from|between|starting|start|starts|since|leaving|departing|"
                         r"begin|beginning|origin|out of)\b")
_END_SAID = re.compile(r"\b(?:to|in|until|till|through|thru|and|ending|end|ends|destination|"
                       r"arriving|into|towards?|up to|before)\b|-$")


def _is_end(key: str) -> bool:
    return any(word in pair for word in _parts(key) for pair in _ENDS)


GATE = argument_keys_gate(_is_end)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        args = view.arguments(step.call_id)
        if not isinstance(args, dict) or len(args) < 2:
            continue
        # only ends the user states: a currency taken from an earlier payment ("a payment
        # in USD, then convert the amount to GBP") is no end the request says
        stated = {k: v for k, v in args.items() if (a := step.arguments.get(k)) is not None
                  and a.source in ("user", "clarification")}
        for start, end in _pairs(stated):
            at = view.call_at[step.call_id]
            said = _request(view, at, start, end)
            if said is None:
                continue
            why = _unmarked(said, start, end)
            if why:
                out.append(finding(NAME, "span_unmarked", at,
                                   f"{step.function_name}: {why} (start {start!r}, "
                                   f"end {end!r})"))
    return out


def _parts(name: str) -> list[str]:
    return _PART.findall(re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower())


def _pairs(args: dict[str, Any]) -> list[tuple[str, str]]:
    """(start value, end value) of each start/end pair of `args` (text or numbers)."""
    ends: dict[tuple[int, tuple[str, ...]], dict[str, str]] = {}
    for name, value in args.items():
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        parts = _parts(name)
        for i, word in enumerate(parts):
            for k, pair in enumerate(_ENDS):
                if word in pair:
                    rest = tuple(parts[:i] + parts[i + 1:])
                    ends.setdefault((k, rest), {})[(word == pair[1] and "end") or "start"] = (
                        str(value))
    return [(e["start"], e["end"]) for e in ends.values()
            if "start" in e and "end" in e and e["start"] != e["end"]
            and min(len(e["start"]), len(e["end"])) >= 2]


def _request(view: RecordView, at: int, start: str, end: str) -> str | None:
    """The latest user message before message `at` stating both ends, or None."""
    for m in reversed(view.record.messages[:at]):
        text = m.content or ""
        if m.role == "user" and start in text and end in text:
            return text
    return None


def _unmarked(text: str, start: str, end: str) -> str:
    """Why the pair reads without its direction, or "" when some saying of both ends
    reads right (a value said twice, as in "from Mumbai to Delhi, ... from Bengaluru to
    Mumbai", is read at each place it stands)."""
    low = text.lower()
    starts = [_lead(low, m.start()) for m in _found(text, start)]
    ends = [_lead(low, m.start()) for m in _found(text, end)]
    why = ""
    for a in starts:
        for b in ends:
            reason = _reason(a, b)
            if not reason:
                return ""
            why = why or reason
    return why


def _reason(a: str, b: str) -> str:
    if _END_SAID.search(a) and not _START_SAID.search(a):
        return "the start is said as an end"
    if _START_SAID.search(b) and not _END_SAID.search(b):
        return "the end is said as a start"
    if not _START_SAID.search(a) and not _END_SAID.search(b):
        return "neither end is said as a start or an end"
    return ""


def _found(text: str, value: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text))


def _lead(low: str, at: int) -> str:
    """The two words before position `at` of the lower-cased text."""
    return " ".join(low[:at].split()[-2:])
