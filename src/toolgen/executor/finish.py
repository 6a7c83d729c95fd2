"""The last touch on an answer, by the kind of result its endpoint returns.

`finisher(endpoint, shape)` returns, once per endpoint, a function `(output, args, rng)`
that makes a generated answer say what its kind says (None when nothing applies):

- a calculation carries the figure computed from its arguments (`formulas`);
- an action on a record (`resolve_ticket`) answers with the status it leaves the record
  in (`resolved`), not a random one;
- what an endpoint's name asks for agrees with itself (`asked`: a completed scan is at
  100 %, a report's summary counts its findings, a template lists its placeholders);
- a translation answers with the text in the target language when the phrase is a
  common one (`phrases`), else the source text unchanged, and the asked languages;
- a picture (an object with a url and a width and height) has the size of a real
  picture (1280x720, 800x600...), not 4x9 pixels;
- an object with an email address names that address's domain as its `domain`;
- a famous structure the call names has its real height (`landmarks`), a temperature
  is in the Kelvin or Fahrenheit the call asked for (`asked_units`);
- what a call adds (`add_to_cart`) is a line of the list it answers with
  (`added_items`);
- an inferred file's type is the one its name's extension says (`file_kinds`);
- one mass in several units (`co2e_kg`, `co2e_gm`, `co2e_lb`) agrees (`mass_units`);
- a result lies in the years and the place the call asked for (`asked_filters`);
- a search's results are named after what was searched for (`searched`) and lie within
  the prices, dates, stars, party size and status it filtered by (`search_filters`); a
  restaurant is named like its cuisine (`cuisine_names`); a named thing's price fits
  what such a thing costs (`price_scale`: no 96 EUR gaming laptop), and its description,
  material, brand and category what such a thing has (`product_fit`: no cotton
  headphones by Nike), and a stay's its nights (`stay_price`);
- an autocomplete answers matches of what was typed (`autocompleted`), an element its
  real symbol, number and weight (`elements`);
- a US president asked for a year is the one in office that year (`presidents`);
- a link or file name that spells its object's id spells the drawn id (`id_links`);
- a record drawn as one row of facts (a panel's name and its tests) holds that row's
  facts (`noun_rows`);
- free text drawn from a generic pool says something of its subject (`free_text`: a
  support reply answers the sent message, a fact is about the asked thing);
- a quote's `change` agrees with its `change_percent` and `price`, a conversion's
  `converted_amount` is its `amount` times its `rate`, a `converted_time` is the sent
  time in the target zone (`zone_times`);
- an event lasts what its title says (a night one evening, a festival days), in the
  season its title names, and today's events start today (`event_dates`); events found
  for a genre are of that genre (`event_themes`);
- a phone number's carrier is a mobile network of its country (`phone_carriers`);
- a sentence breaker answers the sent text's sentences and a keyword tool its phrases
  (`text_ops`), a price bar lies within its high and low (`candles`), a browser
  detection reads the sent user agent (`user_agents`).

Deterministic for the call's random stream; never touches the network.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from typing import Any

import orjson

from toolgen.executor.actions import endpoint_info
from toolgen.executor.added_items import ADDING, added_items
from toolgen.executor.air_quality import aqi_category
from toolgen.executor.airline_routes import route_airlines
from toolgen.executor.artist_years import artist_years
from toolgen.executor.asked import asked_finish
from toolgen.executor.asked_airline import route_from_home
from toolgen.executor.asked_count import asked_count_finish
from toolgen.executor.asked_filters import within_filters
from toolgen.executor.asked_units import asked_temperatures
from toolgen.executor.autocompleted import complete_finish
from toolgen.executor.book_blurbs import fit_blurbs
from toolgen.executor.booked_before import booked_before
from toolgen.executor.calc_field import calc_field
from toolgen.executor.calc_match import endpoint_formula, month_terms
from toolgen.executor.candles import candles_finish
from toolgen.executor.category_items import category_finish
from toolgen.executor.cell_facts import cell_finish
from toolgen.executor.constants import constant_quantity, constant_value, unit_symbol
from toolgen.executor.contents import action_status, chosen_action
from toolgen.executor.covid_counts import covid_finish
from toolgen.executor.cuisine_names import fit_cuisine
from toolgen.executor.debit_schemes import scheme_currency
from toolgen.executor.diet_flags import fit_diet
from toolgen.executor.distance import distance_finish
from toolgen.executor.domain_fields import CONTENT_KEYS
from toolgen.executor.elements import real_elements
from toolgen.executor.email_verdict import agree_with_verdict
from toolgen.executor.event_categories import titled_by_category
from toolgen.executor.event_dates import event_finish
from toolgen.executor.event_themes import themed_events
from toolgen.executor.fee_scale import fee_step
from toolgen.executor.feels_like import near_feels_like
from toolgen.executor.file_kinds import typed_by_extension
from toolgen.executor.flight_codes import airline_codes
from toolgen.executor.free_text import text_finish
from toolgen.executor.fuel_prices import fuel_finish
from toolgen.executor.history_facts import history_finish
from toolgen.executor.id_links import linked_ids
from toolgen.executor.known_names import named_currencies
from toolgen.executor.landmarks import real_heights
from toolgen.executor.mass_units import same_mass
from toolgen.executor.mbti import mbti_finish
from toolgen.executor.named_facts import named_finish
from toolgen.executor.noun_rows import rows_finish
from toolgen.executor.objects import objects_in
from toolgen.executor.option_fields import option_finish
from toolgen.executor.past_events import past_events_finish
from toolgen.executor.phone_carriers import carrier_finish
from toolgen.executor.presidents import president_of_year
from toolgen.executor.price_scale import price_finish
from toolgen.executor.product_fit import product_finish
from toolgen.executor.promised import promised_finish
from toolgen.executor.recipe_fit import fit_recipes
from toolgen.executor.result_kinds import (
    ACTION,
    ACTION_STATUS,
    CALCULATION,
    TEXT,
    action_verb,
    own_words,
    result_kind,
)
from toolgen.executor.room_tiers import tiered_rooms
from toolgen.executor.said_shapes import distinct_formats
from toolgen.executor.search_filters import filters_finish
from toolgen.executor.searched import search_finish
from toolgen.executor.searched_users import users_found
from toolgen.executor.seat_sides import seat_sides
from toolgen.executor.sent_inputs import computed, echoed_arguments, unsent_defaults
from toolgen.executor.sent_state import sent_state_finish
from toolgen.executor.set_mode import set_mode_finish
from toolgen.executor.set_to import set_to_finish
from toolgen.executor.stay_price import stay_price_finish
from toolgen.executor.text_ops import text_op_finish
from toolgen.executor.translated import translated
from toolgen.executor.triangle_sides import triangle_finish
from toolgen.executor.uploaded_file import fit_upload
from toolgen.executor.user_agents import agent_finish
from toolgen.executor.validated_address import validated_finish
from toolgen.executor.valued_things import valued_finish
from toolgen.executor.values import id_entity, normalize_key
from toolgen.executor.weather_reading import weather_finish
from toolgen.executor.world_facts import world_finish
from toolgen.executor.zone_times import converted_time
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_SIZES = ((1920, 1080), (1280, 720), (1024, 768), (800, 600), (640, 480), (1080, 1080),
          (1200, 800), (3000, 2000), (400, 300), (1600, 900))
_LINK_WORDS = ("url", "Url", "URL", "link", "Link", "href", "path", "file", "sku", "SKU", "Sku")
_ELEMENT_WORDS = frozenset({"element", "elements", "periodic", "chemical", "atom", "atoms"})
# An endpoint about the United States' presidents (`us_history_get_president`).
_US = re.compile(r"(?:^|_)(?:us|usa|united_states|american)(?:_|$)")
_PRODUCT_FIELDS = re.compile(r'escription"|aterial"|rand"|anufacturer"|ategory"|Generic')
_FUEL_WORDS = ("petrol", "diesel", "gasoline", "lpg", "cng", "kerosene")


def finisher(endpoint: Endpoint, shape: Any) -> Finish | None:
    """What to do to every answer of `endpoint` (whose response schema is `shape`)."""
    steps: list[Finish] = []
    kind = result_kind(endpoint)
    words = own_words(endpoint)
    props = shape.get("properties") if isinstance(shape, dict) else None
    top = props if isinstance(props, dict) else {}
    if kind == CALCULATION:
        formula = endpoint_formula(endpoint, words)
        key = formula.key if formula is not None and formula.key in top else _result_key(top)
        if formula is not None and key is not None:
            steps.append(computed(key, _in_months(formula.compute, month_terms(endpoint)),
                                  unsent_defaults(endpoint)))
        elif (key := calc_field(endpoint)) is not None and key in top:
            # no formula: the drawn figure stays, but an input nobody sent is no input
            steps.append(computed(key, lambda args: None, unsent_defaults(endpoint)))
    elif kind == ACTION:
        status = ACTION_STATUS[action_verb(words)]
        key = _status_field(top)
        sub = top.get(key) if key is not None else None
        enum = sub.get("enum") if isinstance(sub, dict) else None
        if key is not None and (not isinstance(enum, list) or status in enum):
            steps.append(_status(key, status))
    elif kind == TEXT:
        steps.append(translated)
    if "status" in top and shape is not endpoint.response_schema and chosen_action(endpoint):
        steps.append(_chosen_status(endpoint))  # `todo(type="complete")`: completed
    if (flagged := sent_state_finish(endpoint)) is not None:
        steps.append(flagged)  # `markAsPending=true`: pending, not confirmed
    if (aspect := option_finish(endpoint, top)) is not None:
        steps.append(aspect)  # `displayCarStatus(option="fuel")`: the fuel level alone
    if (now := set_to_finish(endpoint, top)) is not None:
        steps.append(now)  # `cd(folder=...)`: the working directory is that folder
    if (mode := set_mode_finish(endpoint, top)) is not None:
        steps.append(mode)  # `setHeadlights(mode="off")`: the headlights are off
    constant = constant_quantity(words, [normalize_key(p.name) for p in endpoint.parameters])
    if constant is not None and constant in top:
        steps.append(_constant(constant))
    asked = asked_finish(endpoint, shape)
    if asked is not None:
        steps.append(asked)
    text = _text(shape)
    if shape is not endpoint.response_schema and (named := named_finish(text)) is not None:
        steps.append(named)  # an expiry after its issue, a statement that adds up
    if (op := text_op_finish(text)) is not None:
        # the sent text's own sentences, its own key phrases, in the corpus's shape too
        # (Webit's answered its own name, "language" and "webit": ToolBench seed 71 #23)
        steps.append(op)
    if (bars := candles_finish(text)) is not None:
        steps.append(bars)  # no price of a day above its high
    if (kept := promised_finish(endpoint, shape)) is not None:
        steps.append(kept)  # after the bars: a price history walks day to day
    if shape is not endpoint.response_schema and (told := history_finish(text)) is not None:
        steps.append(told)  # Buddhism's founder, gravity's discoverer
    if shape is not endpoint.response_schema and (past := past_events_finish(
            text, endpoint.function_name)) is not None:
        steps.append(past)  # the moon landing was on 1969-07-20
    if (sided := triangle_finish(endpoint, text)) is not None:
        steps.append(sided)  # sides of 481, 25 and 486 measure 992 around
    if (cells := cell_finish(endpoint)) is not None:
        steps.append(cells)  # a hepatocyte is in the liver; the nucleus holds histones
    if '"room_type"' in text:
        steps.append(lambda output, args, rng: tiered_rooms(output))  # a suite costs most
    if '"seat' in text and ("window" in text or "aisle" in text):
        steps.append(lambda output, args, rng: seat_sides(output))  # 14A by the window
    if (typed := mbti_finish(words)) is not None:
        steps.append(typed)  # E, S, T and J are ESTJ
    if (valued := valued_finish(words)) is not None:
        steps.append(valued)  # a house's predicted price is no 54.01
    if (checked := validated_finish(endpoint)) is not None:
        steps.append(checked)  # an address check answers the address it was sent
    if (agent := agent_finish(text)) is not None:
        steps.append(agent)  # Chrome 124 on Windows 10 is what the sent string says
    # real facts last among the firsts: a capital is the capital, Madrid-Seoul ~10,000 km
    steps.extend(s for s in (world_finish(endpoint), distance_finish(text, frozenset(words)))
                 if s is not None)
    if '"width"' in text and '"height"' in text:
        steps.append(_picture_sizes)
    if '"email"' in text and '"domain"' in text:
        steps.append(_email_domain)
        steps.append(lambda output, args, rng: agree_with_verdict(output))
    if '"change_percent"' in text and '"change"' in text and '"price"' in text:
        steps.append(_price_change)
    if '"converted_amount"' in text and '"rate"' in text and '"amount"' in text:
        steps.append(_converted)
    if '"converted_time"' in text:
        steps.append(converted_time)
    if 'height' in text:
        steps.append(real_heights)
    if 'temp' in text and (weather := weather_finish(endpoint)) is not None:
        steps.append(weather)  # the asked place's month, in °C before the units
    if 'feels_like' in text or 'feelsLike' in text or 'apparent_temperature' in text:
        steps.append(near_feels_like)  # before the units: both are drawn in °C
    if 'temp' in text or 'feels_like' in text:
        steps.append(asked_temperatures)
    if words and words[0] in ADDING and ('"array"' in text or '[' in text):
        steps.append(added_items)
    if shape is not endpoint.response_schema and '"file_type"' in text and '"name"' in text:
        steps.append(typed_by_extension)  # an inferred file's type is drawn: its name says it
    if any(f'_{u}"' in text for u in ("kg", "g", "gm", "lb", "lbs", "mt", "t", "tonnes")):
        steps.append(same_mass)
    if ('year' in text or '"court"' in text) and endpoint_info(endpoint).action == "list":
        steps.append(within_filters)  # a search's filters; a calculator's year is an input
    if (counted := asked_count_finish(endpoint)) is not None:
        steps.append(counted)  # the top 10 artworks are no "12 matched"
    if (people := users_found(endpoint)) is not None:
        steps.append(people)  # a search for "mkbhd" finds mkbhd first
    searched = search_finish(endpoint)
    if searched is not None:
        steps.append(searched)  # a search's results are what was searched for
    if (filed := category_finish(endpoint)) is not None:
        steps.append(filed)  # a kettle for "home and kitchen", not a tent
    completed = complete_finish(endpoint)
    if completed is not None:
        steps.append(completed)  # "Tesla" typed completes to Tesla, not Apple
    if '"cuisine"' in text and '"name"' in text:
        steps.append(fit_cuisine)  # a Japanese restaurant is no "Trattoria"
    if "recipe" in text.lower() and '"title"' in text:
        steps.append(fit_recipes)  # a dairy-free dessert is no "Smoky Salmon Bowl"
    if any(w in text for w in _FUEL_WORDS):
        steps.append(fuel_finish(endpoint))  # a litre of petrol in Mumbai is ~100 rupees
    if ('"deaths"' in text or '"value"' in text) and (
            counted_cases := covid_finish(endpoint)) is not None:
        steps.append(counted_cases)  # the US's cases on the day asked, ~1 % of them dead
    if '"scheme"' in text and 'currency' in text:
        steps.append(scheme_currency)  # SEPA collects euros, not pounds
    if '"artist"' in text and 'year' in text:
        steps.append(artist_years)  # a Frida Kahlo is no work of 1573
    if '"genre"' in text and '"description"' in text:
        steps.append(fit_blurbs)  # a biography is no guide for managers
    if 'upload' in words and ('name"' in text):
        steps.append(fit_upload)  # the file uploaded is the file sent
    if 'vegetarian"' in text or 'vegan"' in text:
        steps.append(fit_diet)  # a beef stew is not vegetarian
    if '"price' in text or '_price"' in text:
        steps.append(price_finish(endpoint))  # a laptop costs what laptops cost
        if (stayed := stay_price_finish(endpoint)) is not None:
            steps.append(stayed)  # and fourteen nights cost fourteen nights
    if 'fee"' in text or 'fees"' in text or 'charge"' in text:
        steps.append(fee_step)  # a seat's extra fee is tens, not hundreds
    if ('"name"' in text or '"title"' in text or '_name"' in text) and _PRODUCT_FIELDS.search(
            text):
        steps.append(product_finish(endpoint))  # headphones are not made of cotton
    filtered = filters_finish(endpoint)
    if filtered is not None:
        steps.append(filtered)  # and lie within its price, date, stars and party filters
    if '"category"' in text or '"segment"' in text or '"event_type"' in text:
        steps.append(titled_by_category)  # a concert is no "Annual Book Summit"; before its
        # dates are fitted to its title
    started = '"start' in text or '"begin_date"' in text
    if started:
        steps.append(event_finish(frozenset(words)))  # a gala is one evening, in its season
    # an exhibition opens (`openingDate`); events found for jazz are jazz events and a
    # crypto calendar's are crypto events
    if (started or '"opening' in text) and (themed := themed_events(endpoint)) is not None:
        steps.append(themed)
    if shape is not endpoint.response_schema and '"formats"' in text:
        steps.append(distinct_formats)
    if '"carrier"' in text and ('phone' in text or 'mobile' in text or 'number' in text):
        steps.append(carrier_finish)  # a phone's carrier is a network, not Ryanair
    if 'created' in text or 'booked' in text or 'purchase' in text or 'order' in text:
        steps.append(booked_before)  # a flight is booked before it departs
    if 'airline' in text or '"carrier"' in text:
        steps.append(route_airlines)  # no Qantas from Edinburgh to Rome
        steps.append(route_from_home)  # Lufthansa asked for flies from Germany
    if 'flight_n' in text and 'airline' in text:
        steps.append(airline_codes)  # a KLM flight is KL1492, not AA1492
    if 'currenc' in text and ('"code"' in text or 'currency_name' in text):
        steps.append(named_currencies)  # EUR is the Euro, not "Silver Ridge"
    if '"aqi"' in text and '"category"' in text:
        steps.append(aqi_category)  # an AQI of 61 is Moderate, not Unhealthy
    if 'element' in text and _ELEMENT_WORDS & set(words):
        steps.append(real_elements)  # Copper is Cu, number 29, not "CA3801"
    if '"president' in text and ("President of the United States" in text
                                  or _US.search(endpoint.function_name.lower())):
        steps.append(president_of_year)  # Lincoln in the Civil War, not "Nadia Prescott"
    if ('id"' in text or 'Id"' in text) and any(w in text for w in _LINK_WORDS):
        steps.append(linked_ids)
    if shape is not endpoint.response_schema and endpoint.parameters:
        # An inferred answer echoes the arguments: what was sent, as sent (a remembered
        # `format: "json"` never answers a call that asked for fasta), and an unsent one
        # not at all (`competition: "basic"` on goals nobody asked by competition). An id
        # it was not sent is what the answer points at (later calls read it), and a field
        # the record holds of its own (a book's title) is no echo of a filter: both kept.
        unsent = {k for k in unsent_defaults(endpoint)
                  if id_entity(k) is None and k not in CONTENT_KEYS}
        params = {normalize_key(p.name) for p in endpoint.parameters}
        steps.insert(0, echoed_arguments(params, unsent))
    rows = rows_finish(text) if shape is not endpoint.response_schema else None
    if rows is not None:
        steps.append(rows)  # a "Lipid Panel" lists the lipid tests, not platelets
    fitted = text_finish(endpoint, shape, text)
    if fitted is not None:  # last: it reads the object the other steps settled
        steps.append(fitted)
    if not steps:
        return None
    if len(steps) == 1:
        return steps[0]

    def all_steps(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        for step in steps:
            step(output, args, rng)

    return all_steps


def _text(shape: Any) -> str:
    """The schema as JSON text, read only for quoted key names (`"width"`): orjson's
    compact text holds the same quoted names as `json.dumps`'s; anything orjson refuses
    (a non-string key, a huge int) takes json's path as before."""
    try:
        return orjson.dumps(shape, default=str).decode()
    except (TypeError, ValueError):
        pass
    try:
        return json.dumps(shape, default=str)
    except (TypeError, ValueError):
        return ""


