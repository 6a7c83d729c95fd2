"""What a field holds when its key names the kind of thing it holds, and what a field of
no known kind holds: never a word of the tool's own name.

A string field of no recognised kind used to take a noun of the endpoint's own name
(`diesel: "fuel"` from `city_wise_data_for_indian_fuel`, `mimetype: "file"` from
`upload_a_new_file`, `product_category: "scriper"`, `mission: "game"`): a reviewer reads
the tool's name echoed where a value belongs. The rule here: a field's value comes from
what its key says it is (an error, a price, a MIME type, a category, a cuisine, a
registrar, a dose, a game mission, a tag...), looked up once per key spelling; a field
whose key says nothing gets a bland setting word ("standard"), and only a search term
(`q`, `keyword`, `topic`) takes the endpoint's domain words, since searching an API's
own topic is what people do. `field_kind(key)` names the kind (or None), `field_gen`
builds its generator, `category_values(key, entity)` the categories a record of
`entity` falls under. Pure, never touches the network.
"""

from __future__ import annotations

from functools import lru_cache

from toolgen.executor.descriptions import text_gen
from toolgen.executor.gen_context import Ctx, Gen, pick
from toolgen.executor.locales import local_street
from toolgen.executor.names import record_name_gen
from toolgen.executor.pools import CATEGORIES, PLACES
from toolgen.executor.values import normalize_key, singular

# The last word(s) of a key (snake-normalised) -> the kind of value it holds.
_BY_KEY: dict[str, str] = {
    # an error or a failure cause of a successful result is empty, not a word
    "error": "absent", "errors": "absent", "error_message": "absent", "error_msg": "absent",
    "failed_reason": "absent", "failure_reason": "absent", "reject_cause": "absent",
    "reject_causes": "absent", "error_description": "absent",
    "reason": "reason",
    "mime": "mime", "mimetype": "mime", "mime_type": "mime", "content_type": "mime",
    "media_type": "mime", "filetype": "mime",
    # fuel and list prices are figures, written as strings by some APIs
    "diesel": "price", "petrol": "price", "gasoline": "price", "lpg": "price", "cng": "price",
    "kerosene": "price", "pricing": "price", "fare": "price", "list_price": "price",
    "category": "category", "categories": "category", "genre": "category",
    "genres": "category", "subcategory": "category", "microcategory": "category",
    "section": "category",
    "cuisine": "cuisine", "cuisines": "cuisine",
    "ingredient": "ingredient", "ingredients": "ingredient", "allergy": "ingredient",
    "allergies": "ingredient", "foods": "ingredient", "food": "ingredient",
    "registrar": "registrar", "isp": "isp", "carrier": "isp",
    "domain": "domain", "host": "domain", "hostname": "domain", "mail_server": "mail_server",
    "mx_record": "mail_server", "mx_records": "mail_server",
    "dose": "dose", "dosage": "dose",
    "mission": "mission", "quest": "mission", "trophy": "mission", "achievement": "mission",
    "tag": "tag", "tags": "tag", "label": "tag", "labels": "tag",
    "format": "format", "inputformat": "format", "outputformat": "format",
    "text_format": "format", "file_format": "format",
    "sort": "sort", "sort_by": "sort", "order_by": "sort", "sortby": "sort",
    "folder": "folder", "directory": "folder",
    "file": "file", "filename": "file", "file_name": "file", "attachment": "file",
    "attachments": "file", "imagefile": "file", "pdf": "file",
    # a spreadsheet is a sheet of figures, never "interview.mp4"
    "spreadsheet": "spreadsheet", "spreadsheet_name": "spreadsheet", "workbook": "spreadsheet",
    "hours": "hours", "opening_hours": "hours",
    "street": "street", "cross_street": "street", "secondary_street": "street",
    "dimensions": "dimensions", "size_dimensions": "dimensions", "rank": "rank",
    "suit": "suit", "stars": "stars", "model": "model", "asin": "asin",
    # a message, reply or remark is a sentence (`descriptions.text_gen`)
    "message": "text", "reply": "text", "response": "text", "remark": "text",
    "remarks": "text", "comment": "text", "note": "text", "notes": "text",
    "feedback": "text", "answer": "text",
    # a unit is the unit of what it measures, a competition a real one (never "basic")
    "unit": "unit", "units": "unit", "measurement_unit": "unit", "uom": "unit",
    "competition": "competition", "league": "competition", "tournament": "competition",
    "league_name": "competition", "competition_name": "competition",
    # where a trip goes from and to, and the class it is in
    "travel_from": "city", "travel_to": "city", "hometown": "city",
    "travel_class": "travel_class", "cabin_class": "travel_class", "seat_class": "travel_class",
    "fare_class": "travel_class",
    "address2": "address2", "address_2": "address2", "address_line2": "address2",
    "address_line_2": "address2", "line2": "address2",
    "county": "county",
    "utc_offset": "utc_offset", "gmt_offset": "utc_offset", "timezone_offset": "utc_offset",
    "checksum": "hash", "md5": "hash", "sha1": "hash", "sha256": "hash",
    "path": "path", "file_path": "path", "filepath": "path",
}
# Keys whose value is what the user searches for: the endpoint's topic words fit there.
_SEARCH = frozenset({"q", "query", "keyword", "keywords", "search", "term", "terms", "topic",
                     "topics", "subject", "phrase", "search_term", "search_query", "prompt",
                     "question", "text", "word", "words", "search_tag", "meta_keyword",
                     "meta_keywords", "related_search", "related_searches", "hashtag"})
