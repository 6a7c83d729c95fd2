"""Robustness overlays realised during execution: faults, retries and deliberate mistakes.

Each overlay turns one planned call (always alone in its assistant step, so execution
order equals message order and replay holds) into a list of attempts whose last one is
the good call. Deliberate assistant mistakes are `intended` (their turn gets weight 0);
server-side faults are not mistakes, the assistant just reacts to them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.episode.synthetic import REFRESH_TOKEN
from toolgen.executor import (
    PAGINATION_FALLBACK_ARGUMENT,
    ExecutionSession,
    Fault,
    pagination_argument,
)
from toolgen.executor import MockExecutor as _Executor
from toolgen.executor.actions import changes_data
from toolgen.executor.page_meta import stated_page_size
from toolgen.executor.values import id_entity
from toolgen.records import Endpoint, PlannedArg, PlannedCall

MISTAKES = ("wrong_type", "missing_required", "invalid_enum", "wrong_tool", "out_of_order",
            "server_error", "cascade")


@dataclass
class Attempt:
    """One call to make: endpoint, arguments, their sources, fault, and mistake label."""

    endpoint: Endpoint
    arguments: dict[str, Any]
    sources: dict[str, PlannedArg]
    fault: Fault | None = None
    intended: bool = False
    mistake: str | None = None
    recovery: str | None = None  # error kind the assistant reacts to before this attempt


@dataclass(frozen=True)
class OverlayContext:
    executor: _Executor
    values: ArgumentValues
    similar: Callable[[Endpoint], Endpoint | None]
    # producer call id -> a later call in the same turn that needs its output
    consumers: Mapping[str, tuple[PlannedCall, Endpoint]] = field(default_factory=dict)


Realiser = Callable[[PlannedCall, Endpoint, OverlayContext, random.Random], "list[Attempt] | None"]


def base_attempt(call: PlannedCall, endpoint: Endpoint) -> Attempt:
    args = {a.name: a.value for a in call.arguments}
    return Attempt(endpoint, args, {a.name: a for a in call.arguments})


def rate_limited(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
                 rng: random.Random) -> list[Attempt] | None:
    first = base_attempt(call, ep)
    first.fault = Fault("rate_limited", retry_after=float(rng.choice((1, 2, 3, 5))))
    return [first, _retry(call, ep, "rate_limit")]


def auth_refresh(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
                 rng: random.Random) -> list[Attempt] | None:
    first = base_attempt(call, ep)
    first.fault = Fault("auth_expired", sticky=True)
    refresh = Attempt(REFRESH_TOKEN, {}, {}, recovery="auth")
    return [first, refresh, _retry(call, ep, None)]


def pagination(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
               rng: random.Random) -> list[Attempt] | None:
    if not ctx.executor.paginates(ep):
        return None
    first = base_attempt(call, ep)
    size = rng.choice((1, 2))
    asked = stated_page_size(first.arguments)
    if asked is not None:
        # Why: "limit=10" answered with two items and "has_more" contradicts the call.
        if asked > 2 or asked < 1:
            return None
        size = asked
    first.fault = Fault("paginate", page_size=size)
    return [first, _retry(call, ep, "pagination")]


def error_recovery(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
                   rng: random.Random) -> list[Attempt] | None:
    kinds = list(MISTAKES)
    rng.shuffle(kinds)
    # A value carried from an earlier output is the rarest chance for a missing-argument
    # mistake (user-stated values are never the ones dropped), so take it when it comes.
    if _carried_required(call, ep) and rng.random() < 0.5:
        kinds.remove("missing_required")
        kinds.insert(0, "missing_required")
    # Likewise a number or a flag, the one value a wrong type can be sent for (ToolBench
    # types most parameters as strings), so the kind does not vanish behind the others.
    elif _typed(call, ep) and rng.random() < 0.5:
        kinds.remove("wrong_type")
        kinds.insert(0, "wrong_type")
    for kind in kinds:
        attempts = _MISTAKE_BUILDERS[kind](call, ep, ctx, rng)
        if attempts is not None:
            return attempts
    return None


def _server_error(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
                  rng: random.Random) -> list[Attempt] | None:
    first = base_attempt(call, ep)
    first.fault = Fault("server_error")
    return [first, _retry(call, ep, "server")]


def _wrong_type(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
                rng: random.Random) -> list[Attempt] | None:
    for arg in call.arguments:
        kind = _param_type(ep, arg.name)
        if kind in ("integer", "number") and isinstance(arg.value, int | float):
            bad = f"{arg.value} units" if rng.random() < 0.5 else "a few"
            return _injected(call, ep, arg.name, bad, "wrong_type")
        if kind == "boolean":
            return _injected(call, ep, arg.name, "yes please", "wrong_type")
    return None


def _typed(call: PlannedCall, ep: Endpoint) -> bool:
    """Whether the call sends a number or a flag (what `_wrong_type` can get wrong)."""
    return any(_param_type(ep, a.name) in ("integer", "number", "boolean")
               for a in call.arguments)


def _carried_required(call: PlannedCall, ep: Endpoint) -> bool:
    required = {p.name for p in ep.parameters if p.required}
    return any(a.name in required and a.source == "tool_output" for a in call.arguments)


def _missing_required(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
                      rng: random.Random) -> list[Attempt] | None:
    required = {p.name for p in ep.parameters if p.required}
    # Forgetting a value the user just stated reads as careless; forgetting to carry one
    # over from an earlier output is the agent's real mistake to make and recover from.
    names = [a.name for a in call.arguments if a.name in required and a.source == "tool_output"]
    names = names or [a.name for a in call.arguments
                      if a.name in required and a.source in ("default", "context")]
    # Failing that, one of several details the user gave left out of the call: the
    # agent's other common slip (ToolBench calls take nearly all their values from the user).
    # Never the one the user was just asked for: the assistant asked, heard, and forgot.
    stated = [a.name for a in call.arguments
              if a.name in required and a.source != "clarification"]
    names = names or (stated if len(stated) >= 2 else [])
    if not names:
        return None
    drop = rng.choice(names)
    first = base_attempt(call, ep)
    del first.arguments[drop]
    first.sources.pop(drop)
    first.intended, first.mistake = True, "missing_required"
    return [first, _retry(call, ep, "validation")]


def _invalid_enum(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
                  rng: random.Random) -> list[Attempt] | None:
    for arg in call.arguments:
        schema = next((p.json_schema for p in ep.parameters if p.name == arg.name), {})
        enum = schema.get("enum")
        if isinstance(enum, list) and enum and all(isinstance(e, str) for e in enum):
            bad = str(arg.value).upper() + "_ANY" if arg.value else "any"
            if bad not in enum:
                return _injected(call, ep, arg.name, bad, "invalid_enum")
    return None


def _wrong_tool(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
                rng: random.Random) -> list[Attempt] | None:
    other = ctx.similar(ep)
    if other is None or changes_data(other):
        return None  # a look-alike that books or deletes leaves a second booking behind
    # The slip is the tool, not the request: the look-alike gets the user's values where
    # it takes the same parameter (Auckland -> Madrid, not a drawn Melbourne -> Buenos Aires).
    # A look-alike needing a value no one gave is no slip: the assistant would have made
    # up "Qantas, 3 passengers" for a pricing tool when asked to book Auckland -> Madrid.
    said = {a.name: a.value for a in call.arguments}
    args: dict[str, Any] = {}
    for p in other.parameters:
        if p.name in said and _same_kind(said[p.name], p.json_schema):
            args[p.name] = said[p.name]
        elif p.required:
            return None
    wrong = Attempt(other, args, {}, intended=True, mistake="wrong_tool")
    if any(id_entity(name) is not None for name in args):
        # the look-alike reads another kind of thing: the user's id names none of its own
        # (a tweet read by a user's id had come back as a tweet with that id, the user's
        # name under it: ToolBench seed 7 #78)
        wrong.fault = Fault("not_found")
    return [wrong, _retry(call, ep, "wrong_tool")]



_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "array": (list,), "object": (dict,)}


def _same_kind(value: Any, schema: dict[str, Any]) -> bool:
    """Whether `value` is of the JSON type `schema` declares (any, when it declares none)."""
    kinds = _JSON_TYPES.get(str(schema.get("type")))
    if kinds is None:
        return True
    if isinstance(value, bool) and bool not in kinds:
        return False
    enum = schema.get("enum")
    return isinstance(value, kinds) and (not isinstance(enum, list) or value in enum)


def _out_of_order(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
                  rng: random.Random) -> list[Attempt] | None:
    """The assistant jumps ahead: it calls the consumer before the producer whose output
    the consumer needs, gets a validation error for the missing input, then recovers by
    calling the producer (the consumer follows later, as planned)."""
    found = ctx.consumers.get(call.call_id)
    if found is None:
        return None
    consumer, target = found
    known = [a for a in consumer.arguments if a.source != "tool_output"]
    early = Attempt(target, {a.name: a.value for a in known}, {a.name: a for a in known},
                    intended=True, mistake="out_of_order")
    return [early, _retry(call, ep, "out_of_order")]


def _cascade(call: PlannedCall, ep: Endpoint, ctx: OverlayContext,
             rng: random.Random) -> list[Attempt] | None:
    start = _missing_required(call, ep, ctx, rng) or _wrong_type(call, ep, ctx, rng)
    if start is None:
        return None
    server = _retry(call, ep, "validation")
    server.fault = Fault("server_error")
    limited = _retry(call, ep, "server")
    limited.fault = Fault("rate_limited", retry_after=float(rng.choice((1, 2))))
    start[0].mistake = "cascade"
    return [start[0], server, limited, _retry(call, ep, "rate_limit")]


_MISTAKE_BUILDERS: dict[str, Realiser] = {
    "wrong_type": _wrong_type,
    "missing_required": _missing_required,
    "invalid_enum": _invalid_enum,
    "wrong_tool": _wrong_tool,
    "out_of_order": _out_of_order,
    "server_error": _server_error,
    "cascade": _cascade,
}

OVERLAYS: dict[str, Realiser] = {
    "rate_limited": rate_limited,
    "auth_refresh": auth_refresh,
    "pagination": pagination,
    "error_recovery": error_recovery,
}


def _retry(call: PlannedCall, ep: Endpoint, recovery: str | None) -> Attempt:
    again = base_attempt(call, ep)
    again.recovery = recovery
    return again


def _injected(call: PlannedCall, ep: Endpoint, name: str, bad: Any, mistake: str) -> list[Attempt]:
    first = base_attempt(call, ep)
    first.arguments[name] = bad
    first.sources.pop(name)
    first.intended, first.mistake = True, mistake
    return [first, _retry(call, ep, "validation")]


def _param_type(ep: Endpoint, name: str) -> str | None:
    for p in ep.parameters:
        if p.name == name:
            t = p.json_schema.get("type")
            return t if isinstance(t, str) else None
    return None


def run_attempts(
    attempts: list[Attempt], session: ExecutionSession, call_id: str
) -> list[tuple[str, Attempt, Any]]:
    """Execute attempts in order; the last keeps the planned call id."""
    out: list[tuple[str, Attempt, Any]] = []
    for k, attempt in enumerate(attempts):
        if attempt.recovery == "pagination" and out:
            continue_page(attempt, out[-1][2].output, out[-1][0])
        cid = call_id if k == len(attempts) - 1 else f"{call_id}_a{k}"
        result = session.call(attempt.endpoint, dict(attempt.arguments), attempt.fault)
        out.append((cid, attempt, result))
    return out


def continue_page(attempt: Attempt, previous: Any, previous_id: str) -> None:
    name = pagination_argument(attempt.endpoint) or PAGINATION_FALLBACK_ARGUMENT
    cursor = previous.get("next_cursor") if isinstance(previous, dict) else None
    if name is None or cursor is None:
        return
    attempt.arguments[name] = cursor
    attempt.sources[name] = PlannedArg(name=name, source="tool_output", call_id=previous_id,
                                       path="$.next_cursor")
