"""Boolean outcome flags: what `success`, `cancel_status` or `authenticated` say.

A result the mock executor returns is a successful call (failures are planned faults with
an error body), so a flag that reports the call's own outcome says it went through: an
`authentication_status: false` beside a fresh access token, or `cancel_status: false` on a
cancellation the user asked for and nothing went wrong, reads as a contradiction. A flag
that names what a write did (`cancelled`, `sent`) is true when the call is that kind of
write, false when a read describes a thing. Other booleans describe the thing and are
drawn.
"""

from __future__ import annotations

from functools import lru_cache

# Flags whose last word reports the call's outcome, whatever the call does.
_OUTCOME_WORDS = frozenset({"status", "success", "successful", "succeeded", "ok", "result"})
# What a thing that exists and is offered normally is.
_STATE_TRUE = frozenset({"valid", "available", "active", "verified", "exists", "enabled"})
# What a write did; true on such a write, false on a read of a thing.
_DONE = frozenset({
    "authenticated", "logged_in", "confirmed", "completed", "sent", "posted", "saved",
    "created", "updated", "added", "booked", "reserved", "paid", "processed", "submitted",
    "approved", "scheduled", "uploaded", "transferred", "followed", "subscribed",
    "unsubscribed", "registered",
})
# What a deletion or cancellation did (a create or a read has not removed anything).
_GONE = frozenset({"cancelled", "canceled", "removed", "deleted"})
# Flags that report something wrong, or more pages: false on an ordinary result.
_FALSE = frozenset({"error", "has_error", "failed", "has_more"})
_WRITES = frozenset({"create", "update", "delete", "auth"})
_PREFIXES = ("is_", "was_", "has_been_", "has_")


@lru_cache(maxsize=4096)
def outcome_flag(key: str, action: str) -> bool | None:
    """The value a boolean named `key` (lower snake) has on a successful `action` call;
    None when the name does not say (the flag is drawn)."""
    if key in _FALSE:
        return False
    name = key
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    last = name.rsplit("_", 1)[-1]
    if name in _OUTCOME_WORDS or last in _OUTCOME_WORDS:
        return True
    if name in _STATE_TRUE:
        return True
    if name in _GONE:
        return action == "delete"
    if name in _DONE:
        return action in _WRITES
    return None
