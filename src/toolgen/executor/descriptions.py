"""Description and review text a reader believes, or none at all.

A description stitched from the tool's own words ("Includes company, business and related
ticket information.", "Folder data for Copenhagen, including translated and solution.")
reads as generated. `description_gen(entity)` writes what the owner of such a record
writes for the record kinds people describe (a ticket, a product, a hotel, a folder, an
event...) and, for any other, a line such as "Maintained by the operations team." that
fits a record of any kind and names no word of the tool. `review_gen()` draws a short
review and `text_gen(key)` a message or question, naming no tool word either. Drawn from
the call's random stream; never touches the network.
"""

from __future__ import annotations

from toolgen.executor.gen_context import Ctx, Gen, pick
from toolgen.executor.notes import RECORD_NOTES

_BY_NOUN: dict[str, tuple[str, ...]] = {
    "ticket": ("Customer cannot find the invoice for last month's order.",
               "The login page shows an error after the password reset.",
               "Requested a refund for a duplicate charge.",
               "Delivery address needs to be changed before shipping."),
    "issue": ("Steps to reproduce are in the first comment.",
              "Happens only on mobile since the last release.",
              "The export button does nothing on large files."),
    "product": ("Lightweight, water-resistant and easy to clean.",
                "Ships in recyclable packaging. One-year warranty.",
                "Compact design with a rechargeable battery.",
                "Made from organic cotton; machine washable."),
    "item": ("Lightweight, water-resistant and easy to clean.",
             "Ships in recyclable packaging. One-year warranty."),
    "hotel": ("Ten minutes' walk from the old town, with a rooftop bar.",
              "Quiet rooms, free Wi-Fi and breakfast included.",
              "Family-run hotel, 5 minutes from the main station."),
    "room": ("Double bed, private bathroom and city view.",
             "Twin beds, air conditioning and a work desk."),
    "folder": ("Shared with the support team.", "Articles for new customers.",
               "Internal notes and templates."),
    "event": ("Doors open at 7 pm. All ages welcome.",
              "A day of talks and workshops; lunch included.",
              "Outdoor event; bring a jacket."),
    "course": ("Eight weekly lessons with a final project.",
               "Self-paced; includes quizzes and a certificate."),
    "job": ("Full-time role on a small, friendly team.",
            "Hybrid position; two days a week in the office."),
    "company": ("Family-owned business founded in 1998.",
                "Software company with offices in three countries."),
    "repository": ("Command-line tool for syncing files.",
                   "Example code for the tutorial series."),
    "playlist": ("Songs for a long drive.", "Quiet tracks for working."),
    "recipe": ("Ready in 30 minutes; serves four.", "A simple weeknight dinner."),
    "book": ("A debut novel about two sisters and a family secret.",
             "A practical guide for first-time managers."),
    "movie": ("A road-trip comedy about two estranged brothers.",
              "A documentary about life on a remote island."),
    "group": ("Local group that meets every second Thursday.",),
    "project": ("Migration of the customer database to the new platform.",
                "Redesign of the public website."),
    "plan": ("Billed monthly; cancel any time.", "Includes priority support."),
    "restaurant": ("Neighbourhood bistro with a seasonal menu.",
                   "Casual spot known for its wood-fired pizza."),
    "channel": ("Weekly videos about home cooking.", "Travel vlogs and city guides."),
    "app": ("Track your spending and set monthly budgets.",),
    "listing": ("Bright two-bedroom flat close to public transport.",
                "Renovated kitchen, balcony and storage room."),
}
_REVIEWS = ("Great service, would recommend.", "Better than expected.",
            "Quick and accurate, thanks!", "Does what it says.",
            "Good value; delivery was a bit slow.", "Friendly staff and a clean place.",
            "Not bad, but the instructions could be clearer.", "Exactly what I needed.",
            "Would use again.", "Fine overall, a few small issues.")
_TEXTS = ("Meeting moved to Thursday at 3 pm.", "Thanks for the update!",
          "Can you send the report by Friday?", "Running ten minutes late, see you soon.",
          "The package arrived this morning.", "Happy birthday! Hope you have a great day.",
          "Please find the invoice attached.", "Let's catch up next week.",
          "Reminder: the office is closed on Monday.", "Great photo, where was this taken?")
_QUESTIONS = ("What time does the museum open on Sundays?", "How do I reset my password?",
              "Is breakfast included in the price?", "Can I change my delivery date?",
              "What is the capital of Australia?")
# What people write on a record of any kind (`notes`): never its content.
_ANY = RECORD_NOTES


# The generic pools, for `free_text` to recognise a drawn value it can say better.
CHATTER = frozenset(_TEXTS + _QUESTIONS)
ANY_RECORD = frozenset(_ANY)
REVIEWS = frozenset(_REVIEWS)
# The lines of any product, for `product_fit` to redraw as lines of its kind.
PRODUCT_LINES = frozenset(_BY_NOUN["product"] + _BY_NOUN["item"])
EVENT_LINES = frozenset(_BY_NOUN["event"])  # drawn for an event: `event_notes` fits them

_REQUESTS = frozenset({"ticket", "issue", "request", "complaint", "inquiry", "enquiry"})


def description_gen(entity: str) -> Gen:
    """What the description of a record of `entity` says (a line about who keeps it or
    where it came from, for kinds of no known description). A support ticket sent with a
    subject is described by it, not by some other complaint."""
    head = (entity or "").replace("-", "_").split("_")[-1].lower()
    drawn = pick(_BY_NOUN.get(head) or _ANY)
    if head not in _REQUESTS:
        return drawn

    def described(ctx: Ctx) -> str:
        subject = ctx.args.get("title") or ctx.args.get("subject")
        if isinstance(subject, str) and subject.strip():
            said = subject.strip().rstrip(".")
            return f"Customer wrote: {said[0].lower() + said[1:]}."
        return str(drawn(ctx))

    return described


def text_gen(key: str) -> Gen:
    """The text of a message, post or caption (a question for a `question` field)."""
    return pick(_QUESTIONS if "question" in key else _TEXTS)


def describes(entity: str) -> bool:
    """Whether records of `entity` carry a description people write (a ticket, a hotel)."""
    head = (entity or "").replace("-", "_").split("_")[-1].lower()
    return head in _BY_NOUN or head in _REQUESTS


def review_gen() -> Gen:
    """A short review or comment that names no word of the tool."""
    return pick(_REVIEWS)
