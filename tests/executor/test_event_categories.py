"""An event's title fits its category (bundled seed 7 #260: "Annual Book Summit" listed as
a concert, "Summer Photography Summit" as sports)."""

from __future__ import annotations

import random

from toolgen.executor.event_categories import titled_by_category

_WORDS = {"concert": ("music", "jazz", "symphony", "recital", "rock", "tour", "sessions", "opera"),
          "sports": ("marathon", "derby", "final", "sevens", "vs", "semi-final"),
          "comedy": ("comedy", "stand-up", "improv"),
          "theatre": ("hamlet", "macbeth", "dream", "earnest", "misérables", "salesman",
                      "seagull", "ballet")}


def test_a_title_of_another_kind_of_event_is_retitled_by_its_category() -> None:
    titles = ("Annual Book Summit", "Summer Photography Summit", "Weekend Wine Meetup",
              "Late-Night Design Fair")
    for category, words in _WORDS.items():
        for title in titles:
            out = {"events": [{"title": title, "city": "Edinburgh", "category": category,
                               "starts_at": "2025-10-05T16:00:00Z"}]}
            titled_by_category(out, {}, random.Random(0))
            new = out["events"][0]["title"].lower()
            assert new != title.lower() and any(w in new for w in words), (category, new)


def test_a_fitting_or_sent_title_and_an_unknown_category_stay() -> None:
    fits = {"title": "Jazz Night at the Blue Room", "category": "concert", "venue": "Blue"}
    sent = {"title": "Annual Book Summit", "category": "sports", "venue": "Hall"}
    other = {"title": "Annual Book Summit", "category": "conference", "venue": "Hall"}
    product = {"title": "Pegasus Running Shoes", "category": "sports", "price": 89.0}
    titled_by_category([fits, other, product], {}, random.Random(0))
    assert product["title"] == "Pegasus Running Shoes"  # a product in sports is no event
    titled_by_category(sent, {"q": "Annual Book Summit"}, random.Random(0))
    assert fits["title"] == "Jazz Night at the Blue Room"
    assert sent["title"] == "Annual Book Summit" and other["title"] == "Annual Book Summit"
