"""Titles of things whose kind decides what their title looks like: dishes and events.

A recipe called "Velvet City" (a novel's title) or an event called "Toronto Events
Summary" (a document's title) is what `vocab.title` wrote for every creative or
non-creative entity alike. A dish is named after its food ("Spiced Lentil Soup"), an
event after what happens there ("Lisbon Jazz Night"). `kind_title` returns such a title
for a recipe, dish or meal and for an event, concert, festival or show, and None for any
other entity (the caller keeps its own). Pure; draws from the `rand` given.
"""

from __future__ import annotations

from collections.abc import Callable

_DISH_ENTITIES = frozenset({"recipe", "dish", "meal"})
_EVENT_ENTITIES = frozenset({"event", "concert", "festival", "show", "exhibition"})
_DISH_ADJ = ("Spiced", "Roasted", "Creamy", "Lemon", "Garlic", "Smoky", "Honey", "Herb",
             "Crispy", "Slow-Cooked", "Ginger", "Chili")
_DISHES = ("Lentil Soup", "Chicken Curry", "Vegetable Stir-Fry", "Mushroom Risotto",
           "Tomato Pasta", "Black Bean Tacos", "Banana Bread", "Salmon Bowl",
           "Chickpea Salad", "Pumpkin Pie", "Apple Crumble", "Pancakes", "Beef Stew",
           "Quinoa Salad", "Oat Cookies", "Chocolate Brownies")
_EVENTS = ("Jazz Night", "Food Festival", "Comedy Night", "Film Festival", "Book Fair",
           "Design Week", "Art Fair", "Tech Meetup", "Wine Tasting", "Street Market",
           "Open-Air Concert", "Theatre Night")


def _pick(seq: tuple[str, ...], r: float) -> str:
    return seq[int(r * len(seq))]


def kind_title(entity: str, rand: Callable[[], float], city: str) -> str | None:
    """A dish's or an event's title for `entity`, or None when its kind has none here."""
    if entity in _DISH_ENTITIES:
        return f"{_pick(_DISH_ADJ, rand())} {_pick(_DISHES, rand())}"
    if entity in _EVENT_ENTITIES:
        return f"{city} {_pick(_EVENTS, rand())}"
    return None
