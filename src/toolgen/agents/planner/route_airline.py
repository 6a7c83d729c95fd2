"""An airline a user asks for flies the route they ask about.

`flight_book(from="Madrid", to="Cairo", airlines="Delta")` (BFCL seed 47 #8), "San
Francisco to Porto on Iberia", "Edinburgh to Milan flying Qantas": the airline was
drawn apart from the route, and the judge rightly flags a carrier based in neither end's
country. `route_airline(stated)` returns, for a call stating an airline and both ends of
a route whose countries are known, where the airline is based in neither, a carrier of
the origin's country (else the destination's), as `executor.airline_routes` answers.
Pure; keyed on the parameters' names.
"""

from __future__ import annotations

import random

from toolgen.executor.airline_routes import route_airlines
from toolgen.records import PlannedArg


def route_airline(stated: dict[str, PlannedArg]) -> dict[str, object]:
    values = {a.name: a.value for a in stated.values()}
    before = dict(values)
    # the executor's rule, run on the stated values as one object (it draws nothing)
    route_airlines(values, {}, random.Random(0))
    return {k: v for k, v in values.items() if v != before[k]}
