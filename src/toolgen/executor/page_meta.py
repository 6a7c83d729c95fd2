"""A page says where it is: its number, its size, how many pages and items the query
holds, wherever the API keeps those figures.

Free NBA answers `{"data": [...], "meta": {"total_pages": 69043, "current_page": 1,
"next_page": 2, "per_page": 31, "total_count": 41}}`: drawn field by field, the figures
contradict each other and the page shown (one player, on the second page). A reviewer
reads them as made up. `state_page(output, list_path, place)` sets every such figure, at
the top, beside the list, or in a page-info object there (`meta`, `pagination`), from
the one place the page has in its query.

A page read on its own (`get_all_teams(page="0")`, no paged follow-up) states figures
drawn field by field too: four teams "of 1,630,066" on "2,721 pages". `single_page(output,
list_path, args)` is the place such a page has: the page asked for, the size asked for
(or the page's own when it holds more), and a total believable for what is listed - a
page shorter than its size is the last one, a full page is one of a few.

`stated_page_size(args)` is the page size a call asked for (`limit=10`): a paged answer
that shows fewer items and says there are more contradicts the call, so such a call is
not the one to page. In place, deterministic, never touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from toolgen.executor.paging import at_path, list_parents
from toolgen.executor.values import normalize_key

# A bare `page` beside a total is the page's number too: restaurants answered "page": 1,
# "total": 37 with one listed and no next page (bundled seed 59 #1).
_CURRENT = frozenset({"current_page", "page_number", "page_no", "pageno", "pagenum",
                      "page_num", "page_index", "page"})
_NEXT = frozenset({"next_page", "next_page_number"})
_PREVIOUS = frozenset({"prev_page", "previous_page", "prev_page_number"})
_PAGES = frozenset({"total_pages", "page_count", "num_pages", "pages", "last_page",
                    "total_page", "pages_count", "number_of_pages"})
_SIZE = frozenset({"per_page", "page_size", "items_per_page", "results_per_page", "limit",
                   "size"})
_TOTAL = frozenset({"total", "total_count", "total_results", "total_items", "total_hits",
                    "total_records", "count_total", "total_entries", "total_elements"})
# Arguments that ask for a page of so many items. `count` and `size` only count here
# because the endpoint is one that pages (a paged search's `count=25`).
_ASKED_SIZE = frozenset({"limit", "per_page", "perpage", "page_size", "pagesize",
                         "max_results", "maxresults", "results_per_page", "items_per_page",
                         "num_results", "count", "size"})
_ASKED_FLAT = frozenset(n.replace("_", "") for n in _ASKED_SIZE)
_PLACE = _CURRENT | _NEXT | _PAGES
# Arguments naming the page asked for (a 0-based "0" is the first page, as 1 is).
_ASKED_PAGE = frozenset({"page", "page_number", "pagenumber", "page_no", "pageno", "pagenum",
                         "page_num", "page_index", "p"})
_ASKED_OFFSET = frozenset({"offset", "skip", "start"})
_KEEP = object()  # a field that is not a page figure


@dataclass(frozen=True, slots=True)
class PagePlace:
    """Where one page sits in its query."""

    number: int
    size: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // max(1, self.size)))


def sizes_pages(name: str) -> bool:
    """Whether an argument called `name` asks for a page size (`limit`, `per_page`,
    `recordsPerPage`...)."""
    flat = normalize_key(name).replace("_", "")
    return flat in _ASKED_FLAT or flat.endswith("perpage")


def stated_page_size(args: dict[str, Any]) -> int | None:
    """The page size a call asked for, if it asked for one."""
    for name, value in args.items():
        if not sizes_pages(name):
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
    return None


def single_page(output: Any, list_path: tuple[str, ...] | None,
                args: dict[str, Any]) -> PagePlace | None:
    """The place of a page read on its own, when it states page figures (module doc)."""
    items = at_path(output, list_path) if list_path else None
    if not isinstance(items, list) or not items:
        return None
    nodes = _page_nodes(output, list_path)
    figures = {normalize_key(k): v for node in nodes for k, v in node.items() if _numeric(v)}
    if not _PLACE & figures.keys():
        return None
    n = len(items)
    size = max(n, stated_page_size(args) or _count(figures, _SIZE) or n)
    number = _asked_page(args, size)
    before = (number - 1) * size
    if n < size:  # a page that is not full is the last one: nothing after it
        return PagePlace(number, size, before + n)
    drawn = _count(figures, _TOTAL) or _count(figures, _PAGES) * size
    # Why: a full page is one of a few; a drawn total far past it reads as made up.
    total = drawn if before + n <= drawn <= before + 5 * size else before + n + drawn % (
        3 * size + 1)
    return PagePlace(number, size, total)


def page_total(output: Any, list_path: tuple[str, ...] | None) -> int | None:
    """The total of items a page of a list states (None when it states none)."""
    for node in _page_nodes(output, list_path):
        for key, value in node.items():
            if normalize_key(key) in _TOTAL:
                number = as_int(value)
                if number is not None:
                    return number
    return None


def _asked_page(args: dict[str, Any], size: int) -> int:
    """The 1-based number of the page a call asked for (1 when it asked for none)."""
    for name, value in args.items():
        key = normalize_key(name)
        number = as_int(value)
        if number is None:
            continue
        if key.replace("_", "") in {k.replace("_", "") for k in _ASKED_PAGE}:
            return max(1, number)
        if key in _ASKED_OFFSET:
            return number // max(1, size) + 1
    return 1


def _count(figures: dict[str, Any], keys: frozenset[str]) -> int:
    """The first positive figure under one of `keys` (0 when there is none)."""
    for key in sorted(keys & figures.keys()):
        number = as_int(figures[key])
        if number is not None and number > 0:
            return number
    return 0


def as_int(value: Any) -> int | None:
    """A whole number a page field holds (7 or "7"), else None (a bool is no number)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def state_page(output: Any, list_path: tuple[str, ...] | None, place: PagePlace) -> None:
    """Every page figure of `output` states `place` (see module doc)."""
    for node in _page_nodes(output, list_path):
        for key, value in list(node.items()):
            figure = _figure(normalize_key(key), place)
            if figure is _KEEP or not _numeric(value):
                continue
            node[key] = _like(value, figure)


def _figure(key: str, place: PagePlace) -> Any:
    if key in _CURRENT:
        return place.number
    if key in _NEXT:
        return place.number + 1 if place.number < place.pages else None
    if key in _PREVIOUS:
        return place.number - 1 if place.number > 1 else None
    if key in _PAGES:
        return place.pages
    if key in _SIZE:
        return place.size
    if key in _TOTAL:
        return place.total
    return _KEEP


def _page_nodes(output: Any, list_path: tuple[str, ...] | None) -> list[dict[str, Any]]:
    """The top-level object, the one holding the list, and page-info objects in them."""
    nodes: list[dict[str, Any]] = []
    for path in list_parents(list_path):
        node = at_path(output, path)
        if not isinstance(node, dict):
            continue
        nodes.append(node)
        nodes.extend(v for v in node.values() if isinstance(v, dict) and _page_info(v))
    return nodes


def _page_info(node: dict[str, Any]) -> bool:
    """An object that says where a page is (`meta`, `pagination`), not a result's part."""
    return any(normalize_key(k) in _PLACE for k in node)

def _numeric(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and value.isdigit())


def _like(old: Any, figure: int | None) -> Any:
    """The figure in the type the API used for it (ToolBench often sends "6")."""
    if figure is None or old is None:
        return figure
    return str(figure) if isinstance(old, str) else figure
