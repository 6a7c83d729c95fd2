"""The values of one call that must go together, made to: drawn one by one, they need not.

A conversion from "miles" goes to "kilometers" (not to "celsius"); a memory value belongs
to its key (`favorite_color` is "blue", not "Lisbon"); a route's two ends and a
translation's two languages differ; a road route's two ends are drivable (no Auckland to
Boston avoiding tolls); a range's end is not before its start
(`start=2020, end=1876`), nor a maximum below its minimum; a price limit fits the thing
searched for (no "gaming laptop within 309.49"), a search's category its department (no
"gaming laptop for fashion": `executor.query_category`), and an order's price its share's (no
NFLX at 15.7); a hotel stay lasts days, not 13 months;
a company's equity or assets are several times its income (a return on equity is not
79,339,708 over 369); a ticket's description tells the problem its subject names, and
an email's subject heads its body (not "Package arrived" over "Running ten minutes
late"); a polynomial's degree is its coefficients' (`array_sizes.sized_partners`); a
match's two sides are two teams (`rivals`), a team is asked about in its own league
(`team_league`), a file is stored under its own name (`file_paths`), a year beside a
named event is its year (`event_year`), and a query's conditions name its table's
columns (`query_conditions`), and three sides a user gives form a triangle
(`triangle_sides`).
`paired(endpoint, args)` returns the call's arguments with the user-stated partner fixed
(the first of a pair stays as drawn).
"""

from __future__ import annotations

from collections.abc import Callable

from toolgen.agents.planner.array_sizes import sized_partners
from toolgen.agents.planner.coordinate_pairs import coordinate_partners, one_point
from toolgen.agents.planner.event_year import event_year
from toolgen.agents.planner.file_paths import named_path
from toolgen.agents.planner.flight_range import in_range
from toolgen.agents.planner.museum_city import museum_city
from toolgen.agents.planner.query_conditions import conditions_for
from toolgen.agents.planner.rivals import rivals
from toolgen.agents.planner.route_airline import route_airline
from toolgen.agents.planner.team_league import team_league
from toolgen.agents.planner.triangle_sides import triangle_sides
from toolgen.agents.planner.values_listed import listed_options
from toolgen.agents.planner.values_meaning import place_value
from toolgen.agents.planner.values_things import MEMORY_VALUES, UNIT_PAIRS
from toolgen.executor import world
from toolgen.executor.asset_prices import asset_price_range
from toolgen.executor.date_formats import date_format
from toolgen.executor.date_text import parse, shifted
from toolgen.executor.distance import PAIRS as TRIP_ENDS
from toolgen.executor.distance import road_route
from toolgen.executor.entities.airports import AIRPORTS
from toolgen.executor.exchange import PER_USD
from toolgen.executor.mail_messages import BODY_KEYS, SUBJECT_KEYS, body_for, subject_for
from toolgen.executor.pools import LANGUAGES, PLACES
from toolgen.executor.price_scale import night_at_stars, price_range
from toolgen.executor.query_category import CATEGORY_KEYS, QUERY_KEYS, fitting, misfiled
from toolgen.executor.result_kinds import own_words
from toolgen.executor.support_tickets import description_for
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint, Parameter, PlannedArg

_STATED = ("user", "clarification")
_UNIT_FROM = ("from_unit", "unit_from", "source_unit", "input_unit")
_UNIT_TO = ("to_unit", "unit_to", "target_unit", "output_unit")
LANG_FROM = ("source_lang", "source_language", "from_lang", "from_language", "sl", "from",
              "source")
LANG_TO = ("target_lang", "target_language", "to_lang", "to_language", "tl", "to", "target",
            "dest_language", "destination_language")
_CITIES = tuple(p[0] for p in PLACES)
_CODES = tuple(row[0] for row in AIRPORTS)  # IATA codes, a route's two ends


def translated_from(endpoint: Endpoint, name: str, into: str | None = None) -> bool:
    """Whether `name` is the language a translation of `endpoint` reads from (the endpoint
    also takes the language it writes in; `into`, when given, names that parameter). A
    bare `from` or `source` counts only on a translator: a flight's `from` is a city."""
    key = normalize_key(name)
    if key not in LANG_FROM or not ("lang" in key or key == "sl" or translates(endpoint)):
        return False
    if into is not None:
        return normalize_key(into) in LANG_TO
    own = {normalize_key(p.name) for p in endpoint.parameters}
    return any(k in own for k in LANG_TO)


