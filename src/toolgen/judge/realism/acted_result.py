"""An action answered as something other than the one result of doing it.

A reviewer reads `walmart_purchase(loc=Barcelona, product_list=["Eco Notebook"])`, then
a list of three other purchases "of 15 found"; `exchange_currency(amount=57.95, MXN->SEK)`
answered with three exchanges of other amounts; `place_order(id=...)` answered with an
address and a latitude. Doing a thing once gives one result holding what was sent (the
items bought, the amount converted), not a listing of other things.

An endpoint acts when its own name (the part before `_for_`) has an acting verb
(`_ACTS`: purchase, buy, order, place, exchange, convert, claim, book, reserve, send,
add, transfer, redeem, pay) as its first or second word, no read verb (get, list,
search...) and no word naming many things or a listing (a plural, history, status).
Two kinds, per successful answered call:

* `action_listed`: the output is a listing: a list of two or more records, or a `total`
  count above one next to a list.
* `action_misread`: the output is the record of the verb read as a noun: `place_order`
  answered with an address and a latitude, `book_table` with an author and an ISBN.
* `action_unsent` (buying, paying, converting verbs: `_KEEPS`): an item the call sent (a
  text in a list argument such as `product_list`) or its amount (`amount`, `quantity`)
  is nowhere in the output.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.gates import function_gate
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import answered_calls, function_words, singular, words
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "acted_result"

_ACTS = words(
    "purchase buy order place exchange convert claim book reserve send add transfer ",
    "redeem pay checkout",
)
_READS = words(
    "get list search find fetch retrieve lookup query check show view read browse track ",
    "calculate estimate compare count validate verify my all",
)
# What a listing or a record's aspect is called: `order_history`, `order_status`,
# `send_options`, `book_details` read, they do not act.
_LISTINGS = words(
    "history status statuses details detail info information list lists log logs ",
    "summary stats statistics report receipt receipts rate rates type types method methods ",
    "option options limit limits fee fees code codes",
)
# The fields of the thing an acting verb names as a noun: a place is somewhere, a book
# has an author.
_AS_NOUN: dict[str, frozenset[str]] = {
    "place": frozenset({"latitude", "longitude", "lat", "lng", "lon"}),
    "book": frozenset({"author", "authors", "isbn", "publisher", "page_count"}),
}
# Verbs whose result holds what was sent: the items bought, the amount paid or converted
# (a sent email or a note answers a bare acknowledgement in many real APIs).
_KEEPS = words("purchase buy order place exchange convert transfer pay redeem checkout")
# Words before a verb that make it no vendor's namespace (`maybe_add_...` may add nothing).
_HEDGES = frozenset({"maybe", "try", "auto", "also", "then", "if", "can", "should"})
_AMOUNTS = frozenset({"amount", "quantity", "qty"})


def acting_verb(function_name: str) -> str | None:
    """The acting verb of an endpoint's own name, or None when the name reads."""
    tokens = [t for t in function_words(function_name) if t.isalpha()]
    if not tokens or set(tokens) & (_READS | _LISTINGS) or tokens[0] in _HEDGES:
        return None
    for i, t in enumerate(tokens[:2]):
        if t in _ACTS:
            rest = tokens[i + 1:]
            if any(len(w) > 3 and singular(w) != w for w in rest):
                return None  # `send_messages`, `add_items`: many things, each its own
            return t
    return None


def _records(doc: Any) -> list[dict[str, Any]] | None:
    """The longest list of records a listing output holds (top level or one level down)."""
    best: list[dict[str, Any]] | None = None
    if not isinstance(doc, dict):
        return None
    for value in doc.values():
        if (isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
                and (best is None or len(value) > len(best))):
            best = value
    return best


def listed_reason(doc: Any, args: dict[str, Any]) -> str | None:
    """Why `doc` reads as a listing of other things, or None. A listing one of whose rows
    holds what was sent, unlike the rest, is the acted-on thing among others (a cart's
    lines after an add)."""
    rows = _records(doc)
    if rows is None or _singled_out(rows, _sent_values(args)):
        return None
    total = doc.get("total") if isinstance(doc, dict) else None
    if isinstance(total, int) and not isinstance(total, bool) and total > max(1, len(rows)):
        return f"a listing of {len(rows)} records of {total}"
    if len(rows) >= 2:
        return f"a listing of {len(rows)} records"
    return None


def _sent_values(args: dict[str, Any]) -> list[Any]:
    """Every scalar the call sent, list items included."""
    out: list[Any] = []
    for value in args.values():
        for v in value if isinstance(value, list) else (value,):
            if isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip():
                out.append(v)
    return out


def _singled_out(rows: list[dict[str, Any]], sent: list[Any]) -> bool:
    """Whether a sent value is held by some rows but not all (it picks the acted-on row)."""
    for item in sent:
        held = sum(_holds(list(_row_leaves(row)), item) for row in rows)
        if 0 < held < len(rows):
            return True
    return False


def _row_leaves(doc: Any, key: str = "") -> list[tuple[str, Any]]:
    if isinstance(doc, dict):
        return [leaf for k, v in doc.items() for leaf in _row_leaves(v, k)]
    if isinstance(doc, list):
        return [leaf for v in doc for leaf in _row_leaves(v, key)]
    return [(key, doc)]


def _sent_items(args: dict[str, Any]) -> list[Any]:
    """What the call sent to be acted on: the texts of its list arguments, its amount."""
    out: list[Any] = []
    for key, value in args.items():
        if isinstance(value, list):
            out.extend(v for v in value if isinstance(v, str) and v.strip()
                       and not _looks_like_id(v))
        elif key.lower() in _AMOUNTS and _number(value) is not None:
            out.append(value)
    return out


def _looks_like_id(text: str) -> bool:
    return any(c.isdigit() for c in text) and " " not in text.strip()


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def _holds(leaves: list[tuple[str, Any]], item: Any) -> bool:
    want = _number(item) if not isinstance(item, str) or _number(item) is not None else None
    if want is not None:
        return any((n := _number(v)) is not None and abs(n - want) < 0.005 for _, v in leaves)
    text = str(item).strip().lower()
    return any(isinstance(v, str) and text in v.lower() for _, v in leaves)


def unsent_reason(view: RecordView, call_id: str, args: dict[str, Any]) -> str | None:
    """Why the output of `call_id` lacks what it was sent, or None."""
    leaves = view.leaves(call_id)
    for item in _sent_items(args):
        if not _holds(leaves, item):
            return f"sent {item!r}, not in its result"
    return None


# Only an endpoint whose name acts can answer its action with something else.
GATE = function_gate(lambda name: acting_verb(name) is not None)


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step, args, at in answered_calls(view):
        verb = acting_verb(step.function_name)
        if verb is None:
            continue
        doc = view.output(step.call_id)
        if doc is NOT_JSON or not isinstance(doc, dict) or "error" in doc:
            continue
        listed = listed_reason(doc, args)
        if listed is not None:
            out.append(finding(NAME, "action_listed", at,
                               f"{step.function_name} ({verb}) answered {listed}"))
            continue
        misread = _AS_NOUN.get(verb, frozenset()) & doc.keys()
        if misread:
            out.append(finding(NAME, "action_misread", at, f"{step.function_name} ({verb}) "
                               f"answered a {verb}'s {', '.join(sorted(misread))}"))
            continue
        unsent = unsent_reason(view, step.call_id, args) if verb in _KEEPS else None
        if unsent is not None:
            out.append(finding(NAME, "action_unsent", at, f"{step.function_name}: {unsent}"))
    return out
