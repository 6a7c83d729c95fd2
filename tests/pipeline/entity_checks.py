"""Entity coherence checks over generated records, as a careful reader would make them.

Counts records whose tool outputs hold an object that names two different real things at
once: an NBA team whose abbreviation, full name, nickname, city, conference and division
are not one team; an airport whose code, city, country and timezone are not one airport;
a place whose timezone is in another country; a country whose ISO code is another
country's; and a quantity-named string field (`height_feet`, `weight_pounds`, `age`)
holding a word. It reads the JSONL records only and does not import the generator's
tables: the reviewer's knowledge is the small lists below and the IANA zone tables that
ship with `tzdata`. Run it as a script to print counts for one or more files:

    python tests/pipeline/entity_checks.py out.jsonl [more.jsonl ...]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from toolgen.io.jsonl import read_dicts

if __package__:
    from .content_checks import dicts, norm, tool_messages
else:  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from content_checks import dicts, norm, tool_messages

Rec = dict[str, Any]

# What a basketball fan knows: abbreviation -> (full name, conference, division).
NBA = {
    "ATL": ("Atlanta Hawks", "East", "Southeast"), "BOS": ("Boston Celtics", "East", "Atlantic"),
    "BKN": ("Brooklyn Nets", "East", "Atlantic"), "CHA": ("Charlotte Hornets", "East", "Southeast"),
    "CHI": ("Chicago Bulls", "East", "Central"), "CLE": ("Cleveland Cavaliers", "East", "Central"),
    "DAL": ("Dallas Mavericks", "West", "Southwest"),
    "DEN": ("Denver Nuggets", "West", "Northwest"),
    "DET": ("Detroit Pistons", "East", "Central"),
    "GSW": ("Golden State Warriors", "West", "Pacific"),
    "HOU": ("Houston Rockets", "West", "Southwest"), "IND": ("Indiana Pacers", "East", "Central"),
    "LAC": ("LA Clippers", "West", "Pacific"), "LAL": ("Los Angeles Lakers", "West", "Pacific"),
    "MEM": ("Memphis Grizzlies", "West", "Southwest"), "MIA": ("Miami Heat", "East", "Southeast"),
    "MIL": ("Milwaukee Bucks", "East", "Central"),
    "MIN": ("Minnesota Timberwolves", "West", "Northwest"),
    "NOP": ("New Orleans Pelicans", "West", "Southwest"),
    "NYK": ("New York Knicks", "East", "Atlantic"),
    "OKC": ("Oklahoma City Thunder", "West", "Northwest"),
    "ORL": ("Orlando Magic", "East", "Southeast"),
    "PHI": ("Philadelphia 76ers", "East", "Atlantic"),
    "PHX": ("Phoenix Suns", "West", "Pacific"),
    "POR": ("Portland Trail Blazers", "West", "Northwest"),
    "SAC": ("Sacramento Kings", "West", "Pacific"),
    "SAS": ("San Antonio Spurs", "West", "Southwest"),
    "TOR": ("Toronto Raptors", "East", "Atlantic"), "UTA": ("Utah Jazz", "West", "Northwest"),
    "WAS": ("Washington Wizards", "East", "Southeast"),
}
NBA_DIVISIONS = {"East": {"Atlantic", "Central", "Southeast"},
                 "West": {"Northwest", "Pacific", "Southwest"}}

# What a frequent flyer knows: IATA code -> ISO country code.
IATA_COUNTRY = {
    "LHR": "GB", "LGW": "GB", "MAN": "GB", "EDI": "GB", "CDG": "FR", "ORY": "FR", "LYS": "FR",
    "FRA": "DE", "MUC": "DE", "BER": "DE", "AMS": "NL", "MAD": "ES", "BCN": "ES", "LIS": "PT",
    "FCO": "IT", "MXP": "IT", "VIE": "AT", "ZRH": "CH", "DUB": "IE", "IST": "TR", "CPH": "DK",
    "ARN": "SE", "OSL": "NO", "HEL": "FI", "WAW": "PL", "PRG": "CZ", "ATH": "GR", "JFK": "US",
    "LAX": "US", "SFO": "US", "ORD": "US", "ATL": "US", "DFW": "US", "DEN": "US", "SEA": "US",
    "BOS": "US", "MIA": "US", "YYZ": "CA", "YVR": "CA", "MEX": "MX", "GRU": "BR", "EZE": "AR",
    "HND": "JP", "NRT": "JP", "KIX": "JP", "ICN": "KR", "PEK": "CN", "PVG": "CN", "HKG": "HK",
    "SIN": "SG", "BKK": "TH", "DEL": "IN", "BOM": "IN", "DXB": "AE", "DOH": "QA", "SYD": "AU",
    "MEL": "AU", "AKL": "NZ", "JNB": "ZA", "CPT": "ZA", "CAI": "EG", "NBO": "KE",
}

# Field names that say a figure, and values that say "no figure" on purpose.
QUANTITY_KEYS = re.compile(
    r"(^|_)(height|weight|age|year|price|cost|population|count|quantity|salary|pounds|lbs"
    r"|kg|feet|inches|percent|percentage|minutes|duration|rank|calories)$")
NOT_A_FIGURE = {"free", "n/a", "na", "none", "null", "unknown", "tbd", "varies", "unlimited",
                # A playing card's rank is a word: "King" is the figure a card game asks for.
                "ace", "king", "queen", "jack", "joker",
                # A note's duration is its value's name (BFCL's `note_duration` enum).
                "whole", "half", "quarter", "eighth", "sixteenth"}
_ALIASES = {"united kingdom": "GB", "uk": "GB", "great britain": "GB", "usa": "US",
            "united states of america": "US", "south korea": "KR", "czechia": "CZ",
            "russia": "RU", "vietnam": "VN", "turkey": "TR", "türkiye": "TR"}


def _tab(name: str) -> list[list[str]]:
    text = resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


@lru_cache(maxsize=1)
def zones() -> tuple[dict[str, str], dict[str, set[str]]]:
    """(country name -> ISO2, timezone -> ISO2 codes) from the IANA tables."""
    names = {row[1].lower(): row[0] for row in _tab("iso3166.tab")}
    names.update(_ALIASES)
    tz: dict[str, set[str]] = {}
    for row in _tab("zone1970.tab"):
        for code in row[0].split(","):
            tz.setdefault(row[2], set()).add(code)
    for row in _tab("zone.tab"):
        tz.setdefault(row[2], set()).add(row[0])
    return names, tz


def _text(obj: dict[str, Any], *keys: str) -> str | None:
    for k, v in obj.items():
        if norm(k) in keys and isinstance(v, str) and v.strip():
            return v.strip()
    return None


def _country_code(obj: dict[str, Any]) -> str | None:
    names, _ = zones()
    code = _text(obj, "country_code", "iso2", "alpha2", "alpha_2", "cca2")
    if code and len(code) == 2:
        return code.upper()
    country = _text(obj, "country", "country_name")
    if country:
        if len(country) == 2 and country.isupper():
            return country
        return names.get(country.lower())
    return None


def team_contradictions(obj: dict[str, Any]) -> list[str]:
    """An NBA team object whose fields are not one team."""
    abbr = _text(obj, "abbreviation")
    conf = _text(obj, "conference")
    div = _text(obj, "division")
    full = _text(obj, "full_name")
    nick = _text(obj, "name")
    city = _text(obj, "city")
    if not (abbr or full) or not (conf or div):
        return []
    out = []
    if conf in NBA_DIVISIONS and div and div not in NBA_DIVISIONS[conf]:
        out.append(f"division {div} is not in the {conf}")
    if abbr in NBA:
        real, rconf, rdiv = NBA[abbr]
        if full and full != real:
            out.append(f"{abbr} is the {real}, not the {full}")
        if conf in NBA_DIVISIONS and conf != rconf:
            out.append(f"{abbr} plays in the {rconf}, not the {conf}")
        if div and div != rdiv and div in NBA_DIVISIONS.get(rconf, set()) | {"Pacific"}:
            out.append(f"{abbr} is in the {rdiv}, not the {div}")
    if full and nick and not full.endswith(nick):
        out.append(f"nickname {nick} is not the {full}")
    if full and city and not full.startswith(city):
        out.append(f"city {city} is not the {full}'s")
    return out


def place_contradictions(obj: dict[str, Any]) -> list[str]:
    """An airport whose code is in another country, or any object whose timezone is."""
    out = []
    code = _country_code(obj)
    iata = _text(obj, "iata", "iata_code")
    if iata and code and iata.upper() in IATA_COUNTRY and IATA_COUNTRY[iata.upper()] != code:
        out.append(f"airport {iata} is in {IATA_COUNTRY[iata.upper()]}, not {code}")
    tz = _text(obj, "timezone", "time_zone", "tz")
    _, tzs = zones()
    if tz and code and tz in tzs and code not in tzs[tz]:
        out.append(f"timezone {tz} is not in {code}")
    if iata and tz and iata.upper() in IATA_COUNTRY and tz in tzs \
            and IATA_COUNTRY[iata.upper()] not in tzs[tz]:
        out.append(f"airport {iata} is not in timezone {tz}")
    return out


def country_contradictions(obj: dict[str, Any]) -> list[str]:
    """A country object whose ISO code is another country's."""
    names, _ = zones()
    name = _text(obj, "country", "country_name") or (
        _text(obj, "name") if _text(obj, "iso2", "alpha2", "cca2", "iso3") else None)
    code = _text(obj, "country_code", "iso2", "alpha2", "alpha_2", "cca2")
    if not name or not code or len(code) != 2 or len(name) <= 3:
        return []
    real = names.get(name.lower())
    if real is not None and real != code.upper():
        return [f"{name} is {real}, not {code}"]
    return []


