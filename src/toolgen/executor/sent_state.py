"""A state the call sets by a flag is the state its answer reports.

BigOven's `add_recipe_to_grocery_list(markAsPending=true)` came back `"status":
"confirmed"` (13 of 298 ToolBench seed 7 records), and the answer said "at the moment
confirmed" to a user who asked for it pending. `sent_state_finish(endpoint)` reads the
endpoint's boolean parameters whose names say a state (`markAsPending`, `is_draft`,
`archived`); its step sets the answer's top-level status to that state when the flag
was sent true, and moves a status equal to it to `confirmed` when the flag was sent
false. Only states a status holds: `isPrivate` says who sees a thing, not its status.
In place, deterministic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

# A flag's word -> the status it sets.
_STATES = {"pending": "pending", "draft": "draft", "archived": "archived",
           "archive": "archived", "completed": "completed", "complete": "completed",
           "published": "published", "publish": "published", "paid": "paid",
           "active": "active", "inactive": "inactive", "approved": "approved",
           "scheduled": "scheduled", "resolved": "resolved", "closed": "closed",
           "activate": "active", "enable": "enabled", "enabled": "enabled"}
# A state whose flag sent false sets its opposite ("activate": false -> inactive), not
# "confirmed".
_OPPOSITE = {"active": "inactive", "enabled": "disabled"}
_WORD = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def sent_state_finish(endpoint: Endpoint) -> Finish | None:
    """The step that fits the status to the endpoint's state flags; None without one."""
    flags: dict[str, str] = {}
    for p in endpoint.parameters:
        if p.json_schema.get("type") != "boolean":
            continue
        words = _WORD.findall(_CAMEL.sub(" ", p.name).lower())
        state = next((_STATES[w] for w in words if w in _STATES), None)
        if state is not None:
            flags[normalize_key(p.name)] = state  # the session passes normalised names
    if not flags:
        return None

    def fit(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        key = _status_key(output)
        if key is None:
            return
        status = output[key]
        for name, state in flags.items():
            sent = args.get(name)
            if sent is True:
                output[key] = _cased(state, status)
                return
            if sent is False and (state in _OPPOSITE or status.lower() == state):
                output[key] = _cased(_OPPOSITE.get(state, "confirmed"), status)

    return fit


def _status_key(output: Any) -> str | None:
    """The answer's own status key: `status`, else its one `<thing>Status`
    (`cruiseStatus` of `set_cruise_control(activate=true)` came back "inactive")."""
    if not isinstance(output, dict):
        return None
    if isinstance(output.get("status"), str):
        return "status"
    keys = [k for k, v in output.items()
            if isinstance(v, str) and normalize_key(k).endswith("_status")]
    return keys[0] if len(keys) == 1 else None


def _cased(state: str, like: str) -> str:
    """`state` written as `like` is ("Confirmed", "PENDING", "draft")."""
    if like.isupper():
        return state.upper()
    return state.capitalize() if like[:1].isupper() else state
