"""What a person would give for a parameter the value generators have no kind for.

The executor's generators fill a string they cannot place (`bucket`, `objPath`, `ticket`,
`format`, `Accept`) with a word of the endpoint's own vocabulary; as an output's free text
that reads fine, but as a value the user states it is the endpoint's name talking
(`bucket="upload"`, `ticket="openload"`). `stated_value(name, description, rng)` gives a
value of the thing the parameter names: a file name, an object path, a bucket, a ticket
code, a MIME type, a format the description lists, a value the description gives as an
example; None when it has nothing better than the generators.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from toolgen.agents.planner.values_listed import TYPE_NAMES
from toolgen.executor.values import normalize_key

_FILES = ("q3-report.pdf", "holiday-photo.jpg", "invoice-2025-031.pdf", "meeting-notes.txt",
          "sales-2024.csv", "site-backup.zip", "logo-final.png", "interview.mp3",
          "contract-draft.docx", "trailer.mp4")
_FOLDERS = ("reports/2025", "photos/summer-trip", "invoices", "backups/weekly", "shared/design",
            "projects/website")
_BUCKETS = ("acme-media-archive", "team-backups", "invoices-2025", "web-assets-prod",
            "research-data", "photo-library")
_MIME = ("application/json", "application/json", "text/plain", "application/xml")
_AGENTS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15")
_FORMATS = ("json", "xml", "csv", "html", "text", "pdf", "png", "jpg", "jpeg", "mp3", "mp4",
            "raw", "yaml", "markdown")
_SORTS = ("date", "relevance", "popularity", "price", "rating", "newest", "name", "views",
          "title", "distance", "created", "updated")
_TRAVEL_CLASS = ("economy", "premium economy", "business", "first")
# A game character's class: `create_player_profile(_class="premium economy")` was a seat.
_CHARACTER_CLASS = ("Mage", "Warrior", "Rogue", "Paladin", "Ranger", "Cleric", "Druid")
_GAME_CHARACTER = re.compile(r"\bcharacters?\b|\bplayers?\b|\brpg\b|\bgam(?:e|es|ing)\b|"
                             r"\bheroe?s?\b|\bguilds?\b|\bdungeons?\b", re.I)
_SEAT_CLASSES = frozenset({"travelclass", "seatclass", "cabinclass", "flightclass", "cabin"})
# A class of code (`testedClass`, `classPath`): no seat and no character names one.
_CODE_CLASS = re.compile(r"\bjava\b|\bmethods?\b|class ?path|\bjar\b|\bpackages?\b|"
                         r"\bsource code\b|\bbytecode\b", re.I)
_UNITS = ("metric", "imperial")
_REASONS = ("change of plans", "found a better option", "dates no longer work",
            "booked by mistake")
_REQUESTS = ("late check-in", "quiet room", "extra pillows", "ground floor room",
             "early breakfast")
_AIRLINES = ("Lufthansa", "Delta", "Emirates", "KLM", "Air France", "Qantas", "Iberia")
_GAMES = ("Elden Ring", "Minecraft", "The Legend of Zelda", "Hades", "Stardew Valley",
          "Portal 2")
SPECIES = ("Homo sapiens", "Canis lupus", "Panthera leo", "Felis catus", "Ursus arctos")
_EXAMPLE = re.compile(
    r"(?:e\.g\.?|eg\.|for example|such as|example:|like|ex:)\s*[:(]?\s*['\"`]?"
    r"([A-Za-z0-9][\w .:/+\-]{0,40}?)['\"`]?(?=[,.;)]|\s+or\b|$)", re.I)
_REFS = frozenset({"id", "ids", "uuid", "number", "no", "num", "count", "size", "limit"})
_QUOTED = re.compile(r"['\"`]([A-Za-z0-9][\w .:/+\-]{0,30})['\"`]")


def _has(tokens: set[str], joined: str, *words: str) -> bool:
    return any(w in tokens or joined == w for w in words)


def stated_value(name: str, description: str, rng: random.Random,
                 function_name: str = "") -> str | None:
    """A value of the kind `name` names, or None (then the generators' value stands)."""
    draw = _recipe(name, description, function_name)
    return draw(rng) if draw is not None else None


def stated_recipe(name: str, description: str, function_name: str = "") -> Draw | None:
    """How `stated_value` draws for these texts (None: it gives None), to keep per run."""
    return _recipe(name, description, function_name)


Draw = Callable[[random.Random], str]


def _choice(pool: Sequence[str]) -> Draw:
    return lambda rng: rng.choice(pool)


@lru_cache(maxsize=16384)  # a parameter's recipe depends on its text alone: once per run
def _recipe(name: str, description: str, function_name: str) -> Draw | None:
    """How to draw a value of the kind `name` names (None: nothing better than the
    generators); the branch depends only on the parameter's name and texts, so it is
    chosen once and each draw is the branch's own random choice."""
    key = normalize_key(name)
    about = (function_name + " " + description).lower()
    tokens = set(key.split("_"))
    joined = key.replace("_", "")
    desc = description.lower()
    if tokens & _REFS:
        return None  # an id or a number is someone's record, not a thing named here
    if _has(tokens, joined, "bucket", "container"):
        return _choice(_BUCKETS)
    if _has(tokens, joined, "objpath", "filepath", "path", "objectkey", "filekey"):
        return lambda rng: f"{rng.choice(_FOLDERS)}/{rng.choice(_FILES)}"
    if _has(tokens, joined, "file", "filename", "yourfile", "upload", "attachment",
            "imagefile", "image_file"):
        return _choice(_FILES)
    if _has(tokens, joined, "folder", "directory", "dir"):
        return _choice(_FOLDERS)
    if _has(tokens, joined, "ticket"):
        return lambda rng: f"TCK-{rng.randrange(10000, 99999)}"
    if _has(tokens, joined, "accept", "contenttype", "mime", "mimetype"):
        return _choice(_MIME)
    if _has(tokens, joined, "license", "licensekey", "licence"):
        return lambda rng: f"LIC-{rng.getrandbits(32):08X}"
    if _has(tokens, joined, "useragent", "agent", "useragentstring", "ua"):
        return _choice(_AGENTS)
    if _has(tokens, joined, "format", "textformat", "otype"):
        listed = [f for f in _FORMATS if re.search(rf"\b{f}\b", desc)]
        return _choice(listed) if listed else lambda rng: "json"
    if _has(tokens, joined, "sort", "sortby", "orderby", "order") and "type" not in tokens:
        listed = [s for s in _SORTS if re.search(rf"\b{s}\b", desc)]
        return _choice(listed) if listed else _choice(("relevance", "date"))
    if _has(tokens, joined, "class", "travelclass", "cabin", "seatclass"):
        return _class_recipe(tokens, joined, about)
    if _has(tokens, joined, "unit", "units"):
        return _choice(_UNITS)
    if _has(tokens, joined, "reason"):
        return _choice(_REASONS)
    if _has(tokens, joined, "requests", "specialrequests") or key == "special_requests":
        return _choice(_REQUESTS)
    if _has(tokens, joined, "airline", "airlines", "carrier"):
        return _choice(_AIRLINES)
    if _has(tokens, joined, "game", "gamename", "title") and "game" in key + desc:
        return _choice(_GAMES)
    if _has(tokens, joined, "species"):
        return _choice(SPECIES)
    if _has(tokens, joined, "expression", "formula", "equation"):
        return _choice(("x^2 + 3*x - 4", "sin(x) * cos(x)", "2*x + 7", "(x + 1)^3"))
    if _has(tokens, joined, "museum"):
        return _choice(("Louvre", "British Museum", "Rijksmuseum", "Prado", "MoMA"))
    if _has(tokens, joined, "library"):
        return _choice(("New York Public Library", "British Library", "Boston Public Library"))
    if _has(tokens, joined, "crimetype", "crime", "casetype"):
        return _choice(("theft", "fraud", "burglary", "assault"))
    if _has(tokens, joined, "domain", "hostname", "host"):
        return _choice(("northwind-traders.com", "acme-shop.io", "bluepeak.org",
                        "riverside-clinic.net", "example-store.co.uk"))
    if _has(tokens, joined, "captcharesponse", "captcha"):
        return lambda rng: f"03AGdBq2{rng.getrandbits(40):010x}"
    if _has(tokens, joined, "variables", "variable"):
        return _choice(("x", "x, y", "t"))
    picked = _by_topic(tokens, joined, about)
    if picked is not None:
        return _choice(picked)
    if _has(tokens, joined, "threshold"):
        return _choice(("0.5", "0.75", "0.8", "0.9"))
    return None


def _class_recipe(tokens: set[str], joined: str, about: str) -> Draw | None:
    """A class of what the endpoint is about: a game character's (Mage), none for a
    class of code, else a seat's (economy)."""
    if tokens & {"travel", "cabin", "seat", "flight", "fare"} or joined in _SEAT_CLASSES:
        return _choice(_TRAVEL_CLASS)
    if _GAME_CHARACTER.search(about):
        return _choice(_CHARACTER_CLASS)
    if _CODE_CLASS.search(about):
        return None
    return _choice(_TRAVEL_CLASS)


_ARTISTS_ART = ("Auguste Rodin", "Michelangelo", "Frida Kahlo", "Claude Monet", "Barbara Hepworth")
# A sculpture's artist is a sculptor: no Frida Kahlo bronze (BFCL seed 71 #19)
_SCULPTORS = ("Auguste Rodin", "Michelangelo", "Barbara Hepworth", "Constantin Brancusi",
              "Henry Moore", "Alberto Giacometti")
_ARTISTS_MUSIC = ("Taylor Swift", "Coldplay", "Adele", "Kendrick Lamar", "Radiohead", "Dua Lipa")
_TOPICAL: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("genre",), ("jazz", "rock", "classical", "hip hop", "indie pop", "electronic")),
    (("shape",), ("square", "circle", "rectangle", "triangle")),
    (("material",), ("marble", "bronze", "oak", "steel", "clay")),
    (("specialization", "specialty", "speciality"), ("residential gardens", "urban parks",
                                                    "sustainable landscapes")),
    (("cartype", "vehicletype"), ("SUV", "compact", "sedan", "minivan")),
    (("rentalcompany",), ("Hertz", "Avis", "Enterprise", "Sixt")),
    (("roomtype",), ("double", "suite", "single", "twin")),
    (("account", "accounttype"), ("checking", "savings")),
    (("cuisine",), ("Italian", "Japanese", "Mexican", "Thai", "Indian")),
)


