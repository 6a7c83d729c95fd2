"""Another domain's record on an endpoint that says nothing of that domain is a borrowed
shape: BigOven's food glossary article answering a recipe's servings and prep time (the
answer then said "the prep time is 43 minutes"), a League of Legends champion's abilities
answering a match, a grammar analysis answering a translation. The same records from
endpoints that do say so (a recipe search, a fixture list, a translator) are left alone.
"""

from __future__ import annotations

from typing import Any

from toolgen.judge import JudgeContext
from toolgen.judge.realism import shapes
from toolgen.judge.view import build_view
from toolgen.records import Record

from .factories import calls_record

CTX = JudgeContext()


def _record(name: str, description: str, args: dict[str, Any], output: Any,
            answer: str) -> Record:
    return calls_record([(name, args, output)], user="Can you look that up for me?",
                        answer=answer, conversation_id="cal-domain-shapes",
                        descriptions={name: description})


def _kinds(rec: Record) -> list[str]:
    return [f.kind for f in shapes.check_view(build_view(rec), CTX)]


RECIPE = {"title": "Paper Garden", "servings": 6, "calories": 560, "prep_time_minutes": 43,
          "articleId": 755474}


def test_a_glossary_article_answering_a_recipe_is_flagged() -> None:
    rec = _record("get_food_glossary_article_for_bigoven", "BigOven: Get food glossary "
                  "article.", {"articleId": 755474}, RECIPE,
                  "That's Paper Garden, the prep time is 43 minutes.")
    assert _kinds(rec) == ["borrowed_shape"]


def test_a_glossary_article_with_a_term_and_definition_is_left_alone() -> None:
    rec = _record("get_food_glossary_article_for_bigoven", "BigOven: Get food glossary "
                  "article.", {"articleId": 755474},
                  {"term": "roux", "definition": "Flour cooked in fat, to thicken sauces."},
                  "Roux is flour cooked in fat, used to thicken sauces.")
    assert _kinds(rec) == []


def test_a_recipe_from_a_recipe_endpoint_is_left_alone() -> None:
    rec = _record("get_recipe_for_bigoven", "BigOven: Get a recipe by its id.",
                  {"recipeId": "rcp_1a2b3c"}, RECIPE, "Paper Garden takes 43 minutes.")
    assert _kinds(rec) == []


def test_a_champions_abilities_answering_a_match_is_flagged() -> None:
    rec = _record("get_champion_abilities_as_text_for_league_of_legends",
                  "League Of Legends Champion Informaion: Accepts a comma delimited list "
                  "of champion names.", {"champion": "volibear"},
                  {"abilities": [{"home_team": "JD Gaming", "away_team": "Gen.G",
                                  "home_score": 1, "away_score": 2}]},
                  "JD Gaming played Gen.G.")
    assert _kinds(rec) == ["borrowed_shape"]


def test_a_fixture_list_of_a_league_is_left_alone() -> None:
    rec = _record("get_fixtures_for_premier_league", "Premier League: Upcoming fixtures "
                  "of a season.", {"season": "2025"},
                  {"fixtures": [{"home_team": "Everton", "away_team": "Chelsea"}]},
                  "Everton host Chelsea.")
    assert _kinds(rec) == []


def test_a_grammar_analysis_answering_a_translation_is_flagged_a_translator_is_not() -> None:
    out = {"translated_text": "Thanks for the update!", "source_language": "en",
           "target_language": "nl"}
    grammar = _record("analyze_grammar_for_webit_language", "Webit Language: Perform deep "
                      "sentence analysis.", {"q": "Thanks!"}, out, "Done.")
    translate = _record("translate_for_webit_language", "Webit Language: Translate a text.",
                        {"q": "Thanks!"}, out, "Done.")
    assert _kinds(grammar) == ["borrowed_shape"]
    assert _kinds(translate) == []
