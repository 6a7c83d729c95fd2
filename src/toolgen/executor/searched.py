"""A search's results are things of what was searched for.

`search_products(query="coffee maker")` came back with "Classic Watch" and "Deluxe
Jacket" in category sports: the items were drawn from the endpoint's pools whatever the
query said. `search_finish(endpoint)` returns, for an endpoint with a query parameter
(`query`, `q`, `keyword`, `search_term`...), a step that names every result item the
query does not already name after the query's noun phrase, in the way its kind of thing
is named: a product "Breville Barista Coffee Maker" (its brand and category those of a
coffee maker), a job "Senior Data Engineer", a recipe "One-Pot Beef Stew", a symptom or
a disease "Chronic Headache" (never a drug's "Vitamin D Deficiency Retard": ToolBench
seed 71 #3), a song "Yellow (Live)", an article "Housing Market: What to Know", a place
"Sushi Corner", an airport search the airports of the city searched
(`searched_airports`).

In place; deterministic for the call's random stream; never touches the network.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from toolgen.executor.searched_airports import airports_of
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

QUERY_KEYS = ("query", "q", "keyword", "keywords", "search", "search_term", "term",
              "search_query", "search_text", "kw", "search_string", "query_string", "searchterm",
              "searchquery", "search_keyword", "query_text")
_WORD = re.compile(r"[a-z0-9]+")
# Words of a query that say how to search, not what for ("best budget laptop 2025").
_FILLER = frozenset({"best", "cheap", "cheapest", "top", "good", "the", "a", "an",
                     "find", "search", "buy", "latest", "some", "any", "popular"})
# Where a query's place part starts ("sushi near Shibuya" searches sushi).
_PLACE_CUT = re.compile(r"\s+(?:near|in|around|at|for|under|below|from)\s+.*$", re.I)
_ID_LIKE = re.compile(r"[a-z]+_[0-9a-f]{3,}|\d{4,}", re.I)

# The item field that names a result, most telling first.
_TITLE_KEYS = ("title", "name", "headline", "product_name", "product_title", "job_title",
               "recipe_name", "recipe_title", "song_name", "track_name", "song_title",
               "track_title", "video_title", "article_title", "place_name", "display_name")

# A kind of result, told by the words of the endpoint's name, tool and description.
_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("airport", frozenset({"airport", "airports"})),
    ("job", frozenset({"job", "jobs", "career", "careers", "vacancy", "vacancies", "hiring",
                       "employment", "linkedin", "indeed", "glassdoor"})),
    ("recipe", frozenset({"recipe", "recipes", "cooking", "meal", "meals", "dish", "dishes",
                          "cuisine"})),
    ("artist", frozenset({"artist", "artists", "band", "bands", "singer"})),
    ("song", frozenset({"song", "songs", "track", "tracks", "music", "lyrics", "spotify",
                        "shazam", "deezer", "album", "albums"})),
    ("video", frozenset({"video", "videos", "youtube", "vimeo", "clip", "clips"})),
    ("article", frozenset({"news", "article", "articles", "web", "blog", "blogs", "headline",
                           "headlines", "google", "bing", "wikipedia", "websearch"})),
    ("condition", frozenset({"symptom", "symptoms", "disease", "diseases", "condition",
                             "conditions", "illness", "illnesses", "diagnosis"})),
    ("medicine", frozenset({"medicine", "medicines", "drug", "drugs", "pharmacy",
                            "pharma", "medication", "medications"})),
    ("product", frozenset({"product", "products", "shop", "store", "catalogue", "catalog",
                           "amazon", "ebay", "shopping", "item", "items", "shein", "walmart"})),
    ("place", frozenset({"restaurant", "restaurants", "place", "places", "venue", "venues",
                         "cafe", "bar", "bars", "food", "eat", "yelp", "foursquare"})),
    ("hotel", frozenset({"hotel", "hotels", "stay", "stays", "lodging", "accommodation"})),
    ("title", frozenset({"movie", "movies", "film", "films", "book", "books", "show", "shows",
                         "game", "games", "anime", "podcast", "podcasts", "series"})),
)

_SHAPES: dict[str, tuple[str, ...]] = {
    "job": ("Senior {P}", "{P}", "Junior {P}", "Lead {P}", "{P} (Remote)", "{P} II",
            "Staff {P}", "{P} - Contract"),
    "recipe": ("Easy {P}", "Classic {P}", "One-Pot {P}", "Homemade {P}", "Quick {P}",
               "Healthy {P}", "Slow Cooker {P}", "Grandma's {P}"),
    "artist": ("{P}", "{P} Tribute Band", "The {P} Project", "{P} Orchestra", "{P} Cover Band"),
    "song": ("{P}", "{P} (Live)", "{P} - Remastered", "{P} (Acoustic)", "{P} (Radio Edit)",
             "{P} (Remix)"),
    "video": ("{P} for Beginners", "{P} | Full Guide", "{P} (Official Video)",
              "Best of {P}", "{P}: Step by Step", "{P} - Live Stream"),
    "article": ("{P}: What You Need to Know", "The Latest on {P}", "{P} Explained",
                "A Beginner's Guide to {P}", "{P}: Why It Matters", "{P}: 5 Things to Know",
                "{P} - Wikipedia"),
    "product": ("{B}{V} {P}", "{B}{P} {S}", "{B}{V} {P} {S}"),
    "place": ("{P} House", "The {P} Spot", "{P} Corner", "{P} Kitchen", "Little {P}",
              "{P} & Co."),
    "condition": ("{P}", "Acute {P}", "Chronic {P}", "{P}, Unspecified", "Severe {P}",
                  "Mild {P}"),
    "medicine": ("{P}", "{P} Forte", "{P} Extra", "Children's {P}", "{P} Retard",
                 "{P} Plus"),
    "hotel": ("{P} Hotel", "{P} Suites", "Hotel {P}", "{P} Inn"),
    "title": ("{P}", "{P}: Part II", "The Making of {P}", "{P} Returns", "Beyond {P}"),
}
_VARIANTS = ("Compact", "Pro", "Classic", "Deluxe", "Essential", "Plus", "Smart", "Premium",
             "Lite", "Max")
_SERIES = ("2-Pack", "Gen 2", "2025 Edition", "XL", "Mini", "V2", "Set")

# A product's category, by the words of what was searched for (first match wins).
_CATEGORY_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("books", frozenset({"book", "books", "novel", "novels", "cookbook", "paperback",
                         "hardcover", "kindle"})),
    ("electronics", frozenset({"laptop", "laptops", "monitor", "monitors", "headphone",
                               "headphones", "earbuds", "phone", "phones", "smartphone",
                               "iphone", "camera", "cameras", "speaker", "speakers", "keyboard",
                               "mouse", "tv", "television", "tablet", "ipad", "charger",
                               "console", "router", "drone", "smartwatch", "gaming", "ssd",
                               "printer", "projector", "microphone"})),
    ("home", frozenset({"coffee", "maker", "chair", "lamp", "fryer", "blender", "kettle",
                        "vacuum", "sofa", "desk", "mattress", "pan", "pot", "toaster",
                        "pillow", "rug", "curtain", "cookware", "knife", "mixer", "purifier",
                        "humidifier", "table", "shelf", "bed"})),
    ("sports", frozenset({"running", "yoga", "tent", "bike", "bicycle", "ball", "dumbbell",
                          "dumbbells", "racket", "hiking", "treadmill", "helmet", "camping",
                          "fitness", "golf", "skis", "surfboard"})),
    ("fashion", frozenset({"jacket", "dress", "shirt", "jeans", "watch", "bag", "shoes",
                           "boots", "sneakers", "sunglasses", "coat", "hoodie", "sweater",
                           "scarf", "handbag", "wallet", "hat"})),
)
_BRANDS = {
    "electronics": ("Sony", "Samsung", "Logitech", "Anker", "Lenovo", "Dell", "ASUS", "JBL"),
    "home": ("Breville", "De'Longhi", "Philips", "KitchenAid", "Ninja", "IKEA", "Cuisinart"),
    "sports": ("Nike", "Adidas", "Asics", "Decathlon", "Salomon", "Under Armour"),
    "fashion": ("Levi's", "Uniqlo", "Zara", "Timex", "Patagonia", "Mango"),
    "books": ("Penguin", "HarperCollins", "Vintage", "Random House", "Bloomsbury"),
}
# Furniture is sold under furniture makers' names: no "Cuisinart Office Chair" (bundled
# seed 71 #1).
_FURNITURE = frozenset({"chair", "sofa", "desk", "mattress", "pillow", "rug", "curtain",
                        "table", "shelf", "bed", "lamp"})
_FURNITURE_BRANDS = ("IKEA", "Herman Miller", "Steelcase", "Secretlab", "West Elm", "HAY")


def search_finish(endpoint: Endpoint) -> Finish | None:
    """The step naming `endpoint`'s results after its query; None without a query."""
    names = {normalize_key(p.name): p.name for p in endpoint.parameters}
    key = next((normalize_key(k) for k in QUERY_KEYS if k in names), None)
    if key is None:
        return None
    kind = _kind(endpoint)
    if not kind:  # a user or a company is not named after a query's words
        return None
    enum = _category_enum(endpoint)

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        phrase = _phrase(args.get(key))
        if phrase:
            name_after_query(output, phrase, kind, rng, sent_category="category" in args,
                             categories=enum)

    return step


