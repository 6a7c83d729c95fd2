"""Values the live planner proposes in place of the offline draws, and which are kept.

A proposal names a planned call (its 1-based position in the plan), one argument of it
that the user states (planned source `user` or `clarification`) and a new value. It is
kept only when it passes every check an offline value passes, and then some:

- schema: valid against the parameter's JSON schema and of the offline value's JSON
  kind (a number stays a number, an integer an integer);
- semantic rules: the call's stated values still agree under the executor's pair rules
  (`settle_arguments`: check-in before check-out, origin not the destination, a
  conversion between two different currencies) and the judge's date order; a value
  keeps the shape of the offline one (a date stays a real date, an email an email, a
  coded id a coded id, a currency code a known currency);
- plausibility: inside the range the parameter states, no placeholder ("string",
  "<id>"), no repeat of the call's labels, no dictionary word where a code belongs,
  a short single line.

Otherwise the offline value stays. `apply_proposals` returns the blueprint with the kept
values in place and one `Verdict` per proposal (kept, or why it was dropped): the
provenance the record reports. Pure: no randomness, no I/O.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from toolgen.executor.exchange import PER_USD
from toolgen.executor.pools import IATA
from toolgen.executor.rules import settle_arguments
from toolgen.executor.semantic import default_shape, field_kind, stated_range
from toolgen.executor.validation import compile_validator
from toolgen.judge.realism.arguments import call_labels, placeholder, repeats_label
from toolgen.judge.realism.arguments import stated_bounds as described_bounds
from toolgen.judge.realism.meaning import (
    ORDER_PAIRS,
    as_date,
    merged_spelling,
    partner_pairs,
    word_for_code,
)
from toolgen.records import Endpoint, Parameter, PlannedArg, PlannedCall, Scenario

STATED = ("user", "clarification")  # sources whose value the user states (may be proposed)
_MAX_TEXT = 120


@dataclass(frozen=True)
class Proposal:
    call: int  # 1-based position of the call in the blueprint
    argument: str
    value: Any


@dataclass(frozen=True)
class Verdict:
    """What became of one proposal: kept, or the reason the offline value stayed."""

    call_id: str
    argument: str
    value: Any
    offline: Any
    kept: bool
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        out = {"call_id": self.call_id, "argument": self.argument, "value": self.value,
               "offline": self.offline, "kept": self.kept}
        return {**out, "reason": self.reason} if self.reason else out


def apply_proposals(
    scenario: Scenario, proposals: Sequence[Proposal], endpoints: Mapping[str, Endpoint]
) -> tuple[Scenario, tuple[Verdict, ...]]:
    """The blueprint with every valid proposal in place, and a verdict per proposal."""
    calls = list(scenario.calls)
    verdicts: list[Verdict] = []
    for p in proposals:
        if not 1 <= p.call <= len(calls):
            verdicts.append(Verdict(f"#{p.call}", p.argument, p.value, None, False,
                                    "no such call in the plan"))
            continue
        call = calls[p.call - 1]
        reason = _reason(call, p, endpoints[call.endpoint_id])
        planned = next((a for a in call.arguments if a.name == p.argument), None)
        offline = planned.value if planned is not None else None
        verdicts.append(Verdict(call.call_id, p.argument, p.value, offline, reason is None,
                                reason or ""))
        if reason is None:
            calls[p.call - 1] = _with(call, p.argument, p.value)
    return scenario.model_copy(update={"calls": tuple(calls)}), tuple(verdicts)


def _reason(call: PlannedCall, p: Proposal, endpoint: Endpoint) -> str | None:
    """Why `p` cannot replace the planned value (None: it can)."""
    planned = next((a for a in call.arguments if a.name == p.argument), None)
    param = next((q for q in endpoint.parameters if q.name == p.argument), None)
    if planned is None or param is None:
        return f"{p.argument} is not a planned argument of {call.function_name}"
    if planned.source not in STATED:
        return f"{p.argument} is not a value the user states ({planned.source})"
    if p.value == planned.value:
        return "same as the planned value"
    return (_schema_reason(param, p.value, planned.value)
            or _plausibility_reason(call, param, p.value)
            or _shape_reason(param, p.value, planned.value)
            or _rule_reason(call, p))


def _schema_reason(param: Parameter, value: Any, offline: Any) -> str | None:
    if _kind(value) != _kind(offline) and not (
            _kind(offline) == "number" and _kind(value) == "integer"):
        return f"{_a(_kind(value))} where the plan has {_a(_kind(offline))}"
    check = compile_validator({"type": "object", "properties": {param.name: param.json_schema}})
    errors = check({param.name: value})
    return f"schema: {errors[0]}" if errors else None


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "list" if isinstance(value, list) else "object" if isinstance(value, dict) else "null"


def _shape_reason(param: Parameter, value: Any, offline: Any) -> str | None:
    """A value keeps the shape the offline value has (date, email, coded id, currency ...)."""
    if not isinstance(value, str) or not isinstance(offline, str):
        return _number_reason(param, value, offline)
    shape = default_shape(offline)
    if shape is not None and default_shape(value) != shape:
        return f"not a {shape} value like the planned {offline!r}"
    if shape == "date" and not _real_date(value):
        return f"{value!r} is no calendar date"
    if _code(offline) and not (_code(value) and len(value) == len(offline)):
        return f"{value!r} is not a code like the planned {offline!r}"
    schema = param.json_schema
    if param.description and "description" not in schema:
        schema = {**schema, "description": param.description}
    kind = field_kind(param.name, schema)
    if kind == "currency" and _currency(offline) and not _currency(value):
        return f"{value!r} is not a currency code"
    if kind == "iata" and offline.upper() in IATA and value.upper() not in IATA:
        return f"{value!r} is not an airport code"
    if kind in ("country_code", "language") and len(value) != len(offline):
        return f"{value!r} is not a {kind.replace('_', ' ')}"
    return None


def _number_reason(param: Parameter, value: Any, offline: Any) -> str | None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    if isinstance(offline, int | float) and offline >= 0 > value:
        return f"{value} is negative where the plan has {offline}"
    lo, hi = stated_range(param.json_schema)
    d_lo, d_hi = described_bounds(str(param.description or ""))
    lo = lo if lo is not None else d_lo
    hi = hi if hi is not None else d_hi
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        return f"{value} is outside the stated range ({lo}..{hi})"
    return None


def _real_date(text: str) -> bool:
    try:
        _dt.date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def _code(text: str) -> bool:
    """A short upper-case code (currency, country, airport): "CAD", "PT", "LIS"."""
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper()


def _currency(text: str) -> bool:
    return len(text) == 3 and text.upper() in PER_USD


def _plausibility_reason(call: PlannedCall, param: Parameter, value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    if not value.strip() or "\n" in value or len(value) > _MAX_TEXT:
        return "not a short single-line value"
    if placeholder(value):
        return f"{value!r} is a placeholder"
    enum = param.json_schema.get("enum")
    labels = call_labels([a.name for a in call.arguments], call.function_name)
    if not (isinstance(enum, list) and value in enum) and repeats_label(value, labels):
        return f"{value!r} only repeats a label"
    return word_for_code(param.name, value)


def _rule_reason(call: PlannedCall, p: Proposal) -> str | None:
    """The call's stated values must still agree once the proposal is in place."""
    # Defaults are sent with the call too: a stated target currency may clash with one.
    before = {a.name: a.value for a in call.arguments if a.source in (*STATED, "default")}
    after = {**before, p.argument: p.value}
    broken = _unsettled(after) - _unsettled(before)
    if broken:
        return f"disagrees with {', '.join(sorted(broken - {p.argument}) or [p.argument])}"
    late = _out_of_order(after) - _out_of_order(before)
    if late:
        first, second = sorted(late)[0]
        return f"{first}={after[first]} is after {second}={after[second]}"
    return None


