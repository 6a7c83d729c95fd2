"""A token the user asked for is what the answer gives.

Asked to "look into the security token on port 25", the assistant answered "the user ID
is usr_eb573a" (ToolBench seed 71 #1): the token is no salient leaf, so it was never
said. `asked_token(output, obj)` is the token (or key) of the answer's top level when the
request's object names one ("the security token", "an access key"); None otherwise. A
password is never read out, asked or not.
"""

from __future__ import annotations

import re
from typing import Any

from toolgen.agents.offline import Fact, slot_label
from toolgen.executor.values import normalize_key

_ASKED = re.compile(r"\b(token|key)s?\b")


def asked_token(output: Any, obj: str) -> Fact | None:
    """The token the request asks for, as a fact, or None (module doc)."""
    asked = _ASKED.search(obj.lower())
    if asked is None or not isinstance(output, dict):
        return None
    word = asked.group(1)
    for key, value in output.items():
        last = normalize_key(str(key)).rsplit("_", 1)[-1]
        if last == word and isinstance(value, str) and value.strip():
            return Fact(label=slot_label(str(key)), value=value)
    return None
