"""How the user and the assistant talk, read from a record as a reviewer reads it.

Each check takes one record (a plain dict, as read from JSONL) and returns what it found
(empty when clean); nothing here imports toolgen.

- `closing_mismatch`: the assistant's last reply answers a closing it did not get: "You're
  welcome" to a user who thanked nobody ("OK.", "Very good."), or a wish ("Have a good
  day.") not returned.
- `unknowable_ids`: ids a user is asked for once tools have run and states though no
  message before showed them: an id the user could not know (the booking just made came
  back without one, and the user supplies `bkn_3c85e7` from nowhere).
- `article_garble`: an article before a preposition or another article ("I submitted an
  at coordinate", "a the list").
- `late_opening`: a user message that speaks as if nothing had started ("Before we start,
  why is the sky blue?") after tools have run.
- `garbled_phrase`: a request no person says: an article after "random" or before a
  quantifier ("give me a random the forest train", "accept the any text"), a parameter
  recited ("from result 0 onwards", "keeping the end at 591", "with avoid tolls").
- `long_stay`: a hotel call whose stay lasts more than a month (start to end date).
- `far_drive`: a road route (a routing call that avoids tolls, drives, gives directions)
  between two cities on different continents: nobody drives from Auckland to Boston.
- `one_clock`: a tool's list whose every item starts at one clock time (every showing of
  every cinema at 21:00, the corpus example's one instant).
- `city_postcode`: a Polish postcode beside Warsaw, Krakow... that is another city's
  (Warsaw's run 00-05; "90-811" is Lodz).
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

_ID = re.compile(r"\b[a-z]{2,4}_[0-9a-f]{6}\b")
_THANKS = re.compile(r"\bth\w{1,3}k|\b(?:thx|ty|cheers|appreciated?|grateful)\b", re.I)
# "Come back any time" invites; "Any time!" answers thanks.
_WELCOME = re.compile(r"welcome|(?<!back )\bany ?time|my pleasure|no problem|^pleasure", re.I)
_WISH = re.compile(r"\bhave an? (?:good|great|nice|lovely) \w+", re.I)
_RETURNED = re.compile(r"you too|same to you|and you\b|you as well|\btoo\b", re.I)
_GARBLE = re.compile(r"\b(?:a|an|the) (?:at|to|of|for|on|in|by|from|with|a|an|the)\b", re.I)


def _text(message: dict[str, Any]) -> str:
    return str(message.get("content") or "")


def closing_mismatch(record: dict[str, Any]) -> list[str]:
    """The user's closing and the reply that does not answer it."""
    messages = record.get("messages") or []
    if len(messages) < 2:
        return []
    user, reply = messages[-2], messages[-1]
    if user.get("role") != "user" or reply.get("role") != "assistant" or reply.get(
            "tool_calls"):
        return []
    said, answer = _text(user), _text(reply)
    if any(m.get("role") == "tool" for m in messages[messages.index(user):]):
        return []
    if not any(m.get("role") == "tool" for m in messages):
        return []  # not a closing after work done
    unthanked = bool(_WELCOME.search(answer)) and not _THANKS.search(said) and len(said) < 80
    unreturned = bool(_WISH.search(said)) and not _RETURNED.search(answer)
    return [f"{said!r} -> {answer!r}"] if unthanked or unreturned else []


def unknowable_ids(record: dict[str, Any]) -> list[str]:
    """Ids the user was asked for once a tool had answered (a step trace argument of
    source `clarification` stated after the first tool message) that no message before
    showed: the assistant should have carried what the tools gave."""
    messages = record.get("messages") or []
    first_tool = next((i for i, m in enumerate(messages) if m.get("role") == "tool"), None)
    if first_tool is None:
        return []
    found: list[str] = []
    for step in record.get("step_trace") or []:
        for name, arg in (step.get("arguments") or {}).items():
            said_at = arg.get("message_index")
            if arg.get("source") != "clarification" or not isinstance(said_at, int) or (
                    said_at < first_tool):
                continue
            before = " ".join(_text(m) + str(m.get("tool_calls") or "")
                              for m in messages[:said_at])
            found += [f"{name}={x} ({_text(messages[said_at])[:50]!r})"
                      for x in _ID.findall(_text(messages[said_at])) if x not in before]
    return found


