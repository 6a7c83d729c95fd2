"""A recipe found for a course and a diet is a dish of that course and diet.

Dish titles are drawn sweet or savoury whatever was asked (`kind_titles`): a search for
dairy-free desserts listed "Ginger Tomato Pasta" and "Smoky Salmon Bowl", and a
vegetarian breakfast search "Chili Tomato Pasta" (BFCL seed 71 #13). `fit_recipes(output,
args, rng)` retitles each recipe whose title does not fit the course (`recipe_type`,
`meal_type`, `course`, `category`) or the diet (`dietary_restrictions`, `diet`) the call
was sent or its own fields say, from dishes that do; and takes no longer than the time
limit the call was sent. In place; deterministic for the call's random stream; never
touches the network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in
from toolgen.executor.values import normalize_key

# course -> (titles a recipe of it is called, the dish words that make a title one)
_COURSES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "dessert": (("Honey Apple Crumble", "Lemon Oat Cookies", "Vanilla Panna Cotta",
                 "Berry Sorbet", "Chocolate Brownies", "Cinnamon Rice Pudding",
                 "Maple Pumpkin Pie", "Banana Bread", "Mango Sorbet", "Pear Tart"),
                ("Crumble", "Cookies", "Panna Cotta", "Sorbet", "Brownies", "Pudding", "Pie",
                 "Bread", "Cake", "Tart", "Muffins")),
    "breakfast": (("Overnight Oats", "Blueberry Pancakes", "Maple Granola Bowl",
                   "Berry Smoothie Bowl", "Breakfast Burrito", "Cinnamon French Toast",
                   "Spinach Scrambled Tofu", "Banana Bread", "Veggie Omelette"),
                  ("Oats", "Pancakes", "Granola Bowl", "Smoothie Bowl", "Burrito", "Toast",
                   "Scrambled Tofu", "Bread", "Omelette", "Muffins")),
    "main": (("Spiced Lentil Curry", "Vegetable Stir-Fry", "Mushroom Risotto",
              "Garlic Tomato Pasta", "Chicken Curry", "Smoky Salmon Bowl", "Beef Stew",
              "Black Bean Tacos", "Herb Roasted Chicken"),
             ("Curry", "Stir-Fry", "Risotto", "Pasta", "Bowl", "Stew", "Tacos", "Chicken",
              "Salad", "Soup")),
    "salad": (("Chickpea Salad", "Quinoa Salad", "Greek Salad", "Roasted Beet Salad"),
              ("Salad",)),
    "soup": (("Spiced Lentil Soup", "Tomato Soup", "Pumpkin Soup", "Minestrone"),
             ("Soup", "Minestrone")),
}
_SAID_AS = {"desserts": "dessert", "sweet": "dessert", "sweets": "dessert",
            "brunch": "breakfast", "dinner": "main", "lunch": "main", "main course": "main",
            "entree": "main", "mains": "main", "main dish": "main", "salads": "salad",
            "soups": "soup"}
_COURSE_KEYS = ("recipe_type", "meal_type", "course", "dish_type", "type", "category")
_DIET_KEYS = ("dietary_restrictions", "diet", "dietary_restriction", "dietary_preference")
# words of a dish a diet rules out
_NOT_FOR = {
    "vegetarian": ("Chicken", "Salmon", "Beef"),
    "vegan": ("Chicken", "Salmon", "Beef", "Honey", "Pancakes", "French Toast", "Brownies",
              "Panna Cotta", "Rice Pudding", "Creamy", "Greek Salad", "Omelette"),
    "dairy free": ("Creamy", "Panna Cotta", "Rice Pudding", "Risotto", "Pancakes",
                   "French Toast", "Greek Salad", "Brownies"),
    "gluten free": ("Pasta", "Pancakes", "French Toast", "Oat", "Burrito", "Brownies",
                    "Crumble", "Pie", "Granola", "Tacos"),
    "pescatarian": ("Chicken", "Beef"),
}


def fit_recipes(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    """Retitle each recipe that is no dish of its course or its diet (module doc)."""
    sent = {normalize_key(str(k)): v for k, v in args.items()}
    used: set[str] = set()  # a list names each dish once
    limit = next((v for k in _LIMIT_KEYS if isinstance(v := sent.get(k), int)
                  and not isinstance(v, bool) and v > 0), None)
    for obj in objects_in(output):
        if limit is not None:
            _within(obj, limit, rng)
        title = obj.get("title") if "title" in obj else obj.get("name")
        if not isinstance(title, str):
            continue
        course = _course(_first(obj, sent, _COURSE_KEYS))
        diet = _diet(_first(obj, sent, _DIET_KEYS))
        if course is None and diet is None:
            continue
        banned = _NOT_FOR.get(diet or "", ())
        titles, dishes = _COURSES.get(course or "main", _COURSES["main"])
        if (course is None or title.endswith(dishes)) and not any(w in title for w in banned):
            used.add(title)
            continue
        fits = [t for t in titles if not any(w in t for w in banned)] or list(titles)
        fitted = rng.choice([t for t in fits if t not in used] or fits)
        used.add(fitted)
        obj["title" if "title" in obj else "name"] = fitted


# A call's time limit on a recipe, and the fields of a recipe's time it bounds.
_LIMIT_KEYS = ("time", "max_time", "time_limit", "max_prep_time", "max_ready_time",
               "ready_in", "max_minutes")
_TIMES = ("prep_time_minutes", "prep_time", "ready_in_minutes", "total_time_minutes",
          "cook_time_minutes")


def _within(obj: dict[str, Any], limit: int, rng: random.Random) -> None:
    """A recipe found within a time limit takes no longer (BFCL seed 71 #13: 44 minutes'
    prep under a 10-minute limit)."""
    for key in _TIMES:
        value = obj.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > limit:
            obj[key] = rng.randint(max(1, limit // 2), limit)


def _first(obj: dict[str, Any], sent: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The recipe's own field of one of `keys`, else the value the call sent for it."""
    own = {normalize_key(str(k)): v for k, v in obj.items()}
    return next((src[k] for k in keys for src in (own, sent)
                 if isinstance(src.get(k), str) and src[k].strip()), None)


def _course(value: Any) -> str | None:
    said = str(value).strip().lower() if value is not None else ""
    said = _SAID_AS.get(said, said)
    return said if said in _COURSES else None


def _diet(value: Any) -> str | None:
    said = str(value).strip().lower().replace("-", " ") if value is not None else ""
    return said if said in _NOT_FOR else None