def _result_key(top: dict[str, Any]) -> str | None:
    """A declared answer's one figure (`{"result": number}`): where a computed value goes."""
    keys = [k for k in ("result", "value", "answer", "output") if k in top]
    return keys[0] if len(keys) == 1 else None


def _constant(quantity: str) -> Finish:
    """A particle's mass or a named constant, in the unit the call asked for; its key
    names a short unit (`diameter_cm`) so that the answer says it after the figure."""
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        found = constant_value(quantity, args) if isinstance(output, dict) else None
        if found is None:
            return
        value, unit = found
        short = unit_symbol(unit)
        rest = {k: v for k, v in output.items() if k not in (quantity, "unit")}
        output.clear()
        output[f"{quantity}_{short}" if short else quantity] = value
        output["unit"] = unit
        output.update(rest)

    return step


def _chosen_status(endpoint: Endpoint) -> Finish:
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        status = action_status(endpoint, args)
        if status is not None and isinstance(output, dict):
            output["status"] = status

    return step


def _status_field(top: dict[str, Any]) -> str | None:
    """The answer's status: `status`, else its one `<thing>Status` (`brakePedalStatus` of
    `release_brake_pedal`)."""
    if "status" in top:
        return "status"
    keys = [k for k in top if normalize_key(k).endswith("_status")]
    return keys[0] if len(keys) == 1 else None


