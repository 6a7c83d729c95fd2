"""Pass one of realising a plan: run every planned call through the mock executor.

Arguments citing an earlier output are resolved at their path; a resolved value the
target schema rejects is re-linked to another fitting leaf of the same output, else
re-sourced from the user (so the record stays valid by construction). A link never joins
two unrelated entities (a hotel id is no booking id): the re-link takes only a leaf that
names the parameter's own entity. Faults the plan
asks for are realised here, each followed by its recovery call; an out-of-order mistake
is first looked ahead on a fork of the session. Language is rendered afterwards, from
what actually happened.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import ExecutionResult, ExecutionSession, Fault, endpoint_info, validator_for
from toolgen.judge.realism.chains import link_fits
from toolgen.pipeline.robustness import (
    OVERLAYS,
    Attempt,
    OverlayContext,
    base_attempt,
    run_attempts,
)
from toolgen.records import Endpoint, PlannedArg, PlannedCall, Scenario
from toolgen.records.paths import PathError, format_path, resolve, walk_leaves


@dataclass
class CallRecord:
    """One executed call (an attempt): what was sent, what came back, and why."""

    call_id: str
    planned_id: str
    endpoint: Endpoint
    arguments: dict[str, Any]
    sources: dict[str, PlannedArg]
    result: ExecutionResult
    fault: Fault | None = None
    intended: bool = False
    mistake: str | None = None
    recovery: str | None = None


@dataclass
class Execution:
    scenario: Scenario
    attempts: dict[str, list[CallRecord]] = field(default_factory=dict)
    overlays: list[str] = field(default_factory=list)


def execute_plan(
    scenario: Scenario,
    endpoints: Mapping[str, Endpoint],
    session: ExecutionSession,
    values: ArgumentValues,
    rng: random.Random,
    overlay_ctx: OverlayContext | None = None,
) -> Execution:
    """Execute every call in turn order; returns the scenario with final sources."""
    ok_outputs: dict[str, Any] = {}
    final_calls: dict[str, PlannedCall] = {}
    execution = Execution(scenario)
    steps = [step for turn in scenario.turns for step in turn.steps]
    alone = {step[0] for step in steps if len(step) == 1}
    pending = [p for p in scenario.patterns[1:] if p in OVERLAYS] if overlay_ctx else []
    if overlay_ctx is not None and pending:
        overlay_ctx = replace(overlay_ctx, consumers=_consumers(scenario, endpoints))
    calls = {c.call_id: c for c in scenario.calls}
    producers = {c.call_id: c.function_name for c in scenario.calls}
    for call_id in (cid for step in steps for cid in step):
        call = calls[call_id]
        endpoint = endpoints[call.endpoint_id]
        call = _resolve(call, endpoint, ok_outputs, values, rng, producers)
        final_calls[call_id] = call
        attempts: list[Attempt] | None = None
        if pending and call_id in alone and overlay_ctx is not None:
            attempts = OVERLAYS[pending[0]](call, endpoint, overlay_ctx, rng)
            if attempts and attempts[0].mistake == "out_of_order" and not _feeds_consumer(
                    attempts, call_id, overlay_ctx, session, ok_outputs, values, producers):
                # The consumer would not use this output after all: another mistake.
                attempts = OVERLAYS[pending[0]](
                    call, endpoint, replace(overlay_ctx, consumers={}), rng)
            if attempts is not None:
                execution.overlays.append(pending.pop(0))
        done = run_attempts(attempts or [base_attempt(call, endpoint)], session, call_id)
        execution.attempts[call_id] = [
            CallRecord(cid, call_id, a.endpoint, a.arguments, a.sources, res, a.fault,
                       a.intended, a.mistake, a.recovery)
            for cid, a, res in done
        ]
        result = done[-1][2]
        if result.status == "ok":
            ok_outputs[call_id] = result.output
    if "stateful" in scenario.patterns and _state_visible(execution):
        execution.overlays.append("stateful")
    execution.scenario = scenario.model_copy(
        update={"calls": tuple(final_calls.get(c.call_id, c) for c in scenario.calls)}
    )
    return execution


def _feeds_consumer(
    attempts: list[Attempt],
    call_id: str,
    ctx: OverlayContext,
    session: ExecutionSession,
    outputs: dict[str, Any],
    values: ArgumentValues,
    producers: Mapping[str, str],
) -> bool:
    """Whether, after `attempts` run, the consumer cites their output and succeeds.

    Looked ahead on a fork of the session, so the story "called too early, fetched the
    missing input, called again with it" holds by construction.
    """
    fork = session.fork()
    result = run_attempts(attempts, fork, call_id)[-1][2]
    if result.status != "ok":
        return False
    consumer, target = ctx.consumers[call_id]
    resolved = _resolve(consumer, target, {**outputs, call_id: result.output}, values,
                        random.Random(0), producers)
    if call_id not in resolved.depends_on:
        return False
    again = fork.call(target, {a.name: a.value for a in resolved.arguments})
    return again.status == "ok"


def _consumers(
    scenario: Scenario, endpoints: Mapping[str, Endpoint]
) -> dict[str, tuple[PlannedCall, Endpoint]]:
    """Producer call id -> the first later call of its turn with a required input from it.

    Only such a consumer fails for certain when called too early (the out-of-order
    mistake); a later turn's call is not one the user has asked for yet.
    """
    calls = {c.call_id: c for c in scenario.calls}
    out: dict[str, tuple[PlannedCall, Endpoint]] = {}
    for turn in scenario.turns:
        earlier: set[str] = set()
        for cid in (c for step in turn.steps for c in step):
            call = calls[cid]
            endpoint = endpoints[call.endpoint_id]
            required = {p.name for p in endpoint.parameters if p.required}
            for arg in call.arguments:
                if (arg.source == "tool_output" and arg.name in required
                        and arg.call_id in earlier and arg.call_id not in out):
                    out[arg.call_id] = (call, endpoint)
            earlier.add(cid)
    return out


def _resolve(
    call: PlannedCall,
    endpoint: Endpoint,
    outputs: dict[str, Any],
    values: ArgumentValues,
    rng: random.Random,
    producers: Mapping[str, str] | None = None,
) -> PlannedCall:
    params = {p.name: p for p in endpoint.parameters}
    check = validator_for(endpoint)
    args: list[PlannedArg] = []
    for arg in call.arguments:
        if arg.source != "tool_output":
            args.append(arg)
            continue
        source = (producers or {}).get(arg.call_id or "", "")
        value = _lookup(outputs, arg)
        if (value is not _MISSING and not _rejects(check, arg.name, value)
                and link_fits(arg.name, endpoint.function_name, arg.path or "", source)):
            args.append(arg.model_copy(update={"value": value}))
            continue
        fits = _Fits(arg.name, endpoint.function_name, source)
        relinked = _relink(outputs.get(arg.call_id or ""), arg, check, fits)
        if relinked is not None:
            args.append(relinked)
            continue
        param = params[arg.name]
        if not param.required:
            continue
        args.append(PlannedArg(name=arg.name, source="user",
                               value=values.draw(endpoint, param, rng)))
    depends = tuple(dict.fromkeys(a.call_id for a in args if a.call_id))
    return call.model_copy(update={"arguments": tuple(args), "depends_on": depends})


_MISSING = object()


@dataclass(frozen=True)
class _Fits:
    """Whether a leaf may feed one parameter: same entity kind, as a reviewer reads it."""

    param: str
    target_function: str
    source_function: str

    def __call__(self, path: str, strict: bool) -> bool:
        return link_fits(self.param, self.target_function, path, self.source_function, strict)


def _relink(output: Any, arg: PlannedArg, check: Any, fits: _Fits) -> PlannedArg | None:
    """Another value of the same output the target accepts, so the link survives.

    The planned path can miss (a list came back empty) or hold a value of the wrong
    type (`art_6a78e6` for an integer id). A leaf named like the parameter is best;
    for an id parameter, an id-like leaf naming the same entity (a `hotel_id` never
    feeds `booking_id`).
    """
    if output is None:
        return None
    name = _norm(arg.name)
    wants_id = _id_like(arg.name)
    best: tuple[int, str, Any] | None = None
    for parts, value in walk_leaves(output):
        if value is None or isinstance(value, bool) or not parts:
            continue
        raw = str(next((p for p in reversed(parts) if isinstance(p, str)), ""))
        rank = 0 if _norm(raw) == name else 1 if wants_id and _id_like(raw) else None
        if rank is None or (best is not None and rank >= best[0]):
            continue
        path = format_path(parts)
        if not _rejects(check, arg.name, value) and fits(path, strict=rank == 1):
            best = (rank, path, value)
            if rank == 0:
                break
    if best is None:
        return None
    return arg.model_copy(update={"path": best[1], "value": best[2]})


def _id_like(key: str) -> bool:
    return key.lower() == "id" or key.lower().endswith("_id") or key.endswith("Id")


def _norm(key: str) -> str:
    return "".join(ch for ch in key.lower() if ch.isalnum())


def _lookup(outputs: dict[str, Any], arg: PlannedArg) -> Any:
    if arg.call_id not in outputs or arg.path is None:
        return _MISSING
    try:
        value = resolve(outputs[arg.call_id], arg.path)
    except PathError:
        return _MISSING
    # Containers and nulls make poor arguments; the user states a value instead.
    return _MISSING if value is None or isinstance(value, dict | list) else value


def _rejects(check: Any, name: str, value: Any) -> bool:
    bad = f"invalid argument '{name}'"
    return any(str(e).startswith(bad) for e in check({name: value}))


def _state_visible(execution: Execution) -> bool:
    """True when a later read returns an id that an earlier create made."""
    created: set[str] = set()
    for records in execution.attempts.values():
        rec = records[-1]
        if rec.result.status != "ok":
            continue
        action = endpoint_info(rec.endpoint).action
        ids = {str(r.value) for r in rec.result.output_refs}
        if action in ("list", "get") and ids & created:
            return True
        if action == "create":
            created |= ids
    return False
