"""A planned conversation whose later calls contradict what its earlier calls did.

A reviewer follows the state a conversation builds: a card deleted at step 3 is not
charged at step 4, an order just cancelled gets no return, the refund of a cancelled
reservation is not paid again as a new payment, a flight booked with a card (the booking
took the payment method, so it charged it) is not paid a second time, and one amount is
not paid twice. `state_conflict(scenario, endpoints)` names the first such contradiction
of a planned scenario (None when there is none); the run plans such a record again.

Read from the plan alone (where each argument comes from), never from outputs:

- a call *removes* a thing when its action deletes (delete, cancel, refund); the thing
  is the id it was sent, followed back through outputs that echo an earlier argument;
- a *payment* is a create of a payment or a charge (`create_payment`, `charge_card`);
- a call *charges* when it creates something and is itself sent a payment method.

Reads (get, list) of a removed thing stay: a cancelled booking can be looked up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from toolgen.executor import endpoint_info
from toolgen.records import Endpoint, PlannedArg, PlannedCall, Scenario

_WORD = re.compile(r"[a-z]+")
_PAYMENTS = frozenset({"payment", "payments", "charge", "charges", "pay"})
# Arguments that hand a call the means to pay (`payment_method_id`, `card_token`).
_PAYING = re.compile(r"(payment_?method|card|payment_?token|payment_?source)", re.I)
_REMOVES = frozenset({"refund", "refunds"})
_READS = frozenset({"get", "list"})
# Words of a purchase whatever its action reads as (`checkout` answers the order it made).
_BUYS = frozenset({"checkout", "purchase", "buy", "book", "order"})

# Where a value comes from: ("user", value) or ("out", call id, path).
Origin = tuple[str, ...]


def state_conflict(scenario: Scenario, endpoints: Mapping[str, Endpoint]) -> str | None:
    """The first call of `scenario` that contradicts an earlier one, said in words."""
    calls = {c.call_id: c for c in scenario.calls}
    removed: dict[Origin, str] = {}
    removers: dict[str, str] = {}  # call id -> function name, of calls that remove
    chargers: dict[str, str] = {}
    paid: dict[Origin, str] = {}
    for call in scenario.calls:
        endpoint = endpoints.get(call.endpoint_id)
        if endpoint is None:
            continue
        action = endpoint_info(endpoint).action
        words = _own_words(endpoint)
        ids = [a for a in call.arguments if _is_id(a.name)]
        if action not in _READS:
            for arg in ids:
                gone = removed.get(_origin(arg, calls))
                if gone is not None:
                    return f"{call.function_name} acts on {arg.name} after {gone} removed it"
        if _is_payment(action, words):
            for arg in call.arguments:
                if arg.source != "tool_output" or arg.call_id is None:
                    continue
                if arg.call_id in removers:
                    return (f"{call.function_name} pays {arg.name} of what "
                            f"{removers[arg.call_id]} cancelled or refunded")
                if arg.call_id in chargers:
                    return (f"{call.function_name} pays {arg.name} of what "
                            f"{chargers[arg.call_id]} already charged")
                origin = _origin(arg, calls)
                if origin in paid and not _is_id(arg.name):
                    return f"{call.function_name} pays {arg.name} {paid[origin]} already paid"
                paid[origin] = call.function_name
        elif (action == "create" or words & _BUYS) and any(
                _PAYING.search(p.name) for p in endpoint.parameters):
            chargers[call.call_id] = call.function_name
        elif action in _READS:
            # A look-up of what an earlier call charged or cancelled answers that thing:
            # its total is as paid, or as refunded, as the first call left it.
            for arg in ids:
                origin = _origin(arg, calls)
                source = arg.call_id if arg.source == "tool_output" else None
                if origin in removed or source in removers:
                    removers[call.call_id] = removed.get(origin) or removers[source or ""]
                elif source in chargers:
                    chargers[call.call_id] = chargers[source or ""]
        if action == "delete" or words & _REMOVES:
            removers[call.call_id] = call.function_name
            for arg in ids:
                removed[_origin(arg, calls)] = call.function_name
    return None


def _own_words(endpoint: Endpoint) -> set[str]:
    own = endpoint.function_name.split("_for_", 1)[0]
    return set(_WORD.findall(own.lower().replace("_", " ")))


def _is_payment(action: str, words: set[str]) -> bool:
    """A create of a payment (`create_payment`), not of a way to pay (`add_payment_method`)."""
    return (action == "create" and bool(words & _PAYMENTS)
            and not words & {"method", "methods", "card", "cards", "account", "refund"})


def _is_id(name: str) -> bool:
    return name.lower() in ("id", "ids") or name.lower().endswith(("_id", "_ids")) or (
        name.endswith(("Id", "Ids")))


def _origin(arg: PlannedArg, calls: Mapping[str, PlannedCall]) -> Origin:
    """Where `arg`'s value comes from, through outputs that echo an argument sent
    (`delete_payment_method` sent the `payment_method_id` a payment was sent by the user)."""
    seen: set[str] = set()
    while arg.source == "tool_output" and arg.call_id is not None and arg.call_id not in seen:
        seen.add(arg.call_id)
        source = calls.get(arg.call_id)
        field = (arg.path or "").rsplit(".", 1)[-1]
        echoed = next((a for a in source.arguments if a.name == field), None) if source else None
        if echoed is None:
            return ("out", arg.call_id, arg.path or "")
        arg = echoed
    if arg.source == "tool_output":
        return ("out", arg.call_id or "", arg.path or "")
    return ("user", str(arg.value))
