"""One conversation's world: the entities seen, created, changed and deleted, plus auth and pages.

Owns `EntityRecord` (an id's entity and its scalar fields, remembered so a later call
using the id gets the same name and price) and `SessionState` (the id store, the ids
created and still alive per entity, deleted ids, pending pages of paginated lists, the
auth token, the records' views in other languages, see `views`, and the pairs of
key-value stores, see `kv_store`). Plain dicts and
lists, mutated only by the session. Never touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Entities that name the same thing; `book_hotel` creates a booking that
# `list_reservations` must show.
_SYNONYMS = {"reservation": "booking", "appointment": "booking", "purchase": "order"}


def canon(entity: str | None) -> str:
    """The entity name used for matching (synonyms folded)."""
    if not entity:
        return ""
    return _SYNONYMS.get(entity, entity)


def field_aliases(name: str, entity: str) -> tuple[str, ...]:
    """The names a record's field is known by: plain and entity-prefixed (`name`,
    `hotel_name`); a city record's own `city` is also its `name` (a list of cities says
    `city: "Mumbai"`, a get-by-id of one says `name`); a thing's `title` is also its
    `name` (a person's is not)."""
    prefix = entity + "_"
    if name == entity:
        return (name, "name", prefix + "name")
    if name in _TITLED and entity not in _PEOPLE:
        # A page created with a `title` is listed by its `name`, and the other way round.
        other = _TITLED[name]
        return (name, prefix + name, other, prefix + other)
    return (name, name[len(prefix):]) if name.startswith(prefix) else (name, prefix + name)


# A thing's title is its name; a person's name is not their (job) title.
_TITLED = {"title": "name", "name": "title"}
_PEOPLE = frozenset({"user", "customer", "employee", "person", "author", "player", "contact",
                     "member", "artist", "driver", "passenger", "guest", "patient", "student",
                     "teacher", "doctor", "agent", "owner", "profile", "account", "candidate"})


@dataclass(slots=True)
class EntityRecord:
    """What the session knows about one id: its entity and scalar fields by snake name.

    Fields are stored under both their plain name and their entity-prefixed name
    (`name` and `hotel_name`) so either spelling in a later schema finds them.
    """

    entity: str
    fields: dict[str, Any] = field(default_factory=dict)

    def remember(self, name: str, value: Any, overwrite: bool = False) -> None:
        for n in field_aliases(name, self.entity):
            if overwrite or n not in self.fields:
                self.fields[n] = value


@dataclass(slots=True)
class Page:
    """The rest of a paginated list, waiting for its cursor, with what every page of
    the query states alike: its item count and the listing fields beside the list."""

    items: list[Any]
    page: int
    total: int = 0
    fields: dict[tuple[str, ...], Any] = field(default_factory=dict)
    size: int = 0  # items on the first page: every page states it as its page size


@dataclass(slots=True)
class SessionState:
    """Everything one conversation's calls have done to the mock world."""

    store: dict[Any, EntityRecord] = field(default_factory=dict)
    alive: dict[str, list[Any]] = field(default_factory=dict)  # canon entity -> created ids
    deleted: set[Any] = field(default_factory=set)
    pages: dict[tuple[str, str], Page] = field(default_factory=dict)  # (endpoint id, cursor)
    # (id, language) -> the record as seen in another language than the one it states
    # (see `views`): a translation is a view of the record, not an edit of it.
    views: dict[tuple[Any, str], EntityRecord] = field(default_factory=dict)
    token: str | None = None
    auth_expired: bool = False
    token_required: bool = False
    # The country the conversation is in (code): set by its first call that names a place
    # or whose API serves one; places no later call names are drawn there.
    home: str = ""
    # API (tool id) -> the country of the last place a call of it named (code): its money
    # is in that country's currency, and so is a later call's of the same API that names
    # none (a booking after a search; `place_currency`).
    money_country: dict[str, str] = field(default_factory=dict)
    # A key-value store's pairs, by store (see `kv_store`): what a read of it shows.
    kv: dict[str, dict[Any, Any]] = field(default_factory=dict)
    # (id, tier) -> (unit price, currency) a result stated, and one a purchase paid (see
    # `paid_prices`): what a later purchase costs, and what a later read lists it at.
    prices: dict[tuple[Any, str], tuple[float, str | None]] = field(default_factory=dict)
    paid: dict[tuple[Any, str], tuple[float, str | None]] = field(default_factory=dict)
    # id -> the total a result stated for it (see `kept_total`)
    totals: dict[Any, Any] = field(default_factory=dict)
    # query -> (the total its first read stated, things made by then): `list_again`
    listed: dict[str, tuple[int, int]] = field(default_factory=dict)

    def created(self, entity: str, ident: Any) -> None:
        ids = self.alive.setdefault(canon(entity), [])
        if ident not in ids:
            ids.append(ident)
        self.deleted.discard(ident)

    def delete(self, ident: Any) -> None:
        self.deleted.add(ident)
        rec = self.store.get(ident)
        if rec is not None:
            ids = self.alive.get(canon(rec.entity))
            if ids and ident in ids:
                ids.remove(ident)
        for ids in self.alive.values():
            if ident in ids:
                ids.remove(ident)

    def alive_ids(self, *entities: str) -> list[Any]:
        out: list[Any] = []
        for e in dict.fromkeys(canon(x) for x in entities if x):
            out.extend(i for i in self.alive.get(e, ()) if i not in out)
        return out
