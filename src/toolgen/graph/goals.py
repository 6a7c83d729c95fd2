"""Whether an attribute passed from one tool's answer to another's call is a step of one
errand, across corpus categories.

Inside one category two tools may share a subject ("Fuel Price by City" then "Get Zips in
City"), and `subject_links` judges that. Across categories a reader believes only a few
workflows: a place one travels to going to what is there (a hotel in the event's city,
the weather for the trip), a price's currency going to a conversion, and a booking's or
an order's currency going to its payment. A publisher's country is no reason to look up
that country's Covid history (ToolBench seed 71 #0), a market's currency none to send
an Ethereum transfer (#9), a hotel stay's country none to track a parcel to it (#29).
Categories that are question files (BFCL) say nothing, so every step passes there.
Pure.
"""

from __future__ import annotations

from functools import lru_cache

from toolgen.graph.edges import real_category
from toolgen.graph.fields import tokens
from toolgen.graph.subject_links import Texts

# What one travels to: a city found for one of these may be where the next is looked for.
_VISITS = frozenset({"event", "events", "venue", "venues", "hotel", "hotels", "flight",
                     "flights", "trip", "trips", "restaurant", "restaurants", "weather",
                     "forecast", "airport", "airports", "attraction", "attractions", "tour",
                     "tours", "concert", "concerts", "stay", "stays"})
_CONVERSIONS = frozenset({"convert", "conversion", "converter", "exchange", "forex", "fx"})
_PAYMENTS = frozenset({"payment", "payments", "pay", "charge", "charges", "checkout"})
# what a payment is for: a thing made or held, never a search's first price
_MADE = frozenset({"booking", "bookings", "book", "order", "orders", "reservation",
                   "reservations", "reserve", "invoice", "invoices", "cart", "purchase",
                   "ticket", "tickets", "delivery", "deliveries"})
_PLACES = frozenset({"city", "country", "airline"})


def attribute_step(attribute: str, source: tuple[str, Texts],
                   target: tuple[str, Texts]) -> bool:
    """Whether passing `attribute` from a call of category and texts `source` to one of
    `target` is a step of one errand (module doc)."""
    (source_category, source_texts), (target_category, target_texts) = source, target
    if source_category == target_category or not (
            real_category(source_category) and real_category(target_category)):
        return True
    said, wanted = _words(*source_texts), _words(*target_texts)
    if attribute == "currency":
        return not _CONVERSIONS.isdisjoint(wanted) or (
            not _PAYMENTS.isdisjoint(wanted) and not _MADE.isdisjoint(said))
    if attribute in _PLACES:
        return not (_VISITS.isdisjoint(said) or _VISITS.isdisjoint(wanted))
    return False


@lru_cache(maxsize=1 << 14)
def _words(name: str, description: str, tool_name: str) -> frozenset[str]:
    return frozenset(tokens(f"{name} {description} {tool_name}"))