def name_after_query(output: Any, phrase: str, kind: str, rng: random.Random,
                     sent_category: bool = False, categories: tuple[str, ...] = ()) -> None:
    """Name each item of `output`'s result list that `phrase`'s words miss after it."""
    items = _result_items(output)
    if not items:
        return
    if kind == "airport":
        airports_of(items, phrase)
        return
    words = _words(phrase)
    category = "" if sent_category or kind != "product" else _category(words, categories)
    shapes = list(_SHAPES[kind])
    rng.shuffle(shapes)
    used: set[str] = set()
    for i, item in enumerate(items):
        key = next((k for k in _TITLE_KEYS if isinstance(item.get(k), str)), None)
        if key is None:
            continue
        if category and isinstance(item.get("category"), str):
            item["category"] = category
        brand = _brand(item, category, rng, words) if kind == "product" else ""
        # "Winter Lights" is no "Blinding Lights"; a product named after the query is
        # retitled with the brand it was given ("Wireless Coffee Maker" by "Stride")
        if words <= _words(_text_of(item)) and brand in ("", *item[key].split()[:1]):
            used.add(item[key])
            continue
        title = _title(shapes[i % len(shapes)], phrase, brand, rng)
        for _ in range(4):  # two results with one title read as a duplicate
            if title not in used:
                break
            title = _title(rng.choice(shapes), phrase, brand, rng)
        used.add(title)
        item[key] = title


