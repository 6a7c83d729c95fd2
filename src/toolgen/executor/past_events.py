"""What a history lookup of events answers: events that happened, on the day they did.

`history.get_key_events(country="United States", start_year=2002, end_year=2010)` answered
an "Autumn Jazz Fair" at the Robinson Club starting 2025-09-12, and
`history.get_event_date(event_name="the moon landing")` a "Miami Historical Update" from
2026-02-17 to 2026-05-18 (BFCL seed 31 #222, scored 5.0): the event shape of a ticketing
API. An endpoint whose own words speak of history (`history`, `historical`) and of events
answers from `EVENTS`, a table of well-known events (public facts written here):

- a list (`get_key_events`, `fetch_events`) holds the events of the country, region,
  century or years sent, of the types sent, at most `_MOST`, oldest first; none when the
  table holds none of them (an empty list, never an invented event);
- a date lookup (`get_event_date`) or a lookup of one named event (`get_event_info`)
  answers the named event's date (and how many years ago, when asked), or "not
  recorded" for an event the table does not hold.

`past_events_shape(endpoint, info)` returns the schema (None for other endpoints),
`past_events_finish(shape_text)` the step that fills it. Deterministic; never touches
the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any, NamedTuple

from toolgen.executor import world
from toolgen.executor.actions import EndpointInfo
from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint
from toolgen.registry.scope import scoped_country

Finish = Callable[[Any, dict[str, Any], random.Random], None]


class Event(NamedTuple):
    name: str
    date: str  # ISO date
    country: str  # ISO 3166 alpha-2
    kind: str  # War, Revolutions, Diplomacy, Economy, Politics, Culture, Scientific
    keys: tuple[str, ...]  # lower-case phrases a request names it by


EVENTS: tuple[Event, ...] = (
    Event("Battle of Hastings", "1066-10-14", "GB", "War", ("hastings",)),
    Event("Sealing of Magna Carta", "1215-06-15", "GB", "Politics", ("magna carta",)),
    Event("Declaration of Independence", "1776-07-04", "US", "Revolutions",
          ("declaration of independence", "american independence")),
    Event("Storming of the Bastille", "1789-07-14", "FR", "Revolutions",
          ("bastille", "french revolution")),
    Event("Battle of Waterloo", "1815-06-18", "BE", "War", ("waterloo",)),
    Event("Attack on Fort Sumter, start of the American Civil War", "1861-04-12", "US", "War",
          ("fort sumter", "civil war", "start of the civil war")),
    Event("Surrender at Appomattox", "1865-04-09", "US", "War",
          ("appomattox", "end of the civil war")),
    Event("October Revolution", "1917-11-07", "RU", "Revolutions",
          ("october revolution", "russian revolution")),
    Event("Treaty of Versailles signed", "1919-06-28", "FR", "Diplomacy",
          ("treaty of versailles", "versailles")),
    Event("Wall Street Crash", "1929-10-29", "US", "Economy",
          ("wall street crash", "great depression", "stock market crash")),
    Event("Attack on Pearl Harbor", "1941-12-07", "US", "War", ("pearl harbor",)),
    Event("D-Day landings in Normandy", "1944-06-06", "FR", "War", ("d-day", "normandy")),
    Event("Atomic bombing of Hiroshima", "1945-08-06", "JP", "War", ("hiroshima",)),
    Event("Indian independence", "1947-08-15", "IN", "Politics",
          ("indian independence", "independence of india")),
    Event("Founding of the People's Republic of China", "1949-10-01", "CN", "Revolutions",
          ("people's republic", "founding of the prc")),
    Event("Treaty of Rome signed", "1957-03-25", "IT", "Diplomacy", ("treaty of rome",)),
    Event("Assassination of John F. Kennedy", "1963-11-22", "US", "Politics",
          ("kennedy assassination", "assassination of john f. kennedy", "jfk")),
    Event("Civil Rights Act signed", "1964-07-02", "US", "Politics", ("civil rights act",)),
    Event("Apollo 11 moon landing", "1969-07-20", "US", "Scientific",
          ("moon landing", "apollo 11", "first man on the moon")),
    Event("Chernobyl disaster", "1986-04-26", "UA", "Scientific", ("chernobyl",)),
    Event("Fall of the Berlin Wall", "1989-11-09", "DE", "Politics",
          ("berlin wall", "fall of the wall")),
    Event("German reunification", "1990-10-03", "DE", "Politics", ("reunification",)),
    Event("Dissolution of the Soviet Union", "1991-12-26", "RU", "Politics",
          ("dissolution of the soviet union", "collapse of the soviet union")),
    Event("Maastricht Treaty signed", "1992-02-07", "NL", "Diplomacy", ("maastricht",)),
    Event("Nelson Mandela elected president", "1994-04-27", "ZA", "Politics",
          ("mandela", "end of apartheid")),
    Event("Euro banknotes and coins introduced", "2002-01-01", "DE", "Economy",
          ("euro introduced", "introduction of the euro")),
    Event("September 11 attacks", "2001-09-11", "US", "War", ("9/11", "september 11")),
    Event("Invasion of Iraq", "2003-03-20", "US", "War", ("iraq war", "invasion of iraq")),
    Event("Hurricane Katrina", "2005-08-29", "US", "Others", ("katrina",)),
    Event("Collapse of Lehman Brothers", "2008-09-15", "US", "Economy",
          ("lehman", "financial crisis", "2008 crash")),
    Event("Election of Barack Obama", "2008-11-04", "US", "Politics",
          ("obama elected", "election of barack obama")),
    Event("Beijing Olympics opening ceremony", "2008-08-08", "CN", "Culture",
          ("beijing olympics",)),
    Event("Affordable Care Act signed", "2010-03-23", "US", "Politics",
          ("affordable care act", "obamacare")),
    Event("Tohoku earthquake and tsunami", "2011-03-11", "JP", "Others",
          ("tohoku", "fukushima", "japan tsunami")),
    Event("Brexit referendum", "2016-06-23", "GB", "Politics", ("brexit",)),
)
_NAMES = {"united states": "US", "usa": "US", "us": "US", "america": "US",
          "united kingdom": "GB", "uk": "GB", "britain": "GB", "england": "GB",
          "france": "FR", "germany": "DE", "russia": "RU", "japan": "JP", "india": "IN",
          "china": "CN", "italy": "IT", "belgium": "BE", "ukraine": "UA",
          "netherlands": "NL", "south africa": "ZA"}
_REGIONS = {"northern": frozenset({"GB", "RU"}), "western": frozenset({"FR", "DE", "BE", "NL",
            "GB"}), "eastern": frozenset({"RU", "UA"}), "southern": frozenset({"IT"})}
_EUROPE = frozenset({"GB", "FR", "DE", "BE", "NL", "IT", "RU", "UA"})
_KINDS = {"wars": "War", "war": "War", "revolutions": "Revolutions", "diplomacy": "Diplomacy",
          "economy": "Economy", "politics": "Politics", "culture": "Culture",
          "scientific": "Scientific", "science": "Scientific", "others": "Others"}
_MOST = 5
_THIS_YEAR = 2025  # the year the executor's clock stands in (`leaves._BASE`)
_UNKNOWN = "not recorded"
_STR = {"type": "string"}
_LISTED = {"type": "array", "items": {"type": "object", "properties": {
    "name": _STR, "date": _STR, "country": _STR, "category": _STR}}}


def past_events_shape(endpoint: Endpoint, info: EndpointInfo) -> dict[str, Any] | None:
    """The schema of a history lookup of events (module doc), or None."""
    words = set(own_words(endpoint))
    about = f"{endpoint.tool_name} {endpoint.description}".lower()
    if info.action not in ("get", "list") or not ({"history", "historical"} & words
                                                  or "histor" in about):
        return None
    if not {"event", "events"} & words:
        return None
    named = next((p.name for p in endpoint.parameters
                  if normalize_key(p.name) in ("event_name", "event", "name")), None)
    if "date" in words or named is not None:
        # one event asked by its name (`get_event_info(event_name="the Civil War")`): that
        # event and its date, never a listing led by another
        sent = named or "event_name"
        return {"type": "object", "properties": {sent: _STR, "date": _STR}}
    return {"type": "object", "properties": {"events": _LISTED}}


def past_events_finish(shape_text: str, function_name: str = "") -> Finish | None:
    """The step filling a history lookup of events from `EVENTS`, when the shape is one;
    a lookup scoped to a country (`us_history`, `registry.scope`) lists that country's."""
    if '"events"' in shape_text and '"category"' in shape_text and '"date"' in shape_text:
        scope = scoped_country(function_name)
        return lambda output, args, rng: _listed(output, args, scope)
    if '"date"' in shape_text and '"event' in shape_text:
        return _dated
    return None


