"""Payable filters: a read whose result a later call pays, cancels or refunds does not ask
for records already past that act.

"List my orders - paid - and pay the first one" asks to pay what is settled; so does a
search for cancelled deliveries whose first is then paid. When a later planned call acts
on a read's output (`settle_ahead.settle_hints`), a status the read's caller states
(a status argument: `status`, `booking_status`) that the act cannot follow becomes one
it can, from the parameter's enum when it has one (an enum without one keeps it).
Deterministic: no randomness, the order of the calls.
"""

from __future__ import annotations

from collections.abc import Mapping

from toolgen.executor.settle_ahead import BLOCKED, FITTING, settle_hints
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint, Parameter, PlannedArg, PlannedCall

_STATED = frozenset({"user", "default", "clarification"})


def payable_filters(calls: list[PlannedCall],
                    endpoints: Mapping[str, Endpoint]) -> list[PlannedCall]:
    """`calls` with each read's stated status filter fit for what a later call does."""
    hints = settle_hints(calls, endpoints)
    if not hints:
        return calls
    out: list[PlannedCall] = []
    for call in calls:
        hint = hints.get(call.endpoint_id)
        endpoint = endpoints.get(call.endpoint_id)
        if hint is not None and endpoint is not None:
            call = _fit(call, endpoint, hint.act)
        out.append(call)
    return out


def _fit(call: PlannedCall, endpoint: Endpoint, act: str) -> PlannedCall:
    params = {p.name: p for p in endpoint.parameters}
    args = tuple(_fit_arg(arg, params.get(arg.name), act) for arg in call.arguments)
    return call if args == call.arguments else call.model_copy(update={"arguments": args})


def _fit_arg(arg: PlannedArg, param: Parameter | None, act: str) -> PlannedArg:
    if (param is None or arg.source not in _STATED or not isinstance(arg.value, str)
            or "status" not in normalize_key(arg.name)
            or normalize_key(arg.value) not in BLOCKED[act]):
        return arg
    enum = param.json_schema.get("enum")
    if isinstance(enum, list):
        choices = {normalize_key(str(o)): o for o in enum}
        pick = next((choices[w] for w in FITTING[act] if w in choices), None)
    else:
        pick = FITTING[act][0]
    return arg if pick is None else arg.model_copy(update={"value": pick})
