"""Which bookkeeping fields a kind of record carries: the stamps of things people keep.

An inferred shape used to add `created_at`, `updated_at`, `is_active` and `version` to any
record, and a `<noun>_code` to a thin one: a country's population came back with
`version: 7`, a disaster aggregate with `is_active: true`, an avatar with
`avatar_code: "QX4821"`. A reviewer reads those as padding. Real APIs stamp what someone
makes and keeps (a file, a note, an order, an account): when it was made and changed, and
whether it is switched on; they version what is edited and revised (a document, a
template, a configuration), and give reference codes to what is booked, shipped or
redeemed. A fact, a statistic, a computed result or a population has none of them.

A `url` is a page of its own: a kept record or a named thing has one, a disaster
aggregate or a statistic does not. `stamp_allowed(key, noun)` says whether extra `key`
fits a record of `noun` (a caller lets a `url` through on a named record);
`has_code(noun)` whether such a record carries a reference code. Keyed on the record's
noun (its last word), never on a tool.
"""

from __future__ import annotations

# Records someone makes, keeps and edits: they have a creation and an update time.
_MADE = frozenset(" ".join((
    "file document doc note task todo folder article post page message email mail comment",
    "review recipe playlist list collection album project ticket issue order booking",
    "reservation invoice payment subscription account user profile campaign event job",
    "template repository repo report draft form survey contact lead deal webhook key token",
    "session upload image photo video attachment board card channel group team workspace",
    "calendar reminder alarm goal habit entry product listing ad advert coupon cart wishlist",
    "shipment parcel package transaction transfer refund application customer member",
    "employee link site website app device bot agent workflow pipeline dataset model script",
    "snippet config configuration setting settings policy rule schedule appointment",
    "meeting thread conversation chat story tweet bookmark favorite favourite checkin",
    "avatar asset bucket secret credential order_item item_list sheet spreadsheet",
    "presentation course lesson quiz question answer poll submission build release",
)).split())
# Records that are edited and revised: they carry a version number.
_VERSIONED = frozenset(" ".join((
    "file document doc note article page template repository repo report draft form",
    "survey dataset model script snippet config configuration setting settings policy",
    "rule workflow pipeline app sheet spreadsheet presentation build release recipe",
    "schema package library plugin extension",
)).split())
# Records that are switched on and off: an `is_active` flag says which.
_SWITCHED = frozenset(" ".join((
    "account user profile subscription plan key token webhook campaign coupon product",
    "listing member employee customer device session rule schedule channel bot agent",
    "workflow pipeline link site website app api_key apikey license licence promotion",
    "promo offer discount voucher alert monitor trigger integration connection",
)).split())
# Records with a reference code a person quotes (a booking's "QX4821", a parcel's).
_CODED = frozenset(" ".join((
    "order booking reservation ticket shipment parcel package invoice payment coupon",
    "voucher promo promotion discount flight course product item transaction transfer",
    "refund return claim case application membership subscription gift giftcard",
    # a code, a referral or a promo code is its code
    "code", "referral",
)).split())

_MADE_KEYS = frozenset({"created_at", "updated_at"})


def _head(noun: str) -> str:
    return (noun or "").replace("-", "_").split("_")[-1].lower()


def stamp_allowed(key: str, noun: str) -> bool:
    """Whether the extra `key` fits a record of `noun` (other keys are left to their own
    rules: a url, a description, a country)."""
    head = _head(noun)
    if key in _MADE_KEYS:
        return head in _MADE
    if key == "version":
        return head in _VERSIONED
    if key == "is_active":
        return head in _SWITCHED
    if key == "url":
        return head in _MADE  # a page of its own; a named thing is let through by the caller
    return True


def has_code(noun: str) -> bool:
    """Whether a record of `noun` carries a reference code people quote."""
    return _head(noun) in _CODED
