"""Where a chain's user-given places are: the record's place.

Every call's user-given places move to the country its API serves, else the record's
(the place the first call that states one names), so a chain never asks a US geo API
about Seoul, nor registers a Seoul address in Norway (`at_home`). `served_here(endpoint)`
is the country an endpoint's API serves, when the generators know places there. Pure.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor.places import named_row
from toolgen.executor.pools import PLACES
from toolgen.executor.served import country_rows, record_home, served_country
from toolgen.records import Endpoint, PlannedCall


def served_here(endpoint: Endpoint) -> str:
    """The country `endpoint`'s API serves, when the generators know places there."""
    code = served_country(endpoint.function_name)
    return code if code is not None and country_rows(code) else ""


def at_home(calls: list[PlannedCall], endpoints: Mapping[str, Endpoint],
            values: ArgumentValues, rng: random.Random, place: int = -1) -> list[PlannedCall]:
    """Every call's user-given places moved to the record's place: the country its API
    serves, else the record's (`place`; -1: the place the first call that states one
    names), so a chain never asks a US geo API about Seoul, nor registers a Seoul address
    in Norway. A place the user states in the record's country is kept."""
    served_home = PLACES[place][2] if place >= 0 else record_home(
        endpoints[c.endpoint_id].function_name for c in calls)
    home = -1
    for call in calls:
        if served_here(endpoints[call.endpoint_id]):
            continue
        row = named_row(_given(call))
        if row >= 0 and (not served_home or PLACES[row][2] == served_home):
            home = row
            break
    if home < 0 and place >= 0:
        home = place
    if home < 0 and served_home:
        home = rng.choice(country_rows(served_home))
    out: list[PlannedCall] = []
    for c in calls:
        endpoint = endpoints[c.endpoint_id]
        served = served_here(endpoint)
        row = _row_in(served, c, home, rng) if served else home
        if row < 0:
            out.append(c)
            continue
        args = tuple(values.at_place(endpoint, list(c.arguments), row, bool(served)))
        out.append(c if args == c.arguments else c.model_copy(update={"arguments": args}))
    return out


def _given(call: PlannedCall) -> dict[str, Any]:
    return {a.name: a.value for a in call.arguments if a.source in ("user", "clarification")}


def _row_in(code: str, call: PlannedCall, home: int, rng: random.Random) -> int:
    """The row of the city a call to an API serving `code` states, when it is there;
    else the record's place when it is there; else one of the country's."""
    for row in (named_row(_given(call)), home):
        if row >= 0 and PLACES[row][2] == code:
            return row
    return rng.choice(country_rows(code))
