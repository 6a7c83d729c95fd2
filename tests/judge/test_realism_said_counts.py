"""The judge flags an answer that gives a list a size it does not show (ToolBench seed 7
000053: "Miami International Airport heads a list of 4" beside three airports); the
same count said as what was found is clean."""

from __future__ import annotations

from toolgen.judge import JudgeContext
from toolgen.judge.realism import said_counts
from toolgen.judge.view import build_view

from .factories import calls_record

_AIRPORTS = {"airports": [{"name": "Miami International Airport", "iata": "MIA"},
                          {"name": "Seattle-Tacoma International Airport", "iata": "SEA"},
                          {"name": "Austin-Bergstrom International Airport", "iata": "AUS"}],
             "total": 4}


def _kinds(answer: str) -> list[str]:
    record = calls_record([("v1_airports", {"city": "Miami"}, _AIRPORTS)],
                          user="Which airports are there?", answer=answer,
                          conversation_id="t-counts")
    return [f.kind for f in said_counts.check_view(build_view(record), JudgeContext())]


def test_a_list_given_more_items_than_it_shows_is_flagged() -> None:
    assert _kinds("Miami International Airport heads a list of 4.") == [
        "count_contradiction"]
    assert _kinds("4 came back, the first being Miami International Airport.") == [
        "count_contradiction"]
    assert _kinds("Miami International Airport is the only one (1 in all).") == [
        "count_contradiction"]


def test_a_count_said_as_found_or_the_list_s_own_size_is_clean() -> None:
    assert _kinds("4 found; the first is Miami International Airport.") == []
    assert _kinds("Miami International Airport heads a list of 3.") == []
    assert _kinds("There are 4 in all, starting with Miami International Airport.") == []


def test_two_searches_of_one_function_are_two_lists() -> None:
    # BFCL seed 71 #13: dairy-free desserts (4) and vegetarian breakfasts (3) were read
    # as one list of 6, so "Banana Bread heads a list of 3" was flagged
    desserts = {"recipes": [{"title": t} for t in ("Lemon Oat Cookies", "Berry Sorbet",
                                                    "Honey Apple Crumble", "Banana Bread")]}
    breakfasts = {"recipes": [{"title": t} for t in ("Banana Bread", "Breakfast Burrito",
                                                      "Maple Granola Bowl")]}
    record = calls_record(
        [("find_recipe", {"diet": "dairy free", "type": "dessert"}, desserts),
         ("find_recipe", {"diet": "vegetarian", "type": "breakfast"}, breakfasts)],
        user="Desserts and breakfasts?", conversation_id="t-two-lists",
        answer="Lemon Oat Cookies heads a list of 4. Banana Bread heads a list of 3.")
    assert said_counts.check_view(build_view(record), JudgeContext()) == []
    pages = calls_record(
        [("find_recipe", {"type": "dessert", "page": 1}, desserts),
         ("find_recipe", {"type": "dessert", "page": 2}, breakfasts)],
        user="Desserts?", conversation_id="t-two-pages",
        answer="Lemon Oat Cookies heads a list of 4.")
    assert [f.kind for f in said_counts.check_view(build_view(pages), JudgeContext())] == [
        "count_contradiction"]  # two pages of one query are one list of 6
