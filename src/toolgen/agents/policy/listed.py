"""A search's answer names what a person asks of its first result, not one field of it.

A listing was answered with two facts: "there are 4 in all, the first with airline
Qantas", "Reynolds Pizzeria heads a list of 2", "there are 4 in all; the first is
inactive". A person reading a search's results wants the things they would choose by: a
flight's airline and number and when it leaves, a hotel's name and stars, a showing's
title, time and cinema, a restaurant's name, cuisine and rating, a price when one was
asked or filtered by. `listed_facts(facts, output, arguments, priced)` puts the count
first and then up to `ITEM_FACTS` such facts of the first item (what it is called, when,
where, how good, what kind, what it costs), ahead of the facts already chosen.

Decides only which facts and in what order; the wording is `toolgen.agents.offline`'s
(`clauses`), which says them as "3 came back, the first being Iberia FF0358, departing
08:18 on 4 March".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from toolgen.agents.offline import Fact, slot_label, value_text
from toolgen.agents.offline.clauses import role_of
from toolgen.agents.policy.asked_first import human_time
from toolgen.agents.policy.facts import TICKER, TICKERS
from toolgen.agents.policy.found_count import more_than_listed
from toolgen.agents.policy.named_items import named_items

# How many facts of the first item a listing's answer says beside its count.
ITEM_FACTS = 3
_COUNT_KEYS = ("total", "total_count", "count", "total_results", "num_results")
_NAMES = ("name", "title", "headline", "full_name", "display_name", "hotel_name",
          "restaurant_name", "event_name", "product_name", "movie_title", "player_name",
          "player")
# (key, label said) of when an item happens; the label says what happens then.
_WHEN = (("departure_time", "departure time"), ("departs_at", "departure time"),
         ("starts_at", "start time"), ("start_time", "start time"),
         ("showtime", "time"), ("start_date", "start date"), ("event_date", "date"),
         ("check_in", "check in date"), ("date", "date"), ("placed_at", "placed on"))
_WHERE = ("cinema", "theater", "theatre", "venue", "venue_name", "location", "address")
_GOOD = ("stars", "star_rating", "rating", "average_rating", "score")
_KIND = ("cuisine", "genre", "category", "brand", "author", "artist", "scheme", "format",
         "type", "level", "severity", "consequence")
_CASES = ("confirmed", "confirmed_cases", "total_cases", "cases")
_DEATHS = ("deaths", "total_deaths")
_PRICE = ("price", "price_per_night", "nightly_price", "fare", "amount", "cost",
          "unit_price", "total_price", "total")
_ID_LIKE = re.compile(r"[a-z]{2,6}_\w*\d|https?://")
_LONGEST = 60
_ID_KEY = re.compile(r"(?:^|_)id$|Id$|^ID$")


def listing_of(output: Any) -> dict[str, Any] | None:
    """The first item of a search's answer that lists objects beside a count of them."""
    if not isinstance(output, dict):
        return None
    items = next((v for v in output.values() if isinstance(v, list) and v
                  and isinstance(v[0], dict)), None)
    if items is None or not any(isinstance(output.get(k), int) for k in _COUNT_KEYS):
        return None
    first: dict[str, Any] = items[0]
    return first


