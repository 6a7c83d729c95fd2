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
