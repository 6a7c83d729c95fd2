"""A book found by genre is described as a book of that genre (BFCL seed 31 #170 and
#260: a biography and a novel both "A practical guide for first-time managers.")."""

from __future__ import annotations

import re

from toolgen.executor import MockExecutor
from toolgen.records import Endpoint, Parameter

_MANAGERS = re.compile(r"guide|managers|habits", re.I)
_STORY = re.compile(r"life|portrait|account|letters", re.I)


def _search() -> Endpoint:
    def param(name: str) -> Parameter:
        return Parameter(name=name, raw_name=name, type_label="string",
                         json_schema={"type": "string"}, required=True,
                         description=f"The {name} of the books.")

    book = {"type": "object", "properties": {
        "book_id": {"type": "string"}, "title": {"type": "string"},
        "author": {"type": "string"}, "genre": {"type": "string"},
        "description": {"type": "string"}}}
    return Endpoint(
        id="library/library/search_books", function_name="library_search_books",
        tool_id="library", tool_name="library", category="library", name="search_books",
        description="Search for books in a library by location and genre.",
        parameters=(param("location"), param("genre")),
        response_schema={"type": "object", "properties": {
            "books": {"type": "array", "items": book}}},
        response_source="declared", method="CALL")


def test_a_biography_is_described_as_a_life(executor: MockExecutor) -> None:
    search = _search()
    said = [book["description"] for seed in range(12)
            for book in executor.session(seed).call(
                search, {"location": "Cairo", "genre": "biography"}).output["books"]]
    assert said
    assert not any(_MANAGERS.search(d) for d in said), said
    assert all(_STORY.search(d) for d in said), said


def test_books_listed_together_are_described_apart(executor: MockExecutor) -> None:
    """BFCL seed 71 #28: three novels, each "A debut novel about two sisters and a family
    secret."."""
    search = _search()
    lists = 0
    for seed in range(12):
        books = executor.session(seed).call(
            search, {"location": "Cairo", "genre": "fiction"}).output["books"]
        said = [book["description"] for book in books]
        lists += len(said) > 1
        assert len(set(said)) == len(said), said
    assert lists >= 4
