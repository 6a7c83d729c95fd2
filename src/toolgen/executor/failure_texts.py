"""An enum's members that report a failure, kept out of a successful answer.

A schema's `Message` enum lists what the API may say, failures included: Eqivo's
ConferenceMute lists "Conference Mute Executed" beside "MemberID Parameter must be
present", and a draw among them answered a mute that succeeded (`"Success": true`) with
"MemberID Parameter must be present" (ToolBench seed 7 #287). The mock answers a failed
call with its own error body (`faults`), so a result drawn from the schema is a success:
`succeeded_choices(options)` is the members that do not read as a failure (all of them
when every member does, or none does). Only texts of two words or more are read, so a
status enum's one word ("failed", "missing") stays a state a record may be in. Pure.
"""

from __future__ import annotations

import re
from typing import Any

_FAILURE = re.compile(
    r"\b(?:error|errors|failed|failure|not found|missing|invalid|is not valid|not valid"
    r"|must be|cannot|can't|could not|unable to|is required|are required|unknown"
    r"|unauthori[sz]ed|forbidden|denied|not allowed|exceeded|does not exist"
    r"|doesn't exist|bad request|should be|does not match|doesn't match)\b", re.IGNORECASE)


def reads_as_failure(value: Any) -> bool:
    """Whether `value` is a text of two words or more that reports a failure."""
    return isinstance(value, str) and len(value.split()) >= 2 and bool(_FAILURE.search(value))


def succeeded_choices(options: list[Any]) -> list[Any]:
    """`options` without the members that report a failure (module doc)."""
    kept = [o for o in options if not reads_as_failure(o)]
    return kept if kept and len(kept) < len(options) else options