def _by_topic(tokens: set[str], joined: str, about: str) -> tuple[str, ...] | None:
    """The values to draw from when their kind depends on the endpoint: an artist of
    sculpture or of music, a guitar model, a grocery product."""
    if _has(tokens, joined, "artist", "artistname", "painter", "sculptor"):
        if "sculpt" in about:
            return _SCULPTORS
        art = bool(re.search(r"paint|\bart\b|\bartwork|museum|gallery", about))
        return _ARTISTS_ART if art else _ARTISTS_MUSIC
    if _has(tokens, joined, "model") and "guitar" in about:
        return ("Fender Stratocaster", "Gibson Les Paul", "Martin D-28")
    if _has(tokens, joined, "product", "item") and any(
            w in about for w in ("food", "grocery", "store", "market")):
        return ("olive oil", "almond milk", "coffee beans", "greek yogurt")
    for names, values in _TOPICAL:
        if _has(tokens, joined, *names):
            return values
    return None


def example_value(description: str, rng: random.Random) -> str | None:
    """A value the description gives as an example ("e.g. 'json'", "such as en")."""
    found = [m.group(1).strip() for m in _EXAMPLE.finditer(description)]
    found += [m.group(1).strip() for m in _QUOTED.finditer(description)]
    # "`boolean` (optional)" names the value's type, not an example of it.
    found = [f for f in found if f and len(f.split()) <= 4 and f.lower() not in TYPE_NAMES]
    return rng.choice(found) if found else None



