"""A thing read back in another state than the conversation left it in, with nothing
done to it in between.

BFCL `place_order` answered order 829419 "confirmed" and `get_order_details` read it
back "Cancelled" the next step (BFCL seed 21 #171; "Completed" at #206): a reviewer sees
an order the tool cancelled by itself. Kind `state_drifted`, per successful read (a
call with no effect whose name says no change: no refund, resolve, cancel...): its
result is one object stating a status about an id (the one id the call sent, else an id
its name's noun or a bare `id` names) whose last status a successful change of the
conversation stated for the thing it acted on (`_acted_on`), and the two statuses name
different states (`SAME_STATE`: "open" and "confirmed" are one state, "cancelled"
another). A status no group holds ("on time", "preparing") is another kind of state and
passes; so does a read that asked for a status.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.kept_status import state_of
from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.asked import name_words
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls, is_id_key
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "kept_state"

# Words of a call's name that change a thing's state (a `resolve_ticket` or a
# `refund_payment` the trace records without an effect is no read).
_CHANGES = frozenset({"refund", "resolve", "close", "cancel", "pay", "update", "set",
                      "change", "modify", "approve", "reject", "complete", "confirm", "ship",
                      "fulfil", "fulfill", "deliver", "return", "void", "process", "execute",
                      "submit", "mark", "archive", "reopen", "restore", "delete", "remove",
                      "book", "place", "create", "add", "edit", "assign", "escalate",
                      "transfer", "capture", "settle", "accept", "decline", "withdraw"})


def _status(obj: dict[str, Any]) -> str | None:
    value = obj.get("status")
    return value if isinstance(value, str) else None


def _ids(obj: dict[str, Any]) -> list[str]:
    return [v for _, v in _pairs(obj)]


def _acted_on(output: dict[str, Any], args: dict[str, Any], function_name: str,
              creates: bool) -> list[str]:
    """The ids of what a change call acted on: a create's first own id it was not sent
    (`book_hotel_room` makes `reservation_id`, its `hotel_id` was sent); another change's
    one sent id, else the sent ids whose noun its name says (`refund_payment`)."""
    sent = _ids(args)
    if creates:
        return next(([v] for v in _ids(output) if v not in sent), [])
    if len(sent) == 1:
        return sent
    words = {w.rstrip("s") for w in name_words(function_name)}
    return [v for k, v in _pairs(args) if _stem(k) in words]


def _stem(key: str) -> str:
    low = key.lower()
    return (low[:-3] if low.endswith("_id") else low[:-2] if low.endswith("id") else low
            ).rstrip("s")


def _pairs(obj: dict[str, Any]) -> list[tuple[str, str]]:
    return [(k, str(v)) for k, v in obj.items() if is_id_key(str(k)) and isinstance(
        v, str | int) and not isinstance(v, bool) and len(str(v)) >= 4]


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    left: dict[str, tuple[str, str]] = {}  # id -> (status, function that left it)
    for step, args, at in answered_calls(view):
        output = view.output(step.call_id)
        if output is NOT_JSON or not isinstance(output, dict):
            continue
        status = _status(output)
        sent = _ids(args)
        if step.effect is not None or _CHANGES.intersection(name_words(step.function_name)):
            if status is not None:
                for ident in _acted_on(output, args, step.function_name,
                                       step.effect == "create"):
                    left[ident] = (status, step.function_name)
            continue
        if status is None or state_of(status) is None or any(
                "status" in str(k).lower() for k in args):
            continue
        words = {w.rstrip("s") for w in name_words(step.function_name)}
        own = [v for k, v in _pairs(output) if _stem(k) in words or k.lower() == "id"]
        about = sent if len(sent) == 1 else own
        for ident in about:
            earlier = left.get(ident)
            if earlier is None:
                continue
            was = state_of(earlier[0])
            if was is not None and was != state_of(status):
                return [finding(NAME, "state_drifted", at,
                                f"{step.function_name}: {ident} is {status!r}, but "
                                f"{earlier[1]} left it {earlier[0]!r} and nothing changed it")]
    return []
