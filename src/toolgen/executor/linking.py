"""An output object's agreement with the session's entity store.

Each object node of a compiled plan carries an `ObjMeta` (its primary id key and entity,
foreign ids, scalar and object fields); `link(ctx, obj, meta)` makes a generated object
agree with what the session knows (a known id: its remembered fields; an unknown one:
remembered from now on; a foreign id: the named entity's fields, all it shares with an
object that has no id of its own) and `json_copy` copies
the JSON it remembers. `same_product(obj, rec)` makes another shop's answer about a
known product state its price, brand and description as the session knows them, whatever
its keys are called.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from toolgen.executor.gen_context import Ctx
from toolgen.executor.price_text import read_price, write_price
from toolgen.executor.product_fit import brand_core, list_price_above, rename_brand
from toolgen.executor.product_kinds import product_kind
from toolgen.executor.state import EntityRecord


@dataclass(slots=True)
class ObjMeta:
    """What an object node knows about itself for echo and entity consistency."""

    entity: str
    pk: str | None = None
    pk_entity: str = ""
    # (key, snake name, accepted python types, allowed values or None) of scalar properties
    scalars: list[tuple[str, str, tuple[type, ...], frozenset[Any] | None]] = field(
        default_factory=list
    )
    # (key, entity) of id properties naming another entity
    foreign: list[tuple[str, str]] = field(default_factory=list)
    # (key, names to remember it under) for the non-id scalars, aliases precomputed
    store_names: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # (key, snake name) of object-valued properties (a booking's `total`)
    nested: list[tuple[str, str]] = field(default_factory=list)
    # (name, key) in first-claim order over `store_names`: which field each remembered
    # name of a new record takes, worked out on the first new record (see `_claims`).
    claims: tuple[tuple[str, str], ...] | None = None
    # (key, entity) of the foreign id a booking or an order is of (a reservation's
    # `book_id`), and its fields that describe that thing (`title`, `author`); see `subject`.
    subject: tuple[str, str] | None = None
    subject_fields: list[tuple[str, str, tuple[type, ...], frozenset[Any] | None]] = field(
        default_factory=list
    )


def link(ctx: Ctx, obj: dict[str, Any], meta: ObjMeta) -> None:
    """Make `obj` agree with what the session knows, and remember what is new.

    The object's own id: known -> overlay the remembered fields (same name, same price);
    unknown -> remember this object. Foreign ids (`hotel_id` in a booking): fill
    `hotel_name` and the like from the remembered hotel.
    """
    store = ctx.store
    pk = meta.pk
    if pk is not None:
        ident = obj.get(pk)
        if isinstance(ident, (str, int)) and not isinstance(ident, bool):
            rec = store.get(ident)
            if rec is None:
                claims = meta.claims
                if claims is None:
                    claims = meta.claims = _claims(meta.store_names)
                fields: dict[str, Any] = {n: obj[key] for n, key in claims}
                for key, nk in meta.nested:
                    if isinstance(obj.get(key), dict | list):
                        fields[nk] = json_copy(obj[key])
                store[ident] = EntityRecord(meta.pk_entity or meta.entity, fields)
            else:
                fields = rec.fields
                for key, nk, types, allowed in meta.scalars:
                    if key == pk:
                        continue
                    if (ctx.writes and nk in ctx.args
                            and obj.get(key) == ctx.args[nk]):
                        # What a write was sent (a branch, a return date) is what it
                        # answers with; the session learns it. A read's filters change
                        # nothing.
                        rec.remember(nk, obj[key], overwrite=True)
                        continue
                    v = fields.get(nk)
                    if v is not None and type(v) in types and (
                            allowed is None or v in allowed or nk in _OWN_NAMES):
                        # a record's own name is its name, whatever list a read draws
                        # names from (a category made as "Little Compass" is not read
                        # back as "Announcements")
                        obj[key] = v
                    elif v is None:
                        rec.remember(nk, obj[key])
                for key, nk in meta.nested:
                    _same_nested(obj, key, nk, rec, ctx.writes and nk in ctx.args)
    if meta.subject is not None:
        _same_subject(ctx, obj, meta)
    known = [(key, ent, rec) for key, ent in meta.foreign
             if (rec := _known(store, obj.get(key))) is not None]
    # An object with no id of its own that names one known record (an invoice of a
    # booking) states what that record was made with: its travel date and route.
    about = pk is None and len(known) == 1 and not ctx.writes
    for key, ent, rec in known:
        prefix = ent + "_"
        for skey, nk, types, allowed in meta.scalars:
            if skey != key and (nk.startswith(prefix) or (about and _stated(nk))):
                v = rec.fields.get(nk) if not about else _field(rec, nk)
                if v is not None and type(v) in types and (allowed is None or v in allowed):
                    obj[skey] = v


# Keys that name the record itself.
_OWN_NAMES = frozenset({"name", "title"})
# Records that are of another thing: a reservation of a book, an order of a product.
_WRAPPERS = frozenset({"booking", "reservation", "appointment", "order", "purchase", "loan",
                       "rental", "hold", "checkout"})
# Foreign ids a booking names beside its thing: where (a branch) and who (a member).
_BESIDE = frozenset({"branch", "library", "store", "shop", "location", "office", "station",
                     "warehouse", "user", "customer", "member", "person", "guest", "patron",
                     "account", "profile", "employee", "contact", "owner", "payment", "card"})


def subject(pk_entity: str, foreign: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The foreign id a record of `pk_entity` is of: a reservation's `book_id` (not its
    `branch_id`), an order's `product_id` (not its `customer_id`); None for records that
    are things of their own."""
    if pk_entity not in _WRAPPERS:
        return None
    return next(((k, e) for k, e in foreign if e not in _BESIDE), None)


