"""Undoing what the conversation just made is a change of mind, asked for after the thing
is made, never in the same breath.

"Book a hotel around Seoul ... and afterwards cancel that booking" (BFCL seed 59 #24),
"make a payment ... then I'd like a refund for that payment" (bundled #7, #22): a chain
that makes a thing and then cancels, deletes or refunds it read as a nonsense task when
the user asked for both at once (35 of 300 BFCL records at seed 61, 28 of them in one
request). A person who books and then cancels changed their mind in between.

`undoes(call, by_id, endpoints)` says whether `call` undoes a thing an earlier call made
(its id comes from that call's result); `undo_step(chain, calls, endpoints)` is the step
such a call opens, where the planner splits the request so that the undoing is the
follow-up (`turns.plan_scenario`), which the user words as a change of plans
(`offline.user_follow_up(changed_mind=True)`). Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from toolgen.agents.offline import intent_of
from toolgen.executor import endpoint_info
from toolgen.executor.values import id_entity, normalize_key
from toolgen.records import Chain, Endpoint, PlannedCall

# What a person asks to take back: the verbs of a call that undoes a made thing.
_UNDO_VERBS = frozenset({"cancel", "delete", "remove", "refund", "clear", "void", "revoke",
                         "withdraw", "undo", "unfollow", "unlike", "unsubscribe", "erase",
                         "discard", "drop", "call off",
                         # a ticket made and closed in one breath (BFCL seed 71 #6): closed
                         # once the user finds it is sorted
                         "close"})
_READS = frozenset({"get", "list", "search", "auth"})
# Ids of things a create makes whatever the mock calls its entity (a hotel booking's
# `booking_id`, its `reservation_id`).
_MADE_THINGS = frozenset({"booking", "reservation", "order", "payment", "ticket_order",
                          "subscription", "appointment"})


def undoes(call: PlannedCall, by_id: Mapping[str, PlannedCall],
           endpoints: Mapping[str, Endpoint]) -> bool:
    """Whether `call` cancels, deletes or refunds what an earlier call made: its verb
    takes back, and an argument comes from the result of a call that was no read."""
    if intent_of(endpoints[call.endpoint_id]).verb not in _UNDO_VERBS:
        return False
    for arg in call.arguments:
        source = by_id.get(arg.call_id or "") if arg.source == "tool_output" else None
        if source is None:
            continue
        info = endpoint_info(endpoints[source.endpoint_id])
        if info.action not in _READS and _own_id(arg.path or "", info.entity):
            return True
    return False


def _own_id(path: str, entity: str) -> bool:
    """Whether the result field at `path` is the made thing's own id (a payment's
    `payment_id`, a booking's `id`), not another it names (the payment's method: deleting
    a saved card after paying changes no mind)."""
    key = path.rsplit(".", 1)[-1].split("[", 1)[0]
    if normalize_key(key) == "id":
        return True
    named = id_entity(key)
    return named is not None and (named == entity or named in _MADE_THINGS)


def undo_step(chain: Chain, calls: Sequence[PlannedCall],
              endpoints: Mapping[str, Endpoint]) -> int | None:
    """The index of the first step after the first holding a call that undoes an earlier
    one, else None. `calls` are planned in the chain's step order."""
    by_id = {c.call_id: c for c in calls}
    at = 0
    for index, step in enumerate(chain.steps):
        for call in calls[at:at + len(step)]:
            if index > 0 and undoes(call, by_id, endpoints):
                return index
        at += len(step)
    return None
