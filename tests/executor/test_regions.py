"""A Canadian city is in its own province (ToolBench seed 47 #5:
`lookup_postal_code(city="Vancouver", province="Quebec")`)."""

from __future__ import annotations

import pytest

from toolgen.executor.places import agree_arguments, believable_places


@pytest.mark.parametrize(("city", "province"), [
    ("Vancouver", "British Columbia"), ("Toronto", "Ontario"), ("Calgary", "Alberta"),
    ("Montreal", "Quebec"), ("Halifax", "Nova Scotia")])
def test_a_planned_province_is_the_citys(city: str, province: str) -> None:
    for drawn in ("Quebec", "Ontario", "British Columbia", "Alberta"):
        got = agree_arguments({"city": city, "province": drawn, "address": "1 Main St"}, {})
        assert got["province"] == province, (city, drawn, got)
        assert got["city"] == city


def test_a_sent_pair_stays_and_an_answer_follows_its_city() -> None:
    kept = agree_arguments({"province": "Quebec"}, {"city": "Vancouver"})
    assert kept["province"] == "British Columbia"
    out = {"city": "Vancouver", "province": "Quebec", "postal_code": "V5K6A8"}
    believable_places(out, {"city": "Vancouver", "province": "Quebec"})
    assert out["province"] == "Quebec"  # both were sent: the user's words are kept


def test_codes_and_other_countries_regions_are_left() -> None:
    assert agree_arguments({"city": "Vancouver", "province": "BC"}, {})["province"] == "BC"
    got = agree_arguments({"city": "Seattle", "state": "Washington"}, {})
    assert got["state"] == "Washington"
