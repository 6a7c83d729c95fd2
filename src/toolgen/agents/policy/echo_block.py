"""What a result says back about its request is not what the answer reports.

`{"inputs": {"lat": "49.34", "lon": "8.80", ...}, "outputs": [{"month": 4, "wh": 0}]}`
was answered "Looking at the solar estimation, its lat is 49.3418836, with a lon of
8.8006813" (ToolBench seed 31 #271): the echoed inputs, not the estimate. `unechoed(
output)` is the output without its echo blocks (`inputs`, `params`, `query`,
`request`...) when something else is left to say; `unit_figure(facts, obj)` says a
figure whose key is only its unit (`wh`, `kwh`) as the thing the request asks for
("the solar estimation is 0 Wh") and puts it first.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact
from toolgen.agents.policy.facts import head_noun
from toolgen.judge.realism.echo_cited import ECHO_KEYS

# Keys that are only a unit: the figure they hold is the measure itself.
_UNIT_KEYS = {"wh": "Wh", "kwh": "kWh", "kw": "kW", "mwh": "MWh", "km": "km", "kg": "kg",
              "co2": "kg CO2", "usd": "USD", "eur": "EUR"}


def unechoed(output: Any) -> Any:
    """`output` without its top-level echo blocks when it holds anything besides them;
    `output` itself otherwise (an answer that is only its echo has nothing else)."""
    if not isinstance(output, dict) or not any(
            k.lower() in ECHO_KEYS and isinstance(v, dict) for k, v in output.items()):
        return output
    rest = {k: v for k, v in output.items()
            if not (k.lower() in ECHO_KEYS and isinstance(v, dict))}
    return rest if any(v not in (None, "", [], {}) for v in rest.values()) else output


def unit_figure(facts: list[Fact], obj: str) -> list[Fact]:
    """`facts` with a number whose label is only a unit ("wh") said as the request's
    thing with that unit ("solar estimation": "0 Wh"), first; unchanged without one."""
    for at, fact in enumerate(facts):
        unit = _UNIT_KEYS.get(fact.label.lower())
        if unit is None:
            continue
        try:
            float(fact.value)
        except ValueError:
            continue
        noun = head_noun(obj) or "figure"
        said = Fact(label=noun, value=f"{fact.value} {unit}")
        return [said, *facts[:at], *facts[at + 1:]]
    return facts
