"""Names to value kinds: what a property called `hotel_id`, `checkIn` or `price` should hold.

Owns key normalisation (camelCase / kebab -> snake), singular and plural nouns, id-key detection and
the mapping (property name, JSON Schema) -> value kind used by the compiled generators,
plus the id prefix of an entity (`hotel` -> `htl`). Pure functions, no randomness and
never touches the network.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_SHORT_ID = re.compile(r"^[a-z]id$")  # xid, rid, qid, uid: ids by their shape
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Container keys that say nothing about what their items are; an array under one of
# these takes its entity from the endpoint instead of from its key.
GENERIC_KEYS = frozenset(
    {
        "result", "results", "data", "item", "items", "list", "record", "records", "response",
        "value", "values", "payload", "content", "contents", "hit", "hits", "entry", "entries",
        "object", "objects", "body", "output", "rows", "row", "node", "nodes", "edges",
        "element", "elements", "collection", "docs", "documents", "info", "details", "detail",
        "meta", "metadata", "root", "",
    }
)

# Words that are never an entity noun when reading an endpoint name.
STOP_WORDS = frozenset(
    {
        "get", "list", "search", "find", "create", "add", "update", "delete", "cancel", "fetch",
        "retrieve", "details", "detail", "info", "information", "by", "all", "for", "of",
        "the", "new", "remove", "check", "view", "show", "query", "lookup", "look", "up",
        "api", "v1", "v2", "v3", "my", "a", "an", "and", "or", "to", "from", "in", "on",
        "with", "id", "ids", "set", "edit", "modify", "patch", "put", "post", "make", "place",
        "submit", "register", "read", "load", "browse", "filter", "single", "one", "data",
        "endpoint", "request", "call", "available", "current", "latest", "top", "random",
        "book", "reserve", "order", "is", "has", "do", "json", "name", "names", "status",
        "change", "save", "send", "upload", "download", "me", "user's",
    }
)

_IRREGULAR = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "data": "data",
    "news": "news", "series": "series", "status": "status", "address": "address",
    "addresses": "address", "analysis": "analysis", "business": "business",
    "businesses": "business", "class": "class", "classes": "class", "movies": "movie",
    "cookies": "cookie", "species": "species", "physics": "physics", "mathematics": "mathematics",
    "statistics": "statistics", "kinematics": "kinematics", "economics": "economics",
}


@lru_cache(maxsize=65536)
def normalize_key(key: str) -> str:
    """`checkInDate` / `check-in date` -> `check_in_date` (lowercase snake)."""
    snake = _CAMEL.sub("_", key).lower()
    return _NON_ALNUM.sub("_", snake).strip("_")


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A cheap English singular: enough for `hotels`, `categories`, `addresses`."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _UNCOUNTED:  # "diabetes", "news": no "diabete ID" (BFCL seed 71 #24)
        return w
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_UNCOUNTED = frozenset({"news", "series", "data", "species", "information", "status",
                        "physics", "mathematics", "statistics", "economics", "kinematics",
                        "music", "weather", "chess", "math", "poker", "health", "anime",
                        "sms", "odds", "lyrics", "analytics", "calculus", "diabetes"})


_ACRONYMS = re.compile(r"(?:^|\s)[A-Z]{2,}s$")


def plural(noun: str) -> str:
    """`category` -> categories, `index` -> indexes, `match` -> matches, `news` -> news,
    `booking ID` -> booking IDs."""
    # `singular` answers in lower case: "booking ID" is singular ("the booking IDs are")
    if (singular(noun) != noun.lower() or noun.lower() in _UNCOUNTED
            or _ACRONYMS.search(noun)):  # "IDs", "order URLs"
        return noun  # already plural or uncountable (`news`, `series`)
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


# The names of a point's coordinates, as keys and as words of a parameter's name: one set
# for the planner, the executor and the user's words.
LATITUDE_WORDS = frozenset({"lat", "latitude"})
LONGITUDE_WORDS = frozenset({"lon", "lng", "long", "longitude"})


@lru_cache(maxsize=65536)
def id_entity(key: str) -> str | None:
    """For an id-like key, the entity it names ('' for a bare `id`); None when not an id.

    `hotel_id`, `hotelId`, `hotel_ids`, `id`, `uuid`, `hotel_uuid` are ids; `idle`,
    `video` and `paid` are not.
    """
    nk = normalize_key(key)
    if nk in ("id", "uuid", "guid", "ids", "_id") or _SHORT_ID.match(nk):
        return ""
    for suffix in ("_id", "_ids", "_uuid", "_guid"):
        if nk.endswith(suffix) and len(nk) > len(suffix):
            named = nk[: -len(suffix)].split("_")[-1]
            # `nextMaxId`, `since_id`: where a page of a feed starts, not a record of a
            # "max" (Instagram followers were read as "max" records)
            return None if named in _CURSORS else singular(named)
    return None


_CURSORS = frozenset({"max", "min", "since", "until", "next", "prev", "previous", "cursor",
                      "continuation", "offset"})


def _cursor_id(nk: str) -> bool:
    head, _, tail = nk.rpartition("_")
    return tail in ("id", "ids") and head.rpartition("_")[2] in _CURSORS


def names_many(key: str) -> bool:
    """An id key naming several things (`ids`, `image_ids`): the things a call adds or
    lists, never the record it acts on or creates."""
    nk = normalize_key(key)
    return nk == "ids" or nk.endswith("_ids")


def entity_of_container(key: str | None) -> str | None:
    """The entity an array or object under `key` holds, or None for generic keys."""
    if not key:
        return None
    nk = normalize_key(key)
    if nk in GENERIC_KEYS:
        return None
    last = nk.split("_")[-1]
    if last in GENERIC_KEYS or last in STOP_WORDS or last.isdigit():
        return None
    return singular(last)


@lru_cache(maxsize=4096)
def id_prefix(entity: str) -> str:
    """Three letters for an id prefix: `hotel` -> `htl`, `booking` -> `bkn`, `user` -> `usr`."""
    letters = [c for c in entity.lower() if c.isalpha()]
    if not letters:
        return "obj"
    out = [letters[0]]
    out += [c for c in letters[1:] if c not in "aeiou"][:2]
    for c in letters[1:]:
        if len(out) >= 3:
            break
        if c in "aeiou":
            out.append(c)
    while len(out) < 3:
        out.append("x")
    return "".join(out[:3])


# --- kinds -----------------------------------------------------------------------------

_FORMAT_KINDS = {
    "email": "email", "idn-email": "email", "uri": "url", "url": "url", "iri": "url",
    "uri-reference": "url", "date": "date", "date-time": "datetime", "datetime": "datetime",
    "time": "time", "uuid": "uuid", "ipv4": "ipv4", "ipv6": "ipv6", "hostname": "hostname",
    "phone": "phone", "duration": "iso_duration", "int32": "", "int64": "", "float": "",
    "double": "",
}

# (token test, kind) for strings, first match wins; tokens are the snake parts of the key.
_STRING_EXACT: dict[str, str] = {
    "mentions": "mention", "mention": "mention", "mentioned_users": "mention",
    "hashtags": "hashtag", "hashtag": "hashtag",
    "channel": "channel", "channel_name": "channel", "channel_title": "channel",
    "author_channel": "channel", "uploader": "channel",
    "source": "source", "source_name": "source", "news_source": "source",
    "email": "email", "email_address": "email", "mail": "email",
    "phone": "phone", "phone_number": "phone", "telephone": "phone", "mobile": "phone",
    "tel": "phone",
    "city": "city", "city_name": "city", "town": "city", "location": "city",
    "destination": "city", "origin": "city", "country": "country", "country_name": "country",
    "nationality": "country", "country_code": "country_code", "countrycode": "country_code",
    "state": "state", "region": "state", "province": "state", "address": "address",
    "street": "street", "street_address": "street", "zip": "postcode", "zipcode": "postcode",
    "zip_code": "postcode", "postcode": "postcode", "postal_code": "postcode",
    "first_name": "first_name", "firstname": "first_name", "given_name": "first_name",
    "last_name": "last_name", "lastname": "last_name", "surname": "last_name",
    "family_name": "last_name", "full_name": "person", "fullname": "person",
    # a film's director and leading actor are people (BFCL `Movies_3_FindMovies`)
    "director": "person", "directed_by": "person", "cast": "person", "starring": "person",
    "author": "person", "owner": "person", "guest_name": "person", "customer_name": "person",
    "username": "username", "user_name": "username", "login": "username", "handle": "username",
    "screen_name": "username", "company": "company", "company_name": "company",
    "brand": "company", "manufacturer": "company", "publisher": "company", "airline": "airline",
    "carrier": "airline", "airline_name": "airline",
    "currency": "currency", "currency_code": "currency", "language": "language", "lang": "language",
    "locale": "locale", "status": "status", "state_code": "state_code", "color": "color",
    "icao": "icao", "icao_code": "icao", "hash": "hash", "md5": "hash", "sha1": "hash",
    "sha256": "hash", "checksum": "hash", "number": "code", "seat": "seat",
    "seat_number": "seat", "section": "section", "seat_section": "section", "gate": "gate",
    "page": "page_str", "page_number": "page_str", "page_size": "limit_str",
    "pagesize": "limit_str", "per_page": "limit_str", "limit": "limit_str",
    "venue": "venue", "venue_name": "venue", "cinema": "cinema", "cinema_name": "cinema",
    "movie_theater": "cinema", "movie_theatre": "cinema", "iso": "country_code",
    "iso2": "country_code", "iso_code": "country_code",
    "country_iso": "country_code", "iso_country": "country_code",
    "platform": "platform", "amenity": "amenity", "amenities": "amenity",
    "facility": "facility", "facilities": "amenity",
    "colour": "color",
    "category": "category", "genre": "category", "type": "category", "kind": "category",
    "title": "title", "headline": "title", "subject": "title", "name": "name",
    "description": "description", "summary": "description", "bio": "description",
    "about": "description", "overview": "description", "details": "description",
    "text": "text", "content": "text", "body": "text", "message": "text", "comment": "text",
    "review": "text", "note": "text", "notes": "text", "caption": "text", "snippet": "text",
    "question": "text",
    "date": "date", "time": "time", "timestamp": "datetime", "datetime": "datetime",
    "token": "token", "access_token": "token", "auth_token": "token", "refresh_token": "token",
    "jwt": "token", "session_token": "token", "ip": "ipv4", "ip_address": "ipv4",
    "latitude": "lat", "lat": "lat", "longitude": "lon", "lng": "lon", "lon": "lon",
    "timezone": "timezone", "time_zone": "timezone", "tz": "timezone", "slug": "slug",
    "subdomain": "slug", "domain": "hostname",
    "tag": "word", "tags": "word", "keyword": "word", "keywords": "word", "label": "word",
    # a payment card's own fields (`payment_cards`): no "IN9453" card, no 81 CVV
    "card_number": "card_number", "credit_card_number": "card_number",
    "card_no": "card_number", "cc_number": "card_number", "pan": "card_number",
    "cvv": "cvv", "cvc": "cvv", "cvv2": "cvv", "card_verification_number": "cvv",
    "card_verification_value": "cvv", "card_security_code": "cvv",
    "cardholder_name": "person", "card_holder_name": "person", "cardholder": "person",
    "card_holder": "person", "name_on_card": "person",
    "card_expiry": "card_expiry", "card_expiration": "card_expiry",
    "card_expiration_date": "card_expiry", "card_expiry_date": "card_expiry",
    "ticket_number": "eticket", "ticket_no": "eticket", "eticket": "eticket",
    "e_ticket": "eticket", "e_ticket_number": "eticket", "eticket_number": "eticket",
    "code": "code", "sku": "code", "symbol": "symbol", "ticker": "symbol", "isbn": "isbn",
    "isbn13": "isbn", "isbn_13": "isbn", "ean": "barcode", "ean13": "barcode",
    "barcode": "barcode", "gtin": "barcode", "upc": "upc",
    "gender": "gender", "sex": "gender", "job": "job", "job_title": "job", "occupation": "job",
    "role": "role", "duration": "iso_duration", "price": "money_str", "amount": "money_str",
    "url": "url", "link": "url", "website": "url", "homepage": "url", "href": "url",
    "password": "secret", "secret": "secret", "api_key": "secret", "apikey": "secret",
    "query": "word", "q": "word", "term": "word", "search": "word",
    "artist": "person", "artist_name": "person", "album": "title", "album_name": "title",
    # who did it, never when (`created_by` is no timestamp)
    "created_by": "username", "updated_by": "username", "modified_by": "username",
    "assigned_by": "username", "reported_by": "username", "submitted_by": "username",
    "approved_by": "username", "posted_by": "username", "uploaded_by": "username",
}

_STRING_SUFFIX: tuple[tuple[str, str], ...] = (
    # a status page's subdomain names the page ("harbor-lisbon"), it is no status
    ("_subdomain", "slug"), ("_domain", "hostname"),
    # before "_address": a publisher's email address is an email, not a street
    ("_email_address", "email"), ("_ip_address", "ipv4"),
    ("_email", "email"), ("_phone", "phone"), ("_city", "city"), ("_country", "country"),
    ("_url", "url"), ("_link", "url"), ("_uri", "url"), ("_image", "url"), ("_photo", "url"),
    ("_avatar", "url"), ("_thumbnail", "url"), ("_logo", "url"), ("_date", "date"),
    ("_at", "datetime"), ("_time", "datetime"), ("_datetime", "datetime"),
    ("_timestamp", "datetime"), ("_on", "date"), ("_name", "name"), ("_title", "title"),
    ("_description", "description"), ("_text", "text"), ("_status", "status"),
    ("_address", "address"), ("_code", "code"), ("_currency", "currency"),
    ("_type", "category"), ("_category", "category"), ("_token", "token"),
    ("_username", "username"), ("_language", "language"), ("_color", "color"),
    ("_hash", "hash"), ("_icao", "icao"), ("_seat", "seat"), ("_section", "section"),
    ("_gate", "gate"), ("_state_code", "state_code"),
    ("_number", "code"), ("_no", "code"), ("_reference", "code"), ("_ref", "code"),
    ("api_key", "secret"), ("_secret", "secret"), ("_password", "secret"),
    ("_location", "city"), ("_city_name", "city"),
    ("_rating", "rating_str"), ("_stars", "rating_str"),
    ("_price", "money_str"), ("_cost", "money_str"), ("_fee", "money_str"),
)

_STRING_TOKEN: tuple[tuple[str, str], ...] = (
    ("email", "email"), ("phone", "phone"), ("url", "url"), ("image", "url"), ("photo", "url"),
    ("avatar", "url"), ("thumbnail", "url"), ("logo", "url"), ("website", "url"),
    ("date", "date"), ("birthday", "date"), ("dob", "date"), ("city", "city"),
    ("country", "country"), ("address", "address"), ("currency", "currency"),
    ("description", "description"), ("status", "status"), ("name", "name"), ("title", "title"),
    ("time", "datetime"), ("created", "datetime"), ("updated", "datetime"),
    ("lat", "lat"), ("latitude", "lat"), ("lon", "lon"), ("lng", "lon"), ("longitude", "lon"),
)

_NUMBER_EXACT: dict[str, str] = {
    "price": "money", "amount": "money", "cost": "money", "fare": "money", "fee": "money",
    "total": "money", "subtotal": "money", "balance": "money", "salary": "money",
    "revenue": "money", "budget": "money", "tax": "money", "discount": "money",
    "total_price": "money", "rate": "money", "value": "money", "market_cap": "money",
    # a tip is a few units of money, not an order's worth (a tip of 226.68 on a 42.72
    # order: bundled seed 113 #11)
    "tip": "tip", "tip_amount": "tip", "gratuity": "tip",
    "rating": "rating", "stars": "rating", "score": "rating", "star_rating": "rating",
    "average_rating": "rating", "count": "count", "quantity": "count", "qty": "count",
    "total_count": "count", "total_results": "count", "views": "count", "likes": "count",
    "followers": "count", "following": "count", "guests": "small_count", "adults": "small_count",
    "children": "small_count", "rooms": "small_count", "nights": "small_count",
    "passengers": "small_count", "seats": "small_count", "party_size": "small_count",
    "group_size": "small_count", "num_people": "small_count", "year": "year", "age": "age",
    "month": "month", "day": "day", "hour": "hour", "change_24h": "change",
    "change_percent": "change", "percent_change": "change", "change": "change",
    "percent": "percent", "percentage": "percent", "probability": "ratio", "confidence": "ratio",
    "latitude": "lat", "lat": "lat", "longitude": "lon", "lng": "lon", "lon": "lon",
    "page": "page", "page_number": "page", "limit": "limit", "per_page": "limit",
    "page_size": "limit", "size": "limit", "offset": "offset", "duration": "duration",
    "minutes": "duration", "seconds": "duration", "distance": "distance",
    "temperature": "temperature",
    "temp": "temperature", "timestamp": "epoch", "created_at": "epoch", "updated_at": "epoch",
    "expires_in": "expires", "population": "population", "weight": "measure", "height": "measure",
    "width": "measure", "length": "measure", "volume": "count", "capacity": "small_count",
    "code": "http_code", "status_code": "http_code", "stops": "stops", "layovers": "stops",
    "max_stops": "stops", "rounding": "decimals", "decimals": "decimals",
    "precision": "decimals", "decimal_places": "decimals", "skip": "offset", "start": "offset",
    "min_stars": "rating", "stars_min": "rating", "min_rating": "rating", "max_rating": "rating",
    "cvv": "cvv", "cvc": "cvv", "cvv2": "cvv", "card_verification_number": "cvv",
    "card_verification_value": "cvv", "card_security_code": "cvv",
}

_NUMBER_TOKEN: tuple[tuple[str, str], ...] = (
    ("nights", "small_count"), ("rooms", "small_count"), ("guests", "small_count"),
    ("adults", "small_count"), ("children", "small_count"), ("passengers", "small_count"),
    ("people", "small_count"), ("persons", "small_count"), ("seats", "small_count"),
    ("tickets", "small_count"), ("stops", "stops"), ("stars", "rating"),
    ("price", "money"), ("amount", "money"), ("cost", "money"), ("fee", "money"),
    ("fare", "money"), ("balance", "money"), ("rating", "rating"), ("score", "rating"),
    ("count", "count"), ("num", "count"), ("number", "count"), ("total", "count"),
    # whole things: a file's 542.82 bytes and 47.98 downloads left were drawn as figures
    ("bytes", "bytes"), ("remaining", "count"), ("downloads", "count"),
    ("percent", "percent"), ("pct", "percent"), ("year", "year"), ("age", "age"),
    ("month", "month"), ("port", "port"),
    ("lat", "lat"), ("lng", "lon"), ("lon", "lon"), ("latitude", "lat"),
    ("longitude", "lon"), ("minutes", "duration"),
    ("duration", "duration"), ("seconds", "duration"), ("distance", "distance"),
    ("km", "distance"), ("miles", "distance"), ("temp", "temperature"), ("at", "epoch"),
)


def _first_type(schema: dict[str, Any]) -> str | None:
    t = schema.get("type")
    if isinstance(t, list):
        for x in t:
            if isinstance(x, str) and x != "null":
                return x
        return "null" if "null" in t else None
    return t if isinstance(t, str) else None


def schema_type(schema: dict[str, Any]) -> str | None:
    """The JSON type a schema generates, inferred when `type` is missing or odd."""
    t = _first_type(schema)
    if t in ("string", "integer", "number", "boolean", "object", "array", "null"):
        return t
    if isinstance(t, str):
        low = t.lower()
        if low in ("int", "long", "int32", "int64"):
            return "integer"
        if low in ("float", "double", "decimal", "numeric"):
            return "number"
        if low in ("bool",):
            return "boolean"
        if low in ("str", "date", "datetime", "enum", "text"):
            return "string"
        if low in ("dict", "map"):
            return "object"
        if low in ("list",):
            return "array"
    if isinstance(schema.get("properties"), dict):
        return "object"
    if "items" in schema:
        return "array"
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        v = enum[0]
        if isinstance(v, bool):
            return "boolean"
        if isinstance(v, int):
            return "integer"
        if isinstance(v, float):
            return "number"
        return "string"
    return None


def string_kind(key: str, schema: dict[str, Any]) -> str:
    """The value kind of a string property; `word` when nothing more specific fits."""
    fmt = schema.get("format")
    if isinstance(fmt, str):
        kind = _FORMAT_KINDS.get(fmt.lower())
        if kind:
            return kind
    return _key_string_kind(key)


@lru_cache(maxsize=65536)
def _key_string_kind(key: str) -> str:
    """`string_kind` when the schema names no known format: the key alone decides, so
    each key is read once per run (ToolBench endpoints share most field names)."""
    nk = normalize_key(key)
    if id_entity(key) is not None or _cursor_id(nk):
        return "id"  # a feed's `nextMaxId` is drawn as a code, though it names no record
    if nk in _STRING_EXACT:
        return _STRING_EXACT[nk]
    for suffix, kind in _STRING_SUFFIX:
        if nk.endswith(suffix):
            return kind
    parts = nk.split("_")
    for token, kind in _STRING_TOKEN:
        if token in parts:
            return kind
    return "word"


@lru_cache(maxsize=65536)
def number_kind(key: str) -> str:
    """The value kind of a numeric property; `number` when nothing more specific fits."""
    nk = normalize_key(key)
    if id_entity(key) is not None:
        return "id"
    if nk in _NUMBER_EXACT:
        return _NUMBER_EXACT[nk]
    if nk.startswith(("is_", "has_")):
        return "number"
    if nk.endswith(("per_page", "page_size", "_limit", "max_results")):
        return "limit"
    parts = nk.split("_")
    for token, kind in _NUMBER_TOKEN:
        if token in parts:
            return kind
    return "number"


_PERSON_ENTITIES = frozenset(
    {
        "user", "customer", "guest", "author", "artist", "player", "employee", "contact",
        "passenger", "driver", "person", "member", "owner", "traveler", "traveller", "patient",
        "doctor", "student", "teacher", "actor", "athlete", "agent", "host", "seller", "buyer",
        "friend", "follower", "speaker", "candidate", "character", "creator", "coach",
        "sender", "recipient", "reviewer", "assignee", "reporter", "requester", "organizer",
        "organiser", "attendee", "participant", "manager", "subscriber", "editor", "writer",
        "uploader", "commenter",
    }
)
_VENUE_ENTITIES = {
    "hotel": ("Hotel", "Inn", "Suites", "Resort", "Palace"),
    "restaurant": ("Bistro", "Kitchen", "Grill", "Trattoria", "Cafe"),
    "store": ("Store", "Market", "Shop", "Outlet"),
    "shop": ("Shop", "Boutique", "Store"),
    "venue": ("Arena", "Hall", "Theatre", "Club"),
    "airline": ("Airways", "Air", "Airlines"),
    "company": ("Inc", "Group", "Labs", "Partners"),
    "team": ("United", "FC", "Rovers", "City"),
    "gym": ("Fitness", "Gym", "Studio"),
    "school": ("Academy", "School", "College"),
    "museum": ("Museum", "Gallery"),
    "park": ("Park", "Gardens"),
    "bank": ("Bank", "Savings", "Credit Union"),
}


def name_kind(entity: str | None) -> str:
    """What a `name` means for an entity: a person, a venue, a place, a product, ..."""
    if not entity:
        return "name"
    if entity in _PERSON_ENTITIES:
        return "person"
    if entity in _VENUE_ENTITIES:
        return "venue:" + entity
    if entity in ("city", "destination", "location", "place"):
        return "city"
    if entity in ("country", "nation"):
        return "country"
    if entity in ("product", "item", "article", "good"):
        return "product"
    if entity in ("company", "brand", "organization", "organisation", "business", "merchant"):
        return "company"
    return "name"


def venue_suffixes(entity: str) -> tuple[str, ...]:
    return _VENUE_ENTITIES.get(entity, ("Co",))
