"""An act on an item the record's own search did not find.

BFCL seed 7 #77: the user asks for mystery books, the search lists `bko_083a10` and
`bko_b4a05a`, and the assistant then reserves `bko_665aa4`, a book the search never
showed. A reviewer reads the search as pointless: a chain that finds items and then acts
on one acts on one it found. Kind `act_off_listing`.

Read per record, in call order. A successful read lists items of a kind: the objects of
a list in its output, each with one id of that kind (`book_id`, or a bare `id` of an
item of a `books` list). A later call that changes state (the step's `effect`: a
reservation made, a booking cancelled) sending an id of that kind (`book_id`) is flagged
when the value is in no earlier output at all. A lookup (`get_book(book_id)`) changes
nothing and is never flagged: a user may name a record they know up front. Left alone
too: a bare `id` argument (it names no kind); an act sent beside the listing in one
message (parallel calls cannot use each other's results); a listing by another service
(`families.api_family`: Open Library's books are not a library's to reserve, Cannabis
Recipes' not BigOven's to add); and an id of
another form than every listed one (`rst_24829b` beside TableFinder's `rst_338`: the
ids of another service, which its search could not have found).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from toolgen.graph.families import api_family
from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import Gate
from toolgen.judge.realism.api_links import leaf_entity
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps, singular
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "listed_pick"

_DEPTH = 3  # lists deeper than this inside an output are parts of an item, not the listing
_PREFIX = re.compile(r"[A-Za-z]*[_-]?")


def _can_fire(view: RecordView) -> bool:
    """Only a record with a read before a call that changes state can act off a listing."""
    trace = view.record.step_trace
    return len(trace) >= 2 and any(s.effect is not None for s in trace[1:])


GATE: Gate = _can_fire


def id_kind(key: str) -> str | None:
    """`book_id` / `bookId` -> "book"; a bare `id` or a non-id key -> None."""
    tokens = key_tokens(key)
    if len(tokens) < 2 or tokens[-1] != "id":
        return None
    return "_".join(singular(t) for t in tokens[:-1])


def _item_kind(item: dict[str, Any], holder: str) -> tuple[str, str, Any] | None:
    """(kind, id key, id) of a listed item: its one kinded id, else a bare `id` named by
    its list (`books[].id` -> book)."""
    kinded = [(kind, k, v) for k, v in item.items()
              if (kind := id_kind(str(k))) is not None and _scalar(v)]
    if len(kinded) == 1:
        return kinded[0]
    if not kinded and _scalar(item.get("id")) and holder:
        entity = leaf_entity([holder, "id"])
        if len(entity) == 1 and entity != {"id"}:
            return next(iter(entity)), "id", item["id"]
    return None


def listed(output: Any) -> Iterator[tuple[str, str, str]]:
    """(kind, path of the id, id as text) of each item of each list in `output`."""
    stack: list[tuple[str, Any, int]] = [("", output, 0)]
    while stack:
        key, node, depth = stack.pop()
        if depth > _DEPTH:
            continue
        if isinstance(node, dict):
            stack.extend((str(k), v, depth + 1) for k, v in node.items()
                         if isinstance(v, dict | list))
        elif isinstance(node, list):
            for item in node:
                if not isinstance(item, dict):
                    continue
                found = _item_kind(item, key)
                if found is not None:
                    kind, id_key, value = found
                    yield kind, f"$.{key}[0].{id_key}" if key else f"$[0].{id_key}", str(value)


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool) and str(value) != ""


def _form(value: str) -> tuple[str, int]:
    """An id's form: its letter prefix and its length (`rst_338` -> ("rst_", 7))."""
    match = _PREFIX.match(value)
    return (match.group() if match else "").lower(), len(value)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    # kind -> (endpoint, path, ids, message index of the listing's call)
    lists: dict[str, tuple[str, str, set[str], int]] = {}
    shown: set[str] = set()  # every scalar an earlier output holds
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        args = view.arguments(step.call_id)
        at = view.call_at[step.call_id]
        if step.effect is not None and isinstance(args, dict):
            for key, value in args.items():
                kind = id_kind(str(key))
                listing = lists.get(kind) if kind is not None else None
                if listing is None or not _scalar(value) or str(value) in shown:
                    continue
                source, path, ids, listed_at = listing
                if listed_at >= at or api_family(source) != api_family(step.endpoint_id):
                    continue
                if _form(str(value)) not in {_form(i) for i in ids}:
                    continue
                out.append(finding(
                    NAME, "act_off_listing", view.answer_at[step.call_id],
                    f"{step.function_name}: {key}={value} is none of the {len(ids)} "
                    f"{kind}(s) the earlier listing found ({', '.join(sorted(ids)[:3])})"))
                return out
        output = view.output(step.call_id)
        if output is NOT_JSON:
            continue
        shown.update(str(v) for _, v in view.leaves(step.call_id) if _scalar(v))
        if step.effect is None:
            for kind, path, ident in listed(output):
                entry = lists.setdefault(kind, (step.endpoint_id, path, set(), at))
                entry[2].add(ident)
    return out
