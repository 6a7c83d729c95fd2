"""A thing read back is in the state it was left in, said in the read's own words.

BFCL `place_order` answers an order "confirmed" and `get_order_details`, whose schema
allows only Open, Pending, Completed and Cancelled, drew any of them for the same order a
moment later: an order just placed read back "Cancelled" or "Completed". A read of an id
the session remembers a status for (`EntityRecord.fields`) answers that status: itself
when the read's enum has it (any capitalisation), else the first enum value that names the
same state (`SAME_STATE`: "confirmed" is "Open" among Open/Pending/Completed/Cancelled).
Without an enum, a drawn status of another known state than the remembered one is the
remembered one. A remembered status no group holds, or a read whose enum names no such
state, keeps the drawn one. In place, deterministic; never touches the network.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toolgen.executor.state import EntityRecord
from toolgen.executor.values import normalize_key

# States a thing's status can name, each with its words in the order a read's enum is
# searched for the one to say (a live order is "open" before it is "pending").
SAME_STATE: tuple[tuple[str, ...], ...] = (
    ("confirmed", "open", "active", "placed", "booked", "accepted", "reserved", "pending",
     "new", "created", "submitted", "received", "processing", "in_progress", "scheduled"),
    ("completed", "complete", "fulfilled", "filled", "executed", "done", "delivered",
     "closed", "resolved", "finished"),
    ("cancelled", "canceled", "voided", "void", "withdrawn", "revoked", "terminated"),
    ("failed", "rejected", "declined", "error"),
    ("paid", "settled", "captured", "succeeded"),
    ("refunded", "reversed"),
)
_GROUP = {word: i for i, words in enumerate(SAME_STATE) for word in words}


def state_of(status: str) -> int | None:
    """The state (`SAME_STATE` group) a status names, or None for one no group holds."""
    return _GROUP.get(normalize_key(status))


def _status_key(obj: Mapping[str, Any]) -> str | None:
    return next((k for k, v in obj.items() if isinstance(v, str) and (
        k == "status" or normalize_key(k).endswith("_status"))), None)


def same_state(remembered: str, enum: list[Any]) -> str | None:
    """The value of `enum` naming the state `remembered` names, or None."""
    want = normalize_key(remembered)
    said = {normalize_key(str(v)): v for v in enum if isinstance(v, str)}
    if want in said:
        return str(said[want])
    group = _GROUP.get(want)
    if group is None:
        return None
    return next((str(said[w]) for w in SAME_STATE[group] if w in said), None)


def kept_status(output: Any, rec: EntityRecord, schema: Mapping[str, Any],
                args: Mapping[str, Any]) -> None:
    """A read's own status says the state `rec` remembers (module doc), in place. A status
    the call sent (a filter) stays."""
    if not isinstance(output, dict) or any("status" in normalize_key(k) for k in args):
        return
    key = _status_key(output)
    if key is None:
        return
    remembered = rec.fields.get(normalize_key(key), rec.fields.get("status"))
    if not isinstance(remembered, str) or remembered == output[key]:
        return
    prop = schema.get("properties")
    enum = prop.get(key, {}).get("enum") if isinstance(prop, dict) and isinstance(
        prop.get(key), dict) else None
    if isinstance(enum, list) and enum:
        value = same_state(remembered, enum)
        if value is not None:
            output[key] = value
    elif _GROUP.get(normalize_key(remembered), -1) != _GROUP.get(
            normalize_key(output[key]), -1) and normalize_key(output[key]) in _GROUP:
        output[key] = remembered  # no enum: the state it was left in, as it was said
