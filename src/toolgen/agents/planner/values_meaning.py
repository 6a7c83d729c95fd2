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
  a docket number, a historical event, a restaurant...) are drawn from plain pools;
- an interest rate is a percentage in 3-8 % (a fraction where the description says so),
  a loan's principal a sum someone borrows.

`meant_value(param, endpoint)` returns a draw (a function of the run's random) or None
when no rule knows the parameter; the caller then keeps its other sources.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from toolgen.agents.planner.values_domain import CATEGORIES, QUERIES, domain_of, texts
from toolgen.agents.planner.values_listed import listed_options
from toolgen.executor.pools import PLACES
from toolgen.executor.values import normalize_key, string_kind
from toolgen.records import Endpoint, Parameter

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

_CODE = re.compile(r"programming|compil|snippet|source code|interpreter|syntax highlight", re.I)
_LANG_SOURCE = ("en", "de", "fr")
_LANG_TARGET = ("es", "it", "ja", "pt", "nl", "fr", "de")
_LANG_ANY = ("en", "es", "fr", "de", "pt", "it", "ja", "nl")
_LOCALES = ("en-US", "fr-FR", "de-DE", "es-ES", "pt-BR", "ja-JP")
_UPPER_CODES = re.compile(r"\b(?:EN|DE|FR|ES|IT|JA|PT|NL)\b|deepl", re.I)
_UPPER_STRICT = re.compile(r"\b(?:EN|DE|FR|ES|IT|JA|PT|NL)\b")

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
_CATEGORY_KEYS = frozenset({"category", "categories", "genre", "genres", "topic",
                            "subcategory", "section", "art_form"})
_MEMORY = re.compile(r"memory|key.value|\bcache\b|redis|\bkv\b|storage|store", re.I)
_MEMORY_KEYS = ("favorite_color", "home_city", "preferred_language", "dog_name",
                "project_deadline", "coffee_order")
MEMORY_VALUES = {"favorite_color": "blue", "home_city": "Lisbon",
                 "preferred_language": "Portuguese", "dog_name": "Biscuit",
                 "project_deadline": "2025-09-30", "coffee_order": "oat milk flat white"}
_USERNAMES = ("natgeo", "mkbhd", "nasa", "bbcnews", "gordonramsay", "jamieoliver")

# (names, words the endpoint or description must show, values): things named often.
_NAMED: tuple[tuple[frozenset[str], re.Pattern[str] | None, tuple[str, ...]], ...] = (
    (frozenset({"table", "table_name", "tablename"}), None,
     ("customers", "orders", "employees", "products", "invoices")),
    (frozenset({"db_name", "database", "db", "database_name", "dbname"}), None,
     ("sales_db", "inventory", "hr_records", "analytics")),
    (frozenset({"event", "event_name", "historical_event"}), re.compile(r"histor", re.I),
     ("the moon landing", "the Civil War", "World War II", "the Great Depression",
      "the Louisiana Purchase")),
    (frozenset({"court", "court_name"}), None,
     ("Supreme Court of California", "U.S. District Court for the Southern District of New York",
      "Ninth Circuit Court of Appeals", "Cook County Circuit Court")),
    (frozenset({"restaurant", "restaurants", "restaurant_name"}), None,
     ("Joe's Pizza", "Sakura Sushi", "Green Garden Bistro", "Taco Loco", "Golden Dragon")),
    (frozenset({"cell_type", "cell"}), re.compile(r"cell|biolog", re.I),
     ("neuron", "red blood cell", "hepatocyte", "muscle cell")),
    (frozenset({"cell_compartment", "compartment", "organelle"}), None,
     ("nucleus", "mitochondria", "plasma membrane", "cytoplasm")),
    (frozenset({"diet", "diet_option", "dietary_restriction", "dietary_restrictions",
                "diet_preference", "dietary_preference", "diet_type"}), None,
     ("vegetarian", "vegan", "gluten-free", "halal", "low-carb")),
    (frozenset({"primary_ingredient", "ingredient", "main_ingredient"}), None,
     ("chicken", "salmon", "chickpeas", "mushrooms", "tofu", "lentils")),
    (frozenset({"alpha2", "alpha_2", "iso2", "iso_alpha2", "country_alpha2"}), None,
     ("US", "DE", "FR", "GB", "JP", "BR", "IN")),
    (frozenset({"scale", "multiplier", "servings_scale"}), re.compile(r"recipe|serving", re.I),
     ("0.5", "1.5", "2.0")),
    (frozenset({"type", "ticket_type"}), re.compile(r"ticket|helpdesk|freshdesk", re.I),
     ("Question", "Incident", "Problem", "Feature Request")),
    (frozenset({"state", "state_name", "us_state"}), re.compile(
        r"\bus_|u\.s\.|united states|\bamerica|\busa\b", re.I),
     ("California", "Texas", "New York", "Florida", "Illinois", "Washington")),
    (frozenset({"scientist", "scientist_name", "inventor"}), None,
     ("Marie Curie", "Isaac Newton", "Albert Einstein", "Charles Darwin", "Rosalind Franklin")),
    (frozenset({"crop", "crop_type", "crop_name"}), None,
     ("wheat", "corn", "rice", "soybeans", "barley")),
    (frozenset({"attribute", "stat"}), re.compile(r"game|player|equipment|character", re.I),
     ("strength", "defense", "agility", "stamina")),
    (frozenset({"finish"}), re.compile(r"instrument|guitar|piano|violin", re.I),
     ("Sunburst", "Natural", "Gloss Black")),
    (frozenset({"model", "model_name"}), re.compile(r"instrument|guitar|piano|violin", re.I),
     ("Fender Stratocaster", "Yamaha C40", "Gibson Les Paul", "Roland FP-30")),
    (frozenset({"bot_version"}), None, ("DRAFT", "1", "2")),
    (frozenset({"function", "func", "expression", "integrand", "equation"}), re.compile(
        r"integra|derivative|calculus|math|equation|polynomial|function", re.I),
     ("x^2 + 3*x - 4", "sin(x) * cos(x)", "2*x + 7", "exp(-x^2)", "(x + 1)^3")),
    (frozenset({"provider", "sms_provider"}), re.compile(r"\bsms\b|text message", re.I),
     ("Twilio", "Vonage", "MessageBird")),
    (frozenset({"mail_server", "smtp_server", "smtp_host", "mail_host"}), None,
     ("smtp.gmail.com", "smtp.office365.com", "smtp.mailgun.org")),
    (frozenset({"tag", "tags"}), re.compile(r"video|vimeo|youtube|photo|image|blog|article",
                                            re.I),
     ("travel", "animation", "music", "nature", "cooking")),
    (frozenset({"substance", "compound", "chemical"}), None,
     ("water", "ethanol", "glucose", "sodium chloride", "carbon dioxide")),
    (frozenset({"molecule", "protein"}), None, ("ATP", "glucose", "hemoglobin", "insulin")),
    (frozenset({"ecosystem", "habitat", "biome"}), None,
     ("coral reef", "tropical rainforest", "wetland", "tundra", "grassland")),
    (frozenset({"player", "player_name", "athlete"}), re.compile(r"chess", re.I),
     ("Magnus Carlsen", "Hikaru Nakamura", "Judit Polgar")),
    (frozenset({"player", "player_name", "athlete"}), re.compile(r"basketball|\bnba\b", re.I),
     ("LeBron James", "Stephen Curry", "Giannis Antetokounmpo", "Nikola Jokic")),
    (frozenset({"player", "player_name", "athlete"}), re.compile(r"tennis", re.I),
     ("Serena Williams", "Roger Federer", "Carlos Alcaraz")),
    (frozenset({"player", "player_name", "athlete"}), re.compile(r"soccer|football|fifa", re.I),
     ("Lionel Messi", "Erling Haaland", "Kylian Mbappe")),
    (frozenset({"building", "building_name"}), None,
     ("Empire State Building", "Burj Khalifa", "The Shard", "Sydney Opera House")),
    (frozenset({"discovery", "invention"}), None,
     ("penicillin", "radioactivity", "the theory of relativity", "the DNA double helix")),
    (frozenset({"copyright_holder", "rights_holder"}), None,
     ("Walt Disney Company", "Universal Music Group", "Penguin Random House")),
    (frozenset({"vulnerability", "cve", "cve_id"}), None,
     ("CVE-2021-44228", "CVE-2023-4863", "CVE-2014-0160")),
    (frozenset({"component", "package", "library_name"}), re.compile(
        r"vulnerab|security|dependenc|package|analysis", re.I),
     ("log4j-core", "openssl", "lodash", "requests")),
    (frozenset({"input", "query_input"}), re.compile(r"wolfram|math|compute|calculat", re.I),
     ("integrate x^2 from 0 to 3", "population of France", "distance from Earth to Mars",
      "solve 2x + 5 = 17")),
    (frozenset({"league", "league_name"}), None,
     ("NBA", "Premier League", "La Liga", "NFL", "Serie A", "MLB")),
    (frozenset({"season"}), re.compile(r"sport|league|team|player|score|rank|game|match", re.I),
     ("2023-24", "2022-23", "2024-25")),
    (frozenset({"season"}), None, ("spring", "summer", "autumn", "winter")),
    (frozenset({"religion"}), None, ("Buddhism", "Christianity", "Islam", "Hinduism",
                                     "Judaism")),
    (frozenset({"county"}), None, ("Cook County", "Los Angeles County", "King County",
                                   "Harris County")),
    (frozenset({"recipe", "dish", "recipe_name", "dish_name", "food"}), None,
     ("lasagna", "chicken curry", "banana bread", "beef stew", "pad thai")),
    (frozenset({"color", "colour", "paint_color"}), None,
     ("red", "blue", "yellow", "white", "green")),
    (frozenset({"team", "team_name"}), None,
     ("Los Angeles Lakers", "Manchester United", "Real Madrid", "Boston Celtics",
      "Chicago Bulls")),
    (frozenset({"sport"}), None, ("basketball", "football", "tennis", "baseball")),
    (frozenset({"item", "ingredient", "original_ingredient", "replacement_ingredient"}),
     re.compile(r"cook|recipe|ingredient|kitchen|bak", re.I),
     ("flour", "sugar", "butter", "milk", "olive oil", "honey")),
    (frozenset({"size"}), re.compile(r"paint|canvas|poster|frame|print", re.I),
     ("24x36 inches", "16x20 inches", "30x40 cm")),
    (frozenset({"target", "dependent_var", "target_variable", "label_column"}),
     re.compile(r"regress|classif|model|predict|train", re.I),
     ("price", "sales", "churn", "house_price")),
    (frozenset({"dataset", "data_source", "data_file"}), re.compile(
        r"regress|classif|model|train|data", re.I),
     ("sales_2024.csv", "customers.csv", "housing_data.csv")),
    (frozenset({"entity", "party", "company", "company_name"}), re.compile(
        r"lawsuit|legal|court|case", re.I),
     ("Google", "Apple Inc.", "Tesla", "Walmart")),
    (frozenset({"product", "product_name"}), None,
     ("wireless earbuds", "running shoes", "coffee maker", "smart watch")),
    (frozenset({"hobby", "hobbies"}), None,
     ("painting", "hiking", "chess", "gardening", "photography")),
    (frozenset({"sculpture", "sculpture_name", "artwork"}), None,
     ("The Thinker", "David", "Venus de Milo", "The Kiss")),
    (frozenset({"command", "cmd"}), None, ("ls -la", "git status", "df -h", "whoami")),
    (frozenset({"gene", "gene_name"}), None, ("BRCA1", "TP53", "EGFR", "APOE")),
    (frozenset({"sign", "zodiac_sign", "zodiac"}), None,
     ("Aries", "Leo", "Scorpio", "Gemini", "Pisces")),
    (frozenset({"planet", "body", "celestial_body"}), None,
     ("Mars", "Jupiter", "Venus", "Saturn", "the Moon")),
    (frozenset({"festival", "festival_name"}), None,
     ("Diwali", "Oktoberfest", "Coachella", "Glastonbury")),
    (frozenset({"spot", "tourist_spot", "landmark", "attraction"}), None,
     ("Eiffel Tower", "Colosseum", "Statue of Liberty", "Sagrada Familia")),
    (frozenset({"brewery"}), None, ("Sierra Nevada", "Guinness", "Brooklyn Brewery")),
    (frozenset({"customer", "customer_name"}), None, ("Maria Lopez", "Tom Becker",
                                                      "Aisha Khan")),
    (frozenset({"war", "battle"}), None, ("World War II", "the Battle of Hastings",
                                          "the American Civil War", "the Battle of Waterloo")),
    (frozenset({"leader"}), None, ("Abraham Lincoln", "Winston Churchill", "Nelson Mandela")),
    (frozenset({"metal"}), None, ("gold", "silver", "copper", "platinum")),
    (frozenset({"jurisdiction"}), None, ("California", "New York", "England and Wales")),
    (frozenset({"instrument"}), None, ("piano", "violin", "acoustic guitar", "cello")),
    (frozenset({"player"}), None, ("LeBron James", "Lionel Messi", "Serena Williams")),
    (frozenset({"species"}), None, ("Homo sapiens", "Canis lupus", "Panthera leo")),
    (frozenset({"store", "store_name"}), None, ("Walmart", "Target", "Whole Foods")),
    (frozenset({"tournament"}), None, ("Wimbledon", "the World Cup", "the US Open")),
    (frozenset({"input_string", "string", "input_text", "sequence_text"}), None,
     ("Hello, world!", "racecar", "The quick brown fox")),
    (frozenset({"e_mail", "email_address", "mail_address"}), None,
     ("maria.lopez@example.com", "tom.becker@example.org", "aisha.khan@example.net")),
    (frozenset({"vehicle_make", "car_make", "make"}), re.compile(r"vehicle|car|auto", re.I),
     ("Toyota", "Honda", "Ford", "Volkswagen", "BMW")),
    (frozenset({"vehicle_model", "car_model"}), None,
     ("Corolla", "Civic", "Model 3", "Golf", "F-150")),
    (frozenset({"iata_airport_from", "iata_airport_to", "airport_from", "airport_to", "iata",
                "iata_code", "airport_code"}), None, ("JFK", "LHR", "CDG", "LIS", "NRT", "SFO")),
    (frozenset({"items", "item", "food_items", "menu_items", "dishes", "food"}), re.compile(
        r"restaurant|uber.?eat|\bmenu\b|takeaway|doordash", re.I),
     ("Margherita pizza", "chicken burrito", "pad thai", "caesar salad", "cheeseburger")),
    (frozenset({"order_type"}), re.compile(r"stock|trad|symbol|share|market", re.I),
     ("market", "limit", "stop")),
    (frozenset({"type", "restaurant_type", "cuisine_type"}), re.compile(r"restaurant", re.I),
     ("Italian", "Thai", "Mexican", "vegan", "seafood")),
    (frozenset({"items", "item", "products", "groceries", "grocery_items", "shopping_list"}),
     re.compile(r"grocer|supermarket|food deliver|whole foods|walmart", re.I),
     ("milk", "eggs", "bread", "bananas", "coffee", "olive oil")),
    (frozenset({"alpha3", "alpha_3", "iso3", "iso_alpha3", "country_alpha3"}), None,
     ("USA", "DEU", "FRA", "GBR", "JPN", "BRA")),
    (frozenset({"property_type", "home_type", "propertytype"}), None,
     ("apartment", "house", "condo", "townhouse")),
    (frozenset({"province"}), re.compile(r"canad", re.I),
     ("Ontario", "Quebec", "British Columbia", "Alberta")),
    (frozenset({"insurance_type"}), None, ("health", "auto", "home", "travel")),
    (frozenset({"energy_type", "energy_source"}), None, ("solar", "wind", "hydroelectric")),
    (frozenset({"subreddit"}), None, ("AskReddit", "worldnews", "programming", "travel",
                                      "cooking")),
    (frozenset({"franchise", "team", "team_name"}), re.compile(r"nba|basketball", re.I),
     ("Boston Celtics", "Los Angeles Lakers", "Chicago Bulls", "Golden State Warriors")),
    (frozenset({"product", "product_name"}), re.compile(r"revenue|sales|sold|forecast|compan",
                                                       re.I),
     ("wireless earbuds", "electric scooter", "smart watch", "running shoes")),
    (frozenset({"mention", "mentions", "users_mentioned"}), None,
     ("@natgeo", "@nasa", "@bbcnews", "@mkbhd")),
    (frozenset({"hashtag", "hashtags"}), None, ("#travel", "#photography", "#foodie")),
    (frozenset({"tag", "tags"}), re.compile(r"#"), ("#travel", "#photography", "#foodie",
                                                   "#fitness")),
    (frozenset({"tag", "tags"}), re.compile(r"tweet|twitter|instagram|social|post", re.I),
     ("travel", "photography", "foodie", "fitness")),
)


def meant_value(param: Parameter, endpoint: Endpoint) -> Draw | None:
    """A draw of what `param` means on `endpoint`, or None when no rule knows it. A list
    of strings (`mentions`, `tags`) gets one item of what its name means."""
    items = param.json_schema.get("items")
    if param.json_schema.get("type") == "array" and isinstance(items, dict) and items.get(
            "type") == "string" and not items.get("enum"):
        one = meant_value(param.model_copy(update={"json_schema": items}), endpoint)
        return None if one is None else (lambda rng: [one(rng)])
    jtype = param.json_schema.get("type")
    about = (f"{endpoint.category} {endpoint.tool_name} {endpoint.function_name} "
             f"{endpoint.description}")
    return _recipe(param.name, param.description or "",
                   jtype if isinstance(jtype, str) else "", about)


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
    for rule in (_preference, _placed, _language, _music, _month, _text, _listed, _query,
                 _category, _named, _identifier):
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


def _number(key: str, description: str, jtype: str, about: str) -> Draw | None:
    tokens = set(key.split("_"))
    context = f"{about} {description}"
    if "_vs_" in key:
        return lambda rng: rng.randrange(10, 91)
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
    if re.search(r"airport code|iata|language|currency|email|phone|file|account", description,
                 re.I):
        return False
    return bool(_PLACE_DESC.search(description) or _TRAVEL.search(about))


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
    """One of the options the description lists ("e.g. 'vegan', 'gluten-free'")."""
    if string_kind(key, {"type": "string"}) in _SPECIFIC:
        return None
    options = listed_options(description)
    return _choice(options) if options else None


def _language(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    langish = key.endswith("lang") or bool(tokens & {"lang", "language", "languages", "locale"})
    translating = bool(re.search(r"translat", about, re.I)) and bool(
        tokens & {"from", "to", "source", "target", "src", "dest", "sl", "tl"})
    if not (langish or translating) or tokens & {"count", "level"}:
        return None
    if "locale" in tokens:
        return _choice(_LOCALES if "id" not in tokens else tuple(
            c.replace("-", "_") for c in _LOCALES))
    if "id" in tokens:
        return None
    if _CODE.search(f"{about} {description}") and not re.search(r"translat|iso|639", about
                                                                 + description, re.I):
        return _choice(("python", "javascript", "java", "go"))
    source = bool(tokens & {"from", "source", "src", "input", "original", "sl"})
    target = bool(tokens & {"to", "target", "dest", "output", "tl"})
    pool: tuple[str, ...] = _LANG_SOURCE if source else _LANG_TARGET if target else _LANG_ANY
    if _UPPER_STRICT.search(description) or re.search(r"deepl", about, re.I):
        pool = tuple(c.upper() for c in pool)
    return _choice(pool)


def _music(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    if not _MUSIC.search(f"{about} {description}"):
        return None
    if key in ("note", "notes", "pitch", "root", "tonic") or key.endswith("_note"):
        return _choice(_NOTES)
    if key in ("key", "musical_key", "key_signature", "scale_key"):
        return _choice(_KEYS)
    return None


def _month(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    if key != "month" and not key.endswith("_month"):
        return None
    if re.search(r"\bmm\b|number|numeric|1-12|1 to 12|\b0?1\b", description, re.I):
        return _choice(tuple(f"{m:02d}" for m in range(1, 13)))
    return _choice(_MONTHS)


_SEARCHED = re.compile(r"search (?:query|term|text|string)|query text|text to search|"
                       r"keywords? to search|search for", re.I)
_PERSON = re.compile(r"requester|customer|person|contact|full name|first and last|employee|"
                     r"passenger|guest|patient|recipient|sender", re.I)
_PEOPLE = ("Maria Lopez", "Tom Becker", "Aisha Khan", "Daniel Kim", "Sofia Rossi",
           "James O'Connor", "Priya Natarajan", "Lucas Martin")


_QUESTIONS = ("What is the capital of Australia?", "How do I make cold brew coffee?",
              "Why is the sky blue?", "What are some good stretches for lower back pain?",
              "How far is the Moon from Earth?")
_POLLS = ("Where should we hold the team lunch?", "Which day works best for the meetup?",
          "What should we read next in book club?", "Pizza or tacos for Friday?")


def _text(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    domain = domain_of(about)
    if _SEARCHED.search(description):
        return None  # a text that is searched for is a query
    if key in ("question", "prompt", "ask", "question_text", "poll_question"):
        return _choice(_POLLS if re.search(r"\bpolls?\b|survey|vote", about, re.I)
                       else _QUESTIONS)
    if key == "name" and _PERSON.search(description):
        return _choice(_PEOPLE)
    if key == "description":
        kind = {"support": "issue", "task": "note", "recipe": "about_recipe",
                "shopping": "about_product", "place": "about_place"}.get(domain or "")
        return _choice(texts(kind, domain)) if kind else None
    if key == "data" and re.search(r"review|comment|reply|message|text", description, re.I):
        reply = re.search(r"reply", f"{about} {description}", re.I)
        tokens = tokens | {"reply" if reply else "review" if re.search(
            r"review", description, re.I) else "message"}
    elif key not in _TEXT_KEYS and not key.endswith(_TEXT_SUFFIX):
        return None
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
    if domain == "translation":
        return _choice(texts("say", domain))
    if _MEMORY.search(about) and re.search(r"\bkey|memory", about, re.I):
        return _choice(tuple(k.replace("_", " ") for k in _MEMORY_KEYS))
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


_BASE64 = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAA"
           "AABJRU5ErkJggg==",
           "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


# A unit a quantity is converted from, and what it is converted to.
UNIT_PAIRS = {"miles": "kilometers", "kilometers": "miles", "pounds": "kilograms",
              "kilograms": "pounds", "celsius": "fahrenheit", "fahrenheit": "celsius",
              "liters": "gallons", "gallons": "liters", "inches": "centimeters",
              "feet": "meters", "meters": "feet", "ounces": "grams", "cups": "milliliters"}


def _named(key: str, tokens: set[str], description: str, about: str) -> Draw | None:
    if tokens & {"timezone", "tz"} or "time_zone" in key:
        return _choice(("America/New_York", "Europe/London", "Asia/Tokyo", "Europe/Berlin",
                        "Australia/Sydney", "America/Los_Angeles"))
    if key in ("from_unit", "to_unit", "unit_from", "unit_to", "source_unit", "target_unit",
               "input_unit", "output_unit") and re.search(r"conver", about, re.I):
        return _choice(tuple(UNIT_PAIRS))
    if "base64" in key or key.endswith("64") or re.search(r"base ?64", description, re.I):
        return _choice(_BASE64)
    if key in ("docket", "docket_number", "docket_id", "case_number"):
        return lambda rng: f"{rng.randrange(1, 4)}:{rng.randrange(18, 25)}-cv-" \
                           f"{rng.randrange(1000, 9999):05d}"
    if key in ("key", "memory_key", "key_name") and _MEMORY.search(about):
        return _choice(_MEMORY_KEYS)
    if key in ("value", "memory_value") and _MEMORY.search(about):
        return _choice(tuple(MEMORY_VALUES.values()))
    base = re.sub(r"\d+$", "", key)  # `color1`, `team2`: the thing the pair compares
    for names, context, values in _NAMED:
        if (key in names or base in names) and (
                context is None or context.search(f"{about} {description}")):
            return _choice(values)
    return None