def quantity_words(obj: dict[str, Any]) -> list[str]:
    """String fields whose name says a figure, holding a word."""
    out = []
    for k, v in obj.items():
        if not isinstance(v, str) or not QUANTITY_KEYS.search(norm(k)):
            continue
        t = v.strip()
        if len(t) >= 2 and t.lower() not in NOT_A_FIGURE and not re.search(r"\d", t) \
                and re.search(r"[A-Za-z]", t) and not _card_rank(k, t):
            out.append(f"{k}={v!r}")
    return out


# "Rank of the card (e.g. Ace, Two, King)": BFCL's `find_card_in_deck` names its ranks.
_CARD_RANKS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "ten"})


def _card_rank(key: str, value: str) -> bool:
    return norm(key).endswith("rank") and value.lower() in _CARD_RANKS


_FILTERS = frozenset({"iata", "icao", "city", "country", "timezone", "abbreviation",
                      "conference", "division", "full_name"})


def filters_not_kept(record: Rec) -> list[str]:
    """Entity fields of a call's output that differ from the same-named argument it sent
    (an airport search for city=Boston answered with Vienna)."""
    outs = {m.get("tool_call_id"): m for m in record["messages"] if m["role"] == "tool"}
    problems = []
    for m in record["messages"]:
        for tc in m.get("tool_calls") or ():
            tool = outs.get(tc["id"])
            try:
                args = json.loads(tc["function"]["arguments"])
                out = json.loads(tool["content"]) if tool else None
            except (TypeError, ValueError):
                continue
            if not isinstance(args, dict) or out is None:
                continue
            asked = {norm(k): v for k, v in args.items()
                     if norm(k) in _FILTERS and isinstance(v, str)}
            for obj in dicts(out):
                if not any(norm(k) in ("iata", "icao", "abbreviation") for k in obj):
                    continue
                for key, value in obj.items():
                    want = asked.get(norm(key))
                    if want is not None and isinstance(value, str) \
                            and value.lower() != want.lower():
                        problems.append(f"{key}={value!r} but the call asked {want!r}")
    return problems


