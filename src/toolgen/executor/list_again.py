"""A list read again counts what the conversation did in between.

Bundled seed 7: `list_deliveries` said 40 deliveries, a delivery was ordered, and the
same list read again said 37. A reviewer expects 41. `listed_again(state, key, output,
list_path, alive)` remembers the total the first read of a query stated and how many
things the conversation had made then (`alive`); a later read of the same query (`key`:
the endpoint and its arguments but for paging) states that total plus what was made
since, less what was removed. In place, deterministic.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.page_meta import PagePlace, page_total, state_page
from toolgen.executor.paging import at_path
from toolgen.executor.state import SessionState
from toolgen.executor.values import normalize_key

_PAGING = frozenset({"page", "offset", "cursor", "page_token", "next_cursor", "skip", "start",
                     "page_number", "pagenumber", "after", "before"})


def query_key(endpoint_id: str, args: dict[str, Any]) -> str:
    """The endpoint and its arguments but for paging: one query across its pages."""
    rest = sorted((k, repr(v)) for k, v in args.items() if normalize_key(k) not in _PAGING)
    return f"{endpoint_id}{rest}"


def listed_again(state: SessionState, key: str, output: Any,
                 list_path: tuple[str, ...] | None, alive: int,
                 place: PagePlace | None) -> int | None:
    """State the remembered total of query `key`, moved by what was made since; the
    total now stated when it moved (None when it did not)."""
    shown = page_total(output, list_path)
    if shown is None:
        return None
    earlier = state.listed.get(key)
    if earlier is None:
        state.listed[key] = (shown, alive)
        return None
    items = at_path(output, list_path) if list_path else None
    listed = len(items) if isinstance(items, list) else 0
    total = max(listed, earlier[0] + alive - earlier[1])
    if total == shown:
        return None
    number = place.number if place is not None else 1
    size = place.size if place is not None else max(1, listed)
    state_page(output, list_path, PagePlace(number, size, total))
    return total
