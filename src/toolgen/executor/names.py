"""Names for records of no person, venue, product or company kind, as their owners name them.

"Copenhagen Request", "Milan Event", "Cape Town File", "New York Clinic": a city glued to
the entity noun reads as generated. A file is called `q3-report.pdf`, an event "Spring
Jazz Night", a support request or a message by its subject, a clinic after a neighbourhood
("Parkview Clinic"), a playlist "Road Trip Mix", a plan "Premium Annual". Only places
that are named after their city (a station, an airport, a branch) keep the city; a legal
case is "Harris v. Miller", a forum post its title. Any other kind is named as its owner
would name it (`kind_names`: a publisher "Harbor Lane Press"), never "Publisher #697".
Drawn from the call's random stream; no Faker, never touches the network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolgen.executor.kind_names import evocative_name, kind_name, known_name
from toolgen.executor.mail_messages import SUBJECTS as MAIL_SUBJECTS
from toolgen.executor.support_tickets import SUBJECTS

# A file's name and its extension go together: no `invoice-0412.mp4`, no
# `tax-return-2024.xlsx` in a photo album.
_FILES = ("q3-report.pdf", "invoice-0412.pdf", "meeting-notes.docx", "holiday-photo.jpg",
          "budget-2025.xlsx", "contract-draft.docx", "site-backup.zip", "product-shot.png",
          "interview.mp4", "roadmap.pdf", "team-offsite.jpg", "tax-return-2024.pdf",
          "customers.csv", "notes.txt")
_IMAGES = ("holiday-photo.jpg", "product-shot.png", "team-offsite.jpg", "beach-sunset.jpg",
           "IMG_2041.jpg", "birthday-cake.jpg", "skyline.png", "dog-in-park.jpg")
_IMAGE_HEADS = frozenset({"image", "photo", "picture", "screenshot"})
_FOLDERS = ("Invoices 2025", "Project Files", "Shared Photos", "Contracts", "Backups",
            "Design Assets", "Receipts", "Team Docs")
_EVENT_ADJ = ("Spring", "Summer", "Annual", "Autumn", "Winter", "Community", "Open",
              "Late-Night", "Weekend")
EVENT_THEMES = ("Jazz", "Food", "Tech", "Book", "Film", "Design", "Wine", "Startup", "Charity",
                "Art", "Craft Beer", "Photography")
_EVENT_KIND = ("Festival", "Night", "Summit", "Fair", "Meetup", "Workshop", "Gala", "Market")
_SUBJECTS = SUBJECTS  # each with its description (`support_tickets`)
_PROJECTS = ("Website Redesign", "Q3 Data Migration", "Mobile App Launch", "Office Move",
             "Customer Portal", "Brand Refresh", "Onboarding Revamp", "Warehouse Audit")
_LISTS = ("Road Trip Mix", "Weekend Favourites", "Reading List", "Gift Ideas", "Morning Run",
          "Summer Trip", "Wishlist", "Chill Evenings", "Workout Hits")
_PLANS = ("Basic Monthly", "Premium Annual", "Family Plan", "Starter", "Pro Monthly",
          "Business Annual", "Student Plan")
_POSTS = ("What's a small habit that changed your life?", "Finally ran my first marathon",
          "Tips for a first trip to Japan?", "Our garden after two years",
          "Is it worth upgrading my laptop this year?", "Weekly discussion thread",
          "I built a bookshelf from pallet wood", "What book are you reading this month?",
          "Best budget headphones right now?", "My grandmother's bread recipe",
          "Moving abroad next month, any advice?", "Sunset from my balcony tonight")
_AREAS = ("Parkview", "Riverside", "Lakeside", "Hillcrest", "Northgate", "Oakwood",
          "Westbrook", "Harborview", "Maple Grove", "Kingsway")

_FILE = frozenset({"file", "document", "doc", "attachment", "upload", "object", "asset",
                   "image", "photo", "report", "backup"})
_FOLDER = frozenset({"folder", "directory", "dir", "bucket", "drive"})
_EVENT = frozenset({"event", "festival", "concert", "conference", "meetup", "webinar",
                    "workshop", "match", "game", "tournament", "class", "session"})
_REQUEST = frozenset({"ticket", "request", "issue", "complaint", "inquiry", "enquiry", "claim",
                      "incident"})
# A mailbox holds a person's mail, not a help desk's queue (`mail_messages`).
_MAIL = frozenset({"message", "email", "mail"})
_CASE = frozenset({"case", "lawsuit", "litigation", "dispute"})
# A forum post is named by its title, as its writer put it.
_POST = frozenset({"post", "thread", "topic", "submission", "question"})
_PARTIES = ("Harris", "Miller", "Okafor", "Brennan", "Delgado", "Nakamura", "Whitfield",
            "Lindqvist", "Moreau", "Acme Corp.", "Northwind Ltd.", "the State")
_PROJECT = frozenset({"project", "campaign", "workspace", "board", "initiative"})
_LIST = frozenset({"playlist", "list", "collection", "wishlist", "favorite", "favourite",
                   "library", "shelf"})
_PLAN = frozenset({"plan", "subscription", "package", "tier", "membership", "bundle"})
_INSTITUTION = frozenset({"clinic", "hospital", "pharmacy", "bank", "university", "college",
                          "church", "lab", "laboratory", "practice", "dentist", "office",
                          "agency", "center", "centre", "studio", "salon", "garage", "bakery",
                          "bar", "cafe", "pub", "club", "branch", "spa"})
_CITY_NAMED = frozenset({"station", "airport", "stop", "port", "terminal", "region",
                         "district", "route", "area", "zone", "harbour", "harbor", "depot"})


def _pick(seq: tuple[str, ...], rand: Callable[[], float]) -> str:
    return seq[int(rand() * len(seq))]


def record_name(entity: str, noun: str, rand: Callable[[], float], city: str) -> str:
    """A believable name for one record of `entity` (`noun` when the entity is unknown)."""
    ent = (entity or noun or "record").replace("_", " ").strip().lower()
    head = ent.split()[-1] if ent else "record"
    if head in _IMAGE_HEADS:
        return _pick(_IMAGES, rand)
    if head in _FILE:
        return _pick(_FILES, rand)
    if head in _FOLDER:
        return _pick(_FOLDERS, rand)
    if head in _EVENT:
        return (f"{_pick(_EVENT_ADJ, rand)} {_pick(EVENT_THEMES, rand)} "
                f"{_pick(_EVENT_KIND, rand)}")
    if head in _REQUEST:
        return _pick(_SUBJECTS, rand)
    if head in _MAIL:
        return _pick(MAIL_SUBJECTS, rand)
    if head in _CASE:
        first = _pick(_PARTIES[:9], rand)
        second = _pick(_PARTIES, rand)
        return f"{first} v. {second if second != first else 'Miller'}"
    if head in _PROJECT:
        return _pick(_PROJECTS, rand)
    if head in _POST:
        return _pick(_POSTS, rand)
    if head in _LIST:
        return _pick(_LISTS, rand)
    if head in _PLAN:
        return _pick(_PLANS, rand)
    if head in _INSTITUTION:
        return f"{_pick(_AREAS, rand)} {ent.title()}"
    if head in _CITY_NAMED:
        return f"{city} {ent.title()}"
    return kind_name(head, rand) or known_name(head, rand) or evocative_name(rand)


def is_post(entity: str) -> bool:
    """Whether a record of `entity` is a forum post, named by its title even on a creative
    tool (a subreddit's post is no "Secret Signals")."""
    return (entity or "").replace("_", " ").strip().lower().split(" ")[-1] in _POST


def record_name_gen(entity: str, noun: str, place: Callable[[Any], str]) -> Callable[[Any], str]:
    """A generator (ctx -> name) for `record_name`, reading the call's place for the city."""
    return lambda ctx: record_name(entity, noun, ctx.rand, place(ctx))


_OWN_NAMES = (_FILE | _FOLDER | _EVENT | _REQUEST | _MAIL | _CASE | _PROJECT | _LIST | _PLAN
              | _INSTITUTION | _CITY_NAMED)


def names_itself(entity: str) -> bool:
    """Whether a record of `entity` has a name of its own kind (a file, an event, a case,
    a publisher...): anything else would be named at random ("Copper Garden")."""
    head = (entity or "").replace("_", " ").strip().lower().split(" ")[-1]
    return head in _OWN_NAMES or kind_name(head, lambda: 0.0) is not None
