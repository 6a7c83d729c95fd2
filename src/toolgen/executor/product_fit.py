"""A product's own fields say what its name says it is.

A product's description, material, brand and category were drawn each on its own, so
"Pro Headphones" came "Made from organic cotton; machine washable." in "Toys & Games",
and an Amazon India answer copied from the corpus's example of a Nike running shoe named
Nike as the headphones' manufacturer and "Running Shoe" as their generic name. As
`price_scale` does for a price, `product_finish(endpoint)` returns a step that reads each
object naming a product of a known kind (`product_kinds`) and holding a shop field (a
price, a brand, a material...), and redraws, in it and in its nested detail objects
(`product_information`), what does not fit that kind:

- a description drawn from the generic product lines, or one naming another kind of
  thing or a fabric or a battery it cannot have, becomes a line about such things;
- a material such things are not made of, one they are;
- a brand known for other things (Nike) or a company name from the pool ("Wood, Jones
  and Ortiz"), a brand of such things, everywhere the object names it (its manufacturer,
  packer and brand URL);
- a category of other things, the kind's; a generic name or a sales rank naming another
  kind of thing, the product's own; a detail keyed by another kind of thing is dropped;
- an availability said as a request's state ("confirmed"), whether it is in stock; a
  list price under the price, a quarter above it; a rating above five stars, one within.

What the call sent (a category it searched) stays. In place; deterministic for the
call's random stream; never touches the network.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from typing import Any

from toolgen.executor.descriptions import PRODUCT_LINES
from toolgen.executor.objects import objects_in
from toolgen.executor.price_text import read_price, write_price
from toolgen.executor.product_kinds import Kind, known_brand, other_kind, product_kind
from toolgen.executor.values import normalize_key
from toolgen.records import Endpoint

Finish = Callable[[Any, dict[str, Any], random.Random], None]

_NAMES = ("name", "title", "product_name", "product_title")
# Keys saying an object is a thing for sale, not an article or a film of the same name.
_SHOP = re.compile(r"price|brand|manufacturer|material|asin|sku|stock|product|seller", re.I)
_TEXTILE = re.compile(r"\b(?:cotton|wool|linen|polyester|fabric|silk|machine[- ]washable)\b",
                      re.I)
_POWERED = re.compile(r"\b(?:rechargeable|battery|batteries|usb-c|bluetooth)\b", re.I)
_WOVEN = frozenset({"apparel", "footwear", "bag", "outdoor"})
_UNPOWERED = frozenset({"apparel", "footwear", "bag", "outdoor", "drinkware", "stationery"})
_BRAND_KEYS = frozenset({"brand", "brand_name", "product_brand", "manufacturer", "maker",
                         "packer", "manufacturer_name"})
_CATEGORY_KEYS = frozenset({"category", "product_category", "main_category",
                            "category_name"})
# A company name from the pool, not a brand: "Wood, Jones and Ortiz", "Moreno and Sons".
_COMPANY = re.compile(r",| and |^\w+-\w+$|\b(?:LLC|Inc|Ltd|PLC|Group|Sons)\b")
_WRAPPED = re.compile(r"^(?P<pre>\W*(?:brand:\s*|visit the\s+)?)(?P<core>.+?)"
                      r"(?P<post>\s+store)?$", re.I)
_RANK = re.compile(r"^(\W*#[\d,]+)\s*in\b")


def product_finish(endpoint: Endpoint) -> Finish:
    """The step for `endpoint`'s answers (see the module doc)."""

    def step(output: Any, args: dict[str, Any], rng: random.Random) -> None:
        sent = {v for v in args.values() if isinstance(v, str)}
        for obj in objects_in(output):
            name = next((obj[k] for k in _NAMES if isinstance(obj.get(k), str)), None)
            kind = product_kind(name) if name else None
            if kind is not None and any(_SHOP.search(k) for k in obj):
                fit_product(obj, kind, name or "", sent, rng)

    return step


