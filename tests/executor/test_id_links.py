"""SKUs that spell an object's id spell the id it has (links: test_added_and_linked)."""

from __future__ import annotations

import random

from toolgen.executor.id_links import linked_ids


def _linked(obj: dict[str, object]) -> dict[str, object]:
    out = {"items": [dict(obj)]}
    linked_ids(out, {}, random.Random(1))
    item = out["items"][0]
    assert isinstance(item, dict)
    return item


def test_a_sku_spells_its_own_product_whatever_the_id_width() -> None:
    got = _linked({"product_id": "prd_18638f", "sku": "prd_8439-24", "quantity": 4})
    assert got["sku"] == "prd_18638f-24"


def test_texts_without_the_object_prefix_are_left_alone() -> None:
    obj = {"product_id": "prd_18638f", "sku": "OA7360-2", "note": "see ord_4411-b"}
    assert _linked(obj) == obj