_BLAND = ("standard", "default", "basic", "general", "custom")
# The filler of a field of no known kind: a reply may hold it, a user never states it.
BLAND = frozenset(_BLAND)

_CATEGORIES: dict[str, tuple[str, ...]] = {
    "product": ("Electronics", "Home & Kitchen", "Sports & Outdoors", "Toys & Games",
                "Beauty & Personal Care", "Books", "Office Products"),
    "news": ("business", "technology", "sports", "politics", "health", "science",
             "entertainment"),
    "video": ("music", "gaming", "education", "comedy", "travel", "sports"),
    "event": ("music", "theatre", "art", "sports", "food & drink", "film"),
    "place": ("restaurant", "museum", "park", "cafe", "shopping"),
    "recipe": ("main course", "dessert", "breakfast", "salad", "soup", "side dish"),
    "fact": ("physics", "chemistry", "biology", "astronomy", "history"),
    "book": ("fiction", "biography", "history", "science", "children's"),
    "movie": ("drama", "comedy", "thriller", "documentary", "animation"),
    "music": ("pop", "rock", "jazz", "classical", "hip hop", "electronic"),
    "game": ("action", "puzzle", "strategy", "sports", "role-playing"),
    "job": ("engineering", "sales", "marketing", "finance", "design"),
    "company": ("technology", "retail", "healthcare", "finance", "manufacturing"),
    "ticket": ("billing", "technical", "account", "general"),
    "solution": ("billing", "getting started", "troubleshooting", "account"),
    "app": ("productivity", "games", "education", "health & fitness", "finance"),
}
_CATEGORY_NOUNS: dict[str, str] = {
    "item": "product", "listing": "product", "offer": "product", "deal": "product",
    "article": "news", "headline": "news", "story": "news", "post": "news", "feed": "news",
    "channel": "video", "clip": "video", "concert": "event", "festival": "event",
    "venue": "place", "restaurant": "place", "poi": "place", "attraction": "place",
    "meal": "recipe", "dish": "recipe", "particle": "fact", "element": "fact",
    "novel": "book", "film": "movie", "show": "movie", "song": "music", "track": "music",
    "album": "music", "artist": "music", "vacancy": "job", "business": "company",
    "issue": "ticket", "request": "ticket", "amazon": "product", "shop": "product",
    "store": "product",
}
_MIMES = ("application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv",
          "video/mp4", "application/zip")
_REASONS = ("accepted", "no issues found", "confirmed by the provider", "passed all checks")
_CUISINES = ("italian", "japanese", "mexican", "indian", "french", "thai", "greek")
_INGREDIENTS = ("tomatoes", "garlic", "chicken", "spinach", "rice", "mushrooms", "chickpeas",
                "salmon", "basil", "eggs", "peanuts", "shellfish")
_REGISTRARS = ("GoDaddy", "Namecheap", "Cloudflare Registrar", "Gandi", "Tucows", "IONOS")
_ISPS = ("Comcast", "Vodafone", "Deutsche Telekom", "Orange", "BT", "Verizon", "Telstra")
_DOSES = ("5 mg", "10 mg", "20 mg", "250 mg", "500 mg", "1 g")
_MISSIONS = ("Into the Deep", "The Long Night", "Breaking the Siege", "Silent Harbor",
             "First Light", "The Last Stand", "Cold Trail", "High Ground")