def fit_product(obj: dict[str, Any], kind: Kind, name: str, sent: set[str],
                rng: random.Random) -> None:
    """Make `obj`, a product of `kind` named `name`, say so (see the module doc)."""
    used: set[str] = set()
    makers: list[str] = []
    for holder, key in list(_details(obj)):
        value = holder.get(key)
        if not isinstance(value, str) or value in sent:
            continue
        nk = normalize_key(key)
        if "description" in nk or nk in ("about", "summary"):
            if _misdescribed(value, kind):
                holder[key] = _draw(kind.descriptions, used, rng)
        elif nk == "material" or nk.endswith("_material"):
            if value.strip().lower() not in {m.lower() for m in kind.materials}:
                holder[key] = kind.materials[int(rng.random() * len(kind.materials))]
        elif nk in _BRAND_KEYS:
            if _misbranded(value, kind):
                makers.append(brand_core(value))
        elif nk in _CATEGORY_KEYS:
            if _miscategorised(value, kind):
                holder[key] = kind.category if "›" in value or ">" in value else (
                    kind.category.split(" › ")[0])
        elif "generic" in nk:
            if other_kind(value, kind):
                holder[key] = _lead(value) + _noun(name, kind)
        elif "rank" in nk and other_kind(value, kind):
            m = _RANK.match(value)
            top = kind.category.split(" › ")[0]
            holder[key] = f"{m.group(1)} in {top}" if m else top
        elif nk in _AVAILABILITY and value.strip().lower() in _BOOKKEEPING:
            holder[key] = "In Stock" if obj.get("in_stock") is not False else "Out of Stock"
        if holder is not obj and other_kind(key, kind):
            del holder[key]  # `#345 in Men's Running Shoes: "default"` of another thing
    if makers:
        # one maker for all: the object's own brand when it fits, else one of the kind's
        new = _own_brand(obj, kind) or kind.brands[int(rng.random() * len(kind.brands))]
        for old in dict.fromkeys(makers):
            rename_brand(obj, old, new)
    _feature_lines(obj, kind, used, rng)
    list_price_above(obj)
    _rated_out_of_five(obj, rng)


# Lists of what a product does ("feature_bullets": ["Vintage Headphones", ...] came back
# for a blender: product names drawn as its bullets).
_FEATURE_KEYS = frozenset({"feature_bullets", "features", "highlights", "key_features",
                           "bullet_points", "bullets", "about_this_item", "product_features"})


def _feature_lines(obj: dict[str, Any], kind: Kind, used: set[str],
                   rng: random.Random) -> None:
    """A product's feature list says what such things do: an item naming a product or
    misdescribing the kind is replaced by one of the kind's lines, never repeated."""
    for key, value in obj.items():
        if normalize_key(key) not in _FEATURE_KEYS or not isinstance(value, list):
            continue
        kept = [v for v in value if isinstance(v, str) and not _wrong_feature(v, kind)]
        wrong = sum(1 for v in value if isinstance(v, str) and _wrong_feature(v, kind))
        free = [d for d in kind.descriptions if d not in used and d not in kept]
        drawn = [_draw(tuple(free), used, rng) for _ in range(min(wrong, len(free)))]
        if wrong:
            obj[key] = kept + drawn


def _wrong_feature(text: str, kind: Kind) -> bool:
    """A product's name ("Compact Tent") or a line about other things."""
    return (product_kind(text) is not None and len(text.split()) <= 4) or _misdescribed(
        text, kind)


_RATINGS = ("rating", "average_rating", "stars", "rating_value")


def _rated_out_of_five(obj: dict[str, Any], rng: random.Random) -> None:
    """A shop rates a product out of five stars: a drawn 5.2 is no rating it shows."""
    for key in _RATINGS:
        value = obj.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 5 < value <= 10:
            obj[key] = round(3.5 + rng.random() * 1.5, 1)


# An availability said as a request's state ("confirmed", "pending") is no availability.
_AVAILABILITY = frozenset({"availability", "availability_status", "stock_status"})
_BOOKKEEPING = frozenset({"confirmed", "pending", "completed", "active", "success", "ok",
                          "processing", "done", "failed", "cancelled", "open", "closed"})
_PRICE_KEYS = ("price", "pricing", "sale_price", "current_price", "offer_price")
_LIST_KEYS = ("list_price", "original_price", "regular_price", "was_price")


