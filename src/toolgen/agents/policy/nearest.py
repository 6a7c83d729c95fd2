"""A result the tool labels the nearest to the place asked is answered as the nearest.

`v1_airports(city="Gilroy")` answers San Jose's airport with `"nearest_to": "Gilroy",
"distance_km": 51` (`executor.nearest_airport`): said as "San Jose ... is the only one",
the answer passes another city's airport off as Gilroy's. `nearest_facts(facts, output)`
makes the answer "the nearest airport to Gilroy is Norman Y. Mineta San Jose
International Airport, 51 km away" (`clauses.NEAREST_LABEL`); other outputs keep their
facts.
"""

from __future__ import annotations

from typing import Any

from toolgen.agents.offline import Fact
from toolgen.agents.offline.clauses import DISTANCE_LABEL, NEAREST_LABEL

_NAMES = ("name", "airport_name", "title", "display_name")
_CODES = frozenset({"iata", "icao", "iata_code", "icao_code"})


def nearest_facts(facts: list[Fact], output: Any) -> list[Fact]:
    """The facts that say a labelled nearest result as such (module doc)."""
    item = _labelled(output)
    if item is None:
        return facts
    name = next((item[k] for k in _NAMES if isinstance(item.get(k), str)), None)
    if name is None:
        return facts
    thing = "airport " if _CODES & set(item) else ""
    said = [Fact(label=f"{NEAREST_LABEL}{thing}to {item['nearest_to']}", value=name)]
    if isinstance(item.get("distance_km"), int | float):
        said.append(Fact(label=DISTANCE_LABEL, value=str(item["distance_km"])))
    return said


def _labelled(output: Any) -> dict[str, Any] | None:
    if not isinstance(output, dict):
        return None
    lists = [v for v in output.values() if isinstance(v, list)] + [[output]]
    for value in lists:
        for item in value:
            if isinstance(item, dict) and isinstance(item.get("nearest_to"), str):
                return item
    return None
