"""A country's or a city's facts, asked of a tool, answered with the facts.

`country_info_capital(country="France")` answered `{country_id, name, is_active}` and
`capital_by_country(country="Australia")` four "capitals" coded KN5056: a reader sees no
capital. An endpoint whose own words ask a fact of a country it is sent (its capital,
population, area, currency, languages, continent, calling code, flag, largest city, or
the whole country's record) or the place of a city it is sent (its coordinates,
country, timezone, population) answers with the fact from `world` (GeoNames):

- `world_shape(endpoint)`: the response schema of such an endpoint the corpus gives no
  shape for: the sent subject and the asked facts (`{"country", "capital"}`), nothing
  made up beside them;
- `world_finish(endpoint)`: the step that writes the facts into any answer of it,
  under the key its schema uses (`capital`, `capital_city`, `population`, `phone_code`,
  `emoji`...), on the objects about the asked place; a corpus answer that is one text
  (`{"status", "data"}`) holds the one fact asked.

A subject `world` does not know keeps today's drawn answer. Deterministic; never touches
the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.executor import world
from toolgen.executor.objects import objects_in
from toolgen.executor.result_kinds import own_words, own_words_of
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_STR = {"type": "string"}
_NUM = {"type": "number"}
_INT = {"type": "integer"}
# Parameters that name a country or a city (normalised).
COUNTRY_PARAMS = frozenset({"country", "country_code", "country_name", "countrycode", "iso",
                            "iso2", "iso3", "iso_code", "alpha2", "alpha3", "alpha_2",
                            "alpha_3", "nation", "country_iso"})
CITY_PARAMS = frozenset({"city", "city_name", "cityname", "town", "place", "location"})
# The fact a word of an endpoint's name asks of a country -> the fields that answer it.
_COUNTRY_ASKS: dict[str, dict[str, Any]] = {
    "capital": {"capital": _STR},
    "population": {"population": _INT},
    "area": {"area_km2": _NUM},
    "currency": {"currency_code": _STR, "currency_name": _STR},
    "language": {"languages": {"type": "array", "items": _STR}},
    "continent": {"continent": _STR},
    "calling": {"calling_code": _STR},
    "flag": {"flag": _STR},
    "largest": {"largest_city": _STR, "largest_city_population": _INT},
}
_ASK_WORDS = {"capital": "capital", "capitals": "capital", "population": "population",
              "area": "area", "size": "area", "currency": "currency",
              "currencies": "currency", "language": "language", "languages": "language",
              "continent": "continent", "phone": "calling", "calling": "calling",
              "dial": "calling", "dialing": "calling", "flag": "flag", "flags": "flag",
              "emoji": "flag", "largest": "largest", "biggest": "largest"}
# Words that make a country's figure something else: an animal's population, a forecast,
# a conversion, a number's phone, a country's weather.
_NOT_A_FACT = frozenset({
    "species", "animal", "animals", "wildlife", "turtle", "elephant", "genetics",
    "projection", "projections", "growth", "estimate", "forecast", "predict", "exchange",
    "convert", "conversion", "rate", "rates", "number", "numbers", "validate", "validation",
    "verify", "weather", "covid", "stat", "stats", "history", "cases", "news", "holidays",
    "holiday", "stock", "stocks", "publishers", "publisher", "vat", "tax"})
# The whole record of a country: a name that asks for nothing but the country.
_COUNTRY_WORDS = frozenset({"country", "countries", "nation"})
_PLAIN = frozenset({"get", "by", "code", "name", "info", "information", "details", "data",
                    "lookup", "find", "search", "show", "fetch", "iso", "alpha"})
_CITY_ASKS = frozenset({"location", "locations", "coordinates", "coordinate", "geocode",
                        "geocoding", "latlng", "latlong", "position"})
_CITY_WORDS = frozenset({"city", "cities"})
_CITY_FIELDS = {"city": _STR, "country": _STR, "latitude": _NUM, "longitude": _NUM,
                "timezone": _STR, "population": _INT}
_COUNTRY_RECORD = {"name": _STR, "iso_code": _STR, "capital": _STR, "population": _INT,
                   "area_km2": _NUM, "currency_code": _STR, "continent": _STR,
                   "calling_code": _STR}


def asked(endpoint: Endpoint) -> tuple[str, tuple[str, ...], str] | None:
    """("country" or "city", the facts asked, the parameter naming the subject), or None
    when the endpoint asks no world fact."""
    return _asked(tuple(own_words(endpoint)), tuple(p.name for p in endpoint.parameters))


def asked_of(function_name: str, params: tuple[str, ...]
             ) -> tuple[str, tuple[str, ...], str] | None:
    """`asked` for a function of a record (its name and parameter names)."""
    return _asked(own_words_of(function_name), params)


@lru_cache(maxsize=1 << 14)
def _asked(words: tuple[str, ...], params: tuple[str, ...]
           ) -> tuple[str, tuple[str, ...], str] | None:
    have = set(words)
    if not words or have & _NOT_A_FACT:
        return None
    country_param = next((p for p in params if normalize_key(p) in COUNTRY_PARAMS), None)
    city_param = next((p for p in params if normalize_key(p) in CITY_PARAMS), None)
    if country_param is not None and city_param is None:
        facts = tuple(dict.fromkeys(_ASK_WORDS[w] for w in words if w in _ASK_WORDS))
        if "area" in facts and not have & _COUNTRY_WORDS:
            facts = tuple(f for f in facts if f != "area")  # a size of anything
        if "calling" in facts and not have & {"code", "codes", "calling", "dial", "dialing"}:
            facts = ()  # a phone that is no calling code
        if facts:
            return "country", facts, country_param
        if have & _COUNTRY_WORDS and have <= _COUNTRY_WORDS | _PLAIN:
            return "country", ("record",), country_param
    if city_param is not None and (have & _CITY_ASKS or (
            have & _CITY_WORDS and have <= _CITY_WORDS | _PLAIN)):
        return "city", ("place",), city_param
    return None


def world_shape(endpoint: Endpoint) -> dict[str, Any] | None:
    """The response schema of a world-fact endpoint without one (module doc), or None."""
    found = asked(endpoint)
    if found is None:
        return None
    kind, facts, param = found
    props: dict[str, Any] = {param: _STR}
    if kind == "city":
        props.update({k: v for k, v in _CITY_FIELDS.items() if k not in props})
    elif facts == ("record",):
        props.update(_COUNTRY_RECORD)
    else:
        if normalize_key(param) != "country":
            props["country"] = _STR  # the country's name beside the code it was sent
        for fact in facts:
            props.update(_COUNTRY_ASKS[fact])
    return {"type": "object", "properties": props}


def world_finish(endpoint: Endpoint) -> Finish | None:
    """The step writing the asked facts into an answer of `endpoint`, or None."""
    found = asked(endpoint)
    if found is None:
        return None
    kind, facts, param = found
    key = normalize_key(param)
    if kind == "city":
        return _city_step(key)
    return _country_step(key, facts)


# Answer keys (normalised) -> the country fact they hold.
_COUNTRY_KEYS: dict[str, Callable[[world.Country], Any]] = {
    "capital": lambda c: c.capital, "capital_city": lambda c: c.capital,
    "population": lambda c: c.population, "total_population": lambda c: c.population,
    "area": lambda c: c.area_km2, "area_km2": lambda c: c.area_km2,
    "area_sq_km": lambda c: c.area_km2, "surface_area": lambda c: c.area_km2,
    "currency": lambda c: c.currency_code, "currency_code": lambda c: c.currency_code,
    "currency_name": lambda c: c.currency_name,
    "languages": lambda c: list(c.languages), "language": lambda c: (c.languages or ("",))[0],
    "continent": lambda c: c.continent,
    "calling_code": lambda c: c.calling_code, "phone_code": lambda c: c.calling_code,
    "dial_code": lambda c: c.calling_code, "dialing_code": lambda c: c.calling_code,
    "country_calling_code": lambda c: c.calling_code,
    "flag": lambda c: world.flag(c.iso), "emoji": lambda c: world.flag(c.iso),
    "flag_emoji": lambda c: world.flag(c.iso), "emoji_flag": lambda c: world.flag(c.iso),
    "iso_code": lambda c: c.iso, "tld": lambda c: c.tld,
    "country_name": lambda c: c.name,
    "largest_city": lambda c: _largest_name(c),
    "largest_city_population": lambda c: _largest_population(c),
}
# What one text answer (`{"status": "success", "data": "..."}`) holds for each fact.
_ONE_TEXT = ("data", "result", "value", "answer")
_FACT_KEY = {"capital": "capital", "population": "population", "area": "area_km2",
             "currency": "currency_code", "language": "language",
             "continent": "continent", "calling": "calling_code", "flag": "flag",
             "largest": "largest_city"}


def _largest_name(c: world.Country) -> str:
    found = world.largest_city(c.iso)
    return found.name if found is not None else ""


def _largest_population(c: world.Country) -> int:
    found = world.largest_city(c.iso)
    return found.population if found is not None else 0


def _country_step(param: str, facts: tuple[str, ...]) -> Finish:
    # Only a country's record names the country under `name` (a currency's is "Euro").
    record = facts == ("record",)

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        sent = args.get(param)
        found = world.country(sent)
        if found is None:
            return
        for obj in _about(output, sent, found.name):
            for k in list(obj):
                getter = _COUNTRY_KEYS.get(normalize_key(k))
                if getter is None or isinstance(obj[k], (dict, bool)):
                    continue
                value = _same_type(getter(found), obj[k])
                if value is not None:
                    obj[k] = value
            if record and isinstance(obj.get("name"), str) and obj.get("name") != sent:
                obj["name"] = found.name  # the country's own name, not a drawn one
            if "country" in obj and normalize_key(param) != "country" and isinstance(
                    obj["country"], str):
                obj["country"] = found.name
        _one_text(output, facts, found)

    return step


def _same_type(value: Any, current: Any) -> Any:
    """`value` as the field holding `current` types it (a text area "780580.0"), or None
    when it cannot (a list for a text, a name for a number) or there is no fact."""
    if value in ("", 0, []) or isinstance(value, list) != isinstance(current, list):
        return None
    if isinstance(current, str):
        return value if isinstance(value, str) else str(value)
    if isinstance(current, int | float):
        return value if isinstance(value, int | float) else None
    return value


def _one_text(output: Any, facts: tuple[str, ...], found: world.Country) -> None:
    """A corpus answer that is one text holds the one fact asked."""
    if not isinstance(output, dict) or len(facts) != 1 or facts[0] not in _FACT_KEY:
        return
    if any(normalize_key(k) in _COUNTRY_KEYS for k in output):
        return
    key = next((k for k in _ONE_TEXT if isinstance(output.get(k), str)), None)
    if key is not None:
        value = _COUNTRY_KEYS[_FACT_KEY[facts[0]]](found)
        output[key] = ", ".join(value) if isinstance(value, list) else str(value)


def _about(output: Any, sent: Any, name: str) -> list[dict[str, Any]]:
    """The objects of `output` about the asked place: the answer itself, and the records
    of its lists that name the place (or name none)."""
    if not isinstance(output, dict):
        return []
    found = [output]
    said = {str(sent).lower(), name.lower()}
    for obj in objects_in(output):
        if obj is output:
            continue
        named = [v for k, v in obj.items() if normalize_key(k) in ("country", "name", "city")
                 and isinstance(v, str)]
        if not named or any(v.lower() in said for v in named):
            found.append(obj)
    return found


_CITY_KEYS: dict[str, Callable[[world.City], Any]] = {
    "latitude": lambda c: c.latitude, "lat": lambda c: c.latitude,
    "longitude": lambda c: c.longitude, "lng": lambda c: c.longitude,
    "lon": lambda c: c.longitude, "long": lambda c: c.longitude,
    "timezone": lambda c: c.timezone, "time_zone": lambda c: c.timezone,
    "population": lambda c: c.population, "country_code": lambda c: c.country_iso,
    "country": lambda c: _country_name(c),
}


def _country_name(c: world.City) -> str:
    found = world.country_of(c.country_iso)
    return found.name if found is not None else ""


def _city_step(param: str) -> Finish:
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        sent = args.get(param)
        found = world.city(sent)
        if found is None:
            return
        for obj in _about(output, sent, found.name):
            for k in list(obj):
                getter = _CITY_KEYS.get(normalize_key(k))
                if getter is None or isinstance(obj[k], (dict, list, bool)):
                    continue
                value = _same_type(getter(found), obj[k])
                if value is not None:
                    obj[k] = value

    return step