def list_price_above(obj: dict[str, Any]) -> None:
    """A list price is the price before a discount: one under the price, or over twice
    it (24.97 listed at 868.27), is a quarter above the price."""
    currency = obj.get("currency") if isinstance(obj.get("currency"), str) else None
    price = next((p for k in _PRICE_KEYS if (p := read_price(obj.get(k), currency))), None)
    if price is None:
        return
    for key in _LIST_KEYS:
        was = read_price(obj.get(key), currency)
        if was is not None and not price[0] <= was[0] <= 2 * price[0]:
            obj[key] = write_price(price[0] * 1.25, price[1], obj[key], currency)


# A shop's own top categories: one of another kind of thing is redrawn; a schema's own
# word (an enum's `home`) is left alone.
_SHOP_CATEGORIES = re.compile(r"electronics|home & kitchen|sports & outdoors|toys & games|"
                              r"beauty & personal care|books|office products|clothing|"
                              r"shoes & handbags|grocery", re.I)


def _miscategorised(value: str, kind: Kind) -> bool:
    """A shop category of other things (a keyboard in "Beauty & Personal Care")."""
    top = kind.category.split(" › ")[0]
    if value.startswith(top) or not (_SHOP_CATEGORIES.search(value) or "›" in value):
        return False
    if other_kind(value, kind):
        return True  # "... › Running Shoes" of a backpack
    return not set(re.findall(r"\w+", value.lower())) & set(re.findall(r"\w+", top.lower())) - {
        "and"}


def _details(obj: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """(holder, key) of the object's fields and those of its nested detail objects (a
    `product_information`), not of things it lists."""
    for key, value in list(obj.items()):
        yield obj, key
        if isinstance(value, dict) and not any(n in value for n in _NAMES):
            yield from ((value, k) for k in list(value))


def _misdescribed(text: str, kind: Kind) -> bool:
    if text in PRODUCT_LINES and text not in kind.descriptions:
        return True
    if kind.name not in _WOVEN and _TEXTILE.search(text):
        return True
    if kind.name in _UNPOWERED and _POWERED.search(text):
        return True
    return other_kind(text, kind)


def _draw(pool: tuple[str, ...], used: set[str], rng: random.Random) -> str:
    """A line of `pool` not yet used in this object (two descriptions say two things)."""
    free = [p for p in pool if p not in used] or list(pool)
    line = free[int(rng.random() * len(free))]
    used.add(line)
    return line


def _misbranded(text: str, kind: Kind) -> bool:
    known = known_brand(text)
    if known is not None:
        return kind.name not in known[1]
    return bool(_COMPANY.search(brand_core(text)))


def _own_brand(obj: dict[str, Any], kind: Kind) -> str | None:
    """The object's `brand`, when it is one such things have."""
    text = next((obj[k] for k in ("brand", "brand_name") if isinstance(obj.get(k), str)), None)
    if text is None or not text.strip() or _misbranded(text, kind):
        return None
    return brand_core(text)


def brand_core(text: str) -> str:
    """The brand a brand field names: a known brand in it ("Nike" of "Brand: Nike"), else
    the text without its wrapping ("Bioworld" of "Visit the Bioworld Store")."""
    known = known_brand(text)
    if known is not None:
        return known[0]
    m = _WRAPPED.match(text.strip().lstrip("\u200e"))
    return m.group("core") if m else text.strip()


def rename_brand(obj: dict[str, Any], old: str, new: str) -> None:
    """Every string of the object and its details naming brand `old` names `new` (a
    URL's lower-case spelling too)."""
    plain = re.compile(rf"\b{re.escape(old)}\b")
    low = re.compile(rf"\b{re.escape(old.lower())}\b")
    slug = re.sub(r"\W+", "-", new.lower())
    for holder, key in list(_details(obj)):
        value = holder.get(key)
        if isinstance(value, str) and old.lower() in value.lower():
            value = plain.sub(new, value)
            holder[key] = low.sub(slug, value) if "://" in value else value


def _noun(name: str, kind: Kind) -> str:
    """The product word of `name` ("Headphones" of "Pro Headphones")."""
    found = list(kind.words.finditer(name))
    return found[-1].group().title() if found else kind.name.title()


def _lead(value: str) -> str:
    """Invisible marks a scraped value starts with (`\\u200e`), kept."""
    return value[: len(value) - len(value.lstrip("\u200e\u200f "))]
