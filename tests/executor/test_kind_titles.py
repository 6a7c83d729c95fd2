"""Dishes are titled after food and events after what happens there, not as novels or
documents ("Velvet City" for a recipe, "Toronto Events Summary" for a theatre night)."""

from __future__ import annotations

import random

from toolgen.executor.kind_titles import kind_title
from toolgen.executor.vocab import Vocab, title

_FOOD = ("Soup", "Curry", "Stir-Fry", "Risotto", "Pasta", "Tacos", "Bread", "Bowl", "Salad",
         "Pie", "Crumble", "Pancakes", "Stew", "Cookies", "Brownies")


def test_a_recipe_title_names_a_dish() -> None:
    rng = random.Random(3)
    for _ in range(30):
        got = kind_title("recipe", rng.random, "Oslo")
        assert got is not None and got.split()[-1] in _FOOD


def test_an_event_title_is_its_city_and_a_kind_of_event() -> None:
    got = kind_title("event", random.Random(5).random, "Toronto")
    assert got is not None and got.startswith("Toronto ")
    assert got.split()[-1] not in ("Summary", "Overview", "Report", "Index", "Insights")


def test_an_event_of_a_topical_calendar_is_about_its_topic() -> None:
    got = kind_title("event", random.Random(5).random, "Amsterdam", ("crypto", "calendar"))
    assert got is not None and got.startswith("Amsterdam Crypto ")


def test_sweet_dishes_get_sweet_words() -> None:
    rng = random.Random(11)
    for _ in range(60):
        got = kind_title("recipe", rng.random, "Oslo") or ""
        if got.endswith(("Brownies", "Cookies", "Crumble", "Pie", "Pancakes", "Banana Bread")):
            assert got.split()[0] not in ("Garlic", "Chili", "Smoky", "Herb", "Roasted")


def test_other_entities_keep_the_vocabulary_titles() -> None:
    assert kind_title("song", random.Random(1).random, "Oslo") is None
    vocab = Vocab.build(("get_song_for_music",), "song")
    assert title(vocab, random.Random(1).random, "Oslo")  # still written by vocab


def test_vocab_title_uses_the_kind_title_for_a_recipe() -> None:
    vocab = Vocab.build(("get_recipe_for_cookbook",), "recipe")
    got = title(vocab, random.Random(2).random, "Oslo")
    assert got.split()[-1] in _FOOD