def _title(shape: str, phrase: str, brand: str, rng: random.Random) -> str:
    return shape.format(P=phrase, B=f"{brand} " if brand else "",
                        V=rng.choice(_VARIANTS), S=rng.choice(_SERIES))


def _brand(item: dict[str, Any], category: str, rng: random.Random,
           words: set[str]) -> str:
    """The item's brand, made one that sells `category` (furniture, when the searched
    `words` name a piece of it) when it has a brand field."""
    brands = _FURNITURE_BRANDS if category == "home" and words & _FURNITURE else _BRANDS.get(
        category)
    if not isinstance(item.get("brand"), str):
        return ""
    if brands:
        item["brand"] = rng.choice(brands)
    return str(item["brand"])


def _phrase(value: Any) -> str:
    """What a query searches for, title-cased ("best coffee maker near me" -> "Coffee
    Maker"); "" when it is no short noun phrase (an id, a sentence, a number)."""
    if not isinstance(value, str):
        return ""
    text = _PLACE_CUT.sub("", " ".join(value.split()))
    words = [w for w in text.split() if w.strip("\"'")]
    while words and words[0].lower() in _FILLER:
        words = words[1:]
    while words and words[-1].isdigit():
        words = words[:-1]
    if not words or len(words) > 5 or any(_ID_LIKE.fullmatch(w) for w in words):
        return ""
    if not any(c.isalpha() for c in "".join(words)) or any(c in text for c in "{}[]<>=/\\"):
        return ""
    return " ".join(_cased(w) for w in words)


