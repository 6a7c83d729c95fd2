"""What a ToolBench endpoint without a response schema answers, read as a reviewer reads
it: Vimeo's videos by tag are videos (no `format: "json"`, `full_response`, `sort` of the
request in them, only the tag that chose them), and no field of an answer holds a word
of the endpoint's prose ("takes", "itself", "specified", "whether")."""

from __future__ import annotations

from typing import Any

import pytest

from toolgen.executor import MockExecutor
from toolgen.executor.controls import is_control
from toolgen.executor.value_words import never_a_value, verbs_in
from toolgen.records import Endpoint, Parameter


def _p(name: str, schema: dict[str, Any], description: str = "",
       required: bool = False) -> Parameter:
    return Parameter(name=name, raw_name=name, type_label=str(schema.get("type")),
                     json_schema=schema, required=required, description=description)


def _toolbench(name: str, tool: str, description: str, *params: Parameter) -> Endpoint:
    return Endpoint(id=f"Media/{tool}/{name}", function_name=f"{name}_for_{tool}",
                    tool_id=f"Media/{tool}", tool_name=tool, category="Media", name=name,
                    method="GET", description=description, parameters=params,
                    response_schema={})


VIDEOS_BY_TAG = _toolbench(
    "get_videos_by_tag", "vimeo", "Get a list of videos that have the specified tag.",
    _p("format", {"type": "string"}, "json/php/xml", True),
    _p("tag", {"type": "string"}, "The tag to get", True),
    _p("page", {"type": "integer"}, "Page number to show"),
    _p("per_page", {"type": "string"}, "Number of items to show on each page. Max 50."),
    _p("summary_response", {"type": "boolean"}, "Set this parameter to get back more "
                                                "information."),
    _p("full_response", {"type": "boolean"}, "Set this parameter to get back the full "
                                             "video information."),
    _p("sort", {"type": "string"}, "Method to sort by: relevant, newest, oldest, "
                                   "most_played, most_commented, or most_liked."))
# Prose whose function words and verbs used to be drawn as values.
PROSE = _toolbench(
    "lookup_people", "people_directory",
    "This endpoint takes a name and returns individuals whose records match it; the "
    "specified name should itself be complete, whether or not it is currently listed.",
    _p("name", {"type": "string"}, "The name to look up", True))


NEWS_SEARCH = _toolbench(
    "search", "news_api_v2", "Search news articles.",
    _p("q", {"type": "string"}, "Keywords or phrases to search for", True),
    _p("to", {"type": "string"}, "A date and optional time for the newest article allowed."),
    _p("country", {"type": "string"}, "The country of the publisher"),
    _p("pageSize", {"type": "integer"}, "The number of results to return per page."))


TOP_PLAYERS = _toolbench(
    "get_top_players", "chess_ratings", "Find the top chess players in a location.",
    _p("location", {"type": "string"}, "The city", True),
    _p("minimum_rating", {"type": "integer"}, "Minimum rating to filter players", True),
    _p("number_of_players", {"type": "integer"}, "Number of players to return."))


def _objects(doc: Any) -> list[dict[str, Any]]:
    found, stack = [], [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


@pytest.mark.parametrize("session_seed", range(6))
def test_videos_by_tag_carry_no_request_control(executor: MockExecutor,
                                                session_seed: int) -> None:
    args = {"format": "json", "tag": "animation", "page": 1, "full_response": True}
    out = executor.session(session_seed).call(VIDEOS_BY_TAG, args).output
    videos = next(v for v in out.values() if isinstance(v, list))
    assert videos
    for video in videos:
        assert not {"format", "full_response", "summary_response", "sort", "page",
                    "per_page"} & set(video), video
        assert "json" not in video.values()


@pytest.mark.parametrize("session_seed", range(6))
def test_news_found_carry_no_search_text_or_date_bound(executor: MockExecutor,
                                                      session_seed: int) -> None:
    args = {"q": "artificial intelligence", "to": "2025-11-21", "country": "France",
            "pageSize": 10}
    out = executor.session(session_seed).call(NEWS_SEARCH, args).output
    items = next(v for v in out.values() if isinstance(v, list))
    assert items
    for item in items:
        assert not {"q", "to", "pageSize"} & set(item), item
        assert item.get("country", "France") == "France"  # a filter every item satisfies


@pytest.mark.parametrize("session_seed", range(6))
def test_players_found_carry_no_minimum_or_count_of_the_request(executor: MockExecutor,
                                                                session_seed: int) -> None:
    args = {"location": "Paris", "minimum_rating": 1792, "number_of_players": 31}
    out = executor.session(session_seed).call(TOP_PLAYERS, args).output
    players = next(v for v in out.values() if isinstance(v, list))
    assert players
    for player in players:
        assert not {"minimum_rating", "number_of_players"} & set(player), player


@pytest.mark.parametrize("session_seed", range(6))
def test_no_field_holds_a_word_of_the_prose(executor: MockExecutor, session_seed: int) -> None:
    out = executor.session(session_seed).call(PROSE, {"name": "Ada Lovelace"}).output
    prose = {"takes", "returns", "individuals", "whose", "specified", "should", "itself",
             "whether", "currently", "listed", "complete", "match"}
    for obj in _objects(out):
        for key, value in obj.items():
            assert not (isinstance(value, str) and value.lower() in prose), (key, value)


@pytest.mark.parametrize("name,about,control", [
    ("format", "json/php/xml", True), ("format", "pdf, docx or png", False),
    ("sortBy", "", True), ("order", "asc or desc", True), ("order", "ord_118", False),
    ("full_response", "", True), ("callback", "", True), ("per_page", "", True),
    ("key", "Your API key", True), ("key", "E flat major", False),
    ("tag", "The tag to get", False), ("language", "fr", False), ("city", "", False),
])
def test_what_is_a_control(name: str, about: str, control: bool) -> None:
    assert is_control(name, about) is control


def test_the_verbs_of_a_description_are_read_where_they_stand() -> None:
    verbs = verbs_in("This endpoint takes a name and returns the people you can search.")
    assert {"takes", "returns", "search"} <= verbs
    assert not {"name", "people", "endpoint"} & verbs


@pytest.mark.parametrize("word,never", [
    ("itself", True), ("whether", True), ("currently", True), ("should", True),
    ("all", False), ("none", False), ("up", False), ("daily", False), ("family", False),
    ("video", False), ("apply", False),
])
def test_words_no_field_holds(word: str, never: bool) -> None:
    assert never_a_value(word) is never


WEB_SEARCH = Endpoint(
    id="Data/bing/web_search", function_name="web_search_for_bing", tool_id="Data/bing",
    tool_name="bing", category="Data", name="web_search", method="GET",
    description="Bing web search: webpages, images and capabilities.",
    parameters=(_p("q", {"type": "string"}, "The user's search query string", True),),
    response_schema={"type": "object", "properties": {
        "queryContext": {"type": "object", "properties": {"originalQuery": {"type": "string"}}},
        "webPages": {"type": "array", "items": {"type": "object", "properties": {
            "name": {"type": "string"}, "url": {"type": "string"}}}}}},
    response_source="schema")


@pytest.mark.parametrize("session_seed", range(4))
def test_a_search_says_the_query_it_was_sent(executor: MockExecutor, session_seed: int) -> None:
    out = executor.session(session_seed).call(
        WEB_SEARCH, {"q": "how to make sourdough bread"}).output
    assert out["queryContext"]["originalQuery"] == "how to make sourdough bread"
