"""A famous museum is asked about in its own city.

`museum_info(museum="Prado", city="San Francisco")` (BFCL seed 47 #24): the museum and
the city were drawn each on its own. `museum_city(stated)` returns, for a call stating a
museum this table knows and a city or location that is not the museum's, the museum's
city; `museum_placed(given)` whether the values a call states name a known museum in
its own city (then the record's place does not move it). Pure; keyed on the parameters'
names.
"""

from __future__ import annotations

from toolgen.records import PlannedArg

# The museums the planner names (`named_values`) and others people ask about, by city.
_CITIES = {
    "louvre": "Paris", "musee du louvre": "Paris", "orsay": "Paris",
    "musee d'orsay": "Paris", "british museum": "London", "tate modern": "London",
    "national gallery": "London", "rijksmuseum": "Amsterdam",
    "van gogh museum": "Amsterdam", "prado": "Madrid", "museo del prado": "Madrid",
    "moma": "New York", "metropolitan museum of art": "New York", "the met": "New York",
    "guggenheim": "New York", "uffizi": "Florence", "uffizi gallery": "Florence",
    "vatican museums": "Vatican City", "hermitage": "Saint Petersburg",
    "smithsonian": "Washington", "art institute of chicago": "Chicago",
    "getty center": "Los Angeles",
}
_MUSEUM = ("museum", "museum_name", "name_of_museum")
_CITY = ("city", "location", "city_name")


def museum_city(stated: dict[str, PlannedArg]) -> dict[str, object]:
    museum = next((stated[k] for k in _MUSEUM if k in stated), None)
    place = next((stated[k] for k in _CITY if k in stated), None)
    if museum is None or place is None or not isinstance(museum.value, str):
        return {}
    city = _CITIES.get(museum.value.strip().lower())
    if city is None or not isinstance(place.value, str) or city.lower() in (
            place.value.lower()):
        return {}
    return {place.name: city}


def museum_placed(given: dict[str, object]) -> bool:
    museum = next((given[k] for k in _MUSEUM if k in given), None)
    place = next((given[k] for k in _CITY if k in given), None)
    city = _CITIES.get(museum.strip().lower()) if isinstance(museum, str) else None
    return city is not None and isinstance(place, str) and city.lower() in place.lower()
