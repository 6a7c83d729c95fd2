"""An answer leads with what was asked: times for showtimes, the status for a status check,
the summary for a summary, how many for a search; a price only when one was asked or paid.

`facts_from` picks an output's facts by how salient their keys are, whatever the request:
"As for the show's times, it comes to 12.8 EUR (showtime ID sh_8957)" answered a request
for show times with a ticket price, and "For the products, that is Classic Watch, at
86.37 EUR" a search that matched 38. `asked_first(facts, output, intent, endpoint_words,
action)` reorders (and completes) the facts so the ones the request's noun asks for come
first, leaves prices out when nothing was bought or priced, and says timestamps as a
person does ("21:00 on 21 May", not "2025-05-21T21:00:00Z").

Decides only which facts and in what order; the wording is `toolgen.agents.offline`'s.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from toolgen.agents.offline import Fact, Intent, slot_label
from toolgen.agents.offline.clauses import role_of
from toolgen.agents.policy.landed import landed_times

_WORD = re.compile(r"[a-z]+")
_TIME_ASKED = frozenset({"time", "times", "showtime", "showtimes", "schedule", "schedules",
                         "hour", "hours", "when", "timetable", "session", "sessions",
                         "screening", "screenings", "departure", "departures"})
_STATUS_ASKED = frozenset({"status", "state", "progress", "tracking", "track"})
_SUMMARY_ASKED = frozenset({"summary", "summaries", "overview", "digest"})
_PRICE_ASKED = frozenset({"price", "prices", "pricing", "cost", "costs", "fare", "fares",
                          "fee", "fees", "total", "totals", "amount", "quote", "quotes",
                          "balance", "budget", "cheap", "cheapest", "expensive", "rate",
                          "rates", "pay", "payment", "payments", "charge", "charges",
                          "invoice", "invoices", "bill", "refund", "refunds", "checkout",
                          "cart", "menu", "salary", "valuation", "worth", "value"})
# Verbs of the endpoint's own name that spend or price money: its figure is the news.
_PURCHASE = frozenset({"book", "buy", "order", "pay", "checkout", "purchase", "reserve",
                       "charge", "refund", "quote", "price", "pricing", "cost", "fare",
                       "rate", "rates", "convert", "exchange", "invoice", "balance", "cart",
                       "estimate", "calculate", "total", "payment", "payments", "fee",
                       "fees", "subscribe", "renew", "transfer", "tip", "bill"})
# Words of a request that name no field ("the details of a hotel").
_GENERIC = frozenset({"the", "a", "an", "of", "for", "my", "details", "detail", "info",
                      "information", "data", "list", "all", "some", "s", "find", "get",
                      "check", "look", "up", "on", "in", "to", "and", "with", "between"})
_TIME_KEYS = ("starts_at", "start_time", "showtime", "show_time", "begins_at", "start_at",
              "time", "datetime", "date_time", "departure_time", "start")
_PLACE_KEYS = ("cinema", "theater", "theatre", "venue", "venue_name", "location", "screen",
               "hall", "format")
_COUNT_KEYS = ("total", "total_count", "count", "total_results", "num_results")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?"
                  r"(Z|[+-]\d{2}:?\d{2})?")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def asked_first(facts: list[Fact], output: Any, intent: Intent, endpoint_words: set[str],
                action: str) -> list[Fact]:
    """`facts` led by what the request asks for; prices kept only when asked or paid."""
    asked = set(_WORD.findall(f"{intent.obj} {intent.phrase}".lower()))
    item = _first_item(output)
    lead: list[Fact] = []
    if asked & _TIME_ASKED and not asked & _PRICE_ASKED:
        lead = _when_and_where(item, facts)
    if asked & _STATUS_ASKED:
        lead += [f for f in facts if role_of(f) == "status" and f not in lead]
    if asked & _SUMMARY_ASKED:
        lead += [f for f in facts if "summary" in f.label.lower() and f not in lead]
    # a figure the request names ("the rate between the currencies": its rate, not its date)
    named = [f for f in facts if f not in lead and role_of(f) not in ("reference", "subject")
             and set(_WORD.findall(f.label.lower())) & (asked - _GENERIC)]
    named = [f for i, f in enumerate(named)  # one figure once: not "387.7 and 387.7 EUR"
             if not any(_same_figure(f, g) for g in named[:i])]
    lead += named
    rest = [f for f in facts if f not in lead and not any(_same_figure(f, g) for g in named)
            # a date would be said before the figure asked ("it's on 2025-05-06, with rate")
            and not (named and role_of(f) in ("date", "time"))]
    if not (asked & _PRICE_ASKED or endpoint_words & _PURCHASE or action):
        # a price left out gives way to the item's plain facts; nothing left to say is
        # not completed ("the capital of Germany is Berlin" needs no "country Germany")
        unpriced = [f for f in rest if role_of(f) != "money"] or (
            _plain_facts(item) if rest else [])
        rest = unpriced if unpriced or lead else rest
    ordered = landed_times([*lead, *(rest if action else _count_second(rest, output))], item)
    return [Fact(label=f.label, value=human_time(f.value)) for f in ordered]


def prices_asked(intent: Intent, endpoint_words: set[str] | frozenset[str]) -> bool:
    """Whether the request or the endpoint's own name asks for a price or spends money."""
    asked = set(_WORD.findall(f"{intent.obj} {intent.phrase}".lower()))
    return bool(asked & _PRICE_ASKED or endpoint_words & _PURCHASE)


