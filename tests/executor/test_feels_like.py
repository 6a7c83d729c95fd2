"""A weather reading's "feels like" stays near its air temperature, and its conditions
name a sky (the generator used to draw 32.3 °C that feels like -2.5, `conditions: "date"`)."""

from __future__ import annotations

import random

from toolgen.executor.domain_fields import DOMAIN_FIELDS
from toolgen.executor.feels_like import near_feels_like


def test_feels_like_is_moved_within_four_degrees_of_each_temperature() -> None:
    output = {"readings": [{"temperature": 32.3, "feels_like": -2.5},
                           {"temperature": -7.0, "feels_like": 14.0}]}
    near_feels_like(output, {}, random.Random(7))
    first, second = output["readings"]
    assert abs(first["feels_like"] - 32.3) <= 4
    assert abs(second["feels_like"] + 7.0) <= 4


def test_a_feels_like_the_call_sent_and_objects_without_a_temperature_are_kept() -> None:
    sent = {"temperature": 20.0, "feels_like": 5.0}
    near_feels_like(sent, {"feels_like": 5.0}, random.Random(1))
    assert sent["feels_like"] == 5.0
    bare = {"feels_like": 12.0}
    near_feels_like(bare, {}, random.Random(1))
    assert bare == {"feels_like": 12.0}


def test_the_weather_shape_draws_conditions_from_sky_words() -> None:
    fields = next(f for words, f in DOMAIN_FIELDS if "weather" in words)
    assert "Overcast" in fields["conditions"]["enum"]
    assert "date" not in fields["conditions"]["enum"]
