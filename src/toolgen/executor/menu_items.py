"""What the things a venue's record lists are: a restaurant's menu items are dishes.

A menu read as `{"restaurant_id": ..., "items": [{"menu_item_id": ..., "name": ...}]}` has a
generic container (`items`), so its rows inherited the restaurant as their entity and were
named like restaurants, "Galloway Cafe" and "Moody Bistro" at 15.30 EUR (bundled seed 31
#140). A row under a restaurant whose own id names an item, dish, meal or course is a dish.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import entity_of_container, id_entity, normalize_key

_DISH_HEADS = frozenset({"item", "dish", "meal", "course"})


def held_entity(key: str, props: dict[str, Any], inherited: str) -> str | None:
    """The entity of an object under `key` whose rows are dishes of the restaurant it
    inherits, or None when the object keeps what it inherits."""
    if inherited != "restaurant" or (key and entity_of_container(key) is not None):
        return None
    heads = {id_entity(k) for k in props if isinstance(k, str) and normalize_key(k) != "id"}
    heads.discard(None)
    heads.discard("")
    heads.discard("restaurant")
    return "dish" if heads and heads <= _DISH_HEADS else None
