"""BFCL's 'dontcare' is no filter: `Movies_3_FindMovies(cast="dontcare")` listed films
whose cast was "dontcare" (BFCL seed 7, 000276), and its genre enum's "dontcare" was a
film's genre. The films found have a real director and cast (people's names) and a real
genre. Runs on BFCL's own function docs."""

from __future__ import annotations

import re

import pytest
from tests.export.corpora import BFCL

from toolgen.executor import MockExecutor
from toolgen.registry.loader import load_registry

_PERSON = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z'-]+)+")


@pytest.mark.parametrize("seed", range(6))
def test_films_found_with_no_filter_have_real_casts_and_genres(executor: MockExecutor,
                                                               seed: int) -> None:
    if not BFCL.is_dir():
        pytest.skip("shared corpora not present")
    functions = load_registry(BFCL).by_function
    session = executor.session(seed)
    for name in ("movies_3_find_movies", "movies_3_find_movies_49ac52ad"):
        found = session.call(functions[name], {"cast": "dontcare", "directed_by": "dontcare",
                                               "genre": "dontcare"}).output
        assert "dontcare" not in str(found).lower(), found
        films = found["movies"]
        assert films, found
        for film in films:
            assert _PERSON.fullmatch(film.get("cast", "")), film
            assert _PERSON.fullmatch(film.get("directed_by", "")), film
