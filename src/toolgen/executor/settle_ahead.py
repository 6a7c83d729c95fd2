"""Settled later: what a later call of the plan pays, cancels or refunds is read in a
state that call can act on.

The executor draws a read's status without knowing the chain, so a reservation read
"cancelled" was then paid, an order read "refunded" refunded again. The plan knows: a
later planned call takes an argument from the read's output at a path
(`$.orders[0].total.amount`). `settle_hints` maps the read's endpoint id to what the
later call does (`pay`, `cancel`, `refund`: its name's words), the path of the object it
acts on and the later call's endpoint id; the session, answering that read before the
later call has run, gives that one object a status the act fits (`fit_status`): unpaid
for a payment (a confirmed booking is not yet paid for), live for a cancellation, paid
for a refund. A status the caller asked for (a filter argument) stays: the planner keeps
such filters payable (`payable_filters`). The value comes from the status field's enum
in the response schema when it has one; a plan whose read can never fit (every status
its schema allows is settled: `unsettleable`) is planned again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint, PlannedCall

_PAYS = frozenset({"pay", "payment", "payments", "charge", "charges"})
_NOT_PAYMENT = frozenset({"method", "methods", "card", "cards", "refund", "refunds",
                          "account", "accounts", "status", "history", "list", "get"})
_CANCELS = frozenset({"cancel", "void"})
_REFUNDS = frozenset({"refund"})

# What each act cannot follow, and what it can (in order of preference).
BLOCKED: dict[str, frozenset[str]] = {
    "pay": frozenset({"paid", "ticketed", "issued", "completed", "succeeded",
                      "captured", "cancelled", "canceled", "refunded", "settled", "delivered",
                      "shipped", "closed", "expired", "failed", "declined", "voided",
                      "returned", "rejected", "finished", "done", "archived", "deleted"}),
    "cancel": frozenset({"cancelled", "canceled", "refunded", "completed", "expired", "closed",
                         "failed", "voided", "delivered", "returned", "rejected", "declined",
                         "finished", "done", "archived", "deleted", "checked_out"}),
    "refund": frozenset({"refunded", "cancelled", "canceled", "pending", "failed",
                         "declined", "voided", "rejected", "unpaid", "draft", "expired"}),
}
FITTING: dict[str, tuple[str, ...]] = {
    "pay": ("pending", "unpaid", "awaiting_payment", "held", "reserved", "booked", "placed",
            "open", "created", "new", "processing", "confirmed"),
    "cancel": ("confirmed", "booked", "reserved", "pending", "scheduled", "active", "placed",
               "open", "processing", "held", "ticketed", "issued", "paid"),
    "refund": ("paid", "completed", "succeeded", "captured", "settled", "delivered",
               "ticketed", "issued", "confirmed"),
}

_ATTEMPT = re.compile(r"_a\d+$")
_PATH_PART = re.compile(r"\.([A-Za-z0-9_]+)|\[(\d+)\]|\[\"([^\"]+)\"\]")


@dataclass(frozen=True)
class Settle:
    """A later call `act`s (pay/cancel/refund) on the object at `path` of a read's output;
    `by` is that later call's endpoint id."""

    act: str
    path: tuple[str | int, ...]
    by: str


def act_of(endpoint: Endpoint) -> str | None:
    """`pay`, `cancel` or `refund` when `endpoint`'s function name says it does that."""
    words = set(normalize_key(endpoint.function_name.split("_for_", 1)[0]).split("_"))
    if words & _REFUNDS:
        return "refund"
    if words & _CANCELS:
        return "cancel"
    if words & _PAYS and not words & _NOT_PAYMENT:
        return "pay"
    return None


def settle_hints(calls: Iterable[PlannedCall],
                 endpoints: Mapping[str, Endpoint]) -> dict[str, Settle]:
    """Read endpoint id -> what the first later planned call that acts on its output does."""
    by_call: dict[str, str] = {}  # call id -> endpoint id
    hints: dict[str, Settle] = {}
    for call in calls:
        by_call[call.call_id] = call.endpoint_id
        endpoint = endpoints.get(call.endpoint_id)
        act = act_of(endpoint) if endpoint is not None else None
        if act is None:
            continue
        for arg in call.arguments:
            # a record links an item to the attempt whose page held it (`call_x_a0`, page
            # 1 of a paged read): that attempt is its planned call's (a replay had read the
            # refunded order "refunded" before the refund: bundled seed 7 #153)
            source = arg.call_id or ""
            read = by_call.get(source) or by_call.get(_ATTEMPT.sub("", source))
            if arg.source != "tool_output" or read is None or arg.path is None:
                continue
            if read != call.endpoint_id and read not in hints:
                hints[read] = Settle(act, parse_path(arg.path), call.endpoint_id)
    return hints