_SPORTS = re.compile(r"football|soccer|nba|nfl|seriea|laliga|bundesliga|ligue|dota|league|"
                     r"basketball|livescore|live_score")
_TEAM_KEYS = frozenset({"home_team", "away_team", "visitor_team", "team", "team_name",
                        "team1", "team2", "opponent"})


def team_words(record: Rec) -> list[str]:
    """A sports API's team field holding a lower-case word (`home_team: "lineups"`)."""
    out = []
    for name, output in tool_messages(record):
        if not _SPORTS.search(name.lower()):
            continue
        for obj in dicts(output):
            for k, v in obj.items():
                if norm(k) in _TEAM_KEYS and isinstance(v, str) and re.fullmatch(r"[a-z]+", v):
                    out.append(f"{name}: {k}={v!r}")
    return out


CHECKS = {
    "team": team_contradictions,
    "place": place_contradictions,
    "country": country_contradictions,
    "quantity_word": quantity_words,
}


EXTRA = ("team_word", "filter_not_kept")
"""Record-level counters beside the per-object CHECKS."""


def findings(record: Rec) -> dict[str, list[str]]:
    """Check name -> what it found in the record's tool outputs."""
    out: dict[str, list[str]] = {name: [] for name in CHECKS}
    for _, output in tool_messages(record):
        for obj in dicts(output):
            for name, check in CHECKS.items():
                out[name] += check(obj)
    out["team_word"] = team_words(record)
    out["filter_not_kept"] = filters_not_kept(record)
    return out


def records(path: Path) -> Iterator[Rec]:
    for r in read_dicts(path):
        if isinstance(r, dict):
            yield r


def count(path: Path) -> tuple[int, Counter[str], dict[str, list[str]]]:
    """(records, records per check, a few examples per check)."""
    n = 0
    hits: Counter[str] = Counter()
    examples: dict[str, list[str]] = {name: [] for name in (*CHECKS, *EXTRA)}
    for rec in records(path):
        n += 1
        found = findings(rec)
        for name, items in found.items():
            if items:
                hits[name] += 1
                if len(examples[name]) < 3:
                    examples[name].append(f"{rec['conversation_id']}: {items[0]}")
        if any(v for k, v in found.items() if k != "filter_not_kept"):
            hits["any"] += 1
    return n, hits, examples


def main(argv: list[str]) -> None:
    for arg in argv:
        n, hits, examples = count(Path(arg))
        cells = " ".join(f"{k}={hits[k]}" for k in (*CHECKS, "team_word", "any",
                                                    "filter_not_kept"))
        print(f"{arg}: {n} records; {cells}")
        for name, items in examples.items():
            for item in items:
                print(f"    {name}: {item}")


if __name__ == "__main__":
    main(sys.argv[1:])
