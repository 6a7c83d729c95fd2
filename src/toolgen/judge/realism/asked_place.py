"""A result for another place than the one the call asked about or the API serves.

- The call asks for one city (`city="Firenze"`) and an object of the output is in another
  (`"city": "Tokyo"`), the asked city named nowhere in it;
- the API is named for one country (`us_geo_data`, `indian_fuel_prices`,
  `egypt_api`) and a city of the call or of its output is a known city of another
  (zips "in" Seoul from a US geo API, fuel prices for Buenos Aires from an Indian one).

A reviewer sees the tool answer for a place nobody asked about. Kind `answered_elsewhere`.
Only city fields (`city`, `city_name`, `town`) and, for a scoped API, country fields
are read; the country rule reads the scope from `executor.served` and the cities'
countries through `scope_places` (the judge's table, else GeoNames'); anything else is
left alone.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.served import served_country
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import all_of, any_of, argument_keys_gate, function_gate, output_keys_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls
from toolgen.judge.realism.scope_places import foreign_city, foreign_country, other_state
from toolgen.judge.realism.values import _snake
from toolgen.judge.view import RecordView
from toolgen.records import Finding

NAME = "asked_place"

_CITY_KEYS = frozenset({"city", "city_name", "town"})


def _cities(obj: dict[str, Any]) -> list[str]:
    return [v.strip() for k, v in obj.items()
            if isinstance(v, str) and v.strip() and _snake(k) in _CITY_KEYS]


def reason(function_name: str, args: dict[str, Any], nodes: list[Any]) -> str | None:
    """Why the output of `function_name(args)` is about another place, or None."""
    asked = _cities(args)
    served = served_country(function_name)
    if served is not None:
        city = next((c for c in asked if foreign_city(c, served)), None)
        if city is not None:
            return f"{function_name} serves {served} but was asked about {city}"
    for node in nodes:
        if not isinstance(node, dict):
            continue
        found = _cities(node)
        if served is not None and (city := next((c for c in found if foreign_city(c, served)),
                                                None) or foreign_country(node, served)
                                   or (other_state(node, args) if served == "US" else None)):
            return f"{function_name} serves {served} but answered for {city}"
        if asked and found and not {c.lower() for c in found} & {c.lower() for c in asked}:
            text = " ".join(str(v) for v in node.values() if isinstance(v, str)).lower()
            if not any(c.lower() in text for c in asked):
                return f"asked for {asked[0]}, the output is in {found[0]}"
    return None



# A place is judged against the country an API serves, or an asked city against the
# cities of its output: without either there is nothing to compare.
GATE = any_of(
    function_gate(lambda name: served_country(name) is not None),
    all_of(argument_keys_gate(lambda key: _snake(key) in _CITY_KEYS),
           output_keys_gate(lambda key: _snake(key) in _CITY_KEYS)),
)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        why = reason(step.function_name, args, view.nodes(step.call_id))
        if why:
            out.append(finding(NAME, "answered_elsewhere", at, why))
    return out
