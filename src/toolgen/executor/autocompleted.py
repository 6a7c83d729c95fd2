"""An autocomplete answers matches of what was typed.

`market_auto_complete(query="Tesla")` came back with Apple Inc and Apple Hospitality REIT:
the corpus's own example response, recombined, whatever was typed. `complete_finish
(endpoint)` returns, for an endpoint whose own name completes or suggests (`auto_complete`,
`autocomplete`, `suggest`, `typeahead`) and which is sent what was typed (`query`, `q`,
`prefix`, `text`...), a step that keeps in each result list only the items that match
the typed text (a word of their name or symbol starts with it). A list of securities
none of which match is answered by the security the text names when it names a known one
(`entities.countries.STOCKS`: "Tesla" -> TSLA, Tesla, Inc.), in the fields the item has;
any other list with no match is left empty, as a real completion of an unknown text is.

In place; deterministic; never touches the network.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import Any

from toolgen.executor.entities.countries import STOCKS
from toolgen.executor.result_kinds import own_words_of
from toolgen.executor.searched import QUERY_KEYS
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_COMPLETES = frozenset({"autocomplete", "suggest", "suggestion", "suggestions",
                        "typeahead", "autosuggest", "complete", "completion"})
TYPED_KEYS = (*QUERY_KEYS, "prefix", "text", "input", "name", "term")
_NAME_KEYS = frozenset({"name", "title", "tinyname", "shortname", "longname", "symbol",
                        "ticker", "tickername", "display_name", "displayname", "label",
                        "value", "description", "company", "company_name"})
_SYMBOL_KEYS = frozenset({"symbol", "ticker", "tickername"})
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=4096)
def completes(function_name: str) -> bool:
    """Whether a function's own name completes or suggests what is typed."""
    words = own_words_of(function_name)
    return bool(_COMPLETES & set(words)) or any(
        a == "auto" and b == "complete" for a, b in pairwise(words))


def typed_text(args: dict[str, Any]) -> str | None:
    """What a call to an autocomplete was typed (its query, prefix or text argument)."""
    sent = {normalize_key(k): v for k, v in args.items()}
    value = next((sent[k] for k in TYPED_KEYS if k in sent), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def unmatched(output: Any, typed: str) -> str | None:
    """The first item's name of a result list none of whose items match `typed`."""
    for items in _result_lists(output):
        if not any(matches(o, typed) for o in items):
            return next((str(v) for k, v in items[0].items()
                         if normalize_key(k).replace("_", "") in _NAME_KEYS), "")
    return None


def complete_finish(endpoint: Endpoint) -> Finish | None:
    """The step keeping an autocomplete's results to matches; None for other endpoints."""
    if not completes(endpoint.function_name):
        return None
    names = {normalize_key(p.name): p.name for p in endpoint.parameters}
    key = next((names[k] for k in TYPED_KEYS if k in names), None)
    if key is None:
        return None

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        typed = args.get(key)
        if isinstance(typed, str) and typed.strip():
            complete(output, typed.strip())

    return step


def matches(item: dict[str, Any], typed: str) -> bool:
    """Whether a word of the item's name, title or symbol starts with the typed text."""
    start = typed.lower()
    for k, v in item.items():
        if normalize_key(k).replace("_", "") in _NAME_KEYS and isinstance(v, str):
            text = v.lower()
            if text.startswith(start) or any(w.startswith(start) for w in _WORD.findall(text)):
                return True
    return False


def complete(output: Any, typed: str) -> None:
    for items in _result_lists(output):
        kept = [o for o in items if matches(o, typed)]
        if not kept:
            stock = _stock(typed)
            first = items[0]
            if stock is not None and _SYMBOL_KEYS & {normalize_key(k) for k in first}:
                _as_stock(first, stock)
                kept = [first]
        items[:] = kept


def _result_lists(output: Any) -> list[list[dict[str, Any]]]:
    """The lists of named objects in the answer (a top list, or lists one level down)."""
    found: list[list[dict[str, Any]]] = []
    candidates = [output] if isinstance(output, list) else (
        list(output.values()) if isinstance(output, dict) else [])
    for value in candidates:
        if isinstance(value, list) and value and all(isinstance(o, dict) for o in value) and (
                any(normalize_key(k).replace("_", "") in _NAME_KEYS for k in value[0])):
            found.append(value)
    return found


def _stock(typed: str) -> tuple[str, str, str, str] | None:
    low = typed.lower()
    for row in STOCKS:
        symbol, name = row[0], row[1]
        if low == symbol.lower() or (len(low) >= 3 and name.lower().startswith(low)):
            return row
    return None


def _as_stock(item: dict[str, Any], stock: tuple[str, str, str, str]) -> None:
    """The item's fields for a security said of `stock` (symbol, ticker, names)."""
    symbol, name, exchange, currency = stock
    for k in list(item):
        nk = normalize_key(k).replace("_", "")
        if nk == "symbol":
            item[k] = symbol
        elif nk == "ticker":
            item[k] = f"{symbol.lower()}:us"
        elif nk == "tickername":
            item[k] = f"{symbol}:US"
        elif nk in ("name", "title", "tinyname", "shortname", "longname"):
            item[k] = name
        elif nk == "exchange":
            item[k] = exchange
        elif nk in ("currency", "fundamentaldatacurrency"):
            item[k] = currency
        elif nk == "country":
            item[k] = "United States"