_LAST_RESORT: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("category", "categories", "section", "topic"), ("sports", "music", "travel", "technology",
                                                      "food", "science", "business")),
    (("mode", "method", "level"), ("standard", "fast", "accurate", "basic")),
    (("type", "kind"), ("standard", "basic", "premium", "default")),
    (("values", "value", "params", "variables"), ("2", "x=2", "1, 2, 3")),
    # Things people name themselves: what an owner would call one.
    (("spreadsheet", "sheet", "workbook"), ("Q3 Budget", "Team Roster", "Expenses 2025",
                                            "Inventory Tracker")),
    (("template",), ("invoice", "monthly-report", "welcome-letter", "receipt")),
    (("collection",), ("Weeknight Dinners", "Holiday Baking", "Summer Salads")),
    (("dashboard",), ("Sales Overview", "Marketing KPIs", "Ops Daily")),
    (("board",), ("Product Roadmap", "Sprint 14", "Home Renovation")),
    (("project", "workspace"), ("Website Redesign", "Mobile App Launch", "Q4 Planning")),
    (("playlist",), ("Road Trip Mix", "Focus Beats", "Sunday Morning")),
    (("channel",), ("general", "announcements", "design-team")),
    (("campaign",), ("Spring Sale 2025", "Newsletter Signup", "Black Friday")),
    (("group", "team"), ("Marketing", "Engineering", "Support")),
    (("list", "listname"), ("Groceries", "Weekend Chores", "Reading List")),
    (("album",), ("Summer 2024", "Wedding Photos", "Japan Trip")),
    (("document", "doc", "report"), ("Quarterly Report", "Project Proposal", "Meeting Notes")),
    (("page",), ("About Us", "Pricing", "Contact")),
)


def last_resort(name: str, rng: random.Random) -> str | None:
    """A plain, domain-neutral value for a required parameter whose every draw was a word
    of the endpoint's own name (`category='related'`): still something a user says."""
    key = normalize_key(name)
    tokens = set(key.split("_"))
    if tokens & {"key", "apikey", "secret", "token"} or key in ("key", "apikey"):
        return f"{rng.getrandbits(64):016x}"
    if _has(tokens, key.replace("_", ""), "cvc", "cvv", "cvv2", "csc"):
        return f"{rng.randrange(100, 1000)}"
    if _has(tokens, key.replace("_", ""), "to", "recipient", "cc", "bcc", "sender"):
        return rng.choice(("maria.lopez@example.com", "tom.becker@example.org",
                           "support@northwind-traders.com"))
    for names, values in _LAST_RESORT:
        if _has(tokens, key.replace("_", ""), *names):
            return rng.choice(values)
    # A thing named as its owner would: "Spreadsheet 12", "Services 3".
    words = [w for w in key.split("_") if w.isalpha()]
    return f"{' '.join(words).title()} {rng.randrange(2, 40)}" if words else None
