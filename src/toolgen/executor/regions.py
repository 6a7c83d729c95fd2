"""The first-level regions of countries whose cities GeoNames codes by number, and the
one a city is in.

`lookup_postal_code(city="Vancouver", province="Quebec")` was planned and answered
(ToolBench seed 47 #5), and India's fuel-price cities came back as "Mumbai, Andhra
Pradesh" and "Delhi, Andhra Pradesh" (#19): a region drawn apart from its city. GeoNames
(through `world`) knows each city's first-level division by a numeric code for Canada,
India and Australia; these are the tables of those codes (admin1CodesASCII.txt). A US
city's code is its state's postal code and is read elsewhere (`state_cities`).
`region_of(city)` is the province or state a city of those countries is in,
`is_region(name)` whether a name is one of theirs (any case).
"""

from __future__ import annotations

from toolgen.executor import world

_BY_CODE: dict[str, dict[str, str]] = {
    "CA": {"01": "Alberta", "02": "British Columbia", "03": "Manitoba",
           "04": "New Brunswick", "05": "Newfoundland and Labrador", "07": "Nova Scotia",
           "08": "Ontario", "09": "Prince Edward Island", "10": "Quebec",
           "11": "Saskatchewan", "12": "Yukon", "13": "Northwest Territories",
           "14": "Nunavut"},
    "IN": {"02": "Andhra Pradesh", "03": "Assam", "05": "Chandigarh", "07": "Delhi",
           "09": "Gujarat", "10": "Haryana", "11": "Himachal Pradesh",
           "12": "Jammu and Kashmir", "13": "Kerala", "16": "Maharashtra",
           "19": "Karnataka", "21": "Odisha", "23": "Punjab", "24": "Rajasthan",
           "25": "Tamil Nadu", "28": "West Bengal", "33": "Goa", "34": "Bihar",
           "35": "Madhya Pradesh", "36": "Uttar Pradesh", "37": "Chhattisgarh",
           "38": "Jharkhand", "39": "Uttarakhand", "40": "Telangana"},
    "AU": {"01": "Australian Capital Territory", "02": "New South Wales",
           "03": "Northern Territory", "04": "Queensland", "05": "South Australia",
           "06": "Tasmania", "07": "Victoria", "08": "Western Australia"},
}
_NAMES = frozenset(n.lower() for table in _BY_CODE.values() for n in table.values()) | {
    "québec"}


def is_region(name: str) -> bool:
    return name.strip().lower() in _NAMES


def region_of(city_name: str) -> str | None:
    """The province or state of the city `city_name` names, or None (another country,
    or a city or code GeoNames does not know)."""
    found = world.city(city_name)
    if found is None:
        return None
    return _BY_CODE.get(found.country_iso, {}).get(found.admin1)