# Names a title writes with their own capitals ("iPhone 15 Review", not "Iphone").
_BRANDED = {"iphone": "iPhone", "ipad": "iPad", "macbook": "MacBook", "airpods": "AirPods",
            "playstation": "PlayStation", "youtube": "YouTube", "tiktok": "TikTok",
            "linkedin": "LinkedIn", "ebay": "eBay", "imac": "iMac"}


def _cased(word: str) -> str:
    """A query word as a title writes it: "maker" -> "Maker", "4k" -> "4K", "iPhone" kept."""
    if any(c.isupper() for c in word):
        return word
    if word in _BRANDED:
        return _BRANDED[word]
    if word[0].isdigit():
        return word.upper()
    return word.capitalize()


def _words(text: str) -> set[str]:
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w
            for w in _WORD.findall(text.lower()) if len(w) >= 3 and w not in _FILLER}


def _text_of(item: dict[str, Any]) -> str:
    """The item's texts, less a field echoing the query (`"search": "electric vehicles"`
    names no result)."""
    return " ".join(v for k, v in item.items()
                    if isinstance(v, str) and normalize_key(k) not in QUERY_KEYS)


def _result_items(output: Any) -> list[dict[str, Any]]:
    """The objects of the answer's result list: the output itself when it is a list, else
    its first list of objects (one level down, or inside a `data` / `results` object),
    else the output when it is one titled record."""
    if isinstance(output, list):
        return [o for o in output if isinstance(o, dict)]
    if not isinstance(output, dict):
        return []
    for value in output.values():
        if isinstance(value, list) and value and all(isinstance(o, dict) for o in value):
            return value
    for value in output.values():
        if isinstance(value, dict):
            found = _result_items(value)
            if found:
                return found
    # A search answered with one record (`{"title": ..., "search": "electric vehicles"}`)
    # is that one result.
    return [output] if any(isinstance(output.get(k), str) for k in _TITLE_KEYS) else []


def _kind(endpoint: Endpoint) -> str:
    """What the endpoint finds, from its own name first, then its tool's, then its text.
    A condition is read off the endpoint's own name only: a disease-prediction service
    also searches blood tests (Medius' InvestigationSearch)."""
    sources = (endpoint.function_name.split("_for_", 1)[0], endpoint.name,
               endpoint.tool_name, endpoint.description)
    for at, text in enumerate(sources):
        have = set(_WORD.findall(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).lower()
                                 .replace("_", " ")))
        for kind, words in _KINDS:
            if have & words and (kind != "condition" or at < 2):
                return kind
    return ""


def _category_enum(endpoint: Endpoint) -> tuple[str, ...]:
    """The categories a `category` parameter allows (its enum), () when it has none."""
    for p in endpoint.parameters:
        if normalize_key(p.name) == "category":
            enum = p.json_schema.get("enum")
            if isinstance(enum, list):
                return tuple(str(e) for e in enum)
    return ()


def _category(words: set[str], allowed: tuple[str, ...]) -> str:
    """The product category the searched words name, when the endpoint allows it."""
    for category, vocab in _CATEGORY_WORDS:
        if words & vocab and (not allowed or category in allowed):
            return category
    return ""