def parse_path(path: str) -> tuple[str | int, ...]:
    """`$.orders[0].total.amount` -> ("orders", 0, "total", "amount")."""
    return tuple(int(m[2]) if m[2] else (m[1] or m[3]) for m in _PATH_PART.finditer(path))


def fit_status(output: Any, hint: Settle, schema: Mapping[str, Any],
               args: Mapping[str, Any]) -> None:
    """The status of the object `hint.path` leads to (the deepest one on the way that has
    one) made one `hint.act` can follow, in place. Nothing when a status was asked for."""
    if any("status" in normalize_key(k) for k in args):
        return
    found: tuple[dict[str, Any], Mapping[str, Any]] | None = None
    node: Any = output
    node_schema: Mapping[str, Any] = schema
    for part in (*hint.path, None):
        if isinstance(node, dict) and _status_key(node) is not None:
            found = (node, node_schema)
        if part is None:
            break
        if isinstance(part, int) and isinstance(node, list) and part < len(node):
            node, node_schema = node[part], _sub(node_schema.get("items"))
        elif isinstance(part, str) and isinstance(node, dict) and part in node:
            node, node_schema = node[part], _sub(_sub(node_schema.get("properties")).get(part))
        else:
            break
    if found is not None:
        _refit(found[0], found[1], hint.act)


def unsettleable(calls: Iterable[PlannedCall], endpoints: Mapping[str, Endpoint]) -> str | None:
    """A later call acting on a read whose object can never be in a state it can act on
    (OrderDesk's orders are paid, shipped, delivered, cancelled or returned: none is
    payable), said in words; None when every such read can fit (`fit_status`)."""
    for read, hint in settle_hints(calls, endpoints).items():
        endpoint = endpoints.get(read)
        enum = _status_enum(endpoint.response_schema, hint.path) if endpoint else None
        if enum and not {normalize_key(str(o)) for o in enum} & set(FITTING[hint.act]):
            return f"{hint.by} cannot {hint.act} what {read} answers (status one of {enum})"
    return None


def _status_enum(schema: Mapping[str, Any], path: tuple[str | int, ...]) -> list[Any] | None:
    """The status enum of the deepest object schema on `path` that declares one."""
    found: list[Any] | None = None
    node: Mapping[str, Any] = schema
    for part in (*path, None):
        props = _sub(node.get("properties"))
        key = next((k for k in props if k == "status" or normalize_key(k).endswith("_status")),
                   None)
        if key is not None:
            enum = _sub(props[key]).get("enum")
            found = enum if isinstance(enum, list) and enum else None
        if part is None:
            break
        node = _sub(node.get("items")) if isinstance(part, int) else _sub(props.get(part))
        if not node:
            break
    return found


def _sub(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _status_key(obj: dict[str, Any]) -> str | None:
    if isinstance(obj.get("status"), str):
        return "status"
    return next((k for k, v in obj.items() if isinstance(v, str)
                 and normalize_key(k).endswith("_status")), None)


def _refit(obj: dict[str, Any], schema: Mapping[str, Any], act: str) -> None:
    key = _status_key(obj)
    if key is None:
        return
    value = obj[key]
    if normalize_key(value) not in BLOCKED[act]:
        return
    enum = _sub(_sub(schema.get("properties")).get(key)).get("enum")
    if isinstance(enum, list) and enum:
        by_word = {normalize_key(str(o)): o for o in enum if isinstance(o, str)}
        pick = next((by_word[w] for w in FITTING[act] if w in by_word), None)
        if pick is not None:
            obj[key] = pick
        return
    obj[key] = _styled(FITTING[act][0], value)


def _styled(word: str, like: str) -> str:
    """`word` written as `like` is (`CANCELLED` -> `PENDING`, `Cancelled` -> `Pending`)."""
    if like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word.capitalize()
    return word
