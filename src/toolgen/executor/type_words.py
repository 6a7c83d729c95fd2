"""The values a `*_type` / `type` / `kind` field believably holds, by what it types.

`type_values(key, entity)` answers the vocabulary APIs use for the type of a case
(civil, criminal...), an account (checking, savings), a room (single, double, suite), a
file (pdf, image...), and a bland one (standard, basic, premium) for a type nobody
recognises: never a word of the tool's own name (`bureau_type: "year"`,
`calorieninja_type: "sridevi"`). Pure, never touches the network.
"""

from __future__ import annotations

from toolgen.executor.values import normalize_key, singular

_BY_NOUN: dict[str, tuple[str, ...]] = {
    "case": ("civil", "criminal", "family", "commercial", "administrative"),
    "lawsuit": ("civil", "class action", "commercial"),
    "account": ("checking", "savings", "business", "personal"),
    "room": ("single", "double", "twin", "suite", "family"),
    "property": ("apartment", "house", "condo", "townhouse", "studio"),
    "file": ("pdf", "image", "spreadsheet", "document", "archive"),
    "document": ("pdf", "contract", "invoice", "report"),
    "media": ("image", "video", "audio"),
    "content": ("article", "video", "image", "podcast"),
    "event": ("concert", "conference", "workshop", "festival", "meetup"),
    "vehicle": ("car", "van", "suv", "truck", "motorcycle"),
    "car": ("sedan", "suv", "hatchback", "convertible"),
    "payment": ("card", "bank_transfer", "paypal", "cash"),
    "transaction": ("purchase", "refund", "transfer", "withdrawal", "deposit"),
    "user": ("admin", "member", "guest"),
    "job": ("full-time", "part-time", "contract", "internship"),
    "employment": ("full-time", "part-time", "contract", "internship"),
    "ticket": ("question", "incident", "problem", "task"),
    "issue": ("bug", "feature", "task", "improvement"),
    "subscription": ("monthly", "annual", "trial"),
    "plan": ("free", "basic", "pro", "enterprise"),
    "order": ("online", "in-store", "pickup", "delivery"),
    "delivery": ("standard", "express", "same-day"),
    "shipping": ("standard", "express", "overnight"),
    "ride": ("economy", "comfort", "premium", "xl"),
    "trip": ("one-way", "round-trip", "multi-city"),
    "flight": ("one-way", "round-trip"),
    "cabin": ("economy", "premium economy", "business", "first"),
    "seat": ("window", "aisle", "middle"),
    "meal": ("breakfast", "lunch", "dinner", "snack"),
    "food": ("vegetarian", "vegan", "meat", "seafood"),
    "cuisine": ("italian", "japanese", "mexican", "indian", "french"),
    "restaurant": ("casual dining", "fine dining", "cafe", "fast food"),
    "hotel": ("hotel", "hostel", "resort", "guesthouse"),
    "accommodation": ("hotel", "apartment", "hostel", "guesthouse"),
    "place": ("restaurant", "museum", "park", "cafe", "shop"),
    "location": ("city", "airport", "station", "address"),
    "address": ("home", "work", "billing", "shipping"),
    "phone": ("mobile", "landline", "voip"),
    "number": ("mobile", "landline", "toll-free"),
    "card": ("visa", "mastercard", "amex"),
    "device": ("mobile", "desktop", "tablet"),
    "game": ("league", "cup", "friendly"),
    "match": ("league", "cup", "friendly"),
    "competition": ("league", "cup", "tournament"),
    "tournament": ("knockout", "round-robin", "league"),
    "player": ("forward", "midfielder", "defender", "goalkeeper"),
    "team": ("club", "national"),
    "movie": ("feature", "documentary", "short"),
    "show": ("series", "miniseries", "special"),
    "chapter": ("regular", "special", "bonus"),
    "episode": ("regular", "special", "finale"),
    "book": ("hardcover", "paperback", "ebook", "audiobook"),
    "post": ("text", "image", "video", "link"),
    "message": ("text", "image", "audio", "file"),
    "notification": ("email", "sms", "push"),
    "contact": ("personal", "work"),
    "company": ("private", "public", "nonprofit"),
    "business": ("sole proprietorship", "partnership", "corporation", "llc"),
    "organization": ("company", "nonprofit", "government"),
    "product": ("physical", "digital", "service"),
    "item": ("physical", "digital", "service"),
    "listing": ("sale", "rent"),
    "offer": ("discount", "bundle", "free shipping"),
    "coupon": ("percentage", "fixed amount", "free shipping"),
    "loan": ("personal", "mortgage", "auto", "student"),
    "insurance": ("health", "auto", "home", "life"),
    "policy": ("health", "auto", "home", "life"),
    "claim": ("medical", "auto", "property"),
    "test": ("blood", "urine", "imaging"),
    "appointment": ("in-person", "video", "phone"),
    "doctor": ("general practitioner", "specialist", "surgeon"),
    "blood": ("A+", "A-", "B+", "O+", "O-", "AB+"),
    "email": ("personal", "work", "disposable", "role"),
    "domain": ("com", "org", "net", "country-code"),
    "record": ("A", "AAAA", "CNAME", "MX", "TXT"),
    "dns": ("A", "AAAA", "CNAME", "MX", "TXT"),
    "ip": ("ipv4", "ipv6"),
    "connection": ("wifi", "cellular", "ethernet"),
    "network": ("mainnet", "testnet"),
    "wallet": ("hot", "cold", "custodial"),
    "currency": ("fiat", "crypto"),
    "asset": ("stock", "etf", "bond", "crypto"),
    "security": ("stock", "etf", "bond", "fund"),
    "stock": ("common", "preferred"),
    "fund": ("equity", "bond", "index", "money market"),
    "weather": ("clear", "cloudy", "rain", "snow"),
    "alert": ("warning", "watch", "advisory"),
    "route": ("fastest", "shortest", "scenic"),
    "station": ("train", "bus", "metro", "charging"),
    "transport": ("bus", "train", "tram", "ferry"),
    "animal": ("mammal", "bird", "reptile", "fish"),
    "pet": ("dog", "cat", "bird", "rabbit"),
    "plant": ("tree", "shrub", "herb", "flower"),
    "recipe": ("main course", "dessert", "starter", "side dish"),
    "exercise": ("strength", "cardio", "flexibility"),
    "workout": ("strength", "cardio", "hiit", "yoga"),
    "course": ("online", "in-person", "hybrid"),
    "question": ("multiple choice", "true/false", "short answer"),
    "exam": ("midterm", "final", "quiz"),
    "submission": ("code", "essay", "quiz"),
    "report": ("daily", "weekly", "monthly", "annual"),
    "license": ("mit", "apache-2.0", "gpl-3.0", "proprietary"),
    "repository": ("public", "private"),
    "video": ("upload", "live", "short"),
    "image": ("jpeg", "png", "gif", "webp"),
    "photo": ("jpeg", "png", "heic"),
    "audio": ("mp3", "wav", "aac"),
    "review": ("verified", "unverified"),
}
_BLAND = ("standard", "basic", "premium", "other")
_GENERIC = frozenset({"type", "kind", "category"})


def type_values(key: str, entity: str) -> tuple[str, ...]:
    """What the type field `key` of a record of `entity` holds."""
    nk = normalize_key(key)
    parts = [p for p in nk.split("_") if p not in _GENERIC]
    for noun in (*reversed(parts), entity):
        found = _BY_NOUN.get(singular(noun)) if noun else None
        if found:
            return found
    return _BLAND


def has_types(entity: str) -> bool:
    """Whether records of `entity` have a type vocabulary of their own (a case, a room)."""
    return type_values(f"{entity}_type", entity) is not _BLAND


def is_type_key(key: str) -> bool:
    """`case_type`, `caseType`, `type`, `kind`: a field naming a record's type."""
    nk = normalize_key(key)
    return nk in ("type", "kind") or nk.endswith(("_type", "_kind"))
