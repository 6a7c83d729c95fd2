"""A product's variants are its own, and are the sizes that kind of product comes in.

The bundled shop's `get_product` answered an "Eco Blender" and a "Pro Notebook" with four
variants each, every one `{"size": "42", "stock": 5}` under another product's SKU
(`prd_0689-81` of `prd_3020`, bundled seed 47 #7 and #9): the corpus example's one shoe
variant copied, its SKU prefix drawn apart. `fit_variants(output)` walks every object
with a product id and a `variants` list of objects holding a `sku` and a `size`; the
variants become the sizes that kind of product is sold in (shoes in EU sizes, clothes in
S to XL, anything else in one size), each SKU the product's id and the size, each stock
its own count. Keyed by the product id, so one product reads alike in every answer. In
place, deterministic.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from toolgen.executor.objects import objects_in

_SHOES = frozenset({"shoe", "shoes", "sneaker", "sneakers", "boot", "boots", "trainer",
                    "trainers", "sandal", "sandals", "loafers", "heels", "cleats"})
_CLOTHES = frozenset({"shirt", "t-shirt", "tee", "jacket", "hoodie", "dress", "jeans",
                      "pants", "trousers", "sweater", "coat", "jersey", "shorts", "skirt",
                      "leggings", "parka", "vest", "blouse", "cardigan", "top", "fleece"})
_SHOE_SIZES = ("38", "39", "40", "41", "42", "43", "44", "45", "46")
_CLOTHES_SIZES = ("XS", "S", "M", "L", "XL", "XXL")
_ONE_SIZE = ("One size",)
_WORD = re.compile(r"[a-z-]+")
_ID_KEYS = ("product_id", "productId", "id")


def fit_variants(output: Any) -> None:
    for obj in objects_in(output):
        variants = obj.get("variants")
        ident = next((obj[k] for k in _ID_KEYS if isinstance(obj.get(k), str | int)), None)
        if ident is None or not isinstance(variants, list) or not variants or not all(
                isinstance(v, dict) and "sku" in v and "size" in v for v in variants):
            continue
        sizes = _sizes(str(obj.get("title") or obj.get("name") or ""))
        key = zlib.crc32(str(ident).encode())
        start = key % max(1, len(sizes) - len(variants) + 1) if len(sizes) > 1 else 0
        chosen = sizes[start:start + len(variants)]
        template = variants[0]
        variants[:] = [_variant(template, ident, size, key >> (4 * i))
                       for i, size in enumerate(chosen)]


def _sizes(title: str) -> tuple[str, ...]:
    words = set(_WORD.findall(title.lower()))
    if words & _SHOES:
        return _SHOE_SIZES
    if words & _CLOTHES:
        return _CLOTHES_SIZES
    return _ONE_SIZE


def _variant(template: dict[str, Any], ident: Any, size: str, key: int) -> dict[str, Any]:
    out = dict(template)
    out["size"] = size
    out["sku"] = f"{ident}-{size.replace(' ', '').upper() if size != 'One size' else 'OS'}"
    if isinstance(out.get("stock"), int) and not isinstance(out.get("stock"), bool):
        out["stock"] = key % 24
    return out
