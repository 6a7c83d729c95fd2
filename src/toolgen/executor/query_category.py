"""A search's category agrees with what it searches for.

`search_products(query="gaming laptop", category="fashion")`: the query and the category
were drawn each on its own, and the user asked for "gaming laptop for fashion". A shop
files a laptop under electronics. `misfiled(query, category)` says whether `category`
names another shop department than the one the product the query names (`product_kinds`)
is filed under; `fitting(query, options)` is the option naming that department, or None.
A query naming no known kind of product, or a category naming no known department
("deals", "new arrivals"), is never misfiled. Data and pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from toolgen.executor.product_kinds import KINDS, product_kind

# Argument keys (normalised) holding what is searched for, and the department filtered by.
QUERY_KEYS = frozenset({"query", "q", "keyword", "keywords", "search", "search_term",
                        "search_query", "term", "product", "product_name", "searchterm"})
CATEGORY_KEYS = frozenset({"category", "category_name", "department", "product_category",
                           "categories", "section"})

# The departments a shop files each kind of product under, beyond its category's words.
_ALSO: dict[str, tuple[str, ...]] = {
    "audio": ("electronics", "audio", "tech", "technology", "gadgets"),
    "computer": ("electronics", "computers", "computing", "laptops", "tech", "technology",
                 "gadgets"),
    "phone": ("electronics", "phones", "mobile", "tech", "technology", "gadgets"),
    "camera": ("electronics", "photography", "tech", "technology", "gadgets"),
    "wearable": ("electronics", "tech", "technology", "gadgets", "fitness", "sports"),
    "appliance": ("home", "kitchen", "appliances", "household"),
    "lamp": ("home", "lighting", "furniture", "decor"),
    "footwear": ("fashion", "apparel", "footwear", "sports", "shoes", "clothing"),
    "apparel": ("fashion", "apparel", "clothing", "sports"),
    "bag": ("fashion", "luggage", "travel", "bags"),
    "drinkware": ("home", "kitchen", "sports", "outdoors"),
    "outdoor": ("sports", "outdoors", "fitness", "camping"),
    "stationery": ("office", "stationery", "books", "school"),
}
# Words of a category that name no department (shared by every kind or by none).
_VAGUE = frozenset({"products", "accessories", "gear", "and", "other", "general", "misc"})
_WORD = re.compile(r"[a-z]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower())) - _VAGUE


_DEPARTMENTS: dict[str, frozenset[str]] = {
    k.name: _words(k.category) | frozenset(_ALSO.get(k.name, ())) for k in KINDS}
_KNOWN = frozenset(w for words in _DEPARTMENTS.values() for w in words)


@lru_cache(maxsize=4096)
def misfiled(query: str, category: str) -> bool:
    """Whether `category` names a department other than the one `query`'s product is in."""
    kind = product_kind(query)
    if kind is None:
        return False
    said = _words(category)
    return not said & _DEPARTMENTS[kind.name] and bool(said & _KNOWN)


def fitting(query: str, options: Iterable[str]) -> str | None:
    """The option naming the department of the product `query` names, or None."""
    kind = product_kind(query)
    if kind is None:
        return None
    own = _DEPARTMENTS[kind.name]
    return next((o for o in options if isinstance(o, str) and _words(o) & own), None)
