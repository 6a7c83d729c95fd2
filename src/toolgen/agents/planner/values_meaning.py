"""A parameter's value by what the parameter means: its name, description, type and the
endpoint's domain read together.

The executor's generators fill a string they cannot place with a word of the endpoint's
own vocabulary (`source="cost"` on a ride finder "with an optional cost limit",
`thinking_vs_feeling="indicator"`); a user states what the parameter means instead:

- a route's end points are places (`source`, `from`, `pickup`... on a ride, route,
  flight or distance endpoint);
- a `*_lang` / `language` / `locale` is a language code (upper case where the API writes
  them so), a programming language on a code runner;
- an `a_vs_b` preference is one pole (an MBTI letter on a personality endpoint);
- a musical `note` is a note name, a musical `key` a key;
- a `month` is a month;
- a text, message, note, review, post or resolution is a sentence of its kind that fits
  the endpoint's domain; a search query is a query that domain's users type;
- a category with no listed options is a category of the domain;
- a few things BFCL and ToolBench name often (a database table, a memory key, a court,
  a docket number, a historical event, a restaurant...) come from `values_things`;
- an interest rate is a percentage in 3-8 % (a fraction where the description says so),
  a loan's principal a sum someone borrows;
- a number naming a person's account ("The user to whom...", "ID of the agent") is a
  whole id.

`meant_value(param, endpoint)` returns a draw (a function of the run's random) or None
when no rule knows the parameter; the caller then keeps its other sources.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from toolgen.agents.offline.switches import is_switch
from toolgen.agents.planner.flight_ids import flight_number
from toolgen.agents.planner.language_values import language_value as _language
from toolgen.agents.planner.stock_company import listed_company
from toolgen.agents.planner.storage_paths import stored_path
from toolgen.agents.planner.values_domain import CATEGORIES, QUERIES, domain_of, texts
from toolgen.agents.planner.values_listed import closed_list, listed_options, only_supported
from toolgen.agents.planner.values_things import MEMORY, MEMORY_KEYS, named_thing
from toolgen.executor.asked_count import is_asked_count
from toolgen.executor.pools import PLACES
from toolgen.executor.thesaurus import LOOKED_UP
from toolgen.executor.values import normalize_key, singular, string_kind
from toolgen.records import Endpoint, Parameter
from toolgen.registry.word_lookup import looks_up_words

Draw = Callable[[random.Random], Any]

_CITIES = tuple(p[0] for p in PLACES)
_LOAN = re.compile(r"loan|mortgage|interest|\bapr\b|deposit|saving|borrow|amortiz|compound|"
                   r"lend|credit|emi\b|repay", re.I)
_DECIMAL = re.compile(r"decimal|fraction|\b0\.\d|between 0 and 1|e\.g\.?,? ?0\.", re.I)
_RATES = (3.5, 3.75, 4.25, 4.5, 4.9, 5.25, 5.5, 6.0, 6.75, 7.2)
_NOT_RATE = frozenset({"exchange", "tax", "heart", "bit", "frame", "sample", "conversion",
                       "growth", "inflation", "birth", "death", "error", "refresh", "limit",
                       "baud", "discount", "tip", "commission", "return", "success"})
_RATE_KEYS = frozenset({"rate", "interest_rate", "annual_rate", "annual_interest_rate",
                        "rate_of_interest", "interest", "apr", "annual_percentage_rate",
                        "yearly_rate", "int_rate", "interestrate", "yearly_interest_rate"})
_PRINCIPAL_KEYS = frozenset({"loan", "principal", "loan_amount", "principal_amount",
                             "mortgage_amount", "amount_borrowed", "loan_value", "mortgage",
                             "loanamount", "principle", "initial_amount", "initial_deposit",
                             "deposit", "initial_investment", "investment"})
_BORROWED = (5000, 12000, 15000, 25000, 40000, 150000, 250000, 320000)
_SAVED = (1000, 2500, 5000, 10000, 20000)

_MBTI = {"introverted": "I", "introversion": "I", "introvert": "I", "extroverted": "E",
         "extraverted": "E", "extroversion": "E", "extrovert": "E", "sensing": "S",
         "intuition": "N", "intuitive": "N", "thinking": "T", "feeling": "F", "judging": "J",
         "perceiving": "P"}

_PLACE_KEYS = frozenset({"source", "destination", "origin", "from", "to", "start", "end",
                         "pickup", "dropoff", "departure", "arrival", "dest", "city1", "city2",
                         "src", "waypoint", "via", "starting", "ending", "city"})
_ALWAYS_PLACE = frozenset({"destination", "origin", "pickup", "dropoff", "dest", "city1",
                           "city2", "waypoint", "city"})
_NOT_PLACE = frozenset({"date", "time", "id", "code", "currency", "lang", "language", "email",
                        "phone", "number", "account", "unit", "amount", "index", "page",
                        "year", "row", "column", "line", "version", "format", "type", "value",
                        "iata", "airport", "lat", "lng", "lon", "latitude", "longitude",
                        "coordinates", "zip", "postcode", "hour", "day", "month", "offset",
                        "port", "ip", "file", "path", "url", "range", "timestamp"})
_PLACE_DESC = re.compile(r"\b(?:location|place|city|town|address|journey|trip|route|"
                         r"starting point|end point|destination|origin|departure|arrival)",
                         re.I)
_TRAVEL = re.compile(r"ride|route|direction|distance|travel|trip|flight|journey|drive|"
                     r"transit|train|\bbus\b|taxi|navigat|commute|uber|lyft|cab\b|fare",
                     re.I)

_MUSIC = re.compile(r"music|musical|scale|melody|chord|pitch|\bsong|tune|piano|guitar|harmon",
                    re.I)
_NOTES = ("C", "D", "E", "F#", "G", "A", "Bb")
_KEYS = ("C major", "A minor", "G major", "D minor", "E flat major")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


_QUERY_KEYS = frozenset({"q", "query", "keyword", "keywords", "search", "term", "terms",
                         "search_term", "search_query", "searchquery", "search_text",
                         "query_string", "search_string", "search_keyword", "query_text",
                         "searchterm", "keyword_s"})
_TEXT_KEYS = frozenset({"text", "content", "body", "message", "msg", "sms", "sentence",
                        "input_text", "source_text", "statement", "comment", "comments",
                        "comment_content", "review", "feedback", "reply", "note", "notes",
                        "memo", "resolution", "tweet", "post", "caption", "tweet_content",
                        "post_content", "message_body", "text_content", "paragraph",
                        "reminder", "solution", "instructions", "directions", "answer",
                        "response_text", "llm_output"})
_TEXT_SUFFIX = ("_text", "_content", "_message", "_body", "_comment", "_note", "_review",
                "_resolution", "_sentence")
# An endpoint serving an order, a delivery or a booking (whose instructions are requests).
_SERVED = re.compile(r"order|deliver|cater|booking|reserv|shipping|parcel|courier|restaurant",
                     re.I)
_CATEGORY_KEYS = frozenset({"category", "categories", "genre", "genres", "topic",
                            "subcategory", "section", "art_form"})



def meant_value(param: Parameter, endpoint: Endpoint) -> Draw | None:
    """A draw of what `param` means on `endpoint`, or None when no rule knows it. A list
    of strings (`mentions`, `tags`) gets one item of what its name means."""
    items = param.json_schema.get("items")
    pair = _coordinates(param)
    if pair is not None:
        return pair
    if param.json_schema.get("type") == "array" and isinstance(items, dict) and items.get(
            "type") == "string" and not items.get("enum"):
        # An item is one of what the list names: `ccEmails` holds emails, each read as
        # a `cc_email` (never an option the description quotes, such as its field 'cc').
        name = singular(normalize_key(param.name))
        one = meant_value(param.model_copy(update={"json_schema": items, "name": name}),
                          endpoint)
        if one is None and string_kind(name, items) not in _SPECIFIC:
            # a rule may know only the plural (`instructions`, `directions`)
            one = meant_value(param.model_copy(update={"json_schema": items}), endpoint)
        return None if one is None else (lambda rng: [one(rng)])
    jtype = param.json_schema.get("type")
    about = (f"{endpoint.category} {endpoint.tool_name} {endpoint.function_name} "
             f"{endpoint.description}")
    return _recipe(param.name, param.description or "",
                   jtype if isinstance(jtype, str) else "", about)


_COORDINATES = frozenset({"coordinates", "coords", "coordinate", "latlng", "lat_lng",
                          "latlon", "lat_lon", "location", "position", "point"})


def _coordinates(param: Parameter) -> Draw | None:
    """A list of numbers that is a point: a real city's [latitude, longitude] (in the order
    the description names them), or an [x, y] in pixels; never one number (`[817.09]`)."""
    schema = param.json_schema
    items = schema.get("items")
    if (schema.get("type") != "array" or not isinstance(items, dict)
            or items.get("type") not in ("number", "integer")
            or normalize_key(param.name) not in _COORDINATES):
        return None
    text = (param.description or "").lower()
    # "The geographic coordinates of the location": a place on Earth, not [997.47]
    if re.search(r"latitude|geographic|\bgps\b", text) or "lat" in normalize_key(param.name):
        lon_first = "longitude" in text and text.find("longitude") < text.find("latitude")
        return lambda rng: _point(rng.choice(PLACES), lon_first)
    if re.search(r"\bx\b.*\by\b", text):
        return lambda rng: [rng.randrange(10, 800), rng.randrange(10, 600)]
    return None


def _point(place: tuple[Any, ...], lon_first: bool) -> list[float]:
    lat, lon = place[4], place[5]
    return [lon, lat] if lon_first else [lat, lon]


def place_value(param: Parameter, endpoint: Endpoint) -> bool:
    """Whether `param` is a place the user names (a route's end, a city to compare)."""
    about = f"{endpoint.tool_name} {endpoint.function_name} {endpoint.description}"
    return _place(normalize_key(param.name), param.description or "", about)


_TITLES = ("Weekend plans", "Team offsite", "Quarterly review", "Spring cleaning",
           "Birthday party")


def plain_text(param: Parameter) -> Draw | None:
    """A generic but believable text for a required free-text parameter no rule knows
    (a plain sentence, a plain title); None for other kinds."""
    kind = string_kind(param.name, {"type": "string"})
    if kind in ("text", "description"):
        return _choice(texts("say", None))
    if kind == "title":
        return _choice(_TITLES)
    return None


def _choice(pool: Sequence[Any]) -> Draw:
    return lambda rng: rng.choice(pool)


@lru_cache(maxsize=16384)  # the rule depends only on the parameter's texts: once per run
def _recipe(name: str, description: str, jtype: str, about: str) -> Draw | None:
    key = normalize_key(name)
    if jtype in ("integer", "number"):
        return _number(key, description, jtype, about)
    if jtype not in ("string", ""):
        return None
    tokens = set(key.split("_"))
    for rule in ((_listed,) if only_supported(description) else ()) + (  # all it takes
            flight_number, _preference, _dialled, stored_path, _placed, _language, _music,
            _month, _text, _listed, _query, _category, listed_company, named_thing,
            _identifier):
        draw = rule(key, tokens, description, about)
        if draw is not None:
            return draw
    return None


_JAVA = re.compile(r"_java|javascript|typescript", re.I)
_PREFIXES = ("my", "current", "shared", "default")


def _identifier(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    """On a Java or JavaScript function, an object argument is a variable's name
    (`codec="sharedCodec"`), not a word of the function's description."""
    if not _JAVA.search(about) or string_kind(key, {"type": "string"}) in _SPECIFIC:
        return None
    if re.search(r"\bfile|\burl\b|\bdate\b|\btime\b|\bnumber|\bcount|regex|pattern|boolean|"
                 r"true or false|\bflag\b|whether", description, re.I):
        return None
    camel = "".join(w.title() for w in key.split("_") if w.isalpha())
    if not camel:
        return None
    return _choice(tuple(p + camel for p in _PREFIXES))


_COEFFICIENT = re.compile(r"^(?:the )?(?:coefficient|constant term)\b", re.I)
_EQUATION = re.compile(r"equation|polynomial|quadratic|cubic|roots", re.I)
_SMALL_WHOLE = tuple(n for n in range(-9, 10) if n != 0)


# A number that names a person's account ("The user to whom the escalation email is sent",
# "ID of the agent"): an id, whole, never 408.18.
_PERSON_REF = re.compile(
    r"^(?:the )?(?:id of (?:the |a )?)?(?:user|agent|person|member|customer|owner|"
    r"requester|assignee|responder|employee|contact)\b", re.I)


# How many results to send back: a user asks for a handful, not for 441 (`asked_count`).
_HANDFUL = (3, 5, 5, 10)
# How often interest is added in a period (BFCL seed 83 #16: n=245, said "just the top 245")
COMPOUNDED = re.compile(r"\bnumber of times (?:that |the )?interest (?:is )?(?:applied|compounded)|"
                         r"\bcompounding (?:frequency|periods?)\b|\btimes (?:that )?interest",
                         re.I)
_COMPOUNDINGS = (1, 2, 4, 12, 12, 365)


def _number(key: str, description: str, jtype: str, about: str) -> Draw | None:
    tokens = set(key.split("_"))
    context = f"{about} {description}"
    if is_switch(description):
        return lambda rng: 1  # a user who says it at all turns it on
    if is_asked_count(key, description):
        return _choice(_HANDFUL)
    if COMPOUNDED.search(description):
        return _choice(_COMPOUNDINGS)  # yearly to daily, never 245 times a year
    if _PERSON_REF.search(description.strip()):
        return lambda rng: rng.randrange(10_000, 99_999)
    if "_vs_" in key:
        return lambda rng: rng.randrange(10, 91)
    if _COEFFICIENT.search(description) and _EQUATION.search(about):
        # 3x^2 - 4x + 7 as a person writes one, not 844x^2 + 511x + 477
        return _choice(_SMALL_WHOLE)
    if key in ("duration", "nights", "stay_duration", "length_of_stay", "num_nights",
               "number_of_nights") and re.search(r"hotel|stay|room|lodging", context, re.I):
        return lambda rng: rng.randrange(1, 15)
    if (key in _RATE_KEYS or tokens & {"interest", "apr"}) and not tokens & _NOT_RATE \
            and _LOAN.search(context):
        if jtype == "integer":
            return lambda rng: rng.randrange(3, 9)
        if _DECIMAL.search(description):
            return _choice(tuple(round(r / 100, 4) for r in _RATES))
        return _choice(_RATES)
    if key in _PRINCIPAL_KEYS or (key in ("amount", "loan_sum") and _LOAN.search(context)):
        saved = re.search(r"deposit|saving|invest|account", context, re.I) and not re.search(
            r"loan|mortgage|borrow", context, re.I)
        pool = _SAVED if saved else _BORROWED
        return _choice(tuple(float(v) for v in pool) if jtype == "number" else pool)
    return None


def _preference(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    if "_vs_" not in key:
        return None
    left, _, right = key.partition("_vs_")
    poles = (left.split("_")[-1], right.split("_")[0])
    if re.search(r"mbti|myers|personality", about, re.I) and all(p in _MBTI for p in poles):
        return _choice(tuple(_MBTI[p] for p in poles))
    return _choice(poles)


def _place(key: str, description: str, about: str) -> bool:
    key = re.sub(r"\d+$", "", key)
    if key in ("start_point", "end_point", "starting_point", "place", "loc", "spot_location"):
        return True
    tokens = set(key.split("_"))
    if not tokens & _PLACE_KEYS or tokens & _NOT_PLACE:
        return False
    if tokens & _ALWAYS_PLACE:
        return True
    # "mobile destination number": an SMS's `to` is a phone, not a city
    if re.search(r"airport code|iata|language|currency|email|phone|mobile|number|sms|fax|"
                 r"file|account", description, re.I):
        return False
    return bool(_PLACE_DESC.search(description) or _TRAVEL.search(about))


_ENDS_OF_A_MESSAGE = frozenset({"to", "from", "recipient", "recipients", "destination",
                                "sender", "dest", "target", "receiver"})
_A_NUMBER = re.compile(r"\b(?:mobile|phone|cell|msisdn|sms)\b|\bnumber\b.*\binternational\b",
                       re.I)
# Mobile numbers in international format (prefix, digits after it), from the ranges set
# aside for fiction and tests (US 555-0100 to 0199, UK 07700 900000 to 900999) and others.
_MOBILES = (("+14155550", 3), ("+447700900", 3), ("+49151", 7), ("+27825", 6),
            ("+61412", 6), ("+33612", 6))


def _dialled(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    """An SMS's `to` ("mobile destination number in international format") is a mobile
    number, not a city nor an email."""
    if not tokens & _ENDS_OF_A_MESSAGE or not _A_NUMBER.search(description):
        return None

    def draw(rng: random.Random) -> str:
        prefix, digits = rng.choice(_MOBILES)
        tail = rng.randrange(10 ** digits)
        if prefix == "+14155550":
            tail = 100 + tail % 100  # 555-0100 to 555-0199 only
        return f"{prefix}{tail:0{digits}d}"
    return draw


def _placed(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    return _choice(_CITIES) if _place(key, description, about) else None


# Kinds the generators already fill with a value of their own (a city, a date, an email):
# a description's example there is a format hint, not the only choice.
_SPECIFIC = frozenset({"email", "phone", "city", "country", "country_code", "state", "address",
                       "street", "postcode", "first_name", "last_name", "person", "username",
                       "company", "airline", "date", "datetime", "time", "url", "uuid", "ipv4",
                       "ipv6", "lat", "lon", "timezone", "token", "secret", "hash", "id",
                       "money_str", "rating_str", "page_str", "limit_str", "iso_duration",
                       "hostname", "slug", "symbol", "currency", "icao", "state_code"})


def _listed(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    """One of the options the description lists ("e.g. 'vegan', 'gluten-free'"). Beside a
    kind the generators fill (a country) the options are only a hint when given as
    examples; listed as what the API takes ("“us” analyzes North-American style plates.
    “eu” analyzes European-style plates.") they are the choice: OpenALPR's `country` was
    sent "Singapore" (ToolBench seed 71 #0)."""
    options = listed_options(description)
    if not options or (string_kind(key, {"type": "string"}) in _SPECIFIC
                       and not closed_list(description)):
        return None
    return _choice(options)


def _music(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    note = key in ("note", "notes", "pitch", "root", "tonic") or key.endswith("_note")
    if not (note or key in ("key", "musical_key", "key_signature", "scale_key")):
        return None  # the names first: the texts are read only for a note's or a key's
    if not _MUSIC.search(f"{about} {description}"):
        return None
    return _choice(_NOTES) if note else _choice(_KEYS)


def _month(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    if key != "month" and not key.endswith("_month"):
        return None
    if re.search(r"\bmm\b|number|numeric|1-12|1 to 12|\b0?1\b", description, re.I):
        return _choice(tuple(f"{m:02d}" for m in range(1, 13)))
    return _choice(_MONTHS)


_USERNAMES = ("natgeo", "mkbhd", "nasa", "bbcnews", "gordonramsay", "jamieoliver")
_SEARCHED = re.compile(r"search (?:query|term|text|string)|query text|text to search|"
                       r"keywords? to search|search for|on which to search", re.I)
_PERSON = re.compile(r"requester|customer|person|contact|full name|first and last|employee|"
                     r"passenger|guest|patient|recipient|sender", re.I)
_PEOPLE = ("Maria Lopez", "Tom Becker", "Aisha Khan", "Daniel Kim", "Sofia Rossi",
           "James O'Connor", "Priya Natarajan", "Lucas Martin")


_QUESTIONS = ("What is the capital of Australia?", "How do I make cold brew coffee?",
              "Why is the sky blue?", "What are some good stretches for lower back pain?",
              "How far is the Moon from Earth?")
_POLLS = ("Where should we hold the team lunch?", "Which day works best for the meetup?",
          "What should we read next in book club?", "Pizza or tacos for Friday?")


_ASKED = frozenset({"question", "prompt", "ask", "question_text", "poll_question"})


def _text(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    # The texts are read only once the key is a text's (most parameters are not one).
    if key not in _ASKED and key not in ("name", "description", "data") and (
            key not in _TEXT_KEYS and not key.endswith(_TEXT_SUFFIX)):
        return None
    if _SEARCHED.search(description):
        return None  # a text that is searched for is a query
    if key in _ASKED:
        return _choice(_POLLS if re.search(r"\bpolls?\b|survey|vote", about, re.I)
                       else _QUESTIONS)
    if key == "name" and _PERSON.search(description):
        return _choice(_PEOPLE)
    if key == "description":
        domain = domain_of(about)
        kind = {"support": "issue", "task": "note", "recipe": "about_recipe",
                "shopping": "about_product", "place": "about_place"}.get(domain or "")
        return _choice(texts(kind, domain)) if kind else None
    if key == "data" and re.search(r"review|comment|reply|message|text", description, re.I):
        reply = re.search(r"reply", f"{about} {description}", re.I)
        tokens = tokens | {"reply" if reply else "review" if re.search(
            r"review", description, re.I) else "message"}
    elif key not in _TEXT_KEYS and not key.endswith(_TEXT_SUFFIX):
        return None
    domain = domain_of(about)
    if "instructions" in tokens and _SERVED.search(about):
        # an order's or a booking's instructions: what to mind, not a phrase to translate
        return _choice(texts("requests", domain))
    if tokens & {"instructions", "directions", "steps", "method"} and domain == "recipe":
        return _choice(texts("instructions", domain))
    if tokens & {"resolution", "solution"}:
        return _choice(texts("resolution", domain))
    if domain == "social" or tokens & {"tweet", "post", "caption"}:
        return _choice(texts("post", domain))
    if "reply" in tokens or re.search(r"\breply\b", f"{key} {description}", re.I):
        return _choice(texts("reply", domain))
    if tokens & {"review", "feedback", "comment", "comments"}:
        return _choice(texts("review", domain))
    if tokens & {"note", "notes", "memo", "reminder"}:
        return _choice(texts("note", domain))
    if tokens & {"message", "msg", "sms"}:
        return _choice(texts("message", domain))
    return _choice(texts("text", domain))


def _query(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    searched = key in ("text", "term", "phrase", "input") and _SEARCHED.search(description)
    if key not in _QUERY_KEYS and not searched and not key.startswith(
            ("search_query", "query_", "search_term")):
        return None
    domain = domain_of(about)
    if looks_up_words(about):  # synonyms of one word, not of "Where is the nearest ...?"
        return _choice(LOOKED_UP)
    if domain == "translation":
        return _choice(texts("say", domain))
    if MEMORY.search(about) and re.search(r"\bkey|memory", about, re.I):
        return _choice(tuple(k.replace("_", " ") for k in MEMORY_KEYS))
    if re.search(r"user|profile|account|people|influencer", about, re.I) and domain in (
            "video", "social", None, "web"):
        return _choice(_USERNAMES)
    return _choice(QUERIES.get(domain or "web", QUERIES["web"]))


def _category(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    if key not in _CATEGORY_KEYS and not key.endswith(("_category", "_genre")):
        return None
    if re.search(r"statistic|bureau|census", about, re.I):
        return _choice(("employment", "crime", "health", "education", "housing"))
    pool = CATEGORIES.get(domain_of(about) or "")
    return _choice(pool) if pool else None
