"""Initialisms in field names are said as letters: an answer read "its bmi is 23.7" and
"the gcd is 1" (BFCL seed 59 #19, #21)."""

from __future__ import annotations

import pytest

from toolgen.agents.offline import slot_label


@pytest.mark.parametrize(("name", "said"), [
    ("bmi", "BMI"), ("gcd", "GCD"), ("roi_percent", "ROI percent"), ("aqi", "AQI"),
    ("uv_index", "UV index"), ("mbti_type", "MBTI type"), ("iban", "IBAN"),
    ("eta_minutes", "ETA minutes"), ("co2", "CO2"),
])
def test_an_initialism_is_said_in_capitals(name: str, said: str) -> None:
    assert slot_label(name) == said


@pytest.mark.parametrize(("name", "said"), [
    ("navigation", "navigation"), ("eps", "eps"), ("phone", "phone"), ("pin", "pin"),
])
def test_a_word_that_only_looks_short_stays_a_word(name: str, said: str) -> None:
    assert slot_label(name) == said


def test_the_figure_asked_for_is_named_in_capitals() -> None:
    from toolgen.agents.offline import Intent
    from toolgen.agents.policy.asked_figure import asked_figure

    asked = asked_figure({"bmi": 23.7, "weight_kg": 66, "height_m": 1.67},
                         Intent(verb="calculate", obj="BMI", phrase="calculate BMI"))
    assert asked is not None
    assert asked[0].label == "BMI" and asked[0].value == "23.7"
