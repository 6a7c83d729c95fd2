"""A known record stays where it was: a hotel listed in Warsaw is not fetched by its id
as a hotel in Paris because the example address the details endpoint carries is French.

`with_known_place(args, before, store)` is the call's arguments as `believable_places`
should read them: when the call names no place itself and its output shows a known
entity whose city (else country) the session remembers, that place, as if asked, so the
record's address, country and coordinates follow it. Pure, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.state import EntityRecord
from toolgen.executor.values import id_entity

_ASKED = frozenset({"city", "country", "country_code", "location", "address"})


def with_known_place(args: dict[str, Any], before: list[tuple[dict[str, Any], dict[str, Any]]],
                     store: dict[Any, EntityRecord]) -> dict[str, Any]:
    """`args` with the remembered place of the first known entity shown (module doc)."""
    if not before or args.keys() & _ASKED:
        return args
    for _, old in before:
        for key, ident in old.items():
            if id_entity(key) is None or isinstance(ident, float):
                continue
            rec = store.get(ident)
            if rec is None:
                continue
            for field in ("city", "country"):
                value = rec.fields.get(field)
                if isinstance(value, str) and value:
                    return {**args, field: value}
    return args
