"""Titles that do not fit the kind of thing they name.

A recipe called "Velvet City" or "The Signals of Amsterdam", a dessert with no food in
its name; an event called "Checkiday Overview", a product called "Milan Status Report":
a reviewer reads a novel's or a document's title where a dish, an event or a product
belongs. Kind `title_misfit`, once per call:

- a recipe, dish or meal (an object with a `recipe_id` / `dish_id` / `meal_id`, or held
  by a `recipes` / `dishes` / `meals` list) whose title is made only of English words,
  none of them food, a drink, a cooking word or a cuisine ("Shakshuka", a word no
  dictionary lists, is given the benefit of the doubt);
- an event, product, hotel, restaurant, venue or game whose title ends in a document's
  word (Overview, Report, Summary, Index, Insights);
- a video, clip or reel titled as a novel is, "The <Noun> of <Place>" ("The Garden of
  Warsaw"), with no word of what videos show (a tour, a trailer, a vlog, a how-to...).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from toolgen.judge.context import JudgeContext
from toolgen.judge.realism.policy import finding
from toolgen.judge.realism.reading import key_tokens, real_steps, singular, words
from toolgen.judge.realism.values import _snake
from toolgen.judge.realism.vocabulary import is_word
from toolgen.judge.view import NOT_JSON, RecordView
from toolgen.records import Finding

NAME = "titles"

_DISHES = frozenset({"recipe", "dish", "meal"})
_TITLED_THINGS = frozenset({"event", "product", "hotel", "restaurant", "venue", "game",
                            "concert", "festival", "show", "exhibition"})
_VIDEOS = frozenset({"video", "clip", "reel"})
_KINDS = _DISHES | _TITLED_THINGS | _VIDEOS
# "The Garden of Warsaw": a novel's shape, one noun of one proper name.
_NOVEL = re.compile(r"The [A-Z][a-z]+ of [A-Z][a-z]+")
_VIDEO_WORDS = frozenset({"tour", "trailer", "vlog", "video", "review", "unboxing", "how",
                          "tutorial", "official", "live", "highlights", "episode", "part",
                          "day", "walk", "guide", "recipe", "reaction", "cover", "teaser"})
_DOCUMENT_WORDS = frozenset({"overview", "report", "summary", "index", "insights"})
_TITLE_KEYS = ("title", "name", "recipe_name", "dish_name", "meal_name", "event_name",
               "product_name")
_FOOD = words(
    # ingredients and foods
    "apple banana berry berries blueberry strawberry raspberry cherry lemon lime orange",
    "mango peach pear plum fig date coconut pineapple grape melon avocado tomato potato",
    "potatoes onion garlic ginger pepper peppers chili chilli carrot carrots pea peas bean",
    "beans lentil lentils chickpea chickpeas corn rice noodle noodles pasta spaghetti",
    "penne lasagna lasagne ravioli gnocchi risotto bread toast bun buns bagel croissant",
    "pancake pancakes waffle waffles crepe crepes egg eggs omelette omelet frittata cheese",
    "cheddar mozzarella parmesan feta butter cream milk yogurt yoghurt honey sugar syrup",
    "chocolate cocoa vanilla caramel cinnamon nutmeg basil mint herb herbs spinach kale",
    "lettuce cabbage broccoli cauliflower mushroom mushrooms zucchini squash pumpkin",
    "eggplant aubergine cucumber beet beetroot celery leek leeks asparagus artichoke olive",
    "olives nut nuts almond almonds walnut pecan peanut pistachio hazelnut sesame tofu",
    "tempeh seitan quinoa oat oats oatmeal granola barley couscous flour dough beef pork",
    "lamb chicken turkey duck bacon ham sausage sausages steak meatball meatballs fish",
    "salmon tuna cod shrimp prawn prawns crab lobster mussels clams scallops squid octopus",
    "anchovy sardine sardines cannabis hemp matcha coffee espresso tea chai cocoa",
    # dishes and courses
    "soup stew curry salad sandwich burger burgers pizza pie tart tarts cake cakes cupcake",
    "cupcakes cookie cookies brownie brownies muffin muffins scone scones pudding custard",
    "mousse sorbet gelato ice icecream cheesecake tiramisu crumble cobbler jam jelly sauce",
    "dressing dip hummus guacamole salsa pesto taco tacos burrito burritos quesadilla",
    "enchilada enchiladas nachos chili sushi ramen pho dumpling dumplings bowl bowls",
    "wrap wraps roll rolls skewer skewers kebab kebabs casserole gratin bake quiche",
    "smoothie smoothies shake juice lemonade cocktail mocktail punch latte brew broth",
    "chowder bisque paella tagine falafel shakshuka biryani masala tikka korma dal dhal",
    "risotto fritters fries chips wings ribs roast loaf porridge snack snacks dessert",
    "breakfast brunch lunch dinner supper appetizer starter side treat treats bites",
    "edible edibles gummies gummy candy candies fudge toffee brittle truffles bar bars",
    "cereal flatbread pita naan tortilla focaccia brioche pretzel pretzels donut donuts",
    "doughnut doughnuts biscuit biscuits crackers popcorn jerky omelettes",
    # cooking words
    "baked roasted grilled fried stir steamed poached braised smoked spiced spicy sweet",
    "sour savory savoury creamy crispy crunchy glazed stuffed marinated toasted whipped",
    "infused fresh homemade vegan vegetarian gluten keto paleo healthy hearty quick easy",
    "recipe style",
    # cuisines
    "thai italian mexican indian french greek chinese japanese korean vietnamese spanish",
    "moroccan lebanese turkish american southern cajun caribbean mediterranean german",
    "british irish swedish nordic ethiopian persian brazilian peruvian hawaiian")
_WORD = re.compile(r"[A-Za-z]+")


def _kind(holder: str, obj: dict[str, Any]) -> str | None:
    """What `obj` is (a key of the kinds above) by the list holding it or its own id."""
    held = singular(_snake(holder).split("_")[-1]) if holder else ""
    if held in _KINDS:
        return held
    for key in obj:  # its first id of a known kind: an event's own id before its venue's
        kind = _id_kind(str(key))
        if kind is not None:
            return kind
    return None


@lru_cache(maxsize=16384)
def _id_kind(key: str) -> str | None:
    # The kind an id key names (`event_id` -> event), read from the key alone: once per
    # spelling (every object of every output asks).
    tokens = key_tokens(key)
    if len(tokens) == 2 and tokens[1] == "id" and tokens[0] in _KINDS:
        return tokens[0]
    return None


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _title(obj: dict[str, Any]) -> str | None:
    for key in _TITLE_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def reason(holder: str, obj: dict[str, Any]) -> str | None:
    """Why the title of `obj` cannot be the title of what it is, or None."""
    kind = _kind(holder, obj)
    title = _title(obj) if kind else None
    if kind is None or title is None:
        return None
    tokens = [t.lower() for t in _WORD.findall(title)]
    if not tokens:
        return None
    if kind in _DISHES:
        if any(t in _FOOD or singular(t) in _FOOD for t in tokens):
            return None
        if all(is_word(t) for t in tokens):
            return f"{_a(kind)} titled {title!r}, with no food in its name"
        return None
    if kind in _VIDEOS:
        if _NOVEL.fullmatch(title) and not _VIDEO_WORDS & set(tokens):
            return f"{_a(kind)} titled {title!r}, a novel's title"
        return None
    if tokens[-1] in _DOCUMENT_WORDS and len(tokens) > 1:
        return f"{_a(kind)} titled {title!r}, a document's title"
    return None


def check_view(view: RecordView, ctx: JudgeContext) -> list[Finding]:
    out: list[Finding] = []
    for step in real_steps(view):
        if step.status != "ok" or step.call_id not in view.answer_at:
            continue
        if view.output(step.call_id) is NOT_JSON:
            continue
        for holder, obj in view.objects(step.call_id):
            why = reason(holder, obj)
            if why:
                out.append(finding(NAME, "title_misfit", view.answer_at[step.call_id],
                                   f"{step.function_name}: {why}"))
                break
    return out
