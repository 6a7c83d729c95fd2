"""What a number measures decides its range: the table the executor and planner draw
from and the judge reads (`quantity_kinds`), and a famous structure's real height."""

from __future__ import annotations

import random

import pytest
from executor_endpoints import endpoint, param

from toolgen.executor import MockExecutor
from toolgen.executor.landmarks import real_heights
from toolgen.executor.magnitudes import kind_gen
from toolgen.executor.quantity_kinds import landmark_height, quantity_kind, text_unit, unit_of


@pytest.mark.parametrize(("key", "about", "unit", "low", "high"), [
    ("minimum_rating", "board game chess players", "", 100, 3500),
    ("height", "building dimensions", "m", 2, 830),
    ("height", "building dimensions", "ft", 6, 2723),
    ("height_m", "calculate bmi body mass", "", 0.4, 2.75),
    ("weight_kg", "bmi body", "", 2, 650),
    ("tempo", "music generator melody", "", 20, 320),
    ("annual_growth_rate", "stock return", "", -100, 100),
    ("temperature", "weather forecast", "f", -130, 140),
])
def test_a_kind_is_read_from_key_words_and_unit(key: str, about: str, unit: str,
                                                low: float, high: float) -> None:
    kind = quantity_kind(key, about, unit)
    assert kind is not None and kind.believable == (low, high)


@pytest.mark.parametrize(("key", "about"), [
    ("rating", "hotel reviews"),  # a star rating: not this table's
    ("height", "image thumbnail"),  # a picture's: not a building's or a person's
    ("interest_paid", "loan"),  # an amount, not a rate
    ("growth_rate_type", "population"),
])
def test_other_fields_have_no_kind(key: str, about: str) -> None:
    kind = quantity_kind(key, about)
    assert kind is None or kind.what not in ("a chess rating", "a building's height",
                                             "a person's height", "a rate in percent")


def test_units_are_read_from_values_and_descriptions() -> None:
    assert (unit_of("meter"), unit_of("Feet"), unit_of("Fahrenheit"), unit_of("metric")) == (
        "m", "ft", "f", "")
    assert text_unit("The height of the person in centimeters.") == "cm"
    assert text_unit("Weight in kilograms") == "kg"
    assert text_unit("Retrieve data in the city") == ""


def test_drawn_values_lie_in_the_kind_range() -> None:
    gen = kind_gen("minimum_rating", "chess players", integer=True)
    assert gen is not None

    class _Ctx:
        def __init__(self) -> None:
            self.rand = random.Random(3).random

    ctx = _Ctx()
    drawn = [gen(ctx) for _ in range(200)]
    assert all(1400 <= v <= 2850 and isinstance(v, int) for v in drawn)
    assert kind_gen("price", "shop", integer=False) is None  # judged only, drawn as before


def test_a_famous_structure_gets_its_real_height_in_the_asked_unit() -> None:
    out = {"height": 53.8, "width": 57.7, "building_name": "Burj Khalifa"}
    real_heights(out, {"building_name": "Burj Khalifa", "unit": "meter"}, random.Random(0))
    assert out["height"] == 828.0 and out["width"] == 57.7
    feet = {"height": 75}
    real_heights(feet, {"building_name": "Sydney Opera House", "unit": "feet"},
                 random.Random(0))
    assert feet["height"] == 213
    other = {"height": 53.8}
    real_heights(other, {"building_name": "Casa Azul"}, random.Random(0))
    assert other["height"] == 53.8
    assert landmark_height("burj  khalifa", "ft") == 2717


def test_the_executor_answers_a_building_and_a_chess_list_in_range() -> None:
    building = endpoint("building_get_dimensions", (param("building_name"), param("unit")),
                        {"type": "object", "properties": {"height": {"type": "number"},
                                                          "width": {"type": "number"}}})
    chess = endpoint("chess_get_top_players", (param("location"),), {
        "type": "object", "properties": {"players": {"type": "array", "items": {
            "type": "object", "properties": {"name": {"type": "string"},
                                             "rating": {"type": "integer"}}}}}})
    ex = MockExecutor(7)
    for seed in range(5):
        session = ex.session(seed)
        out = session.call(building, {"building_name": "Tower Nine", "unit": "meter"}).output
        assert 40 <= out["height"] <= 830
        players = session.call(chess, {"location": "Paris"}).output["players"]
        assert players and all(1400 <= p["rating"] <= 2850 for p in players)
        famous = session.call(building, {"building_name": "Burj Khalifa", "unit": "feet"})
        assert famous.output["height"] == 2717


def test_a_temperature_is_answered_in_the_asked_unit() -> None:
    from toolgen.executor.asked_units import asked_temperatures

    out = {"temperature": 21.5, "feels_like": 19.0, "humidity": 60, "set_temp": 300}
    asked_temperatures(out, {"units": "Kelvin", "set_temp": 300}, random.Random(0))
    assert out == {"temperature": 294.6, "feels_like": 292.1, "humidity": 60, "set_temp": 300}
    fahrenheit = {"temp": 20}
    asked_temperatures(fahrenheit, {"temperature_unit": "Fahrenheit"}, random.Random(0))
    assert fahrenheit == {"temp": 68}
    metric = {"temperature": 21.5}
    asked_temperatures(metric, {"units": "metric"}, random.Random(0))
    assert metric == {"temperature": 21.5}


@pytest.mark.parametrize("about", ["search images of a person", "video thumbnails of athletes"])
def test_an_images_height_and_width_are_pixels_not_a_body(about: str) -> None:
    assert quantity_kind("height", about) is None
    assert quantity_kind("width", about) is None


def test_a_persons_height_is_still_a_body_height() -> None:
    kind = quantity_kind("height", "person fitness profile")
    assert kind is not None and kind.what == "a person's height"


def test_a_place_in_a_text_is_a_whole_count_of_characters() -> None:
    # BFCL seed 31 #61: `setText(start=0, length=27.3)` for an editor's text
    about = ("setText This function sets new text in an editor, starting from a specified "
             "position for a given length.")
    for key in ("length", "start"):
        kind = quantity_kind(key, about, "")
        assert kind is not None and kind.whole, (key, kind)
    assert quantity_kind("length", "calculate the area of a rectangle", "") is None
