"""The acceptance checks live text must pass: slot values verbatim, at least one fact cited.

They use the grounding validator's own notion of "occurs in text" (`occurs_in`), so
text accepted here is text the validator accepts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from toolgen.agents.offline import value_text
from toolgen.judge.values import occurs_in


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
