"""Which call a reference into a paged result reads: the page the answer reported.

A paged call is made as its first page (an attempt, `<call id>_a<k>`) and the page after
it (the planned call id). The answer reports the first page's first item ("3 came back,
the first being Les Misérables"), but "the first event's min price" was read from the
last page, and a conversion was sent A Midsummer Night's Dream's price (bundled seed 47
#13; 15 of 299 bundled records at that seed). `first_page(outputs, call_id)` is the id
of the call's first page when it was paged (an output holding a `next_cursor`), else the
id itself; a reference moved to it is grounded in that page's tool message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_ATTEMPTS = 4  # a call's attempts before its last: errors, retries and its first page


def first_page(outputs: Mapping[str, Any], call_id: str) -> str:
    for k in range(_ATTEMPTS):
        page = outputs.get(f"{call_id}_a{k}")
        if isinstance(page, dict) and page.get("next_cursor") is not None:
            return f"{call_id}_a{k}"
    return call_id
