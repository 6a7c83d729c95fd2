"""A record's text states the figures its fields hold (ToolBench seed 21 #202: a recipe of
six servings and 32 minutes described "Ready in 30 minutes; serves four.")."""

from __future__ import annotations

from typing import Any

from toolgen.executor.stated_fields import stated_fields


def _recipe(**fields: Any) -> dict[str, Any]:
    return {"recipe_id": "rcp_ba7cb8", "title": "Herb Quinoa Salad", **fields}


def test_a_recipe_text_says_its_servings_and_time() -> None:
    out = {"recipes": [_recipe(servings=6, prep_time_minutes=32,
                               description="Ready in 30 minutes; serves four.")]}
    stated_fields(out, {})
    assert out["recipes"][0]["description"] == "Ready in 32 minutes; serves six."


def test_the_time_in_all_is_preparation_plus_cooking_unless_a_total_is_given() -> None:
    both = _recipe(prep_time_minutes=10, cook_time_minutes=25, summary="Ready in 30 minutes.")
    total = _recipe(prep_time_minutes=10, totalTimeMinutes=45, summary="ready in 30 minutes")
    stated_fields([both, total], {})
    assert both["summary"] == "Ready in 35 minutes."
    assert total["summary"] == "ready in 45 minutes"


def test_texts_that_agree_or_state_no_field_stay() -> None:
    agree = _recipe(servings=4, description="Ready in 30 minutes; serves 4.",
                    prep_time_minutes=30)
    no_field = _recipe(description="Ready in 30 minutes; serves four.")
    before = [dict(agree), dict(no_field)]
    stated_fields([agree, no_field], {})
    assert [agree, no_field] == before


def test_a_text_the_caller_sent_stays_and_its_figure_is_the_field_s() -> None:
    text = "A creamy one-pot pasta that is ready in 20 minutes."
    made = _recipe(servings=8, prep_time_minutes=19, description=text)
    stated_fields(made, {"description": text})
    assert made["description"] == text and made["prep_time_minutes"] == 20