def translates(endpoint: Endpoint) -> bool:
    """Whether `endpoint` is a translation (its name or description says so)."""
    return "translat" in f"{endpoint.function_name} {endpoint.description}".lower()


def paired(endpoint: Endpoint, args: list[PlannedArg],
           valid: Callable[[Parameter, object], bool]) -> list[PlannedArg]:
    """`args` with each user-stated partner agreeing with the first of its pair (a fix
    the partner's schema rejects is not made)."""
    stated = {normalize_key(a.name): a for a in args if a.source in _STATED}
    if not stated:
        return args
    sent = {normalize_key(a.name): a for a in args}
    fixes = sized_partners(stated, sent, f"{endpoint.function_name} {endpoint.description}")
    if len(stated) < 2:
        return _fixed(endpoint, args, fixes, valid)
    unit_from = next((stated[k] for k in _UNIT_FROM if k in stated), None)
    unit_to = next((stated[k] for k in _UNIT_TO if k in stated), None)
    if unit_from is not None and unit_to is not None and unit_from.value in UNIT_PAIRS:
        fixes[unit_to.name] = UNIT_PAIRS[str(unit_from.value)]
    key, value = stated.get("key"), stated.get("value")
    if key is not None and value is not None and key.value in MEMORY_VALUES:
        fixes[value.name] = MEMORY_VALUES[str(key.value)]
    fixes.update(_english_source(endpoint, stated, sent))
    fixes.update(_apart(endpoint, stated))
    fixes.update(rivals(stated))
    fixes.update(team_league(stated))
    flown = in_range(endpoint, stated)  # before the airline: it reads the route
    fixes.update(flown)
    fixes.update(route_airline({k: v.model_copy(update={"value": flown[v.name]})
                                if v.name in flown else v for k, v in stated.items()}))
    fixes.update(museum_city(stated))
    fixes.update(named_path(stated))
    fixes.update(event_year(stated))
    fixes.update(conditions_for(stated))
    fixes.update(_drivable(endpoint, stated))
    fixes.update(_in_order(stated))
    fixes.update(_short_stay(endpoint, stated))
    fixes.update(_base_fits(stated))
    fixes.update(_budget_fits(stated, {k: v for k, v in fixes.items()}))
    fixes.update(_filed(endpoint, stated))
    fixes.update(_share_price_fits(stated))
    fixes.update(_one_ticket(stated))
    fixes.update(_one_message(stated))
    fixes.update(one_point(stated, coordinate_partners(endpoint)))
    fixes.update(triangle_sides(stated))
    return _fixed(endpoint, args, fixes, valid)


def _fixed(endpoint: Endpoint, args: list[PlannedArg], fixes: dict[str, object],
           valid: Callable[[Parameter, object], bool]) -> list[PlannedArg]:
    """`args` with `fixes` made to the user-stated ones the schema takes."""
    params = {p.name: p for p in endpoint.parameters}
    fixes = {k: v for k, v in fixes.items() if k in params and valid(params[k], v)}
    if not fixes:
        return args
    return [a.model_copy(update={"value": fixes[a.name]}) if a.name in fixes
            and a.source in _STATED and a.value != fixes[a.name] else a for a in args]


_TICKET_TEXTS = ("description", "body", "message", "content", "text", "details", "issue",
                 "comment")


