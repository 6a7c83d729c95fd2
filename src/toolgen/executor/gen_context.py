"""Per-call generation state for compiled response generators: `Ctx` and `Gen`.

`Ctx` carries one call's random stream, its arguments, the session's entity store and
the place (city/country row) the response is about; a `Gen` is a compiled node. A place
not set by the call is drawn from `rows`: the country the record is in (or the API
serves), else anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolgen.executor.created_status import created_status
from toolgen.executor.pools import PLACES, Pools
from toolgen.executor.state import EntityRecord, canon

_NP = len(PLACES)
CITY_INDEX = {p[0].lower(): i for i, p in enumerate(PLACES)}
COUNTRY_INDEX: dict[str, int] = {}
for _i, _p in enumerate(PLACES):
    COUNTRY_INDEX.setdefault(_p[1].lower(), _i)
    COUNTRY_INDEX.setdefault(_p[2].lower(), _i)


_STATUS_HINTS = {"delete": "cancelled", "update": "updated"}


class Ctx:
    """Per-call generation state: the random stream, the arguments and the entity store."""

    __slots__ = (
        "action",
        "arg_place",
        "args",
        "bits",
        "currency",
        "empty",
        "host",
        "people",
        "place",
        "pools",
        "rand",
        "root_entity",
        "root_id",
        "rows",
        "status_hint",
        "store",
        "writes",
    )

    def __init__(
        self,
        rng: Any,
        pools: Pools,
        args: dict[str, Any],
        store: dict[Any, EntityRecord],
        action: str = "list",
        empty: bool = False,
        root_id: Any = None,
        root_entity: str = "",
        writes: bool = False,
        rows: tuple[int, ...] = (),
    ) -> None:
        self.rand: Callable[[], float] = rng.random
        self.bits: Callable[[int], int] = rng.getrandbits
        self.pools = pools
        self.args = args
        self.store = store
        self.action = action
        self.empty = empty
        self.root_id = root_id
        self.root_entity = canon(root_entity)
        # A call that changes data (`library_reserve_book`) even when read as a lookup.
        self.writes = writes or action in ("create", "update")
        self.place = -1
        self.rows = rows
        # the web host of the service answering (`own_host`): its own links are on it
        self.host: str | None = None
        # role -> row of the person pools, for the object being drawn (`persons.py`)
        self.people: dict[str, int] | None = None
        self.arg_place = _arg_place(args)
        cur = args.get("currency") or args.get("currency_code")
        self.currency: str | None = cur if isinstance(cur, str) and len(cur) == 3 else None
        self.status_hint = (created_status(self.root_entity, args) if action == "create"
                            else _STATUS_HINTS.get(action))

    def place_index(self) -> int:
        if self.place < 0:
            rows = self.rows
            self.place = rows[int(self.rand() * len(rows))] if rows else int(self.rand() * _NP)
        return self.place

    def person(self, role: str) -> int:
        """The row of the person pools `role` is in the object being drawn: drawn at the
        first field of that person, read by every other one (name, handle, email)."""
        people = self.people
        if people is None:
            people = self.people = {}
        i = people.get(role)
        if i is None:
            i = people[role] = int(self.rand() * len(self.pools.persons))
        return i


def _arg_place(args: dict[str, Any]) -> int:
    if not args:
        return -1
    for key in ("city", "location", "destination", "city_name", "country", "country_code"):
        v = args.get(key)
        if isinstance(v, str):
            i = CITY_INDEX.get(v.lower())
            if i is None:
                i = COUNTRY_INDEX.get(v.lower())
            if i is not None:
                return i
    return -1


Gen = Callable[[Ctx], Any]


def pick(pool: tuple[Any, ...]) -> Gen:
    """A generator drawing uniformly from a fixed pool."""
    n = len(pool)
    return lambda ctx: pool[int(ctx.rand() * n)]