def _same_figure(a: Fact, b: Fact) -> bool:
    """Two facts stating one figure (`387.7` and `387.7 EUR`), or two figures of one label;
    the items of a list of names are not ("cities: Auckland, Christchurch" said as
    "its cities are Auckland", ToolBench seed 1920078 #9)."""
    if a.value.split(" ")[0] == b.value.split(" ")[0]:
        return True
    return a.label == b.label and _FIGURE.match(a.value) is not None and (
        _FIGURE.match(b.value) is not None)


_FIGURE = re.compile(r"-?\d")


def human_time(value: str) -> str:
    """An ISO timestamp as said: "21:00 on 21 May", "21:00 UTC on 21 May" for a UTC one
    ("21 May 2025" at midnight); any other value unchanged."""
    m = _ISO.fullmatch(value.strip())
    if m is None:
        return value
    year, month, day, hour, minute = (int(g) for g in m.groups()[:5])
    try:
        dt.date(year, month, day)
    except ValueError:
        return value
    if (hour, minute) == (0, 0):
        return f"{day} {_MONTHS[month - 1]} {year}"
    # a "Z" stamp is UTC: "departing 08:34" read as Miami's own time (BFCL seed 59 #1)
    zone = " UTC" if m.group(6) in ("Z", "+00:00", "+0000") else ""
    return f"{hour:02d}:{minute:02d}{zone} on {day} {_MONTHS[month - 1]}"


def _first_item(output: Any) -> dict[str, Any]:
    """The object a request about one thing reads: the output, or its first list's first
    object (a showtimes answer's first showing)."""
    if isinstance(output, list):
        return output[0] if output and isinstance(output[0], dict) else {}
    if not isinstance(output, dict):
        return {}
    for value in output.values():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            return value[0]
    return output


def _when_and_where(item: dict[str, Any], facts: list[Fact]) -> list[Fact]:
    """The time the thing asked about starts, and where (the cinema, the format)."""
    key = next((k for k in _TIME_KEYS if isinstance(item.get(k), str)
                and (_ISO.fullmatch(item[k]) or re.fullmatch(r"\d{1,2}:\d{2}", item[k]))),
               None)
    if key is None:
        return [f for f in facts if role_of(f) == "time"]
    lead = [Fact(label="time", value=item[key])]
    for place in _PLACE_KEYS:
        value = item.get(place)
        if isinstance(value, str) and value.strip() and len(value) <= 40:
            lead.append(Fact(label=slot_label(place), value=value))
    return lead


_ID_LIKE = re.compile(r"[A-Za-z]+[_-]\w*\d|https?:|\d{4}-\d{2}")


def _plain_facts(item: dict[str, Any]) -> list[Fact]:
    """What a result is, when only its price was salient: its short words ("seat 14C")."""
    return [Fact(label=slot_label(k), value=v) for k, v in item.items()
            if isinstance(v, str) and 0 < len(v) <= 40 and not _ID_LIKE.search(v)
            and not k.lower().endswith(("id", "currency"))][:2]


def _count_second(facts: list[Fact], output: Any) -> list[Fact]:
    """A search's answer says how many matched right after the first match ("38 came back,
    the first being ...") when more matched than came back."""
    if not isinstance(output, dict):
        return facts
    listed = next((v for v in output.values() if isinstance(v, list)), None)
    total = next((output[k] for k in _COUNT_KEYS if isinstance(output.get(k), int)
                  and not isinstance(output.get(k), bool)), None)
    if listed is None or total is None or total <= 1 or total < len(listed):
        return facts
    count = next((f for f in facts if role_of(f) == "count"), None) or Fact(
        label="total", value=str(total))
    subject = next((f for f in facts if role_of(f) == "subject"), None)
    rest = [f for f in facts if f is not count and f is not subject]
    return [*([subject] if subject else []), count, *rest]