def article_garble(record: dict[str, Any]) -> list[str]:
    """An article straight before a preposition or an article, in any user or assistant
    message (quoted texts aside)."""
    found = []
    for m in record.get("messages") or []:
        if m.get("role") not in ("user", "assistant"):
            continue
        text = re.sub(r'"[^"]*"', '""', _text(m))
        found += [text[max(0, g.start() - 30): g.end() + 20] for g in _GARBLE.finditer(text)]
    return found


_NOT_STARTED = re.compile(r"^\s*(?:before we (?:start|begin)|first of all|to begin with)\b",
                          re.I)


def late_opening(record: dict[str, Any]) -> list[str]:
    """User messages opening as if nothing had started, sent after a tool call."""
    found, called = [], False
    for m in record.get("messages") or []:
        called = called or bool(m.get("tool_calls"))
        if called and m.get("role") == "user" and _NOT_STARTED.search(_text(m)):
            found.append(_text(m)[:60])
    return found


CHECKS = {"closing_mismatch": closing_mismatch, "unknowable_ids": unknowable_ids,
          "article_garble": article_garble, "late_opening": late_opening}


_GARBLED = re.compile(
    r"\brandom (?:a|an|the)\b|\b(?:a|an|the) (?:any|some|every|each)\b|"
    r"\b(?:from|starting at) result 0\b|\bkeeping the (?:end|start|stop) at\b|"
    r"\bwith (?:avoid|include|exclude|show|return|use|allow|enable|disable) \w+", re.I)


def garbled_phrase(record: dict[str, Any]) -> list[str]:
    """User or assistant phrases no person says (quoted texts aside)."""
    found = []
    for m in record.get("messages") or []:
        if m.get("role") not in ("user", "assistant"):
            continue
        text = re.sub(r'"[^"]*"', '""', _text(m))
        found += [text[max(0, g.start() - 25): g.end() + 15] for g in _GARBLED.finditer(text)]
    return found


