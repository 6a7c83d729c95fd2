"""A recipe found for a course and a diet is a dish of both (BFCL seed 71 #13: dairy-free
desserts came back as "Ginger Tomato Pasta" and "Smoky Salmon Bowl", a vegetarian
breakfast as "Chili Tomato Pasta"). What a dessert or a breakfast is called, and what a
diet rules out, are written here as a reader knows them."""

from __future__ import annotations

import random

import pytest

from toolgen.executor.recipe_fit import fit_recipes

_DESSERT_WORDS = ("Crumble", "Cookies", "Panna Cotta", "Sorbet", "Brownies", "Pudding", "Pie",
                  "Bread", "Tart")
_BREAKFAST_WORDS = ("Oats", "Pancakes", "Granola", "Smoothie", "Burrito", "Toast", "Tofu",
                    "Bread", "Omelette")
_MEAT = ("Chicken", "Beef", "Salmon")


@pytest.mark.parametrize("seed", range(8))
def test_a_recipe_is_a_dish_of_its_course_and_diet(seed: int) -> None:
    out = {"recipes": [
        {"title": "Ginger Tomato Pasta", "dietary_restrictions": "dairy free",
         "recipe_type": "dessert"},
        {"title": "Smoky Salmon Bowl", "recipe_type": "dessert"},
        {"title": "Chili Tomato Pasta", "dietary_restrictions": "vegetarian",
         "recipe_type": "breakfast"},
        {"title": "Herb Roasted Chicken"}]}
    fit_recipes(out, {"diet": "vegetarian"}, random.Random(seed))
    dessert, sweet, breakfast, main = (r["title"] for r in out["recipes"])
    assert dessert.endswith(_DESSERT_WORDS) and "Panna Cotta" not in dessert, dessert
    assert sweet.endswith(_DESSERT_WORDS) and sweet != dessert, sweet  # each dish once
    assert any(w in breakfast for w in _BREAKFAST_WORDS), breakfast
    assert not any(w in main for w in _MEAT), main  # the vegetarian search sent


def test_a_recipe_that_fits_keeps_its_title() -> None:
    out = {"title": "Vanilla Banana Bread", "recipe_type": "dessert"}
    fit_recipes(out, {}, random.Random(1))
    assert out["title"] == "Vanilla Banana Bread"
    plain = {"title": "Garlic Chicken Curry"}  # no course, no diet: nothing to fit
    fit_recipes(plain, {"query": "curry"}, random.Random(1))
    assert plain["title"] == "Garlic Chicken Curry"


def test_a_recipe_found_within_a_time_limit_takes_no_longer() -> None:
    # BFCL seed 71 #13: `time: 10` ("time limit in minutes to prep the meal") answered
    # 44 and 23 minutes' prep
    out = {"recipes": [{"title": "Berry Sorbet", "prep_time_minutes": 44},
                       {"title": "Banana Bread", "prep_time_minutes": 7}]}
    fit_recipes(out, {"time": 10, "recipe_type": "dessert"}, random.Random(3))
    times = [r["prep_time_minutes"] for r in out["recipes"]]
    assert times[1] == 7 and 1 <= times[0] <= 10, times