_TAGS = ("travel", "foodie", "fitness", "photography", "music", "tech", "books", "weekend",
         "coffee", "running", "art", "gardening")
_FORMATS = ("json", "csv", "pdf", "html", "xml")
_SORTS = ("newest", "relevance", "price", "rating", "popularity")
_HOURS = ("09:00-17:00", "08:00-20:00", "10:00-22:00", "07:30-19:00", "11:00-23:00")


@lru_cache(maxsize=65536)
def field_kind(key: str) -> str | None:
    """The kind of value `key` names (`mimetype` -> mime, `product_category` -> category),
    or None when it names none. Read once per key spelling."""
    nk = normalize_key(key)
    if not nk:
        return None
    if nk in _BY_KEY:
        return _BY_KEY[nk]
    if nk in _SEARCH:
        return "search"
    parts = nk.split("_")
    if len(parts) > 1 and parts[-1] in ("1", "2"):  # `street_1`: the first line's street
        kind = _BY_KEY.get("_".join(parts[:-1]))
        if kind == "street":
            return kind if parts[-1] == "1" else "address2"
    for n in (2, 1):  # `product_category` -> category, `fuel_diesel` -> price
        tail = "_".join(parts[-n:])
        if len(parts) > n and tail in _BY_KEY:
            return _BY_KEY[tail]
    return None


def category_values(key: str, entity: str) -> tuple[str, ...]:
    """The categories a record of `entity` (or the thing `key` qualifies:
    `product_category`) falls under; a shop's generic ones for anything else."""
    nk = normalize_key(key)
    genre = singular(nk.split("_")[-1]) == "genre"
    # a genre is the genre of the record's kind (a song's is pop), else a film's: never a
    # shop's generic category ("standard")
    nouns = (*(entity or "").split("_"),) if genre else (*reversed(nk.split("_")),
                                                          *(entity or "").split("_"))
    for noun in nouns:
        one = singular(noun) if noun else ""
        found = _CATEGORIES.get(_CATEGORY_NOUNS.get(one, one))
        if found:
            return found
    return _CATEGORIES["movie"] if genre else CATEGORIES


def _city(ctx: Ctx) -> str:
    return PLACES[ctx.place_index()][0]


def _price(ctx: Ctx) -> str:
    return f"{10 ** (1 + ctx.rand() * 2):.2f}"


def _domain(ctx: Ctx) -> str:
    return ctx.pools.domains[int(ctx.rand() * len(ctx.pools.domains))]


def _mail_server(ctx: Ctx) -> str:
    return f"mx{1 + ctx.bits(1)}.{_domain(ctx)}"


def _model(ctx: Ctx) -> str:
    return f"{chr(65 + ctx.bits(4))}{chr(65 + ctx.bits(4))}-{100 + ctx.bits(10) % 900}"


def _asin(ctx: Ctx) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "B0" + "".join(alphabet[int(ctx.rand() * len(alphabet))] for _ in range(8))


def _dimensions(ctx: Ctx) -> str:
    a, b, c = (round(2 + ctx.rand() * 40, 1) for _ in range(3))
    return f"{a} x {b} x {c} cm"


def _rank(ctx: Ctx) -> str:
    shop = _CATEGORIES["product"]
    return f"#{1 + ctx.bits(16) % 50000:,} in {shop[int(ctx.rand() * len(shop))]}"


def _absent(ctx: Ctx) -> str:
    return ""  # a string field keeps its type (outputs validate against their schema)


def _stars(ctx: Ctx) -> str:
    return f"{3 + ctx.rand() * 2:.1f} out of 5 stars"


_CLASSES = ("economy", "premium economy", "business", "first")
_SPREADSHEETS = ("Q3 Budget", "Team Roster", "Expenses 2025", "Inventory Tracker",
                 "Sales Pipeline", "budget-2025.xlsx", "customers.csv")
_ADDRESS2 = ("Apt 4B", "Suite 210", "Floor 3", "Unit 12", "Apt 17", "Suite 5")
_COUNTIES = ("Kings County", "Cook County", "Orange County", "Travis County", "King County",
             "Greater London", "County Cork")
