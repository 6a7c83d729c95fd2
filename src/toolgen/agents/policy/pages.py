"""A paged query is reported as the listing its pages make together: the answer after
fetching page 2 names the first item of page 1 as the head of the list, not the first
item of the page it fetched last.

`whole_listing(final, executed)` is the final attempt of a planned call with the items
of its earlier pages (the attempts of the same planned call that handed out a cursor)
put in front of its own, as sent by the first page's call (its arguments hold no page
number, which would hide a total of 2 as "a value the user gave"); any other call is
returned as it is.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from toolgen.episode.state import Executed
from toolgen.executor.paging import at_path


def whole_listing(final: Executed, executed: list[Executed]) -> Executed:
    """`final` with the items of the earlier pages of its query in front of its own."""
    if final.call.recovery != "pagination" or not isinstance(final.result.output, dict):
        return final
    path = _list_path(final.result.output)
    if path is None:
        return final
    earlier: list[Any] = []
    first = final
    for done in executed:
        if done is final:
            break
        output = done.result.output
        if (done.call.planned_id == final.call.planned_id and isinstance(output, dict)
                and output.get("next_cursor") is not None):
            items = at_path(output, path)
            earlier.extend(items if isinstance(items, list) else [])
            first = done if first is final else first
    if not earlier:
        return final
    merged = copy.deepcopy(final.result.output)
    parent = at_path(merged, path[:-1])
    if not isinstance(parent, dict):
        return final
    parent[path[-1]] = [*earlier, *parent[path[-1]]]
    # The query as first sent: the page number asked for is not news the answer hides.
    return replace(final, call=first.call, result=replace(final.result, output=merged))


def _list_path(node: Any, path: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The path of the first list in document order (the page's items)."""
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, list):
                return (*path, k)
            found = _list_path(v, (*path, k)) if isinstance(v, dict) else None
            if found is not None:
                return found
    return None

