"""Settings whose own description says they change nothing.

Foursquare's `locationAccuracy` and `altitude` "(Does not currently affect search
results.)": a person who reads that never sets them, and a request stating "a location
accuracy of 47.6062 m" (ToolBench seed 71 #4) recites the form. A deprecated parameter
reads the same; one "ignored if" another is set still matters. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.records import Parameter

_INERT = re.compile(
    r"\b(?:does not|doesn't|do not|don't|will not|won't)\s+(?:currently\s+|yet\s+)?"
    r"(?:affect|change|influence|impact|alter)\b"
    r"|\b(?:has|have) no (?:effect|impact)\b"
    r"|\bdeprecated\b|\breserved for (?:future|internal) use\b",
    re.IGNORECASE)


def inert(param: Parameter) -> bool:
    """Whether an optional parameter's description says it has no effect."""
    return not param.required and _says_inert(param.description or "")


@lru_cache(maxsize=1 << 14)
def _says_inert(description: str) -> bool:
    return _INERT.search(description) is not None
