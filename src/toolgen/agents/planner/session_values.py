"""Values the session holds, not the user: an access token, a session id, an API key.

A user does not recite `tok_7f78c3c7fda281f6` ("call off the booking (tok_...)"), and
no record, prompt or output holds a credential (the repo's rule): a signed-in session's
credential is supplied by the tool runtime. `held_by_session(name)` says which
parameters are such credentials; the planner gives them the source `context` and the
value `reference(name)`, a named reference (`$ACCESS_TOKEN`) the runtime resolves, never
a drawn token; `context_note(calls)` is the sentence the operator's system message
states the references in, where the assistant reads them. A credential an earlier auth
call of the chain returns stays a `tool_output` link (the mock service issued it);
`same_session` gives every call of a conversation the same reference. Pure; never
touches the network.
"""

from __future__ import annotations

from collections.abc import Iterable

from toolgen.executor.values import normalize_key
from toolgen.records import PlannedArg, PlannedCall

# Normalised parameter names of credentials a session holds -> how the note names them.
_HELD = {
    "access_token": "access token", "accesstoken": "access token", "token": "access token",
    "auth_token": "access token", "authtoken": "access token", "bearer": "access token",
    "bearer_token": "access token", "session_token": "session token", "jwt": "access token",
    "id_token": "ID token", "session_id": "session ID", "sessionid": "session ID",
    "api_key": "API key", "apikey": "API key", "api_token": "API token",
}


def reference(name: str) -> str:
    """The reference the runtime resolves to the session's credential for parameter
    `name` (`$ACCESS_TOKEN`, `$SESSION_ID`, `$API_KEY`): clearly not a secret itself."""
    label = _HELD.get(normalize_key(name), "access token")
    return "$" + label.upper().replace(" ", "_")


def held_by_session(name: str) -> bool:
    """Whether the parameter `name` is a credential the session holds (module doc)."""
    return normalize_key(name) in _HELD


def same_session(args: tuple[PlannedArg, ...], held: dict[str, str]
                 ) -> tuple[PlannedArg, ...]:
    """`args` with each credential the session holds set to the one of its kind an earlier
    call of the conversation used (`held`, filled here): one session, one token."""
    out = []
    for arg in args:
        if arg.source == "context" and isinstance(arg.value, str):
            kind = _HELD.get(normalize_key(arg.name), "access token")
            arg = arg.model_copy(update={"value": held.setdefault(kind, arg.value)})
        out.append(arg)
    return tuple(out)


def context_note(calls: Iterable[PlannedCall]) -> str | None:
    """The system message's sentence stating the session's credentials, or None."""
    held: dict[str, str] = {}
    for call in calls:
        for arg in call.arguments:
            if arg.source == "context" and isinstance(arg.value, str):
                held.setdefault(_HELD.get(normalize_key(arg.name), "access token"), arg.value)
    if not held:
        return None
    said = "; ".join(f"pass {value} for their {label}" for label, value in held.items())
    return f"The user is signed in and the runtime supplies their credentials: {said}."
