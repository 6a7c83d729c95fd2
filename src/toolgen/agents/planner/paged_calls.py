"""A conversation whose listing pages leaves the page size to the service.

The pagination overlay fetches a second page of two items or fewer; a call the user had
sized ("all publishers, 10 results per page") cannot show that (two items and "more to
come" contradict "10 per page"), so the overlay stood down: 30 of 102 paged conversations
drawn at ToolBench seed 11 never paged. `unsized(calls, endpoints)` drops the page size a
user would state on the calls of such a conversation, when it is optional.
"""

from __future__ import annotations

from collections.abc import Mapping

from toolgen.executor.page_meta import sizes_pages
from toolgen.records import Endpoint, PlannedCall


def unsized(calls: list[PlannedCall], endpoints: Mapping[str, Endpoint]) -> list[PlannedCall]:
    out: list[PlannedCall] = []
    for call in calls:
        required = {p.name for p in endpoints[call.endpoint_id].parameters if p.required}
        kept = tuple(a for a in call.arguments if not (
            a.source in ("user", "clarification") and sizes_pages(a.name)
            and a.name not in required))
        out.append(call if len(kept) == len(call.arguments) else call.model_copy(
            update={"arguments": kept}))
    return out