def subject_fields(scalars: list[tuple[str, str, tuple[type, ...], frozenset[Any] | None]],
                   content: frozenset[str]
                   ) -> list[tuple[str, str, tuple[type, ...], frozenset[Any] | None]]:
    """The scalars of a booking that describe its thing (a book's `title`, `author`):
    content fields, not the booking's own bookkeeping (`status`, `created_at`)."""
    return [s for s in scalars if s[1] in content and _stated(s[1])]


def _same_subject(ctx: Ctx, obj: dict[str, Any], meta: ObjMeta) -> None:
    """A booking of a book states that book as the session knows it: a reservation of
    `bko_629d1b` is of the "Midnight Signals" the search listed, and two reservations of
    one book name one title. An unknown thing is remembered from this answer."""
    assert meta.subject is not None
    key, ent = meta.subject
    ident = obj.get(key)
    if not isinstance(ident, (str, int)) or isinstance(ident, bool):
        return
    rec = ctx.store.get(ident)
    if rec is None:
        rec = ctx.store[ident] = EntityRecord(ent)
    for skey, nk, types, allowed in meta.subject_fields:
        if nk in ctx.args or skey not in obj:
            continue  # what the call sent is what it answers with
        v = rec.fields.get(nk)
        if v is None:
            rec.remember(nk, obj[skey])
        elif type(v) in types and (allowed is None or v in allowed):
            obj[skey] = v


def _field(rec: EntityRecord, nk: str) -> Any:
    """A record's field, or the one its object field holds (a booking's `travel_cost` in
    its `booking_history`)."""
    v = rec.fields.get(nk)
    if v is None:
        v = next((o[nk] for o in rec.fields.values() if isinstance(o, dict) and nk in o), None)
    return v


def _known(store: dict[Any, EntityRecord], ident: Any) -> EntityRecord | None:
    if not isinstance(ident, (str, int)) or isinstance(ident, bool):
        return None
    return store.get(ident)


# Fields an object keeps of its own even when it is about another record.
_OWN = frozenset({"status", "created_at", "updated_at", "id", "url", "version", "is_active"})


def _stated(nk: str) -> bool:
    return nk not in _OWN and not nk.endswith("_id")


def _claims(store_names: list[tuple[str, tuple[str, ...]]]) -> tuple[tuple[str, str], ...]:
    """(name, key) pairs giving a new record's fields: a name goes to the first key that
    lists it (`name` before `hotel_name`'s alias), in the order names are first met.
    Names alone decide, so every new record of one object node shares the answer."""
    claimed: dict[str, str] = {}
    for key, names in store_names:
        for n in names:
            if n not in claimed:
                claimed[n] = key
    return tuple(claimed.items())


def json_copy(value: Any, memo: dict[int, Any] | None = None) -> Any:
    """`copy.deepcopy(value)` for JSON data (dicts, lists, scalars), without its generic
    dispatch; an object met twice is copied once, as deepcopy does, and anything else
    goes through deepcopy itself."""
    t = type(value)
    if t is str or t is int or t is float or t is bool or value is None:
        return value
    if memo is None:
        memo = {}
    hit = memo.get(id(value))
    if hit is not None:
        return hit
    if t is dict:
        out: dict[Any, Any] = {}
        memo[id(value)] = out
        for k, v in value.items():
            out[k] = json_copy(v, memo)
        return out
    if t is list:
        items: list[Any] = []
        memo[id(value)] = items
        items.extend(json_copy(v, memo) for v in value)
        return items
    return copy.deepcopy(value, memo)


