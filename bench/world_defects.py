"""Values a careful reviewer would not believe about the world, counted per record.

For each JSONL file, the number of records where:
- `credential`: a call passes, or a system message states, a credential-like value: an
  argument under a key, token, password or session name holding a concrete value (not a
  masked `********`, not a `$REFERENCE` the runtime resolves, not a token an earlier tool
  output issued);
- `other_name`: a lookup by a name (`channel: "Kevin Plays"`) answers a record whose own
  name fields (`full_name`, `username`, `display_name`...) are someone else's;
- `bland_list`: an output list of strings holds setting words ("standard", "default",
  "general", "basic", "custom") where members of the list's kind belong (a list of top
  level domains);
- `city_postcode`: a postcode beside a city is not one of the city's
  (`toolgen.executor.city_postcodes` holds the published prefixes);
- `flight_time`: a flight between two known airports or cities (its duration field, or
  its arrival less its departure) lasts less than the distance at 950 km/h or more than
  at 400 km/h plus three hours.

Reads records only.

    PYTHONPATH=src python bench/world_defects.py before.jsonl after.jsonl [-v]
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from defect_counts import print_counts

from toolgen.executor.city_postcodes import fits_city
from toolgen.executor.objects import objects_in
from toolgen.executor.pools import IATA, PLACES
from toolgen.executor.world import EARTH_RADIUS_KM

_CREDENTIAL = re.compile(
    r"^(?:api_?key|key|token|access_?token|auth_?token|bearer|password|passwd|secret"
    r"|session_?id|sid|read_?key|publisher_?key|public_?key|.*_pass|.*_password"
    r"|.*_api_?key|.*_token|.*_secret)$")
_NOT_CREDENTIAL = re.compile(r"page|next|cursor|continuation|duplicate|verification|request")
_REFERENCE = re.compile(r"^\$[A-Z_]+$")
_BLAND = frozenset({"standard", "default", "basic", "general", "custom"})
_POSTCODE = frozenset({"zip", "zipcode", "zip_code", "postal_code", "postalcode", "postcode",
                       "post_code", "zip5"})
_CITY = frozenset({"city", "city_name", "town", "locality"})
_NAME_ARGS = frozenset({"channel", "channel_name", "username", "user_name", "screen_name",
                        "handle", "user", "login", "nickname", "profile_name"})
_OWN_NAMES = frozenset({"full_name", "name", "display_name", "username", "user_name",
                        "channel_name", "screen_name", "nickname", "login"})


def _snake(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower().replace("-", "_")


def _calls(record: dict[str, Any]) -> Iterator[tuple[int, str, dict[str, Any]]]:
    for i, m in enumerate(record.get("messages", [])):
        for call in m.get("tool_calls") or []:
            args = call["function"]["arguments"]
            parsed = json.loads(args) if isinstance(args, str) else args
            if isinstance(parsed, dict):
                yield i, call["function"]["name"], parsed


def _outputs(record: dict[str, Any]) -> Iterator[tuple[int, Any]]:
    for i, m in enumerate(record.get("messages", [])):
        if m.get("role") == "tool":
            try:
                yield i, json.loads(m.get("content") or "")
            except ValueError:
                continue


def _concrete_secret(name: str, value: Any) -> bool:
    n = _snake(name)
    if not _CREDENTIAL.match(n) or _NOT_CREDENTIAL.search(n):
        return False
    if not isinstance(value, str) or not value.strip("*") or _REFERENCE.match(value):
        return False
    if n == "key":  # a dictionary or musical key is a word; a key credential is a token
        return bool(re.search(r"\d", value)) and " " not in value
    return True


def credential(record: dict[str, Any]) -> list[str]:
    """Credential-like values the conversation carries (see the module doc)."""
    msgs = record.get("messages", [])
    out = []
    for at, fn, args in _calls(record):
        issued = " ".join(m.get("content") or "" for m in msgs[:at] if m.get("role") == "tool")
        for k, v in args.items():
            if _concrete_secret(k, v) and str(v) not in issued:
                out.append(f"{fn}.{k}={v!r}")
    for m in msgs:
        if m.get("role") == "system":
            out += re.findall(r"\b(?:tok|sss|key)_[0-9a-f]{6,}\b", m.get("content") or "")
    return out


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def other_name(record: dict[str, Any]) -> list[str]:
    """Lookups by a name answered with someone else's record."""
    outputs = dict(_outputs(record))
    out = []
    for at, fn, args in _calls(record):
        asked = {k: v for k, v in args.items()
                 if _snake(k) in _NAME_ARGS and isinstance(v, str) and not re.search(r"\d", v)}
        doc = next((outputs[j] for j in sorted(outputs) if j > at), None)
        if not asked or not isinstance(doc, dict) or "error" in doc:
            continue
        for k, v in asked.items():
            names = [str(doc[n]) for n in doc if _snake(n) in _OWN_NAMES and n != k
                     and isinstance(doc[n], str)]
            if names and not any(_norm(v) in _norm(n) or _norm(n) in _norm(v) for n in names):
                out.append(f"{fn}.{k}={v!r} -> {names}")
    return out