def uncounted(output: Any, arguments: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    """The items of a result that is a list of two or more objects and nothing of its
    own: a bare list, or one object holding the list beside only ids and what was sent
    (a seat map: `flight_id` and `seats`). None for a record with lines (an order's items
    beside its status and total) or a list with a count key."""
    if isinstance(output, list):
        items: Any = output
    elif isinstance(output, dict):
        lists = [v for v in output.values() if isinstance(v, list)]
        if len(lists) != 1 or any(isinstance(output.get(k), int) for k in _COUNT_KEYS):
            return None
        sent = {value_text(v) for v in arguments.values()
                if isinstance(v, str | int | float) and not isinstance(v, bool)}
        if not all(isinstance(v, list) or _ID_KEY.search(k) or (
                isinstance(v, str | int | float) and value_text(v) in sent)
                for k, v in output.items()):
            return None
        items = lists[0]
    else:
        return None
    if len(items) < 2 or not all(isinstance(i, dict) for i in items):
        return None
    return list(items)


def listed_facts(facts: list[Fact], output: Any, arguments: Mapping[str, Any],
                 priced: bool) -> tuple[list[Fact], int]:
    """`facts` of a listing led by its count and what its first item is (see the module
    doc), and how many of them lead (0 when `output` lists nothing or no count is said:
    `facts` unchanged). `priced`: a price was asked for or filtered by, so the item's
    price is said."""
    item = listing_of(output)
    count = next((f for f in facts if role_of(f) == "count"), None)
    made = count is None
    if count is None:
        # a list with no count key is still several things: "4 turned up; the first has
        # seat 14C", not "its seat is 14C" of a 4-seat map
        many = uncounted(output, arguments)
        if many is None:
            return facts, 0
        count = Fact(label="count", value=str(len(many)))
        facts, item = [count, *facts], many[0]
    if item is None:
        return facts, 0
    said_count = more_than_listed(count, output)
    facts = [said_count if f is count else f for f in facts]
    count = said_count
    sent = {value_text(v).lower() for v in arguments.values()
            if isinstance(v, str | int | float) and not isinstance(v, bool)}
    # an unnamed record of a counted listing (an order, a payment) is what it costs; a
    # showing or a seat of a bare list is its time or place, its price only when asked
    picked = _item_facts(item, sent, priced, not made)
    # one fact is too little to say what a found thing is, except what an unnamed record
    # (an order, a payment) comes to: "the first is for 697.46 EUR"
    if len(picked) < 2 and not (picked and picked[0].label == "price" and _name(item) is None):
        named = named_items(output, count, _name)
        if named is not None:  # "there are 2 airports: A and B", not "A heads a list of 2"
            return named, len(named)
        return facts, 1 if made else 0  # a made count still leads: it is what was found
    said = {f.value.lower() for f in picked}
    rest = [f for f in facts if f is not count and f.value.lower() not in said
            and human_time(f.value).lower() not in said]
    return [count, *picked, *rest], 1 + len(picked)


def _item_facts(item: dict[str, Any], sent: set[str], priced: bool,
                unnamed_costs: bool = True) -> list[Fact]:
    """Up to `ITEM_FACTS` facts of `item`: its name, then when, where, how good, what
    kind and (when `priced`) what it costs; a value the call was sent is no news."""
    out: list[Fact] = []
    name = _name(item)
    if name is not None and name.value.lower() not in sent:
        out.append(name)
    # an unnamed record (a mandate, a payment) is its kind, its amount and its state
    costs = priced or (name is None and unnamed_costs)
    # an epidemic's row is its counts: "on 2025-07-02, with 4141601 confirmed" (ToolBench
    # seed 97 #12 said the day alone)
    counts = [_first(item, _CASES, sent), _first(item, _DEATHS, sent)] if name is None else []
    kinds = [*([_price(item)] if costs else []), _when(item), *counts, _where(item, sent),
             _first(item, _GOOD, sent), _first(item, _KIND, sent)]
    if sum(f is not None for f in [name, *kinds]) < 2:
        # a state says little of a found thing ("a flight with status processing"); it
        # is said only of a record that has nothing better (a mandate)
        kinds.append(_first(item, ("status",), sent))
    for fact in kinds:
        if fact is not None and fact.value.lower() not in sent and all(
                fact.value != f.value for f in out):
            out.append(fact)
    return out[:ITEM_FACTS]


def _text(value: Any) -> str | None:
    """A short value said as it is, or None for ids, links, flags and long text."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = value_text(value).strip()
    if not text or len(text) > _LONGEST or _ID_LIKE.match(text):
        return None
    return text


def _name(item: dict[str, Any]) -> Fact | None:
    """What the item is called; a flight by its airline and number ("Iberia FF0358")."""
    airline, number = _text(item.get("airline")), _text(item.get("flight_number"))
    if airline and number:
        return Fact(label="name", value=f"{airline} {number}")
    home, away = _text(item.get("home_team")), _text(item.get("away_team"))
    if home and away:  # a match is its two teams ("Fulham v Chelsea")
        return Fact(label="name", value=f"{home} v {away}")
    for key in _NAMES:
        text = _text(item.get(key))
        if text is not None and not text.replace(".", "").isdigit():
            return Fact(label="name", value=text)
    for key in TICKERS:  # a stock by its symbol: "the first is GOOGL, at 86.26 USD"
        text = _text(item.get(key))
        if text is not None and TICKER.fullmatch(text):
            return Fact(label="name", value=text)
    return None


def _when(item: dict[str, Any]) -> Fact | None:
    for key, label in _WHEN:
        text = _text(item.get(key))
        if text is not None:
            return Fact(label=label, value=human_time(text))
    return None


def _where(item: dict[str, Any], sent: set[str]) -> Fact | None:
    return _first(item, _WHERE, sent)


def _first(item: dict[str, Any], keys: tuple[str, ...], sent: set[str]) -> Fact | None:
    for key in keys:
        text = _text(item.get(key))
        if text is not None and text.lower() not in sent:
            return Fact(label=slot_label(key), value=text)
    return None


def _price(item: dict[str, Any]) -> Fact | None:
    """The item's price with its currency ("149.5 EUR")."""
    for key in _PRICE:
        value: Any = item.get(key)
        currency: Any = item.get("currency")
        if key == "total" and not isinstance(value, dict | float):
            continue  # an order's total is money; a whole `total` counts things
        if isinstance(value, dict):
            value, currency = value.get("amount"), value.get("currency", currency)
        text = _text(value)
        if text is not None and not isinstance(value, str):
            money = f"{text} {currency}" if isinstance(currency, str) else text
            return Fact(label="price", value=money)
    return None
