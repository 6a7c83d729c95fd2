"""Titles of things whose kind decides what their title looks like: dishes, events, news,
videos.

A recipe called "Velvet City" (a novel's title) or an event called "Toronto Events
Summary" (a document's title) is what `vocab.title` wrote for every creative or
non-creative entity alike. A dish is named after its food ("Spiced Lentil Soup"), an
event after what happens there ("Lisbon Jazz Night"), a video a person posts after what
it shows ("A day in Warsaw", "Unboxing my new camera"), not a novel ("The Garden of
Warsaw"). `kind_title` returns such a title for a recipe, dish or meal, an event,
concert, festival or show, and a video, clip or reel, and None for any other entity (the
caller keeps its own). Pure; draws from the `rand` given.
"""

from __future__ import annotations

from collections.abc import Callable

from toolgen.executor.headlines import headline, help_title, helps, is_news

_DISH_ENTITIES = frozenset({"recipe", "dish", "meal"})
_EVENT_ENTITIES = frozenset({"event", "concert", "festival", "show", "exhibition"})
_VIDEO_ENTITIES = frozenset({"video", "clip", "reel", "vlog", "short"})
# What people post: a place's tour or day ({} is the city), else an everyday topic.
_VIDEO_AT = ("A day in {}", "{} street food tour", "Weekend in {} vlog",
             "Hidden spots in {}", "First time in {}", "{} on a budget")
_VIDEOS = ("Unboxing my new camera", "My morning routine", "10-minute full-body workout",
           "Trying the viral pasta recipe", "How I edit my videos", "Room makeover on a budget",
           "What I eat in a day", "Learning guitar in 30 days", "Cat meets the new puppy",
           "Packing for a week in one bag")
# (adjectives, dishes) that go together: no garlic brownies, no honey beef stew.
_SAVOURY = (("Spiced", "Roasted", "Creamy", "Garlic", "Smoky", "Herb", "Ginger", "Chili"),
            ("Lentil Soup", "Chicken Curry", "Vegetable Stir-Fry", "Mushroom Risotto",
             "Tomato Pasta", "Black Bean Tacos", "Salmon Bowl", "Chickpea Salad", "Beef Stew",
             "Quinoa Salad"))
_SWEET = (("Honey", "Lemon", "Cinnamon", "Vanilla", "Maple", "Ginger"),
          ("Banana Bread", "Pumpkin Pie", "Apple Crumble", "Pancakes", "Oat Cookies",
           "Chocolate Brownies"))
# Topics an event calendar's own words may name: its events are about them.
TOPICS = {"crypto": "Crypto", "blockchain": "Blockchain", "bitcoin": "Bitcoin",
           "tech": "Tech", "music": "Music", "jazz": "Jazz", "film": "Film", "art": "Art",
           "food": "Food", "wine": "Wine", "book": "Book", "books": "Book", "design": "Design",
           "fashion": "Fashion", "gaming": "Gaming", "comedy": "Comedy", "science": "Science",
           "health": "Health", "fitness": "Fitness", "startup": "Startup", "photography":
           "Photography", "sports": "Sports", "marathon": "Marathon"}
_TOPIC_EVENTS = ("Summit", "Meetup", "Conference", "Festival", "Week")
_EVENTS = ("Jazz Night", "Food Festival", "Comedy Night", "Film Festival", "Book Fair",
           "Design Week", "Art Fair", "Tech Meetup", "Wine Tasting", "Street Market",
           "Open-Air Concert", "Theatre Night")


_ARTICLES = frozenset({"article", "articles", "solution", "faq"})


def _pick(seq: tuple[str, ...], r: float) -> str:
    return seq[int(r * len(seq))]


def kind_title(entity: str, rand: Callable[[], float], city: str,
               nouns: tuple[str, ...] = ()) -> str | None:
    """A dish's, an event's or a news item's title for `entity`, or None when its kind has
    none here. An event of a calendar whose `nouns` name a topic is about that topic
    ("Amsterdam Crypto Summit"); news is a headline (`headlines`)."""
    if entity in _ARTICLES and helps(nouns):
        return help_title(rand)  # "How to reset your password", not a news headline
    if is_news(entity, nouns):
        return headline(nouns, rand, city)
    if entity in _DISH_ENTITIES:
        adjectives, dishes = _SWEET if rand() < 0.4 else _SAVOURY
        return f"{_pick(adjectives, rand())} {_pick(dishes, rand())}"
    if entity in _EVENT_ENTITIES:
        topic = next((TOPICS[n] for n in nouns if n in TOPICS), None)
        if topic is not None:
            return f"{city} {topic} {_pick(_TOPIC_EVENTS, rand())}"
        return f"{city} {_pick(_EVENTS, rand())}"
    if entity in _VIDEO_ENTITIES:
        if rand() < 0.4:
            return _pick(_VIDEO_AT, rand()).format(city)
        return _pick(_VIDEOS, rand())
    return None
