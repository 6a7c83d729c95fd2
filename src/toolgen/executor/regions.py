"""Canada's provinces and territories, and the one a city is in.

`lookup_postal_code(city="Vancouver", province="Quebec")` was planned and answered
(ToolBench seed 47 #5): the province was drawn from a list beside a city drawn apart.
GeoNames (through `world`) knows each Canadian city's first-level division by a numeric
code; this is the table of those codes. `province_of(city)` is the province a Canadian
city is in, `is_province(name)` whether a name is one (any case, "Québec" or "Quebec").
"""

from __future__ import annotations

from toolgen.executor import world

# GeoNames admin1 codes of Canada (admin1CodesASCII.txt, CA.*)
_BY_CODE = {
    "01": "Alberta", "02": "British Columbia", "03": "Manitoba", "04": "New Brunswick",
    "05": "Newfoundland and Labrador", "07": "Nova Scotia", "08": "Ontario",
    "09": "Prince Edward Island", "10": "Quebec", "11": "Saskatchewan", "12": "Yukon",
    "13": "Northwest Territories", "14": "Nunavut",
}
_NAMES = frozenset(n.lower() for n in _BY_CODE.values()) | {"québec"}


def is_province(name: str) -> bool:
    return name.strip().lower() in _NAMES


def province_of(city_name: str) -> str | None:
    """The province of the Canadian city `city_name` names, or None (not Canadian, or
    not a city GeoNames knows)."""
    found = world.city(city_name)
    if found is None or found.country_iso != "CA":
        return None
    return _BY_CODE.get(found.admin1)
