"""The plan-adherence validator: the calls realise `metadata.planner_scenario["calls"]`.

The planned endpoint ids must be realised in order; calls the plan groups into one
assistant turn (parallel calls) may come in any order. Declared variants are allowed:
intended (weight-0) steps and failed steps that are retried later are ignored, a
repeated call to the endpoint just realised (retry, next page) and a call made after a
fault (e.g. a login after a 401) are accepted as extras. A record with no planner
scenario gets a warning: there is nothing to adhere to.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.view import RecordView, build_view
from toolgen.records import Finding, Record, StepTrace
from toolgen.records.dialogue import Severity

NAME = "plan"


def _f(kind: str, message: str, severity: Severity = "error") -> Finding:
    return Finding(validator=NAME, kind=kind, message=message, severity=severity)


def _planned_groups(scenario: dict[str, Any]) -> list[list[str]] | None:
    calls = scenario.get("calls")
    if not isinstance(calls, list):
        return None
    endpoint = {c.get("call_id"): c.get("endpoint_id") for c in calls if isinstance(c, dict)}
    order = [c.get("endpoint_id") for c in calls if isinstance(c, dict)]
    grouped: list[list[str]] = []
    used: set[Any] = set()
    for turn in scenario.get("turns") or ():
        for group in (turn.get("steps") if isinstance(turn, dict) else None) or ():
            ids = [cid for cid in group if cid in endpoint and cid not in used]
            used.update(ids)
            if ids:
                grouped.append([str(endpoint[cid]) for cid in ids])
    # Turns must cover every call for their grouping to be trusted; else go call by call.
    if len(used) == len(endpoint) == len(order):
        return grouped
    return [[str(e)] for e in order]


def _effective(view: RecordView) -> list[StepTrace]:
    """Steps that count towards the plan: not intended, not a failure retried later."""
    steps = [s for s in view.record.step_trace if s.call_id not in view.intended]
    dropped: set[str] = set()
    for i, s in enumerate(steps):
        if s.status != "ok" and any(t.endpoint_id == s.endpoint_id for t in steps[i + 1 :]):
            dropped.add(s.call_id)
    return [s for s in steps if s.call_id not in dropped]


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    scenario = view.record.metadata.planner_scenario
    if not scenario:
        return [_f("plan_absent", "no planner scenario to check against", "warning")]
    groups = _planned_groups(scenario)
    if groups is None:
        return [_f("plan_malformed", "planner_scenario has no 'calls' list")]
    steps = _effective(view)
    faults = [s.step for s in view.record.step_trace if s.status != "ok"]
    first_fault = min(faults) if faults else None
    out: list[Finding] = []
    pos = 0
    last: str | None = None

    def variant(step: StepTrace) -> bool:
        return step.endpoint_id == last or (first_fault is not None and step.step > first_fault)

    for group in groups:
        need: dict[str, int] = {}  # a plain dict: Counter's constructor costs more than the count
        for endpoint in group:
            need[endpoint] = need.get(endpoint, 0) + 1
        while need and pos < len(steps):
            step = steps[pos]
            pos += 1
            if need.get(step.endpoint_id, 0) > 0:
                need[step.endpoint_id] -= 1
                if not need[step.endpoint_id]:
                    del need[step.endpoint_id]
                last = step.endpoint_id
            elif not variant(step):
                out.append(
                    _f(
                        "plan_unexpected_call",
                        f"step {step.step}: {step.endpoint_id} is not the planned call",
                    )
                )
        for endpoint, n in sorted(need.items()):
            out.append(_f("plan_missing_call", f"planned call to {endpoint} not made ({n}x)"))
    for step in steps[pos:]:
        if not variant(step):
            out.append(
                _f("plan_extra_call", f"step {step.step}: {step.endpoint_id} was not planned")
            )
    return out


def check(record: Record, ctx: JudgeContext) -> list[Finding]:
    """Plan-adherence findings for `record`."""
    return check_view(build_view(record), ctx)
