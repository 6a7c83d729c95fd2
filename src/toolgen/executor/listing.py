"""A call's listing: the page a paginate fault cuts, the rest an earlier cursor returns,
the entities created earlier that a list shows, and what an empty result answers.

`paginate` cuts the list of a fresh answer to one page and keeps the rest in
`SessionState.pages` under the cursor it answers with; `continuation` returns that rest
when a later call passes the cursor; `same_listing` makes every page state the first
page's total and listing fields; `show_created` puts the ids created earlier at the
head of a list; `empty` zeroes the counts of an `empty_result`. In place where it can,
deterministic (draws only from the call's `Ctx`), never touches the network.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.actions import PAGINATION_FALLBACK_ARGUMENT, EndpointInfo
from toolgen.executor.distinct_items import fill_distinct
from toolgen.executor.gen_context import Ctx
from toolgen.executor.generate import Plan
from toolgen.executor.linking import link
from toolgen.executor.page_meta import PagePlace
from toolgen.executor.paging import keep_listing, listing_fields, page_count
from toolgen.executor.remembered import listed_known
from toolgen.executor.results import Fault
from toolgen.executor.state import EntityRecord, Page, SessionState
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

_COUNT_KEYS = frozenset(
    {"total", "count", "total_count", "total_results", "num_results", "results_count"}
)
_CURSOR_KEYS = frozenset(
    {"next_cursor", "next_page_token", "cursor", "next", "next_token", "continuation"}
)


def continuation(
    state: SessionState, endpoint: Endpoint, info: EndpointInfo, arguments: dict[str, Any]
) -> Page | None:
    """The rest of an earlier paginated answer when the call passes its cursor."""
    name = info.pagination_arg or PAGINATION_FALLBACK_ARGUMENT
    value = arguments.get(name)
    if value is None or not state.pages:
        return None
    return state.pages.pop((endpoint.id, str(value)), None)


def paginate(
    state: SessionState,
    endpoint: Endpoint,
    info: EndpointInfo,
    plan: Plan,
    ctx: Ctx,
    arguments: dict[str, Any],
    output: Any,
    fault: Fault | None,
) -> tuple[Any, PagePlace | None]:
    """A paginate fault's first page: the list cut to its page size, the rest kept for
    the cursor it answers with."""
    items = _get_list(plan, output)
    if items is None:
        return output, None
    size = fault.page_size if fault is not None and fault.page_size else 2
    total = page_count(size, ctx.rand())
    if plan.item is not None:
        item = plan.item
        items = fill_distinct(items, lambda: item(ctx), total)
    items = items[:total]
    first, rest = items[:size], items[size:]
    current = arguments.get(info.pagination_arg) if info.pagination_arg else None
    style = info.pagination_style
    page_no = 1
    nxt: Any
    if style == "page":
        page_no = current if isinstance(current, int) and not isinstance(current, bool) else 1
        nxt = page_no + 1
    elif style == "offset" or info.pagination_type in ("integer", "number"):
        # A numeric cursor is a position: the next call starts after this page.
        base = current if isinstance(current, int) and not isinstance(current, bool) else 0
        nxt = base + len(first)
    else:
        nxt = f"cur_{ctx.bits(40):010x}"
    if info.pagination_type == "string" and not isinstance(nxt, str):
        nxt = str(nxt)
    if rest:
        state.pages[(endpoint.id, str(nxt))] = Page(rest, page_no + 1, len(items),
                                                    size=len(first))
    else:
        nxt = None
    output = set_list(plan, output, first)
    return page_fields(output, page_no, nxt), PagePlace(page_no, len(first), len(items))


def same_listing(state: SessionState, endpoint: Endpoint, plan: Plan, output: Any,
                 page: Page | None, kind: str | None) -> None:
    """Every page of a paged query states the first page's total and listing fields."""
    if page is not None:
        keep_listing(output, plan.list_path, page.fields, page.total)
    elif kind == "paginate" and isinstance(output, dict):
        rest = state.pages.get((endpoint.id, str(output.get("next_cursor"))))
        if rest is not None:
            keep_listing(output, plan.list_path, {}, rest.total)
            rest.fields = listing_fields(output, plan.list_path)