def _status(key: str, status: str) -> Finish:
    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if isinstance(output, dict) and isinstance(output.get(key), str):
            output[key] = status

    return step


def _price_change(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """A quote's change agrees with its percentage: +2 % of a price of 102 is +2."""
    for node in objects_in(output):
        price, pct = node.get("price"), node.get("change_percent")
        if (isinstance(price, (int, float)) and isinstance(pct, (int, float))
                and type(node.get("change")) in (int, float) and pct > -100
                and not isinstance(price, bool) and not isinstance(pct, bool)):
            node["change"] = round(price * pct / (100 + pct), 2)


def _converted(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """A conversion's converted amount is its amount times its rate, whatever the
    currencies (the exchange rules only settle the ones they know)."""
    for node in objects_in(output):
        amount, rate = node.get("amount"), node.get("rate")
        if (isinstance(amount, (int, float)) and isinstance(rate, (int, float))
                and not isinstance(amount, bool) and not isinstance(rate, bool)
                and type(node.get("converted_amount")) in (int, float)):
            node["converted_amount"] = round(amount * rate, 2)


def _email_domain(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """An object with an email address and a text `domain` names the address's domain;
    a `domain` object (`{"name", "disposable", ...}`) is named so too."""
    for node in objects_in(output):
        email, domain = node.get("email"), node.get("domain")
        if not (isinstance(email, str) and "@" in email):
            continue
        if isinstance(domain, str):
            node["domain"] = email.rsplit("@", 1)[1]
        elif isinstance(domain, dict) and isinstance(domain.get("name"), str):
            domain["name"] = email.rsplit("@", 1)[1]


def _picture_sizes(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Every object with a url and a whole width and height gets a real picture size
    (unless the call asked for a size: then the echo stands)."""
    if "width" in args or "height" in args:
        return
    for node in objects_in(output):
        w, h = node.get("width"), node.get("height")
        if (type(w) is int and type(h) is int and w < 200 and h < 200
                and any("url" in k.lower() for k in node)):
            node["width"], node["height"] = _SIZES[int(rng.random() * len(_SIZES))]


def _in_months(compute: Callable[[dict[str, Any]], Any],
               terms: tuple[str, ...]) -> Callable[[dict[str, Any]], Any]:
    """`compute` reading a term its endpoint counts in months as `months` (a 19-month loan
    was paid off over 19 years: ToolBench seed 13 #5, 31.99 a month on 5,000)."""
    if not terms:
        return compute

    def in_months(args: dict[str, Any]) -> Any:
        given = next((args[t] for t in terms if t in args), None)
        return compute({**args, "months": given} if given is not None else args)

    return in_months