def _calls(record: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for m in record.get("messages") or []:
        for call in m.get("tool_calls") or []:
            fn = call.get("function") or {}
            try:
                args = json.loads(fn.get("arguments") or "{}")
            except ValueError:
                continue
            if isinstance(args, dict):
                out.append((str(fn.get("name") or ""), args))
    return out


_STAY_ENDS = (("start_date", "end_date"), ("from_date", "to_date"), ("check_in", "check_out"),
              ("checkin", "checkout"), ("check_in_date", "check_out_date"),
              ("arrival_date", "departure_date"))


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def long_stay(record: dict[str, Any]) -> list[str]:
    """Hotel calls whose two dates are more than 30 days apart."""
    found = []
    for name, args in _calls(record):
        if "hotel" not in name.lower():
            continue
        low = {k.lower(): v for k, v in args.items()}
        for a, b in _STAY_ENDS:
            start, end = _day(low.get(a)), _day(low.get(b))
            if start is not None and end is not None and abs((end - start).days) > 30:
                found.append(f"{name}: {low[a]} -> {low[b]}")
    return found


# Cities of different continents (the ones the generator draws from).
_CONTINENT = {
    **dict.fromkeys(("lisbon", "porto", "madrid", "barcelona", "paris", "lyon", "berlin",
                     "munich", "amsterdam", "rome", "milan", "vienna", "dublin", "london",
                     "edinburgh", "zurich", "stockholm", "copenhagen", "oslo", "warsaw",
                     "prague"), "EU"),
    **dict.fromkeys(("new york", "san francisco", "chicago", "austin", "seattle", "boston",
                     "miami", "toronto", "vancouver", "mexico city"), "NA"),
    **dict.fromkeys(("sao paulo", "buenos aires"), "SA"),
    **dict.fromkeys(("tokyo", "osaka", "seoul", "singapore", "bangkok", "mumbai", "bengaluru",
                     "dubai"), "AS"),
    **dict.fromkeys(("sydney", "melbourne", "auckland"), "OC"),
    **dict.fromkeys(("cape town", "nairobi", "cairo"), "AF"),
}
_ROAD = re.compile(r"route|direction|driv|road|navigat", re.I)
_TRIP_ENDS = (("start_location", "end_location"), ("origin", "destination"),
              ("start", "end"), ("from", "to"), ("start_point", "end_point"),
              ("from_city", "to_city"), ("source", "destination"))


def far_drive(record: dict[str, Any]) -> list[str]:
    """Road routes whose two ends are cities of different continents."""
    found = []
    for name, args in _calls(record):
        low = {k.lower(): v for k, v in args.items()}
        road = _ROAD.search(name) or "avoid_tolls" in low or str(low.get("mode", "")).lower(
            ) in ("driving", "drive", "car")
        if not road or "flight" in name.lower():
            continue
        for a, b in _TRIP_ENDS:
            ca = _CONTINENT.get(str(low.get(a, "")).split(",")[0].strip().lower())
            cb = _CONTINENT.get(str(low.get(b, "")).split(",")[0].strip().lower())
            if ca and cb and ca != cb:
                found.append(f"{name}: {low[a]} -> {low[b]}")
    return found


# The first two digits of each Polish city's postcodes (Poczta Polska's districts).
_PL_PREFIX = {"warsaw": range(0, 6), "krakow": range(30, 33), "lodz": range(90, 95),
              "wroclaw": range(50, 55), "poznan": range(60, 62), "gdansk": range(80, 81)}
_PL_CODE = re.compile(r"\b(\d\d)-\d\d\d\b")


def city_postcode(record: dict[str, Any]) -> list[str]:
    """Polish postcodes in a record that names one Polish city (and no other place of
    Poland) whose district is another city's."""
    text = " ".join(_text(m) for m in record.get("messages") or [])
    named = [c for c in _PL_PREFIX if c in text.lower()]
    if len(named) != 1:
        return []
    allowed = _PL_PREFIX[named[0]]
    return [f"{named[0]}: {g.group(0)}" for g in _PL_CODE.finditer(text)
            if int(g.group(1)) not in allowed]


_STARTS = re.compile(r"^(?:starts?_?at|start_?time|show_?time|begins_?at|departure_?time|"
                     r"start_?datetime|time)$", re.I)
_CLOCK_AT = re.compile(r"T(\d\d:\d\d)")


def _lists(node: Any) -> list[list[Any]]:
    if isinstance(node, dict):
        return [x for v in node.values() for x in _lists(v)]
    if isinstance(node, list):
        return [node, *(x for v in node for x in _lists(v))]
    return []


def one_clock(record: dict[str, Any]) -> list[str]:
    """Lists of two or more objects in a tool output whose start times are all one clock
    time ("21:00" for every showing)."""
    found = []
    for m in record.get("messages") or []:
        if m.get("role") != "tool":
            continue
        try:
            output = json.loads(_text(m))
        except ValueError:
            continue
        for items in _lists(output):
            rows = [i for i in items if isinstance(i, dict)]
            for key in {k for row in rows for k in row if _STARTS.match(k)}:
                clocks = [c.group(1) for row in rows
                          if (c := _CLOCK_AT.search(str(row.get(key, "")))) is not None]
                if len(clocks) >= 2 and len(set(clocks)) == 1:
                    found.append(f"{key}: {len(clocks)} at {clocks[0]}")
    return found


CHECKS.update({"garbled_phrase": garbled_phrase, "long_stay": long_stay,
               "far_drive": far_drive, "one_clock": one_clock, "city_postcode": city_postcode})
