"""A city of Canada, India or Australia is in its own province or state (ToolBench seed
47 #5: `lookup_postal_code(city="Vancouver", province="Quebec")`; #19: "Mumbai, Andhra
Pradesh")."""

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


def test_a_listed_citys_state_is_its_own() -> None:
    out = {"cities": [{"name": "Mumbai", "state": "Andhra Pradesh"},
                      {"name": "Delhi", "state": "Andhra Pradesh"},
                      {"name": "Sydney", "state": "Victoria"}]}
    believable_places(out, {})
    assert [c["state"] for c in out["cities"]] == ["Maharashtra", "Delhi", "New South Wales"]


def test_a_persons_state_is_not_read_from_their_name() -> None:
    out = {"name": "Victoria", "email": "victoria@example.com", "state": "Ontario"}
    believable_places(out, {})
    assert out["state"] == "Ontario"