def _unsettled(args: dict[str, Any]) -> set[str]:
    """Arguments the executor's pair rules would change (they disagree with a partner)."""
    settled = settle_arguments(args)
    return {k for k, v in args.items() if settled.get(k) != v}


def _out_of_order(args: dict[str, Any]) -> set[tuple[str, str]]:
    merged = merged_spelling(args)
    back = {next(iter(merged_spelling({k: None}))): k for k in args}
    out: set[tuple[str, str]] = set()
    for first, second in partner_pairs(merged, ORDER_PAIRS):
        a, b = as_date(merged[first]), as_date(merged[second])
        if a and b and a > b:
            out.add((back[first], back[second]))
    return out


def _with(call: PlannedCall, name: str, value: Any) -> PlannedCall:
    args = tuple(a.model_copy(update={"value": value}) if a.name == name else a
                 for a in call.arguments)
    return call.model_copy(update={"arguments": args})


def stated_arguments(call: PlannedCall) -> tuple[PlannedArg, ...]:
    """The arguments of `call` a proposal may change."""
    return tuple(a for a in call.arguments if a.source in STATED)


def with_provenance(planned: dict[str, Any], verdicts: Sequence[Verdict]) -> dict[str, Any]:
    """A dumped blueprint where every argument says who chose its value.

    `provenance` is `planner_llm` for a kept proposal (the value the call was planned
    with) and `offline` for every other value; `value_proposals` lists each proposal
    with its verdict.
    """
    kept = {(v.call_id, v.argument): v.value for v in verdicts if v.kept}
    calls = []
    for call in planned.get("calls") or ():
        args = [{**a, "provenance": "planner_llm" if (call.get("call_id"), a.get("name")) in kept
                 and a.get("value") == kept[(call.get("call_id"), a.get("name"))] else "offline"}
                for a in call.get("arguments") or ()]
        calls.append({**call, "arguments": args})
    out = {**planned, "calls": calls}
    if verdicts:
        out["value_proposals"] = [v.to_json() for v in verdicts]
    return out
