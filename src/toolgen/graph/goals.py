"""Whether a chain's calls serve one goal, and whether an attribute passed from one tool's
answer to another's call is a step of one errand.

A call of a tool the chain has not called yet serves the goal of the calls before it when
it is of a piece with one of them (`subjects.of_a_piece`: one service, or names about one
thing), when it takes a reference from one (an id or code `edges.same_kind` let through),
or when an attribute it takes from one is on both calls' subject (`subject_links`) and a
step of one errand (`attribute_step`). A person who looks up North Dakota's ZIP codes does
not go on to the districts of a city in Vietnam (ToolBench seed 71 #8); `strays` names
such calls, `planned_strays` reads them off a plan (a link the planner does not pass ties
nothing), and `pipeline.plan` builds such a chain again. `ties` is the rule for one
link: the planner passes no attribute a link does not carry a step of one errand on, so
a chain no try builds again asks its stray call in a turn of its own, with the user's own
value, instead of "airports named Mumbai Airport in the city you find" after a fuel price
in Bengaluru (ToolBench seed 71 #5). Nor does a link tie a return to a product found in
a catalogue search (only a read of what was bought names what is taken back), nor a rate
look-up to another service's currency (a conversion of its amount is an errand).

Inside one category two tools may share a subject ("Fuel Price by City" then "Get Zips in
City"), and `subject_links` judges that. Across categories a reader believes only a few
workflows: a place one travels to going to what is there (a hotel in the event's city,
the weather for the trip), a price's currency going to a conversion, and a booking's or
an order's currency going to its payment. A publisher's country is no reason to look up
that country's Covid history (ToolBench seed 71 #0), a market's currency none to send
an Ethereum transfer (#9), a hotel stay's country none to track a parcel to it (#29).
Categories that are question files (BFCL) say nothing, so every step passes there.
A value passed back to be written as itself serves nothing: an email checked, then
"updated" to the same address at another service (ToolBench seed 71 #12). Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from toolgen.graph.edges import real_category
from toolgen.graph.fields import tokens
from toolgen.graph.purposes import are_twins
from toolgen.graph.subject_links import (
    Texts,
    attribute_of,
    incidental_link,
    said_words,
    texts,
)
from toolgen.graph.subjects import of_a_piece
from toolgen.records import Chain, Edge, Endpoint, PlannedCall
from toolgen.registry.word_lookup import endpoint_looks_up_words

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


def strays(chain: Chain, endpoints: Mapping[str, Endpoint]) -> tuple[str, ...]:
    """The endpoints of `chain` that are the first call of their tool and serve no goal
    of the calls before them (module doc), ask again what one of them asked (an email
    verified, then validated by another service: ToolBench seed 7 #203), or write back
    as itself a value one of them was sent (`_written_back`), in chain order."""
    out: list[str] = []
    before: list[Endpoint] = []
    for step in chain.steps:
        called = [endpoints[e] for e in step]
        for ep in called:
            if before and ep.tool_id not in {b.tool_id for b in before} and (
                    any(are_twins(b, ep) for b in before)
                    or not _serves(ep, before, chain.links, endpoints)
                    or _writes_back(ep, before, chain.links, endpoints)):
                out.append(ep.id)
        before += called
    return tuple(out)


def planned_strays(chain: Chain, calls: Sequence[PlannedCall],
                   endpoints: Mapping[str, Endpoint]) -> tuple[str, ...]:
    """`strays` of `chain` with only the links its planned `calls` pass on: a city the
    planner would not carry (a US ZIP's city is no city of Vietnam) ties nothing."""
    endpoint_of = {c.call_id: c.endpoint_id for c in calls}
    passed = {(endpoint_of.get(a.call_id or ""), c.endpoint_id) for c in calls
              for a in c.arguments if a.source == "tool_output"}
    # the city a user searched in, said again for the next call (`planner.stated_cities`),
    # ties the two as the link it stands for did
    passed |= {(e.source, e.target) for e in chain.links
               if _said_again(e.source, e.target, calls)}
    links = tuple(e for e in chain.links if (e.source, e.target) in passed)
    return strays(chain.model_copy(update={"links": links}), endpoints)


def _said_again(source: str, target: str, calls: Sequence[PlannedCall]) -> bool:
    """Whether a text the user gave a `source` call is given again to a `target` call."""
    said = {str(a.value) for c in calls if c.endpoint_id == source for a in c.arguments
            if a.source in ("user", "clarification") and isinstance(a.value, str)
            and len(a.value) > 2}
    return any(str(a.value) in said for c in calls if c.endpoint_id == target
               for a in c.arguments if a.source in ("user", "clarification"))


def ties(link: Edge, endpoints: Mapping[str, Endpoint]) -> bool:
    """Whether passing `link`'s value on can be a step of one errand: a reference, a value
    within one tool, or an attribute its source is about going one step of an errand on
    (`attribute_step`; the judge's `off_subject` reads records by the same rule). A
    publisher's country into a Covid history (ToolBench seed 71 #0) or a fuel price's
    city into an airport search (#5) ties nothing, nor does a catalogue search's product
    into a return (`_returns_unbought`), any answer's currency into a rate look-up
    (`_rate_of`) or any answer's language into a dictionary's word lookup
    (`_language_of_lookup`); the planner has the user state such a value instead."""
    source, target = endpoints[link.source], endpoints[link.target]
    if _rate_of(link, target) or _language_of_lookup(link, target):
        return False
    if source.tool_id == target.tool_id:
        return True
    return not _returns_unbought(source, target) and _carries_goal(link, source, target)


# Name words of a call taking back a thing bought, and of a read of what one bought.
_TAKES_BACK = frozenset({"return", "returns", "refund", "refunds"})
_BOUGHT = frozenset({"order", "orders", "checkout", "purchase", "purchases", "booking",
                     "bookings", "payment", "payments", "reservation", "reservations",
                     "ticket", "tickets", "delivery", "deliveries", "invoice", "invoices"})
# Parameter words of a conversion of an amount (not a look-up of a rate).
_AMOUNTS = frozenset({"amount", "value", "price", "total", "sum", "quantity"})


def _returns_unbought(source: Endpoint, target: Endpoint) -> bool:
    """Whether `target` takes back something `source`, no read of what the user bought,
    named: a product found in a catalogue search or put in a cart is returned on no order
    (bundled seed 71 #1: "set up a return on order ord_0725 for the first item's
    product" after a search for office chairs)."""
    return (not _TAKES_BACK.isdisjoint(tokens(target.name))
            and _BOUGHT.isdisjoint(tokens(source.name)))


def _rate_of(link: Edge, target: Endpoint) -> bool:
    """Whether `link` sends a currency of an answer to a rate look-up that converts no
    amount: nobody asks "the rate to CAD with the flight booking's currency" (bundled seed
    71 #5), nor, having converted an amount to SEK, "the rate to AUD with the amount's
    currency" (#47); converting the refund's amount is an errand."""
    return (attribute_of(link.source_field or "") == "currency"
            and not any(_AMOUNTS & set(tokens(p.name)) for p in target.parameters))


def _language_of_lookup(link: Edge, target: Endpoint) -> bool:
    """Whether `link` sends a language into a dictionary's word lookup: the word asked is
    the user's, not the answer's, so "the synonyms of easy in the text's language" after
    an Italian translation asks Italian synonyms of an English word (ToolBench seed 97)."""
    words = set(tokens(link.target_param or ""))
    return bool(words & {"language", "lang", "locale"}) and endpoint_looks_up_words(target)


def _of_the_goal(ep: Endpoint, before: Sequence[Endpoint]) -> bool:
    """Whether `ep` is of a tool or a piece with a call `before` it, or the first call."""
    return not before or any(b.tool_id == ep.tool_id or of_a_piece(b, ep) for b in before)


def _serves(ep: Endpoint, before: Sequence[Endpoint], links: Sequence[Edge],
            endpoints: Mapping[str, Endpoint]) -> bool:
    if _of_the_goal(ep, before):
        return True
    earlier = {b.id for b in before}
    return any(link.target == ep.id and link.source in earlier
               and _carries_goal(link, endpoints[link.source], ep) for link in links)


def _writes_back(ep: Endpoint, before: Sequence[Endpoint], links: Sequence[Edge],
                 endpoints: Mapping[str, Endpoint]) -> bool:
    earlier = {b.id for b in before}
    return any(link.target == ep.id and link.source in earlier and _written_back(
        link, endpoints[link.source], ep) for link in links)


def _carries_goal(link: Edge, source: Endpoint, target: Endpoint) -> bool:
    attribute = attribute_of(link.source_field or "")
    if attribute is None:
        return True  # a reference `same_kind` let through
    return not incidental_link(link, source, target) and attribute_step(
        attribute, (source.category, texts(source)), (target.category, texts(target)))


# Name words of a call that writes the value it is sent.
_WRITES = frozenset({"update", "set", "change", "edit", "modify", "replace", "save"})


def _written_back(link: Edge, source: Endpoint, target: Endpoint) -> bool:
    """Whether `link` passes back the attribute `source` was sent, for `target` to write
    as the same field: an email checked, then "updated" to itself at another service
    (ToolBench seed 71 #12, #15)."""
    attribute = attribute_of(link.source_field or "")
    if attribute is None:
        return False
    sent = {"_".join(tokens(p.name)) for p in source.parameters}
    return (attribute in sent and "_".join(tokens(link.target_param or "")) == attribute
            and not _WRITES.isdisjoint(tokens(target.name)))


def attribute_step(attribute: str, source: tuple[str, Texts],
                   target: tuple[str, Texts]) -> bool:
    """Whether passing `attribute` from a call of category and texts `source` to one of
    `target` is a step of one errand (module doc)."""
    (source_category, source_texts), (target_category, target_texts) = source, target
    if source_category == target_category or not (
            real_category(source_category) and real_category(target_category)):
        return True
    said, wanted = said_words(*source_texts), said_words(*target_texts)
    if attribute == "currency":
        return not _CONVERSIONS.isdisjoint(wanted) or (
            not _PAYMENTS.isdisjoint(wanted) and not _MADE.isdisjoint(said))
    if attribute in _PLACES:
        return not (_VISITS.isdisjoint(said) or _VISITS.isdisjoint(wanted))
    return False

