"""A paged query reads as one listing: every page states the same total, page size and
other listing fields, the total is the number of items the pages hold, and no later page
is longer than the first.

`page_count(size, draw)` is how many items a paged query holds (more than one page, at
most two: the assistant reads two). `listing_fields(output, list_path)` are the scalar
fields beside the list and at the top (`total`, `query`, `limit`), less the page fields;
`keep_listing(output, list_path, fields, total)` puts them back on a later page and sets
every total to the query's item count. In place, deterministic, never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

# Fields that move from page to page; everything else beside the list stays.
_PAGE_KEYS = frozenset({"page", "next_cursor", "has_more", "cursor", "next_page_token",
                        "next", "next_token", "continuation", "offset", "page_token",
                        "next_page", "prev_cursor", "previous", "prev"})
_TOTAL_KEYS = frozenset({"total", "total_count", "total_results", "total_items",
                         "total_hits", "total_records"})


def page_count(size: int, draw: float) -> int:
    """Items in a paged query of `size` per page: a full first page and a second page
    of 1..size items (a later page never outgrows the first)."""
    return size + 1 + int(draw * size)


def listing_fields(output: Any, list_path: tuple[str, ...] | None) -> dict[tuple[str, ...], Any]:
    """(path -> value) of the scalars at the top and beside the list, less page fields."""
    out: dict[tuple[str, ...], Any] = {}
    for parent_path in list_parents(list_path):
        node = at_path(output, parent_path)
        if not isinstance(node, dict):
            continue
        for k, v in node.items():
            if not isinstance(v, (dict, list)) and normalize_key(k) not in _PAGE_KEYS:
                out[(*parent_path, k)] = v
    return out


def keep_listing(output: Any, list_path: tuple[str, ...] | None,
                 fields: dict[tuple[str, ...], Any], total: int) -> None:
    """A later page states the first page's listing fields, and every page the total."""
    for path, value in fields.items():
        node = at_path(output, path[:-1])
        if isinstance(node, dict) and path[-1] in node:
            node[path[-1]] = value
    for parent_path in list_parents(list_path):
        node = at_path(output, parent_path)
        if not isinstance(node, dict):
            continue
        for k, v in node.items():
            if (normalize_key(k) in _TOTAL_KEYS and isinstance(v, int)
                    and not isinstance(v, bool)):
                node[k] = total


def list_parents(list_path: tuple[str, ...] | None) -> list[tuple[str, ...]]:
    """The top level and the object holding the list (one path when they are the same)."""
    if not list_path:
        return [()]
    return list(dict.fromkeys([(), tuple(list_path[:-1])]))


def at_path(node: Any, path: tuple[str, ...]) -> Any:
    """The value at a path of keys (None when a step is not an object)."""
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node
