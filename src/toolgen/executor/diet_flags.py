"""A dish's diet flags follow what the dish is: a beef stew is not vegetarian.

Menu rows and recipes draw `vegetarian`/`vegan` as coin flips beside their name, so a
"Ginger Beef Stew" came back vegetarian and an apple crumble not. `fit_diet` reads each
object holding a name and such a flag: meat or fish in the name makes it neither
vegetarian nor vegan, dairy, eggs or honey make it not vegan, and a name of plants alone
is vegetarian. A name it cannot read keeps its drawn flag. In place; draws nothing.
"""

from __future__ import annotations

import random
import re
from typing import Any

from toolgen.executor.objects import objects_in

_MEAT = re.compile(r"\b(?:beef|chicken|pork|lamb|salmon|tuna|fish|shrimp|prawns?|bacon|ham|"
                   r"turkey|duck|steak|sausages?|anchov(?:y|ies)|meatballs?)\b", re.I)
_ANIMAL = re.compile(r"\b(?:creamy|cream|cheese|butter|honey|pancakes|brownies|cookies|"
                     r"risotto|crumble|pie|banana bread|egg|eggs|milk|yogurt)\b", re.I)
_PLANT = re.compile(r"\b(?:lentil|vegetable|mushroom|chickpea|quinoa|bean|tomato|apple|"
                    r"pumpkin|banana|oat|salad|tacos|soup)\b", re.I)
_NAMES = ("name", "title", "dish_name", "item_name")
_VEGETARIAN = ("vegetarian", "is_vegetarian")
_VEGAN = ("vegan", "is_vegan")


def fit_diet(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Set each named dish's diet flags from its name (see the module docstring)."""
    del args, rng
    for obj in objects_in(output):
        name = next((v for k in _NAMES if isinstance(v := obj.get(k), str)), None)
        if name is None:
            continue
        meat = _MEAT.search(name) is not None
        plants = not meat and _PLANT.search(name) is not None
        for key in _VEGETARIAN:
            if isinstance(obj.get(key), bool) and (meat or plants):
                obj[key] = not meat
        for key in _VEGAN:
            if isinstance(obj.get(key), bool) and (meat or _ANIMAL.search(name)):
                obj[key] = False
