"""A user names a genre, never BFCL's no-filter word: `Movies_3_FindMovies`'s genre enum
ends in 'dontcare' ("Use 'dontcare' to include all genres"), which a user would never say."""

from __future__ import annotations

import random

from toolgen.agents.planner.values import ArgumentValues
from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter

_GENRES = ["Offbeat", "Fantasy", "Comedy", "Drama", "dontcare"]


def test_a_drawn_genre_is_a_genre() -> None:
    genre = Parameter(name="genre", raw_name="genre", type_label="string",
                      json_schema={"type": "string", "enum": _GENRES}, required=True,
                      description="Genre of the movie. Use 'dontcare' to include all genres")
    ep = Endpoint(id="t/find_movies", function_name="find_movies", tool_id="t",
                  tool_name="Movies", category="Movies", name="find_movies",
                  parameters=(genre,))
    values = ArgumentValues(MockExecutor(3))
    drawn = [values.draw(ep, genre, random.Random(i)) for i in range(60)]
    assert "dontcare" not in drawn, drawn
    assert len(set(drawn)) >= 3, drawn
