"""How the offline assistant fills a planned call from what earlier calls returned.

Arguments citing an earlier output are resolved at their path; a resolved value the
target schema rejects is re-linked to another fitting leaf of the same output. A link
never joins two unrelated entities (a hotel id is no booking id): the re-link takes only a
leaf that names the parameter's own entity. When no leaf fits but the producer was itself
called with that input as the user stated it (`briefs_display_cases(case_id=[...])`
answering without the case id, then `legal_case_get_summary(case_id)` "for that case"),
the user's value is carried over: they said it already, and asking again reads as not
listening. Only when nothing fits a required input is the user asked for it. Also the lookahead that
keeps an out-of-order mistake honest, and whether a later read shows created state.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.agents.policy.first_page import first_page
from toolgen.agents.policy.flight_numbers import numbered
from toolgen.episode.robustness import Attempt, OverlayContext, run_attempts
from toolgen.episode.state import Executed
from toolgen.executor import ExecutionSession, endpoint_info, validator_for
from toolgen.executor.validation import CompiledValidator
from toolgen.executor.values import id_entity
from toolgen.judge.realism.chains import link_fits
from toolgen.records import Endpoint, Parameter, PlannedArg, PlannedCall, Scenario
from toolgen.records.paths import PathError, format_path, resolve, walk_leaves


def feeds_consumer(
    attempts: list[Attempt],
    call_id: str,
    ctx: OverlayContext,
    session: ExecutionSession,
    outputs: dict[str, Any],
    values: ArgumentValues,
    producers: Mapping[str, str] | None = None,
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
    resolved = resolve_call(consumer, target, {**outputs, call_id: result.output}, values,
                            random.Random(0), producers)
    if call_id not in resolved.depends_on:
        return False
    again = fork.call(target, {a.name: a.value for a in resolved.arguments})
    return again.status == "ok"


def consumers_of(
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


def resolve_call(
    call: PlannedCall,
    endpoint: Endpoint,
    outputs: dict[str, Any],
    values: ArgumentValues,
    rng: random.Random,
    producers: Mapping[str, str] | None = None,
    made: Mapping[str, PlannedCall] | None = None,
) -> PlannedCall:
    """`call` with its output-sourced values read; an input no output fills is the one
    the user stated for the producer or an earlier call (`made`: the calls made before,
    in order), else, when required, a `clarification` value (drawn for the user, who
    will be asked for it)."""
    params = {p.name: p for p in endpoint.parameters}
    check = validator_for(endpoint)
    args: list[PlannedArg] = []
    for arg in call.arguments:
        if arg.source != "tool_output":
            args.append(arg)
            continue
        if arg.call_id and (paged := first_page(outputs, arg.call_id)) != arg.call_id:
            arg = arg.model_copy(update={"call_id": paged})  # the page the answer reported
        source = (producers or {}).get(arg.call_id or "", "")
        value = _as_text_if_wanted(_lookup(outputs, arg), params[arg.name])
        if (number := numbered(params[arg.name], outputs.get(arg.call_id or ""),
                               arg.path or "", value)) is not None:
            arg = arg.model_copy(update={"path": number[0]})  # QF5225, not flg_c74ede
            value = number[1]
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
        carried = _carried(made or {}, arg.call_id or "", param, check)
        if carried is not None:
            args.append(carried)
            continue
        if not param.required:
            continue
        args.append(PlannedArg(name=arg.name, source="clarification",
                               value=values.draw(endpoint, param, rng)))
    depends = tuple(dict.fromkeys(a.call_id for a in args if a.call_id))
    return call.model_copy(update={"arguments": tuple(args), "depends_on": depends})


_MISSING = object()
_STATED = ("user", "clarification")


def stated_input(call: PlannedCall, name: str, by_name: bool = True) -> PlannedArg | None:
    """The argument the user stated for `call` that is the same input as a parameter
    called `name`: ids of the same entity (`case_id` / `caseId`), or, with `by_name`, any
    input of the same name."""
    want = _norm(name)
    entity = id_entity(name)
    for arg in call.arguments:
        if arg.source not in _STATED:
            continue
        if (by_name and _norm(arg.name) == want) or (
                entity is not None and id_entity(arg.name) == entity):
            return arg
    return None


def _stating(made: Mapping[str, PlannedCall], producer: str) -> list[PlannedCall]:
    """The calls whose stated inputs may stand in: the producer first, then the calls made
    before, latest first (the booking id the user gave for the support message is the
    one they mean when they cancel "the booking")."""
    first = [made[producer]] if producer in made else []
    return first + [c for cid, c in reversed(list(made.items())) if cid != producer]


def carrier(made: Mapping[str, PlannedCall], producer: str,
            name: str) -> tuple[PlannedCall, PlannedArg] | None:
    """The call (and its argument) whose user-stated input stands in for `name`."""
    for call in _stating(made, producer):
        # Beside the producer's own, only an id of the same entity is the same input: two
        # calls' `query` or `name` need not be about one thing.
        stated = stated_input(call, name, by_name=call.call_id == producer)
        if stated is not None:
            return call, stated
    return None


def _carried(made: Mapping[str, PlannedCall], producer: str, param: Parameter,
             check: CompiledValidator) -> PlannedArg | None:
    """The user-stated input `carrier` finds for `param`, as a value `param` accepts (a
    one-item list stands for its item, an item for a one-item list), or None."""
    found = carrier(made, producer, param.name)
    if found is None:
        return None
    stated = found[1]
    value = stated.value
    schema = param.json_schema
    if schema.get("type") == "array":
        items = schema.get("items")
        item_schema = items if isinstance(items, dict) else {}
        value = [_typed(v, item_schema) for v in (value if isinstance(value, list) else [value])]
        if _MISSING in value:
            return None
    else:
        if isinstance(value, list):
            value = value[0] if len(value) == 1 else _MISSING
        value = _typed(value, schema) if value is not _MISSING else value
    if value is _MISSING or value is None or _rejects(check, param.name, value):
        return None
    return PlannedArg(name=param.name, source="user", value=value)


def _typed(value: Any, schema: dict[str, Any]) -> Any:
    """`value` as the scalar type `schema` names (an id 57834 for a string id is
    "57834"), or _MISSING when it cannot be."""
    want = schema.get("type")
    if isinstance(value, bool | dict | list):
        return _MISSING
    if want == "string":
        return value if isinstance(value, str) else str(value)
    if want == "integer":
        if isinstance(value, int):
            return value
        return int(value) if isinstance(value, str) and value.isdigit() else _MISSING
    if want == "number":
        return value if isinstance(value, int | float) else _MISSING
    return value


@dataclass(frozen=True)
class _Fits:
    """Whether a leaf may feed one parameter: same entity kind, as a reviewer reads it."""

    param: str
    target_function: str
    source_function: str

    def __call__(self, path: str, strict: bool) -> bool:
        return link_fits(self.param, self.target_function, path, self.source_function, strict)


def _relink(
    output: Any, arg: PlannedArg, check: CompiledValidator, fits: _Fits
) -> PlannedArg | None:
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


def _as_text_if_wanted(value: Any, param: Parameter) -> Any:
    """A number carried into a parameter typed string is sent as its text (ToolBench types
    most parameters as strings: a price of 50.0 goes to `amount` as "50.0")."""
    if (isinstance(value, int | float) and not isinstance(value, bool)
            and param.json_schema.get("type") == "string"):
        return str(value)
    return value


def _rejects(check: CompiledValidator, name: str, value: Any) -> bool:
    return check.rejects(name, value)


def state_visible(executed: list[Executed]) -> bool:
    """True when a later read returns an id that an earlier create made."""
    created: set[str] = set()
    last: dict[str, Executed] = {}
    for done in executed:
        last[done.call.planned_id or done.call.call_id] = done
    for done in last.values():
        if done.result.status != "ok":
            continue
        action = endpoint_info(done.call.endpoint).action
        ids = {str(r.value) for r in done.result.output_refs}
        if action in ("list", "get") and ids & created:
            return True
        if action == "create":
            created |= ids
    return False
