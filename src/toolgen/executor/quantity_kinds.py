"""What a numeric field measures, and the magnitudes a reader believes for it.

A field's name alone often does not fix its scale: a `height` is 1.8 for a person and 828
for the Burj Khalifa; a `minimum_rating` is 4 stars on a review site and 2200 in chess.
`quantity_kind(key, about, unit)` reads the key's words, the words of the endpoint and
description it sits in (`about`) and its unit (the key's suffix, a unit the text names,
or one the caller read from a sibling `unit` value) and returns its `QuantityKind`: what
it is, the range a value is drawn in, and the wider range a careful reader still believes.
The executor and the planner draw inside `drawn`; the judge flags a value outside
`believable`, and a fraction of a kind counted in whole things (`whole`: 0.96 kills).
`landmark_height(name)` is the real height of a famous structure a call names ("Burj
Khalifa" -> 828 m).

Pure, no network; one small table, read by generation and judge alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from toolgen.executor.values import normalize_key

# (low, high, decimals) a value is drawn in; decimals 0 means a whole number.
Drawn = tuple[float, float, int]
Range = tuple[float, float]


@dataclass(frozen=True, slots=True)
class QuantityKind:
    what: str  # as a reviewer would say it: "a building's height in m"
    drawn: Drawn | None  # None: drawn as the field's name alone says
    believable: Range
    whole: bool = False  # counted in whole things: a player's 0.96 kills is none
    money: bool = False  # in US dollars: a figure in another currency is read at its rate


@dataclass(frozen=True, slots=True)
class _Rule:
    what: str
    keys: frozenset[str]  # a key word that makes a field this quantity
    about: re.Pattern[str] | None  # words the endpoint or description must show
    by_unit: dict[str, tuple[Drawn, Range]]  # unit ("" when none is said) -> ranges
    unless: frozenset[str] = frozenset()  # key words that make it another quantity
    also: frozenset[str] = frozenset()  # when set, a key word of these must be there too
    draw: bool = True  # False: a range only the judge reads (the drawing stays as it was)
    whole: bool = False  # a count of things: never a fraction
    money: bool = False  # ranges in US dollars (`QuantityKind.money`)


def _re(text: str) -> re.Pattern[str]:
    return re.compile(text, re.I)


_BUILDING = _re(r"\bbuilding|tower|skyscraper|landmark|monument|structure|cathedral|"
                r"architect")
_BODY = _re(r"\bbmi\b|body|person|patient|health|fitness|calori|athlete|human|\bbmr\b|"
            r"\btdee\b|diet|weight loss|nutrition")
_WEATHER = _re(r"weather|forecast|climate|meteo|\bcity\b|outdoor|\bair\b")
_MUSIC = _re(r"music|song|melody|tempo|\bbeat|track|scale progression|\bbpm\b|chord|rhythm")
_PICTURES = _re(r"image|photo|picture|video|thumbnail|pixel|resolution|\bpx\b|\bocr\b")
_PIXEL_SIZES = frozenset({"height", "width"})
_VEHICLE = _re(r"vehicle|\bcars?\b|engine|cruise|brake|driving|\bdrive\b")
_MOUNTAIN = _re(r"mountain|\bpeak|summit|volcano|hiking|\bhike\b")
_QUAKE = _re(r"earthquake|seismic|quake|richter")
_COLOUR = _re(r"\brgba?\b|colou?r|\bhex\b")
# A video game or a match's tally: "kd (kill death ratio)", a player's KDA, an esports
# match. The words of the endpoint decide, never the key alone: "deaths" is also a
# country's epidemic count in the thousands.
_GAME = _re(r"\bgam(?:e|es|ing|er|ers|eplay)\b|\bkda?\b|\bkills?\b|\bfrags?\b|esports?|"
            r"\bfps\b|shooter|valorant|fortnite|\bdota|overwatch|counter.?strike|\bcs:?go\b|"
            r"\bpubg\b|warzone|league of legends|\bmatch(?:es)?\b")

_RULES: tuple[_Rule, ...] = (
    _Rule("a chess rating", frozenset({"rating", "elo", "ratings"}), _re(r"chess|\bfide\b|\belo\b"),
          {"": ((1400, 2850, 0), (100, 3500))}),
    # one match's tally, whole: `kda_calculator(kills=0.96, assists=514.8)` was no game
    _Rule("a player's match tally",
          frozenset({"kills", "deaths", "assists", "kill", "death", "assist", "headshots",
                     "frags", "knockdowns", "eliminations"}), _GAME,
          {"": ((1, 25, 0), (0, 1_000_000))},
          frozenset({"ratio", "rate", "per", "average", "avg", "percent", "percentage", "id",
                     "name", "date", "time", "type", "url"}), whole=True),
    # a thing's number in its series, whole: `wagon_no=994.85`, `titleNo=3866.93`
    _Rule("a thing's number in its series", frozenset({"no", "idx"}), None,
          {"": ((1, 24, 0), (0, 1e12))},
          frozenset({"cache", "redirect", "reply", "ads", "wait", "follow", "store", "index",
                     "limit", "max", "min", "id", "phone", "mobile", "contact", "tel", "fax",
                     "account", "card", "serial", "tracking", "order", "invoice", "policy",
                     "registration", "passport", "vat", "tax", "zip", "pin", "reg"}),
          whole=True),
    # an allele's frequency is a share of a population's gene copies: 779.89 is none
    _Rule("an allele frequency (0-1)", frozenset({"frequency", "freq"}),
          _re(r"allele|genotype|\bgenes?\b|genetic|hardy|weinberg"),
          {"": ((0.05, 0.95, 2), (0, 1))}, frozenset({"id", "name", "count"})),
    # a place in a text is counted in characters: `setText(start=0, length=27.3)` (BFCL
    # seed 31 #61) set no whole span of an editor's text
    _Rule("a span of a text in characters",
          frozenset({"length", "start", "end", "offset", "position", "pos"}),
          _re(r"\btexts?\b|\beditor\b|\bstrings?\b|\bcharacters?\b|substring"),
          {"": ((0, 60, 0), (0, 1e7))},
          frozenset({"date", "time", "year", "price", "lat", "lon", "hour", "day", "page",
                     "id", "key", "url", "audio", "video", "duration", "seconds"}),
          whole=True),
    # where a page of results starts: `startIndex=970.81` is no position in a list
    _Rule("a position in a list", frozenset({"start", "starting", "begin"}), None,
          {"": ((0, 40, 0), (0, 1e9))}, frozenset({"date", "time", "year", "price", "lat",
                                                    "lon", "hour", "day"}),
          frozenset({"index", "position", "idx", "offset", "row"}), whole=True),
    # a spreadsheet's sheet is counted from its first: `sheet=8.61` ("Sheet index.")
    _Rule("a sheet's index", frozenset({"sheet", "worksheet", "tab"}),
          _re(r"\bindex\b|spreadsheet|\bsheets?\b"), {"": ((0, 5, 0), (0, 10_000))},
          frozenset({"id", "name", "title", "url", "key", "count", "rows", "columns"}),
          whole=True),
    _Rule("a building's height", frozenset({"height", "tall", "heights"}), _BUILDING,
          {"m": ((40, 830, 1), (2, 830)), "ft": ((130, 2720, 0), (6, 2723)),
           "": ((40, 830, 1), (2, 2723))}),
    _Rule("a building's size", frozenset({"width", "length", "breadth", "depth"}), _BUILDING,
          {"m": ((15, 120, 1), (1, 1000)), "ft": ((50, 400, 0), (3, 3300)),
           "": ((15, 120, 1), (1, 3300))}),
    _Rule("a building's floor count", frozenset({"floors", "stories", "storeys"}), _BUILDING,
          {"": ((3, 120, 0), (1, 163))}),
    _Rule("a person's height", frozenset({"height"}), _BODY,
          {"m": ((1.5, 2.0, 2), (0.4, 2.75)), "cm": ((150, 200, 0), (40, 275)),
           "ft": ((4.8, 6.6, 1), (1.3, 9.1)), "in": ((58, 80, 0), (15, 108)),
           "": ((1.5, 2.0, 2), (0.4, 275))}),
    _Rule("a person's weight", frozenset({"weight", "mass"}), _BODY,
          {"kg": ((45, 120, 1), (2, 650)), "lb": ((100, 265, 0), (4, 1400)),
           "": ((45, 120, 1), (2, 1400))}),
    _Rule("a musical tempo in BPM", frozenset({"tempo", "bpm"}), _MUSIC,
          {"": ((60, 180, 0), (20, 320))}),
    # A car's gauges (BFCL's vehicle control: a fuel level of 788 gallons, a slope of 108
    # degrees, an AC set to -9.8 C, seed 13 #287).
    _Rule("a car's fuel level", frozenset({"fuel"}), _VEHICLE,
          {"": ((2, 14, 1), (0, 120))}, frozenset({"id", "type", "price", "cost", "name"}),
          frozenset({"level", "remaining", "amount", "left"})),
    _Rule("a car battery's voltage", frozenset({"voltage"}), _VEHICLE,
          {"": ((12.2, 14.6, 1), (10, 900))}),
    _Rule("a car's cabin temperature", frozenset({"temperature", "temp"}), _VEHICLE,
          {"c": ((17, 26, 1), (10, 35)), "f": ((62, 79, 0), (50, 95)),
           "": ((17, 26, 1), (10, 95))}, frozenset({"outside", "outdoor", "engine"}),
          frozenset({"ac", "cabin", "climate", "interior", "inside", "set", "target"})),
    _Rule("a road's slope in degrees", frozenset({"slope", "incline", "gradient"}), _VEHICLE,
          {"": ((0, 12, 1), (0, 45))}),
    _Rule("a car's speed", frozenset({"speed"}), _VEHICLE,
          {"": ((30, 120, 1), (0, 300))}, frozenset({"fan", "wind", "limit", "max", "id"})),
    _Rule("a weather temperature", frozenset({"temperature", "temp", "temperatures"}), _WEATHER,
          {"c": ((-10, 38, 1), (-90, 60)), "f": ((14, 100, 0), (-130, 140)),
           "k": ((263, 311, 1), (183, 333)), "": ((-10, 38, 1), (-130, 140))},
          frozenset({"change", "difference", "delta", "diff", "rise"})),
    _Rule("a temperature", frozenset({"temperature", "temp", "temperatures"}), None,
          {"c": ((-10, 95, 1), (-273.15, 6000)), "f": ((14, 200, 0), (-459.67, 11000)),
           "k": ((250, 370, 1), (0, 6300)), "": ((5, 95, 1), (-459.67, 11000))},
          frozenset({"change", "difference", "delta", "diff", "rise"})),
    _Rule("a mountain's elevation", frozenset({"elevation", "altitude", "height"}), _MOUNTAIN,
          {"m": ((500, 8849, 0), (0, 8849)), "ft": ((1600, 29032, 0), (0, 29032)),
           "": ((500, 8849, 0), (0, 29032))}),
    # `convert_rgb_to_hex(r=433)`: a colour channel is a byte
    _Rule("an RGB colour channel (0-255)", frozenset({"r", "g", "b", "red", "green", "blue"}),
          _COLOUR, {"": ((0, 255, 0), (0, 255))},
          frozenset({"id", "name", "hex", "code", "percent", "percentage", "ratio"})),
    _Rule("an earthquake magnitude", frozenset({"magnitude"}), _QUAKE,
          {"": ((2.5, 7.5, 1), (-2, 9.6))}),
    _Rule("a country's population", frozenset({"population"}), _re(r"\bcountry|nation"),
          {"": ((1_000_000, 340_000_000, 0), (800, 1_450_000_000))},
          frozenset({"growth", "rate", "density", "change", "effective"})),
    _Rule("a city's population", frozenset({"population"}), _re(r"\bcity|\btown|urban"),
          {"": ((50_000, 9_000_000, 0), (100, 40_000_000))},
          frozenset({"growth", "rate", "density", "change", "effective"})),
    _Rule("a population", frozenset({"population"}), None,
          {"": ((200, 90_000, 0), (0, 9_000_000_000))},
          frozenset({"growth", "rate", "density", "change"})),
    _Rule("a rate in percent", frozenset({"rate"}), None, {"": ((1, 12, 2), (-100, 100))},
          frozenset({"population", "heart", "exchange", "conversion", "sample", "frame",
                     "bit", "limit", "hourly", "daily", "nightly", "type", "id", "code",
                     "label", "name", "date", "url"}),
          frozenset({"return", "growth", "depreciation", "inflation", "interest",
                     "appreciation", "discount"})),
    _Rule("a rate of return in percent", frozenset({"return"}), None,
          {"": ((1, 12, 2), (-100, 100))}, frozenset({"amount", "value", "total"}),
          frozenset({"annual", "expected", "rate", "average", "yearly"})),
    # a revenue is money, whatever year it is of (`year1_revenue` drew 2025)
    _Rule("a company's revenue", frozenset({"revenue", "revenues", "sales", "income",
                                            "earnings", "profit"}), None,
          {"": ((200_000, 90_000_000, 0), (0, 1e13))},
          frozenset({"growth", "rate", "ratio", "margin", "percent", "per", "tax", "id"})),
    # a share's day of trading is hundreds of thousands to millions: 82 traded read as
    # made up (ToolBench seed 71 #18)
    _Rule("a trading volume", frozenset({"volume"}),
          _re(r"stock|shares?\b|trad|market|ticker|equit|crypto|coin|invest|forex|nasdaq|"
              r"nyse|exchange"),
          {"": ((150_000, 60_000_000, 0), (0, 1e12))},
          frozenset({"id", "percent", "change", "ratio", "level", "unit", "ml", "l", "m3"}),
          whole=True),
    _Rule("a holding or investment period in years", frozenset({"period", "holding", "horizon"}),
          _re(r"invest|stock|share|portfolio|return|loan|mortgage|depreciat|interest|"
              r"dividend|bond|annuit|saving|retire"),
          {"": ((1, 30, 0), (0, 100))},
          frozenset({"month", "months", "day", "days", "week", "weeks", "id", "count"})),
    _Rule("a dividend per share", frozenset({"dividend", "dividends"}), None,
          {"": ((0.1, 6, 2), (0, 500))},
          frozenset({"yield", "rate", "total", "payout", "ratio", "growth", "id"}),
          frozenset({"share", "per"})),
    # a hotel night costs tens to hundreds: a budget of 10.94 found only absurd rooms
    _Rule("a hotel price", frozenset({"price", "budget", "rate", "cost"}),
          _re(r"\bhotels?\b|lodging|accommodation|\bstays?\b"),
          {"": ((80, 450, 2), (15, 20_000))},
          frozenset({"id", "code", "type", "currency", "exchange", "conversion"}), money=True),
    _Rule("a price", frozenset({"price", "cost", "fee"}), None,
          {"": ((5, 500, 2), (0, 1e12))}, draw=False, money=True),
)

# A unit word of a key or a text -> its short name.
_UNITS = {"m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
          "ft": "ft", "feet": "ft", "foot": "ft", "cm": "cm", "centimeters": "cm",
          "centimetres": "cm", "in": "in", "inch": "in", "inches": "in", "kg": "kg",
          "kilograms": "kg", "kilogram": "kg", "kilo": "kg", "kilos": "kg", "lb": "lb",
          "lbs": "lb", "pounds": "lb", "pound": "lb", "c": "c", "celsius": "c",
          "centigrade": "c", "metric": "", "f": "f", "fahrenheit": "f", "imperial": "",
          "k": "k", "kelvin": "k"}
# A unit the text names: "in meters", "(in cm)", "unit: feet". Only these forms, so the
# word "in" of a sentence is no unit.
_TEXT_UNIT = re.compile(
    r"\b(?:in|of|units?:?)\s+\(?(meters?|metres?|feet|foot|centimet(?:er|re)s|cm|inches|kg|"
    r"kilograms?|pounds|lbs?|celsius|fahrenheit|kelvin|degrees (?:celsius|fahrenheit))\b",
    re.I)


# Unit words too short to be read as a unit inside a longer text.
_BARE = frozenset({"in", "c", "f", "k", "m"})


def unit_of(value: str) -> str:
    """The short unit a text value names ("meter" -> "m", "Fahrenheit" -> "f"), or ""."""
    words = re.findall(r"[a-z]+", value.lower())
    if len(words) == 1:
        return _UNITS.get(words[0], "")
    return next((_UNITS[w] for w in words if w in _UNITS and w not in _BARE), "")


def text_unit(text: str) -> str:
    """The unit a description states ("height in meters" -> "m"), or ""."""
    found = _TEXT_UNIT.search(text)
    return unit_of(found.group(1).split()[-1]) if found else ""


@lru_cache(maxsize=16384)
def quantity_kind(key: str, about: str = "", unit: str = "") -> QuantityKind | None:
    """The kind of quantity a numeric field `key` holds in the endpoint text `about`
    (function name, description), in `unit` when the caller knows it; None when unknown."""
    tokens = normalize_key(key).split("_")
    if not tokens or not tokens[0]:
        return None
    words = set(tokens)
    if words & _PIXEL_SIZES and _PICTURES.search(about):
        return None  # an image's 1280 x 720 is pixels, not a person's or a tower's size
    unit = unit or _key_unit(tokens) or text_unit(about)
    for rule in _RULES:
        if not words & rule.keys or words & rule.unless or (rule.also and not
                                                             words & rule.also):
            continue
        if rule.about is not None and not rule.about.search(f"{key} {about}"):
            continue
        drawn, believable = rule.by_unit.get(unit) or rule.by_unit[""]
        said = f"{rule.what} in {unit}" if unit and unit in rule.by_unit else rule.what
        return QuantityKind(said, drawn if rule.draw else None, believable, rule.whole,
                            rule.money)
    return None


def _key_unit(tokens: list[str]) -> str:
    # Only a last word that is plainly a unit: `height_m`, `weight_kg`, `temp_f`.
    return _UNITS.get(tokens[-1], "") if len(tokens) > 1 else ""


# Famous structures users name, and their architectural height in metres.
_LANDMARKS = {
    "burj khalifa": 828.0, "empire state building": 443.0, "the shard": 310.0, "shard": 310.0,
    "sydney opera house": 65.0, "eiffel tower": 330.0, "statue of liberty": 93.0,
    "colosseum": 48.0, "sagrada familia": 172.5, "taipei 101": 508.0, "shanghai tower": 632.0,
    "one world trade center": 541.0, "willis tower": 442.0, "cn tower": 553.0,
    "petronas towers": 452.0, "big ben": 96.0, "leaning tower of pisa": 56.0,
    "space needle": 184.0, "chrysler building": 319.0, "tokyo skytree": 634.0,
    "washington monument": 169.0, "gateway arch": 192.0, "great pyramid of giza": 139.0,
}
_FEET = 3.28084


def landmark_height(name: str, unit: str = "") -> float | None:
    """The real height of the famous structure `name`, in `unit` ("ft" or metres)."""
    metres = _LANDMARKS.get(" ".join(name.lower().split()))
    if metres is None:
        return None
    return round(metres * _FEET) if unit == "ft" else metres
