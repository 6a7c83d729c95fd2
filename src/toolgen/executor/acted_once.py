"""An endpoint whose name does one thing once answers one result of doing it.

`walmart_purchase(loc, product_list)`, `exchange_currency(amount, from, to)`,
`claim_venue(...)`, `place_order(id)`: the name leads (or, after a vendor's namespace,
follows it) with a verb of doing a thing once (`ONCE`: purchase, buy, order, place,
claim, redeem, transfer, pay, exchange, convert). Such a call buys, claims or converts
what it was sent: its answer is one record (the purchase, the conversion), never a
listing of other purchases "of 15 found", and it holds what was sent: the items bought
(a list argument), the amount converted. The verb is not the record's subject either:
`place_order` makes an order, not a place with a latitude.

Owns: which names act once (`once_verb`) and the action they are read as
(`once_action`), the finish step making an inferred answer's
lists of what was sent hold it (`kept_lists`), what a vendor's `<namespace>_<verb>`
makes (`made_after_namespace`), the shape a listing of such an endpoint becomes
(`acted_fields`), and the verb words its domain must not be read from (`verb_not_subject`).
Reads no output and draws nothing; never touches the network.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from toolgen.executor.result_kinds import own_words
from toolgen.executor.values import schema_type, singular
from toolgen.records import Endpoint

# Verbs of doing a thing once, with the status its record has afterwards ("" for a
# conversion: a figure, no lasting record).
ONCE: dict[str, str] = {
    "purchase": "completed", "buy": "completed", "order": "placed", "place": "placed",
    "claim": "claimed", "redeem": "redeemed", "transfer": "completed", "pay": "paid",
    "exchange": "", "convert": "",
}
# Words that make a name read: a listing or an aspect of records (`order_history`,
# `purchase_status`, `exchange_rates`), or a read verb before the action's noun.
_READS = frozenset(" ".join((
    "get list search find fetch retrieve lookup query check show view read browse track",
    "calculate estimate compare count all my history status details detail info",
    "information summary stats statistics report receipt rate rates type types method",
    "methods option options log logs limit limits fee fees code codes",
)).split())


# Words before a verb that make it no vendor's namespace (`maybe_add_...` may add nothing).
_HEDGES = frozenset({"maybe", "try", "auto", "also", "then", "if", "can", "should"})


def once_verb(words: list[str] | tuple[str, ...]) -> str | None:
    """The verb of doing a thing once that an endpoint's own name words lead with (first
    or second word), or None when the name reads or names many things."""
    if not words or set(words) & _READS or words[0] in _HEDGES:
        return None
    for i, w in enumerate(words[:2]):
        if w in ONCE:
            rest = words[i + 1:]
            if any(len(r) > 3 and singular(r) != r for r in rest):
                return None  # `buy_tickets`, `order_items`: many, each its own record
            return w
    return None


# Verbs whose once-action makes a record the user may refer to later (a purchase id): read
# as a create; the rest answer one result of the act (`get`).
_MAKES = frozenset({"purchase", "buy", "order"})


def once_action(words: list[str] | tuple[str, ...]) -> str | None:
    """The action of a name that does a thing once and reads as no listing: `create` for
    a purchase or an order (`walmart_purchase`), `get` for a claim, a transfer or a
    conversion (`exchange_currency`); None when the name does nothing once."""
    verb = once_verb(words)
    if verb is None:
        return None
    return "create" if verb in _MAKES else "get"


def verb_not_subject(words: list[str] | tuple[str, ...]) -> str | None:
    """The verb of a name that makes a lasting record, when it is no subject of the record
    (`place_order` places an order: its domain is an order's, not a place's with a
    latitude; `concert_book_ticket` books a ticket, not a novel with an ISBN), or None. A
    conversion's verb is its subject (`exchange_currency` answers an exchange)."""
    verb = once_verb(words)
    if verb is not None:
        return verb if ONCE[verb] else None
    if set(words) & _READS or (words and words[0] in _HEDGES):
        return None
    # `book`/`reserve` before what is booked (`address_book` is a book of addresses)
    return next((w for w in words[:2] if w in _BOOKING and words[-1] != w), None)


_BOOKING = frozenset({"book", "reserve"})


# What a once-verb makes, named as a record (`walmart_purchase` answers a purchase).
_MADE = {"purchase": "purchase", "buy": "purchase", "order": "order", "claim": "claim",
         "redeem": "redemption", "transfer": "transfer", "pay": "payment"}


def made_after_namespace(words: list[str] | tuple[str, ...]) -> str | None:
    """The record a name of a vendor's namespace and a once-verb alone makes
    (`walmart_purchase` -> purchase), or None."""
    if len(words) == 2 and once_verb(words) == words[1]:
        return _MADE.get(words[1])
    return None


def sent_lists(endpoint: Endpoint, taken: dict[str, Any]) -> dict[str, Any]:
    """The endpoint's list parameters, as fields holding what was sent (the items bought),
    except those `taken` already."""
    out: dict[str, Any] = {}
    for p in endpoint.parameters:
        sub = p.json_schema if isinstance(p.json_schema, dict) else {}
        if schema_type(sub) == "array" and p.name not in taken:
            items = sub.get("items") if isinstance(sub.get("items"), dict) else {"type": "string"}
            out[p.name] = {"type": "array", "items": items}
    return out


def acted_fields(endpoint: Endpoint, verb: str, record: dict[str, Any]) -> dict[str, Any]:
    """The one record a `verb` call answers: `record` (its id, domain fields and the
    scalars echoed), the lists it was sent, and the status it is left in."""
    sent = sent_lists(endpoint, record)
    if sent:
        # a drawn name beside the items sent would name another purchase
        record = {k: v for k, v in record.items() if k != "name" and not k.endswith("_name")}
    props = {**record, **sent}
    status = ONCE.get(verb, "")
    if status:
        props["status"] = {"type": "string", "enum": [status]}
    return props


Finish = Callable[[Any, dict[str, Any], random.Random], None]


def lists_finish(endpoint: Endpoint, action: str, shape: dict[str, Any],
                 inferred: bool) -> Finish | None:
    """`kept_lists` for an inferred answer of a call that makes, changes or does a thing
    once (the shapes `sent_lists` fed), else None: a read's `items` are what it found."""
    once = action == "get" and once_verb(own_words(endpoint)) is not None
    if not inferred or (action not in ("create", "update") and not once):
        return None
    return kept_lists(shape, sent_lists(endpoint, {}))


def kept_lists(shape: dict[str, Any], lists: dict[str, Any]) -> Finish | None:
    """The finish step of an inferred answer that holds `lists` (`sent_lists` fields of
    `shape`): each holds the list the call sent; one sent empty, or not sent, goes (a drawn
    list beside `customFields: []` says what was not set). None when `shape` has none."""
    props = shape.get("properties")
    names = tuple(k for k in lists if isinstance(props, dict) and k in props)
    if not names:
        return None

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if not isinstance(output, dict):
            return
        for name in names:
            sent = args.get(name)
            if isinstance(sent, list) and sent:
                output[name] = list(sent)
            else:
                output.pop(name, None)

    return step
