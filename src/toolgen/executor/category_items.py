"""What a shop lists for a category is of that category.

Onboarding's `Get Products in Category` was asked for "home and kitchen" and answered
`["Smart Tent", "Vintage Jacket"]`; for "clothing", `["Wireless Watch", "Premium
Speaker"]` (ToolBench seed 71 #11, #15): the names came from the generic product pool
whatever the category. `category_finish(endpoint)` returns, for an endpoint about
products that takes a category, a step that renames each listed product of another kind
than the category holds after a kind it does hold (`product_kinds`: a kettle or a mug for
home and kitchen, a jacket or sneakers for clothing). A category no kind is of (books,
toys), a name no kind reads (an office chair) and a search with a query (`searched`
names its results) are left as they are. In place; deterministic for the call's random stream;
never touches the network.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolgen.executor.pools import PRODUCT_ADJ
from toolgen.executor.product_kinds import KINDS, Kind, product_kind
from toolgen.executor.searched import QUERY_KEYS
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_CATEGORY_ARGS = ("category", "category_name", "product_category", "department")
_PRODUCT_WORDS = frozenset({"product", "products", "item", "items", "shop", "store"})
_NAME_KEYS = ("name", "title", "product_name", "product_title")
_WORD = re.compile(r"[a-z]+")
# words of a category that tell no kind apart
_BLAND = frozenset({"and", "accessories", "other", "all", "products", "items"})


def category_finish(endpoint: Endpoint) -> Finish | None:
    """The step naming `endpoint`'s listed products after the category sent; None for an
    endpoint that lists no products by category."""
    names = {normalize_key(p.name) for p in endpoint.parameters}
    key = next((k for k in _CATEGORY_ARGS if k in names), None)
    said = set(_WORD.findall(f"{endpoint.name} {endpoint.function_name}".lower()))
    if key is None or not _PRODUCT_WORDS & said:
        return None

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        if any(isinstance(args.get(k), str) for k in QUERY_KEYS):
            return  # a search's results are named after its query (`searched`)
        asked = args.get(key)
        kinds = kinds_of(asked.lower()) if isinstance(asked, str) else ()
        if kinds:
            _rename(_listed(output), kinds, rng)

    return step


@lru_cache(maxsize=256)
def kinds_of(category: str) -> tuple[Kind, ...]:
    """The kinds of product a shop files under `category` ("home and kitchen": kettles,
    lamps, mugs)."""
    words = set(_WORD.findall(category)) - _BLAND
    return tuple(k for k in KINDS if words & set(_WORD.findall(k.category.lower())))


@lru_cache(maxsize=64)
def _nouns(kind: Kind) -> tuple[str, ...]:
    """The plain names a kind's pattern gives ("coffee maker" -> "Coffee Maker")."""
    inner = kind.words.pattern.removeprefix(r"\b(?:").removesuffix(r")\b")
    return tuple(n.title() for n in inner.split("|") if re.fullmatch(r"[a-z ]+", n))


def _listed(output: Any) -> list[Any]:
    """The answer's first non-empty list (at its top or one object down)."""
    if isinstance(output, list):
        return output
    if not isinstance(output, dict):
        return []
    for value in output.values():
        if isinstance(value, list) and value:
            return value
    return next((found for v in output.values() if isinstance(v, dict)
                 for found in [_listed(v)] if found), [])


def _rename(items: list[Any], kinds: tuple[Kind, ...], rng: random.Random) -> None:
    used: set[str] = set()
    for i, item in enumerate(items):
        key = next((k for k in _NAME_KEYS if isinstance(item, dict)
                    and isinstance(item.get(k), str)), None)
        name = item if isinstance(item, str) else item[key] if key is not None else None
        if name is None or product_kind(name) in (None, *kinds):
            continue  # a thing of the category, or one no kind names (an office chair)
        kind = kinds[int(rng.random() * len(kinds))]
        nouns = _nouns(kind) or (kind.name.title(),)
        for _ in range(4):  # two products of one list are not both "Smart Kettle"
            new = f"{rng.choice(PRODUCT_ADJ)} {rng.choice(nouns)}"
            if new not in used:
                break
        used.add(new)
        if isinstance(item, str):
            items[i] = new
        else:
            item[key] = new