def _string_lists(node: Any, key: str = "") -> Iterator[tuple[str, list[str]]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _string_lists(v, str(k))
    elif isinstance(node, list):
        if node and all(isinstance(x, str) for x in node):
            yield key, node
        for v in node:
            yield from _string_lists(v, key)


def bland_list(record: dict[str, Any]) -> list[str]:
    """Output lists of strings holding setting words."""
    return [f"{k}={v}" for _, doc in _outputs(record) for k, v in _string_lists(doc)
            if any(x in _BLAND for x in v)]


def city_postcode(record: dict[str, Any]) -> list[str]:
    """Postcodes beside a city that are not the city's."""
    out = []
    for _, doc in _outputs(record):
        for o in objects_in(doc):
            keys = {_snake(str(k)): k for k in o}
            post = next((keys[k] for k in keys if k in _POSTCODE), None)
            city = next((keys[k] for k in keys if k in _CITY), None)
            if post is None or city is None or not isinstance(o[city], str):
                continue
            code = o[post]
            text = f"{code:05d}" if isinstance(code, int) and not isinstance(code, bool) \
                else str(code)
            if not fits_city(text, o[city]):
                out.append(f"{o[city]} {text}")
    return out


_AIRPORT = {code: (row[4], row[5]) for code, row in zip(IATA, PLACES, strict=True)}
_CITY_AT = {row[0].lower(): (row[4], row[5]) for row in PLACES}
_FROM = ("origin", "from", "departure_airport", "origin_airport", "from_airport",
         "departure", "source")
_TO = ("destination", "to", "arrival_airport", "destination_airport", "to_airport",
       "arrival")
_MINUTES = re.compile(r"duration|flight_time|travel_time")


def _where(value: Any) -> tuple[float, float] | None:
    if not isinstance(value, str):
        return None
    return _AIRPORT.get(value.strip().upper()) or _CITY_AT.get(value.strip().lower())


def _minutes(key: str, value: Any) -> float | None:
    k = _snake(key)
    if isinstance(value, bool) or not _MINUTES.search(k):
        return None
    if isinstance(value, int | float):
        if "hour" in k:
            return value * 60.0
        return value / 60.0 if "second" in k else float(value)
    m = re.fullmatch(r"\s*(?:PT)?(?:(\d+)\s*[hH]\w*)?\s*(?:(\d+)\s*[mM]\w*)?\s*", str(value))
    if m and (m.group(1) or m.group(2)):
        return int(m.group(1) or 0) * 60.0 + int(m.group(2) or 0)
    return None


def _between(o: dict[str, Any]) -> float | None:
    """Minutes from departure to arrival when both are full UTC timestamps."""
    stamps = {_snake(str(k)): v for k, v in o.items() if isinstance(v, str)
              and re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z?", v)}
    dep = next((v for k, v in stamps.items() if k.startswith("depart")), None)
    arr = next((v for k, v in stamps.items() if k.startswith("arriv")), None)
    if dep is None or arr is None:
        return None
    a, b = (datetime.fromisoformat(t.rstrip("Z")) for t in (dep, arr))
    return (b - a).total_seconds() / 60


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def flight_time(record: dict[str, Any]) -> list[str]:
    """Flights whose duration does not fit the distance between their ends."""
    out = []
    for _, doc in _outputs(record):
        for o in objects_in(doc):
            keys = {_snake(str(k)): k for k in o}
            a = next((_where(o[keys[k]]) for k in _FROM if k in keys), None)
            b = next((_where(o[keys[k]]) for k in _TO if k in keys), None)
            text = json.dumps(o).lower()
            if a is None or b is None or a == b or not ("flight" in text or "airline" in text
                                                        or any(len(str(o[keys[k]])) == 3
                                                               for k in _FROM if k in keys)):
                continue
            km = _km(a, b)
            lasts = [(str(k), _minutes(str(k), v)) for k, v in o.items()]
            lasts.append(("arrival - departure", _between(o)))
            for k, minutes in lasts:
                if minutes is not None and not km / 950 * 60 <= minutes <= km / 400 * 60 + 180:
                    out.append(f"{k}={minutes:.0f} min for {km:.0f} km")
    return out


def main() -> None:
    print_counts({"credential": credential, "other_name": other_name,
                  "bland_list": bland_list, "city_postcode": city_postcode,
                  "flight_time": flight_time}, sys.argv[1:])


if __name__ == "__main__":
    main()
