"""A known record stays where it was: a hotel listed in Warsaw is not fetched by its id
as a hotel in Paris because the example address the details endpoint carries is French.

`with_known_place(args, output, rec)` is the call's arguments as `believable_places`
should read them for a read of one known record (`rec`, the call's target): when the
call names no place itself and the record's own object (the top level of the output)
states a city, the city the session remembers for it, as if asked, so the record's
address, country and coordinates follow it. Pure, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.state import EntityRecord
from toolgen.executor.values import normalize_key

# Places or contacts the call sent itself: they decide where the answer is.
_ASKED = frozenset({"city", "country", "country_code", "location", "address", "phone",
                    "phone_number", "latitude", "longitude", "lat", "lng", "lon"})


def with_known_place(args: dict[str, Any], output: Any, rec: EntityRecord | None
                     ) -> dict[str, Any]:
    """`args` with the remembered city of the record read (module doc)."""
    if rec is None or not isinstance(output, dict) or args.keys() & _ASKED:
        return args
    city = rec.fields.get("city")
    if not isinstance(city, str) or not city:
        return args
    if not any(normalize_key(k) == "city" for k in output):
        return args
    return {**args, "city": city}