_OFFSETS = ("+00:00", "+01:00", "+02:00", "-05:00", "-08:00", "+05:30", "+09:00")
_PATHS = ("reports/2025/q3-report.pdf", "photos/2024/beach.jpg", "docs/contract-draft.docx",
          "exports/customers.csv", "backups/site-backup.zip")


def _hash(ctx: Ctx) -> str:
    return f"{ctx.bits(64):016x}{ctx.bits(64):016x}"


_FIXED: dict[str, Gen] = {
    "absent": _absent, "price": _price, "mime": pick(_MIMES), "reason": pick(_REASONS),
    "cuisine": pick(_CUISINES), "ingredient": pick(_INGREDIENTS), "domain": _domain,
    "registrar": pick(_REGISTRARS), "isp": pick(_ISPS), "mail_server": _mail_server,
    "dose": pick(_DOSES), "mission": pick(_MISSIONS), "tag": pick(_TAGS),
    "format": pick(_FORMATS), "sort": pick(_SORTS), "hours": pick(_HOURS),
    "stars": _stars, "model": _model, "asin": _asin, "dimensions": _dimensions,
    "rank": _rank, "city": _city, "travel_class": pick(_CLASSES),
    "address2": pick(_ADDRESS2), "county": pick(_COUNTIES), "utc_offset": pick(_OFFSETS),
    "hash": _hash, "path": pick(_PATHS), "spreadsheet": pick(_SPREADSHEETS),
}


# What a `<quantity>_unit` is written in; a unit of no known quantity is a unit system.
_UNITS: dict[str, tuple[str, ...]] = {
    "fuel": ("litre", "kg", "kWh"), "weight": ("kg", "lb"), "mass": ("kg", "lb"),
    "distance": ("km", "mi"), "length": ("m", "ft"), "height": ("cm", "in"),
    "temperature": ("celsius", "fahrenheit"), "temp": ("celsius", "fahrenheit"),
    "energy": ("kWh", "MJ"), "volume": ("litre", "gallon"), "speed": ("km/h", "mph"),
    "time": ("seconds", "minutes"), "duration": ("seconds", "minutes"),
    "area": ("m2", "sq ft"), "price": ("USD", "EUR"), "currency": ("USD", "EUR"),
}
_UNIT_SYSTEMS = ("metric", "imperial")
_COMPETITIONS = ("Premier League", "La Liga", "UEFA Champions League", "Serie A",
                 "Bundesliga", "Ligue 1", "FA Cup")


def unit_values(key: str) -> tuple[str, ...]:
    """The units a `key` like `fuel_unit` or `weight_units` is written in."""
    for part in reversed(normalize_key(key).split("_")):
        if part in _UNITS:
            return _UNITS[part]
    return _UNIT_SYSTEMS


# A playing card's rank and suit: a card in a deck is no "#1,883 in Books" of "general"
# (BFCL seed 7 000103).
_CARD_THINGS = frozenset({"card", "cards", "deck", "hand", "poker", "blackjack"})
_CARD_RANKS = ("Ace", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Jack", "Queen", "King")
_SUITS = ("Hearts", "Diamonds", "Clubs", "Spades")


def field_gen(kind: str, key: str, entity: str) -> Gen | None:
    """The generator of a value of `kind` (from `field_kind`) for `key` of a record of
    `entity`; None for a search term, whose value is the endpoint's topic words."""
    if kind in ("rank", "suit") and entity.lower() in _CARD_THINGS:
        return pick(_CARD_RANKS if kind == "rank" else _SUITS)
    if kind == "category":
        return pick(category_values(key, entity))
    if kind == "folder":
        return record_name_gen("folder", "folder", _city)
    if kind == "file":
        return record_name_gen("file", "file", _city)
    if kind == "text":
        return text_gen(normalize_key(key))
    if kind == "street":
        return local_street
    if kind == "unit":
        return pick(unit_values(key))
    if kind == "competition":
        return pick(_COMPETITIONS)
    return _FIXED.get(kind)


def bland_gen() -> Gen:
    """A field whose key names no kind: a setting word, never the tool's own name. One
    generator for all such fields, so a list can tell its members would be such words
    (`BLAND_GEN`)."""
    return BLAND_GEN


BLAND_GEN: Gen = pick(_BLAND)
