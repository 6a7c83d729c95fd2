"""A side's score in a match is a result, not a rating: the answer does not read a home
team's 3 goals as "it's rated 3" (ToolBench seed 1135992 record 9)."""

from __future__ import annotations

import random

from toolgen.agents.offline.clauses import fact_clauses, role_of
from toolgen.agents.offline.types import Fact


def test_a_sides_score_is_not_a_rating() -> None:
    for label in ("home score", "away_score", "team score", "final score"):
        assert role_of(Fact(label, "3")) != "rating", label


def test_a_bare_score_is_still_a_rating() -> None:
    assert role_of(Fact("score", "4.5")) == "rating"
    assert role_of(Fact("rating", "4.5")) == "rating"


def test_a_match_is_told_by_its_scores() -> None:
    facts = [Fact("home team", "Detroit Pistons"), Fact("home score", "3"),
             Fact("away score", "2")]
    said = fact_clauses(facts, str, random.Random(3))
    assert "rated" not in said
    assert "3" in said and "2" in said


def test_a_hotels_stars_are_its_class_not_a_rating() -> None:
    for seed in range(6):
        said = fact_clauses([Fact("name", "Morse Hotel"), Fact("stars", "4")], str,
                            random.Random(seed))
        assert "4 stars" in said and "rated 4" not in said, said
        rated = fact_clauses([Fact("name", "Morse Hotel"), Fact("rating", "8.6")], str,
                             random.Random(seed))
        assert "rated 8.6" in rated, rated
