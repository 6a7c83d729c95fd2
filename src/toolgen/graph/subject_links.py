"""Whether a data-flow link between two tools passes on what both calls are about.

A plain attribute (a city, a country, a time zone, an email: `fields.ATTRIBUTE_KEYS`) may
cross between tools of any domain, so the graph links SMSto's last campaign to
Checkiday's events of the day through the campaign's `timezone` (ToolBench seed 7 #21),
a Vinted user's `country` to a licence-plate reader, a publisher's country to a name's
gender check (seed 71 #0). A reader believes such a follow-up only when the value passed
is the subject of both calls: what their endpoints' names, descriptions or tool names
speak of ("Fuel Price by City" then "Get Zips in City", "Verify Email" then "Send
Email"). A time zone looked up may set the day of anything after it; a price's currency
may go to any payment or conversion; a seat never leaves its tool; an address a
throwaway-mail service reads is one it made, never another's; a city is not carried into
a call whose postcode the user states. `incidental_link` is a
cross-tool attribute link that breaks this (`off_subject`); `believable` builds a chain
holding one again, and the judge's `off_subject` check reads the same rule off a record.
References (ids, codes) are `edges.same_kind`'s business, and a link inside one tool is
always its own subject. Pure.
"""

from __future__ import annotations

from functools import lru_cache

from toolgen.graph.fields import ATTRIBUTE_KEYS, tokens
from toolgen.records import Edge, Endpoint

# Words by which an endpoint speaks of an attribute (besides the attribute's own words):
# a geocoder's or an address's place, the city of what happens somewhere (an event, a
# hotel: dinner near the concert), a flight's airline.
_PLACE = ("location", "locations", "address", "addresses", "geocode", "geocoding", "geo",
          "place", "places", "postal", "zip", "zipcode", "weather", "forecast", "event",
          "events", "venue", "venues", "hotel", "hotels", "restaurant", "restaurants",
          "airport", "airports", "trip", "trips")
_SPOKEN: dict[str, frozenset[str]] = {
    "city": frozenset({"city", "cities", "town", "towns", *_PLACE}),
    "country": frozenset({"country", "countries", "nation", "nations", "national", *_PLACE}),
    "postcode": frozenset({"postcode", "postcodes", *_PLACE}),
    "zip_code": frozenset({"zipcodes", *_PLACE}),
    "timezone": frozenset({"timezone", "timezones", "tz", "clock"}),
    "currency": frozenset({"currency", "currencies", "exchange", "forex", "price", "prices",
                           "cost", "costs", "rate", "rates", "payment", "payments"}),
    "email": frozenset({"email", "emails", "mail", "mailbox", "inbox"}),
    "language": frozenset({"language", "languages", "lang", "translate", "translation",
                           "translator", "locale", "detect", "detection"}),
    "money": frozenset({"payment", "payments", "pay", "convert", "conversion", "exchange",
                        "currency", "currencies", "forex", "invoice", "transfer", "rate",
                        "rates"}),
    "airline": frozenset({"airline", "airlines", "flight", "flights", "carrier", "carriers"}),
}
_POSTCODES = frozenset({"postal_code", "postcode", "post_code", "zip", "zip_code", "zipcode",
                        "postalcode"})
_THROWAWAY = frozenset({"temp", "temporary", "disposable", "throwaway", "burner"})
_TEXT = 300  # characters of a description read, as the graph's vocabularies do


def attribute_of(source_field: str) -> str | None:
    """The attribute key a data-flow link passes (`hotels[].city` -> `city`), None for a
    reference or any other field."""
    last = source_field.rsplit(".", 1)[-1].replace("[]", "")
    key = "_".join(tokens(last))
    return key if key in ATTRIBUTE_KEYS else None


def speaks_of(endpoint: Endpoint, attribute: str) -> bool:
    """Whether the endpoint's name, description or tool name speak of `attribute`."""
    return text_speaks_of(endpoint.name, endpoint.description[:_TEXT], endpoint.tool_name,
                          attribute)


@lru_cache(maxsize=1 << 14)
def text_speaks_of(name: str, description: str, tool_name: str, attribute: str) -> bool:
    """`speaks_of` for an endpoint known by its texts (a record's call and its tool)."""
    said = said_words(name, description, tool_name)
    words = _SPOKEN.get(attribute, frozenset()) | set(attribute.split("_"))
    # "time zone" is two words in prose
    return not said.isdisjoint(words) or (attribute == "timezone" and {"time", "zone"} <= said)


Texts = tuple[str, str, str]
"""An endpoint's name, description and tool name."""


@lru_cache(maxsize=1 << 14)
def said_words(name: str, description: str, tool_name: str) -> frozenset[str]:
    """The words an endpoint's name, description and tool name say (`Texts`)."""
    return frozenset(tokens(f"{name} {description} {tool_name}"))


def texts(endpoint: Endpoint) -> Texts:
    return endpoint.name, endpoint.description[:_TEXT], endpoint.tool_name


def incidental_link(edge: Edge, source: Endpoint, target: Endpoint) -> bool:
    """Whether `edge` carries an attribute of `source`'s answer to another tool although
    `source` is not about that attribute (module doc)."""
    if edge.kind != "data_flow" or source.tool_id == target.tool_id or not edge.source_field:
        return False
    attribute = attribute_of(edge.source_field)
    if attribute == "city" and _states_postcode(target):
        # the user states the address's postcode before the first call answers, so a
        # city carried from that answer cannot agree with it: "postal code 20121" (Milan)
        # validated in the first art event's city, Firenze (ToolBench seed 71 #0)
        return True
    return attribute is not None and off_subject(attribute, texts(source), texts(target))


def _states_postcode(endpoint: Endpoint) -> bool:
    return any(p.required and "_".join(tokens(p.name)) in _POSTCODES
               for p in endpoint.parameters)


def off_subject(attribute: str, source: Texts, target: Texts) -> bool:
    """Whether passing `attribute` from a call of one tool (`source`'s texts) to another
    (`target`'s) ties them by what the first is not about. A seat belongs to its own
    flight or hall, never another tool's; a price's currency is paid or converted (a
    target about money takes it from anything priced)."""
    if attribute == "seat":
        return True
    if attribute == "email" and _disposable(*target):
        return True
    if attribute == "currency" and text_speaks_of(*target, "money"):
        return False
    if attribute == "timezone" and text_speaks_of(*source, attribute):
        return False  # a time zone looked up sets the "today" of what follows
    # Both calls are about the value: "Fuel Price by City" then "Get Zips in City". A
    # publisher's country is no filter of a name's gender check (ToolBench seed 71 #0).
    return not (text_speaks_of(*source, attribute) and text_speaks_of(*target, attribute))


@lru_cache(maxsize=1 << 12)
def _disposable(name: str, description: str, tool_name: str) -> bool:
    """Whether a tool hands out throwaway mailboxes: the address it reads is one it made,
    never one another service verified or returned."""
    return not _THROWAWAY.isdisjoint(tokens(f"{name} {description} {tool_name}"))