def _one_ticket(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """A ticket's description tells the problem its subject names ("Damaged parcel": the
    parcel arrived broken), not another one drawn on its own."""
    subject = stated.get("subject") or stated.get("title")
    said = description_for(subject.value) if subject is not None else None
    text = next((stated[k] for k in _TICKET_TEXTS if k in stated), None)
    return {text.name: said} if said is not None and text is not None else {}


def _one_message(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """An email's subject heads the body the user writes (a body of the message pool
    names its subject), else the body is the one its subject heads."""
    subject = next((stated[k] for k in SUBJECT_KEYS if k in stated), None)
    text = next((stated[k] for k in BODY_KEYS if k in stated), None)
    if subject is None or text is None:
        return {}
    heading = subject_for(text.value)
    if heading is not None:
        return {subject.name: heading} if heading != subject.value else {}
    said = body_for(subject.value)
    return {text.name: said} if said is not None and said != text.value else {}


_TRANSLATED_TEXTS = ("text", "q", "query", "content", "sentence", "source_text", "input")


def _english_source(endpoint: Endpoint, stated: dict[str, PlannedArg],
                    sent: dict[str, PlannedArg]) -> dict[str, object]:
    """The text a user gives is English (every text pool is), so a translation of it
    reads from English: "translate from German (de)" beside an English sentence was said."""
    text = next((stated[k] for k in _TRANSLATED_TEXTS if k in stated), None)
    source = next((a for k, a in stated.items() if translated_from(endpoint, k)), None)
    target = next((sent[k] for k in LANG_TO if k in sent), None)
    if text is None or source is None or not isinstance(source.value, str) or (
            source.value.lower() in ("en", "auto")) or (
            target is not None and str(target.value).lower() == "en"):
        return {}  # into English: `_apart` keeps the two languages apart as drawn
    return {source.name: "EN" if source.value.isupper() else "en"}


def _apart(endpoint: Endpoint, stated: dict[str, PlannedArg]) -> dict[str, object]:
    """Two places of one route, or two languages of one translation, made different."""
    params = {p.name: p for p in endpoint.parameters}
    texts = [a for a in stated.values() if a.name in params and isinstance(a.value, str)]
    # Only a value stated twice moves (and each move avoids every value seen): with none,
    # which texts are places need not be read (`place_value` reads the descriptions).
    twice = len({a.value for a in texts}) < len(texts)
    places = [a for a in texts if twice and (str(a.value) in _CODES
                                             or place_value(params[a.name], endpoint))]
    out: dict[str, object] = {}
    seen: set[str] = set()
    for a in places:
        value = str(a.value)
        if value in seen:
            # a route from MEX to MEX goes to another airport, not to a city's name
            value = next(c for c in (_CODES if value in _CODES else _CITIES) if c not in seen)
            out[a.name] = value
        seen.add(value)
    lang_from = next((stated[k] for k in LANG_FROM if k in stated), None)
    lang_to = next((stated[k] for k in LANG_TO if k in stated), None)
    if (lang_from is not None and lang_to is not None and isinstance(lang_to.value, str)
            and str(lang_from.value).lower() == lang_to.value.lower()):
        other = next(c for c in LANGUAGES if c != lang_to.value.lower())
        out[lang_to.name] = other.upper() if lang_to.value.isupper() else other
    return out


_LONGEST_DRIVE_KM = 1500.0  # a day's drive or two; the executor drives up to 3,000 km


def _drivable(endpoint: Endpoint, stated: dict[str, PlannedArg]) -> dict[str, object]:
    """A road route (directions, a fastest route avoiding tolls) whose two stated cities
    are an ocean or a continent apart ends instead in a city of the start's country: the
    two ends are drawn one by one, and nobody asks to drive from Auckland to Boston."""
    ends = next(((stated[a], stated[b]) for a, b in TRIP_ENDS if a in stated and b in stated),
                None)
    if ends is None or not all(isinstance(e.value, str) for e in ends):
        return {}
    if not road_route({k: v.value for k, v in stated.items()}, frozenset(own_words(endpoint))):
        return {}
    start, end = world.city(ends[0].value), world.city(ends[1].value)
    if start is None or end is None or world.great_circle_km(start, end) <= _LONGEST_DRIVE_KM:
        return {}
    near = next((c.name for c in world.cities_of(start.country_iso, 30) if c.name != start.name
                 and 20.0 < world.great_circle_km(start, c) <= _LONGEST_DRIVE_KM), None)
    if near is None:  # a city-state (Singapore): the nearest city of the generator's own
        by_km = sorted((world.great_circle_km(start, c), c.name) for c in map(
            world.city, _CITIES) if c is not None and c.name != start.name)
        near = next((name for km, name in by_km if km <= _LONGEST_DRIVE_KM), None)
    return {ends[1].name: near} if near is not None else {}


# The words of a range's two ends, as whole snake tokens (`start_year` / `end_year`,
# `min_price` / `max_price`, `year1` / `year2`).
_ENDS = (("start", "end"), ("from", "to"), ("min", "max"), ("minimum", "maximum"),
         ("lower", "upper"), ("since", "until"), ("year1", "year2"), ("begin", "end"))


# How far apart a range's ends are set when they were drawn equal.
_WIDTH = 50


def _in_order(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """The two numbers of a range the user states, swapped when its end comes first, and
    apart when they were drawn the same."""
    out: dict[str, object] = {}
    for key, low in stated.items():
        tokens = key.split("_")
        for first, last in _ENDS:
            if first not in tokens:
                continue
            high = stated.get("_".join(last if t == first else t for t in tokens))
            a, b = low.value, high.value if high is not None else None
            if (not isinstance(a, int | float) or not isinstance(b, int | float)
                    or isinstance(a, bool) or isinstance(b, bool) or high is None):
                continue
            if b < a:
                out[low.name], out[high.name] = b, a
            elif b == a and not (isinstance(a, int) and 1800 <= a <= 2100):
                # `lower_limit=10, upper_limit=10` is a range of one value (one year is
                # a believable range, so a year stays)
                out[high.name] = a + _WIDTH if isinstance(a, int) else round(a * 1.5 + 1, 2)
    return out


_QUERIES = ("query", "q", "keyword", "keywords", "search", "term", "search_term", "product")
_LIMITS = ("max_price", "price_max", "maxprice", "budget", "max_budget", "price_to")
_CURRENCIES = ("currency", "currency_code")


_STARS = ("min_stars", "stars", "star_rating", "min_star_rating", "hotel_class")


def _budget_fits(stated: dict[str, PlannedArg], fixes: dict[str, object]) -> dict[str, object]:
    """A price limit stated beside a searched thing of known price (a laptop, a night at
    a hotel of so many stars), raised into what that thing costs when it lies below it."""
    query = next((stated[k].value for k in _QUERIES if k in stated
                  and isinstance(stated[k].value, str)), None)
    limit = next((stated[k] for k in _LIMITS if k in stated), None)
    found = price_range(query) if isinstance(query, str) else None
    if found is None:  # a five-star night under 82 dollars is none (bundled seed 31)
        found = next((night for k in _STARS if k in stated
                      and (night := night_at_stars(stated[k].value)) is not None), None)
    if found is None or limit is None or isinstance(limit.value, bool) or not isinstance(
            fixes.get(limit.name, limit.value), int | float):
        return {}
    value = fixes.get(limit.name, limit.value)
    assert isinstance(value, int | float)
    currency = next((stated[k].value for k in _CURRENCIES if k in stated), "USD")
    rate = PER_USD.get(str(currency).upper(), 1.0)
    lo, hi = found
    if value / rate >= lo:
        return {}
    # the cheaper end of what such a thing costs, kept from the drawn figure's cents
    raised = (lo + (hi - lo) * 0.25) * rate + value % 1
    return {limit.name: round(raised) if isinstance(value, int) else round(raised, 2)}


def _filed(endpoint: Endpoint, stated: dict[str, PlannedArg]) -> dict[str, object]:
    """A category stated beside a searched thing of a known kind (a laptop) that names
    another department (fashion), made the option naming its own (electronics)."""
    query = next((a.value for k, a in stated.items() if k in QUERY_KEYS
                  and isinstance(a.value, str)), None)
    category = next((a for k, a in stated.items() if k in CATEGORY_KEYS
                     and isinstance(a.value, str)), None)
    if query is None or category is None or not misfiled(query, str(category.value)):
        return {}
    param = next((p for p in endpoint.parameters if p.name == category.name), None)
    if param is None:
        return {}
    options = param.json_schema.get("enum") or listed_options(param.description or "")
    better = fitting(query, options)
    return {category.name: better} if better is not None else {}


_SYMBOLS = ("symbol", "ticker", "stock", "stock_symbol", "ticker_symbol")
_SHARE_PRICES = ("price", "limit_price", "stop_price", "target_price", "buy_price",
                 "sell_price", "entry_price")


def _share_price_fits(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """A price stated beside a listed share or coin (an NFLX order at 15.7) moved into the
    range it trades in (`asset_prices`), at the same place within it as the drawn cents."""
    symbol = next((str(stated[k].value) for k in _SYMBOLS if k in stated
                   and isinstance(stated[k].value, str)), None)
    span = asset_price_range(symbol.strip()) if symbol else None
    price = next((stated[k] for k in _SHARE_PRICES if k in stated), None)
    if span is None or price is None or isinstance(price.value, bool) or \
            not isinstance(price.value, int | float):
        return {}
    lo, hi = span
    if lo <= price.value <= hi:
        return {}
    moved = lo + (hi - lo) * (round(price.value * 100) % 100) / 100
    return {price.name: round(moved) if isinstance(price.value, int)
            else round(moved, 2 if hi >= 10 else 4)}


_INCOMES = ("net_income", "income", "net_profit", "profit", "earnings", "net_earnings")
# A base a return is measured on, and the fewest and most times the income it is: a return
# on equity of 7-20 %, on assets of 5-10 %.
_BASES = (("shareholder_equity", 5, 15), ("shareholders_equity", 5, 15), ("equity", 5, 15),
          ("total_equity", 5, 15), ("total_assets", 10, 20), ("assets", 10, 20))


def _base_fits(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """The equity or assets stated beside an income, raised to several times it when the
    two were drawn apart (the multiple comes from the drawn base's own digits, so the
    call's random stream is not touched)."""
    income = next((stated[k] for k in _INCOMES if k in stated), None)
    if income is None or isinstance(income.value, bool) or not isinstance(
            income.value, int | float) or income.value <= 0:
        return {}
    for key, fewest, most in _BASES:
        base = stated.get(key)
        if base is None or isinstance(base.value, bool) or not isinstance(
                base.value, int | float) or base.value >= income.value * 2:
            continue
        times = fewest + int(abs(base.value)) % (most + 1 - fewest)
        raised = income.value * times + base.value % 1
        return {base.name: round(raised) if isinstance(base.value, int) else round(raised, 2)}
    return {}


_STAY_WORDS = frozenset({"hotel", "hotels", "room", "rooms", "lodging", "accommodation",
                         "stay", "resort"})
_STAY_ENDS = (("start_date", "end_date"), ("from_date", "to_date"),
              ("arrival_date", "departure_date"), ("start", "end"))
_LONGEST_STAY = 30


def _month_first(endpoint: Endpoint, name: str) -> bool | None:
    """Whether the date `name` takes is written month first, as its description spells
    ("MM-DD-YYYY"); None when it spells no written layout."""
    param = next((p for p in endpoint.parameters if p.name == name), None)
    layout = date_format(param.json_schema) if param is not None else None
    return None if layout is None else layout[0] == "mm"


def _short_stay(endpoint: Endpoint, stated: dict[str, PlannedArg]) -> dict[str, object]:
    """A hotel call's stay (`start_date` to `end_date`) of more than a month ends 1-14 days
    after it starts (`executor.stay_length` knows `check_in` / `check_out` by name alone;
    a start and an end are a stay only at a hotel)."""
    if not _STAY_WORDS & set(own_words(endpoint)):
        return {}
    for first, last in _STAY_ENDS:
        a, b = stated.get(first), stated.get(last)
        if a is None or b is None or not isinstance(a.value, str) or not isinstance(
                b.value, str):
            continue
        # "07-04-2025" under "The format is MM-DD-YYYY" is the 4th of July: a stay from it
        # ended "20-04-2025", a month of 20 (BFCL seed 71 #1)
        order = _month_first(endpoint, a.name)
        start, end = parse(a.value, order), parse(b.value, order)
        if start is None or end is None or abs((end - start).days) <= _LONGEST_STAY:
            continue
        days = abs((end - start).days)
        if end < start:
            # drawn the wrong way round (the date order is settled after this): the stay
            # starts at the earlier date, so the later one moves, into the end's place
            moved = shifted(b.value, 1 + days % 14, order)
            return {a.name: b.value, b.name: moved} if moved is not None else {}
        moved = shifted(b.value, -(days - (1 + days % 14)), order)
        return {b.name: moved} if moved is not None else {}
    return {}