def named_event(args: dict[str, Any]) -> Event | None:
    """The event the call names, by the longest of its phrases said ("the end of the civil
    war" is Appomattox, not Fort Sumter)."""
    said = " ".join(v.lower() for v in args.values() if isinstance(v, str))
    found = [(len(k), e) for e in EVENTS for k in e.keys if k in said]
    return max(found, key=lambda f: f[0])[1] if found else None


def _dated(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    if not isinstance(output, dict) or "date" not in output:
        return
    event = named_event(args)
    output["date"] = event.date if event else _UNKNOWN
    if event and any(normalize_key(k) == "calculate_years_ago" and v is True
                     for k, v in args.items()):
        output["years_ago"] = _THIS_YEAR - int(event.date[:4])


def _wanted(event: Event, args: dict[str, Any], scope: str | None) -> bool:
    keys = {normalize_key(k): v for k, v in args.items()}
    year = int(event.date[:4])
    if scope is not None and event.country != scope:
        return False  # `us_history` tells the history of the US
    country = keys.get("country")
    if isinstance(country, str) and _NAMES.get(country.strip().lower(), country.upper()) \
            != event.country:
        return False
    start, end = keys.get("start_year"), keys.get("end_year")
    if (isinstance(start, int) and year < start) or (isinstance(end, int) and year > end):
        return False
    century = keys.get("century")
    if isinstance(century, int) and not (century - 1) * 100 < year <= century * 100:
        return False
    region = keys.get("region")
    if isinstance(region, str) and region.lower() in _REGIONS:
        if event.country not in _REGIONS[region.lower()]:
            return False
    elif ("europe" in " ".join(str(v).lower() for v in args.values()) or "region" in keys) \
            and event.country not in _EUROPE:
        return False
    kinds = keys.get("event_type") or keys.get("category")
    sent = kinds if isinstance(kinds, list) else [kinds] if isinstance(kinds, str) else []
    wanted = {_KINDS.get(str(k).lower(), str(k)) for k in sent if str(k).lower() != "all"}
    return not wanted or event.kind in wanted


def _listed(output: Any, args: dict[str, Any], scope: str | None) -> None:
    if not isinstance(output, dict) or not isinstance(output.get("events"), list):
        return
    found = sorted((e for e in EVENTS if _wanted(e, args, scope)),
                   key=lambda e: e.date)[:_MOST]
    sent = next((v for k, v in args.items() if normalize_key(k) == "country"
                 and isinstance(v, str)), None)
    output["events"] = [{"name": e.name, "date": e.date, "country": sent or _country(e),
                         "category": e.kind} for e in found]


def _country(event: Event) -> str:
    """The country's name, as a request says it ("United States", not "US")."""
    found = world.country_of(event.country)
    return found.name if found is not None else event.country
