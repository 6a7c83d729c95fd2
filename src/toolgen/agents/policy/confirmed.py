"""A check of a state the user named says whether it holds.

BFCL's `lawsuit_check_case(case_id, closed_status)` verifies "the status of the lawsuit
case"; asked to "confirm the lawsuit case 109906 - yes, closed", the answer said only
"I verified details of lawsuit case: they're Brennan v. Acme Corp., at https://..."
(BFCL seed 59 #16): the `closed_status: true` it came back with is the value sent, so it
had been dropped as no news. `confirmed(verb, output, arguments)` is that state as a
fact ("closed", "not closed") for a verify, check or confirm call whose result holds the
yes or no it was sent, else None.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toolgen.agents.offline import Fact
from toolgen.executor.values import normalize_key

_CHECKS = frozenset({"verify", "check", "confirm", "validate"})
# Words of a flag's name that say it is a flag, not what it says ("closed" of
# `closed_status`, "active" of `is_active`).
_FLAG_WORDS = frozenset({"status", "is", "flag", "state", "check", "verified"})


def confirmed(verb: str, output: Any, arguments: Mapping[str, Any]) -> Fact | None:
    """The state a check was sent and found, as a fact (module doc); None otherwise."""
    if verb not in _CHECKS or not isinstance(output, dict):
        return None
    for key, sent in arguments.items():
        if not isinstance(sent, bool) or output.get(key) is not sent:
            continue
        words = [w for w in normalize_key(key).split("_") if w and w not in _FLAG_WORDS]
        if len(words) == 1 and words[0].isalpha():
            return Fact(label="status", value=words[0] if sent else f"not {words[0]}")
    return None