def show_created(
    state: SessionState, info: EndpointInfo, plan: Plan, ctx: Ctx, output: Any
) -> None:
    """A list shows the entities this conversation created earlier, first."""
    meta = plan.item_meta
    if meta is None or meta.pk is None or not state.alive:
        return
    ids = [i for i in state.alive_ids(info.entity, meta.entity, meta.pk_entity)
           if _fits_status(state.store.get(i), ctx.args)]
    if not ids:
        return
    items = _get_list(plan, output)
    if items is None:
        return
    pk = meta.pk
    for i, ident in enumerate(ids[:8]):
        if i >= len(items):
            if plan.item is None:
                break
            items.append(plan.item(ctx))
        item = items[i]
        if isinstance(item, dict) and type(item.get(pk)) is type(ident):
            item[pk] = ident
            rec = state.store.get(ident)
            if rec is not None:
                listed_known(item, rec)
            link(ctx, item, meta)


def _fits_status(rec: EntityRecord | None, args: dict[str, Any]) -> bool:
    """A made thing is listed by a status filter only when it has that status (an order
    made "reserved" is no answer to `status="refunded"`)."""
    asked = args.get("status")
    known = rec.fields.get("status") if rec is not None else None
    return not (isinstance(asked, str) and isinstance(known, str)
                and asked.lower() != known.lower())


def _get_list(plan: Plan, output: Any) -> list[Any] | None:
    if plan.list_path is None:
        return None
    node = output
    for key in plan.list_path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node if isinstance(node, list) else None


def set_list(plan: Plan, output: Any, items: list[Any]) -> Any:
    if plan.list_path is None:
        return output
    if not plan.list_path:
        return items
    node = output
    for key in plan.list_path[:-1]:
        if not isinstance(node, dict):
            return output
        node = node.get(key)
    if isinstance(node, dict):
        node[plan.list_path[-1]] = items
    return output


def whole_list(state: SessionState, endpoint: Endpoint, output: Any, place: PagePlace,
               shown: int) -> PagePlace:
    """The place of a page whose `shown` items a rule made the whole answer (a town's
    airports): no later page is kept or pointed at."""
    if isinstance(output, dict) and output.get("next_cursor") is not None:
        state.pages.pop((endpoint.id, str(output["next_cursor"])), None)
        page_fields(output, place.number, None)
    return PagePlace(place.number, place.size, (place.number - 1) * place.size + shown)


def page_fields(output: Any, page: int, next_cursor: Any) -> Any:
    """Page metadata on the top-level object; a top-level list is wrapped as `results`."""
    if not isinstance(output, dict):
        output = {"results": output}
    for k in list(output):
        if normalize_key(k) in _CURSOR_KEYS and not isinstance(output[k], (dict, list)):
            output[k] = next_cursor
    output["page"] = page
    output["next_cursor"] = next_cursor
    output["has_more"] = next_cursor is not None
    return output


# Flags saying there is more to page through: none, when nothing was found ("total": 0
# beside "next_cursor": "c_2" pointed at a page that cannot be).
_MORE_FLAGS = frozenset({"has_more", "has_next", "has_next_page", "more", "more_available"})


def empty(plan: Plan, output: Any) -> Any:
    if isinstance(output, dict):
        for k, v in output.items():
            nk = normalize_key(k)
            if nk in _COUNT_KEYS and isinstance(v, int) and not isinstance(v, bool):
                output[k] = 0
            elif nk in _CURSOR_KEYS and isinstance(v, str):
                output[k] = None
            elif nk in _MORE_FLAGS and v is True:
                output[k] = False
        if plan.list_path is None:
            output["message"] = "No results found"
    return output
