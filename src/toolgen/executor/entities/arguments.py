"""One call's filter arguments drawn from one entity (`iata=VIE` with `timezone=Europe/Vienna`).

The planner draws each argument on its own, so a call may ask for airports with
`iata=VIE`, `city=Denver` and `timezone=Europe/London` at once: no real airport is all
of these. `agreeing_arguments(text, values, changeable)` recognises such a call (as
`match.bind` recognises an output object), keeps the values it may not change (those an
earlier answer fed in) and the strongest identifier, and returns new values for the
changeable arguments that name a different real thing. Returns {} when nothing
contradicts. Deterministic (no random draw). `one_entity` is the planner's hook: it also
leaves out optional filters that name the same entity as an argument an earlier answer
feeds in (unknown when planning).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolgen.executor.entities.match import bind, choose, context_flags, row_sets
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint, Parameter, PlannedArg


class _First:
    """A stand-in random stream that always picks the first tied row."""

    @staticmethod
    def random() -> float:
        return 0.0


def agreeing_arguments(
    text: str, values: dict[str, Any], changeable: set[str]
) -> dict[str, Any]:
    """New values for the changeable arguments that contradict the call's entity."""
    binding = bind(tuple(values), context_flags(text))
    if binding is None:
        return {}
    found = row_sets(values, binding)
    if len(found) < 2 or frozenset.intersection(*(rows for _, _, rows in found)):
        return {}
    fixed = {normalize_key(k): v for k, v in values.items() if k not in changeable}
    row_no = choose(dict(values), binding, fixed, _First(), set(), text.lower())
    if row_no is None:
        return {}
    row = binding.kind.rows[row_no]
    out: dict[str, Any] = {}
    for key, value, rows in found:
        if row_no in rows or key not in changeable:
            continue
        col = next(c for k, c in binding.fields if k == key)
        new = row.get(col)
        if isinstance(new, str) and isinstance(value, str):
            out[key] = new.lower() if value.islower() and new.isupper() else new
    return out


def fed_entity_filters(text: str, names: tuple[str, ...], fed: set[str]) -> set[str]:
    """Arguments naming the same entity as an argument an earlier answer feeds in.

    `city` taken from an earlier result and `iata` stated by the user: at planning time
    the city is unknown, so a stated code (or timezone, or country) would name another
    airport as often as not. The planner leaves such optional filters out."""
    binding = bind(names, context_flags(text))
    if binding is None:
        return set()
    bound = {k for k, _ in binding.fields}
    if not bound & fed:
        return set()
    return bound - fed


def one_entity(endpoint: Endpoint, args: list[PlannedArg],
               valid: Callable[[Parameter, Any], bool]) -> list[PlannedArg]:
    """A call's planned arguments made to name one real entity (the planner's hook)."""
    given = {a.name for a in args if a.source in ("user", "clarification")}
    if not given:
        return args
    text = f"{endpoint.tool_name} {endpoint.name}"
    params = {p.name: p for p in endpoint.parameters}
    fed = {a.name for a in args if a.source == "tool_output"}
    if fed:
        drop = fed_entity_filters(text, tuple(a.name for a in args), fed) & given
        drop = {n for n in drop if n in params and not params[n].required}
        if drop:
            args = [a for a in args if a.name not in drop]
            given -= drop
    one = agreeing_arguments(text, {a.name: a.value for a in args}, given)
    if not one:
        return args
    return [a.model_copy(update={"value": one[a.name]})
            if a.name in one and a.name in params and valid(params[a.name], one[a.name]) else a
            for a in args]