def _same_nested(obj: dict[str, Any], key: str, nk: str, rec: EntityRecord,
                 sent: bool = False) -> None:
    """A known entity's object field (`total`) reads as remembered when the shapes agree,
    and so does its list of words (a tweet's `tags`, BFCL seed 47 #7); a list a write
    sent is what the entity now holds."""
    mine, known = obj.get(key), rec.fields.get(nk)
    if isinstance(mine, list):
        if sent or not isinstance(known, list):
            rec.fields[nk] = json_copy(mine)
        elif all(isinstance(v, str) for v in known):
            obj[key] = json_copy(known)
        return
    if not isinstance(mine, dict):
        return
    if not isinstance(known, dict):
        rec.fields[nk] = json_copy(mine)
    elif known.keys() == mine.keys() and all(
            type(known[k]) is type(mine[k]) for k in mine):
        obj[key] = json_copy(known)


# What one product is called in different shops' answers: its price, brand and description.
_PRICE_KEYS = ("price", "pricing", "sale_price", "current_price", "final_price", "offer_price",
               "price_amount", "product_price", "unit_price")
_BRAND_KEYS = ("brand", "brand_name", "product_brand")
_DESCRIPTION_KEYS = ("description", "full_description", "product_description")
_RATING_KEYS = ("rating", "average_rating", "stars", "rating_value")


def same_product(obj: dict[str, Any], rec: EntityRecord) -> None:
    """A second shop's answer about a known product (`get_amazon_product_details` of the
    `prd_814b9a` a first call priced) states it as the session knows it, whatever its keys
    are called: the remembered price converted into the currency it writes (a bare
    `pricing: "77.46"` after 132.82 GBP was another price), the remembered brand wherever
    it names its own, the remembered description and a rating it states. What it states
    first is remembered for the next call. Other records (a hotel's night and its stay)
    are left to `link`."""
    name = next((v for k in ("name", "title", "product_name") if isinstance(
        v := obj.get(k, rec.fields.get(k)), str)), "")
    if rec.entity not in ("product", "item") and product_kind(name) is None:
        return
    _same_price(obj, rec)
    _same_brand(obj, rec)
    _carry(obj, rec, "description", _DESCRIPTION_KEYS)
    _same_rating(obj, rec)


def _same_rating(obj: dict[str, Any], rec: EntityRecord) -> None:
    key = next((k for k in _RATING_KEYS if type(obj.get(k)) in (int, float)), None)
    if key is None:
        return
    value, known = obj[key], rec.fields.get("rating")
    if isinstance(known, (int, float)) and 0 < known <= 5 and 0 < value <= 5:
        obj[key] = known  # a rating of 0 (none yet) is not given one
    elif known is None and value:
        rec.remember("rating", value)


def _carry(obj: dict[str, Any], rec: EntityRecord, name: str, keys: tuple[str, ...]) -> None:
    key = next((k for k in keys if isinstance(obj.get(k), str)), None)
    if key is None:
        return
    known = rec.fields.get(name)
    if isinstance(known, str):
        obj[key] = known
    else:
        rec.remember(name, obj[key])


def _same_price(obj: dict[str, Any], rec: EntityRecord) -> None:
    key = next((k for k in _PRICE_KEYS if read_price(obj.get(k)) is not None), None)
    if key is None:
        return
    stated = obj.get("currency") if isinstance(obj.get("currency"), str) else None
    known = read_price(rec.fields.get("price"), rec.fields.get("currency"))
    if known is None:
        mine = read_price(obj[key], stated)
        if mine is not None:
            rec.remember("price", mine[0])
            if mine[1] and "currency" not in rec.fields:
                rec.remember("currency", mine[1])
        return
    amount, currency = known
    obj[key] = write_price(amount, currency, obj[key], stated)
    list_price_above(obj)


def _same_brand(obj: dict[str, Any], rec: EntityRecord) -> None:
    key = next((k for k in _BRAND_KEYS if isinstance(obj.get(k), str)), None)
    if key is None:
        return
    mine = brand_core(obj[key])
    known = rec.fields.get("brand")
    if not isinstance(known, str):
        if mine:
            rec.remember("brand", mine)
        return
    if mine and mine != known:
        rename_brand(obj, mine, known)
