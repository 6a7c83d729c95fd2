"""The acceptance checks live text must pass: slot values verbatim, at least one fact cited.

Also the figures of a text (digit-bearing tokens: amounts, dates, IDs), so a rewrite can
be held to keep every figure of its original and add none. The value checks use the
grounding validator's own notion of "occurs in text" (`occurs_in`), so text accepted
here is text the validator accepts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from toolgen.agents.offline import value_text
from toolgen.judge.values import occurs_in

_FIGURE = re.compile(r"\S*\d\S*")
_EDGE = re.compile(r"^\W+|\W+$")


def missing_values(text: str, values: Sequence[Any]) -> list[str]:
    """The values (as text) that `text` does not state."""
    low = text.lower()
    return [value_text(v) for v in values if not occurs_in(v, [low])]


def cites_any(text: str, facts: Sequence[str]) -> bool:
    """Whether `text` states at least one of `facts` (vacuously true without facts)."""
    if not facts:
        return True
    low = text.lower()
    return any(f.lower() in low for f in facts if f.strip())


# "Here's the user's next message:", "Sure! Here is a friendly reply:" (not "Here's my
# order number: 123", which a user may well write).
_PREAMBLE = re.compile(
    r"^(?:sure|okay|ok|certainly|of course|alright)?[,.! ]*(?:here'?s|here is|below is)\b"
    r"[^.!?\n:]*\b(?:message|reply|response|answer|rewrite|version|draft|turn)\b[^.!?\n]*:",
    re.IGNORECASE)
_META = ("the user's next message", "user's message", "reply to the user", "response to the user",
         "as the user", "as an ai", "as the assistant", "friendly reply")
_ASSISTANT_VOICE = ("how can i help", "how may i help", "how can i assist", "i can help you with",
                    "let me check", "let me look", "i'll look that up", "i will look that up",
                    "here is what i found", "here's what i found", "is there anything else")


def voice_problem(text: str, role: str) -> str | None:
    """Why `text` is not a message `role` would send (None: it is).

    Models asked to write one side often add a preamble ("Here's the user's next
    message:"), talk about the message, or write the other side's words.
    """
    low = text.strip().lower()
    if _PREAMBLE.match(low) or any(m in low for m in _META):
        return ("It must be only the message itself: no preamble such as \"Here's ...:\" and "
                "no comment about it.")
    if role == "user" and any(p in low for p in _ASSISTANT_VOICE):
        return "It must be written as the user, who asks for help, not as the assistant."
    return None


def clean_text(text: str | None) -> str:
    """Model text without surrounding quotes, role prefixes or blank padding."""
    out = (text or "").strip()
    for prefix in ("User:", "user:", "Assistant:", "assistant:"):
        if out.startswith(prefix):
            out = out[len(prefix):].strip()
    if len(out) >= 2 and out[0] == out[-1] and out[0] in "\"'":
        out = out[1:-1].strip()
    return out


def figures(text: str) -> list[str]:
    """Digit-bearing tokens of `text` without edge punctuation ("$12.50," -> "12.50")."""
    found = (_EDGE.sub("", token) for token in _FIGURE.findall(text))
    return list(dict.fromkeys(f for f in found if f))


def added_figures(text: str, original: str) -> list[str]:
    """Figures of `text` that `original` does not contain (invented amounts, dates, IDs)."""
    low = original.lower()
    return [f for f in figures(text) if f.lower() not in low]
