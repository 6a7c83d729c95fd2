"""Which id arguments take ids of an API's own format, read from the argument's example.

An id argument whose example (its default, or its schema's `example`) is a code of a
format (`B094G2J7MV`, an Amazon ASIN; `ViaBzK11EkE`, a YouTube video id; a UUID;
`2979783`, a GeoNames id as text; `the-beatles`, a slug) takes ids of that API's making.
Another API's answer cannot be trusted to hold one: its ids are drawn from its own
examples or minted (`prd_c4d030`), and a chain sending them on is one a reviewer does not
believe (one vendor's id working in another vendor's API). `own_format_ids(endpoint)`
names such arguments; `edges.py` decides what follows from it. Pure, no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolgen.records import Endpoint, Parameter

# An argument that names an id: `id`, `product_id`, `productId`, `videoID`, `asin`.
_ID_PARAM = re.compile(r"(?:^|_)id$|[a-z0-9](?:Id|ID)$|^asin$", re.I)
_UUID = re.compile(r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}", re.I)
# A code: letters, digits and dashes, at least one digit (`B094G2J7MV`, `2979783`).
_CODE = re.compile(r"(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{4,}")
# A slug: lower-case words joined by dashes (`the-beatles`, `iphone-15-pro`).
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def id_format_example(param: Parameter) -> str | None:
    """The example of `param` when it shows ids of a format of their own, else None."""
    if not _ID_PARAM.search(param.name):
        return None
    shown = param.default if param.has_default else param.json_schema.get("example")
    if not isinstance(shown, str):
        # Integer ids carry their format in their JSON type, which `_fits` compares.
        return None
    return shown if _formatted(shown) else None


@lru_cache(maxsize=1 << 14)
def _formatted(text: str) -> bool:
    return bool(_UUID.fullmatch(text) or _CODE.fullmatch(text)
                or (_SLUG.fullmatch(text) and any(c.isalpha() for c in text)))


def own_format_ids(endpoint: Endpoint) -> frozenset[str]:
    """The arguments of `endpoint` that take ids of its API's own format (module doc)."""
    return frozenset(p.name for p in endpoint.parameters if id_format_example(p) is not None)
